import type { SectionTable } from '../../section.ts';
import type { TamperKey } from './en.ts';

export const tamperRu: SectionTable<TamperKey> = {
  'tamper.intro':
    'Измените блок в копии основной цепочки и посмотрите, какие связи рвутся. Настоящая цепочка узла не меняется.',
  'tamper.start': 'Скопировать цепочку',
  'tamper.block': 'Блок',
  'tamper.tx': 'Транзакция',
  'tamper.txOption': '№{n}: {from} → {amount}',
  'tamper.info': 'Новые данные',
  'tamper.amount': 'Новая сумма',
  'tamper.apply': 'Изменить блок',
  'tamper.remine': 'Перемайнить с изменённого блока',
  'tamper.cancel': 'Остановить майнинг',
  'tamper.reset': 'Сбросить копию',
  'tamper.empty': 'Сначала намайните несколько блоков: демонстрация меняет блоки после генезиса.',
  'tamper.status': 'Копия из {count} блоков. {broken}',
  'tamper.allValid': 'Все связи в порядке.',
  'tamper.broken':
    'Сломано с блока {index}: будет отвергнуто {count, plural, one {# блок} few {# блока} many {# блоков} other {# блока}}.',
  'tamper.mining': 'Перемайниваем блок {index}: перебрано nonce: {tried}…',
  'tamper.mined':
    'Перемайнено {blocks, plural, one {# блок} few {# блока} many {# блоков} other {# блока}}; перебрано nonce: {tried} за {seconds} с (в среднем около {expected} на блок).',
  'tamper.whyRefused':
    'Пиры всё равно отвергнут эту копию: в ней {sandboxWork} ожидаемых хешей работы, в честной цепочке {honestWork}, и она растёт. Узел переходит только на цепочку с большей работой, так что обманщику пришлось бы перемайнить всех остальных вместе.',
  'tamper.ok': 'верен',
  'tamper.code.bad-merkle-root': 'транзакции больше не соответствуют корню в заголовке (bad-merkle-root)',
  'tamper.code.broken-link': 'хеш предыдущего не равен хешу блока перед ним (broken-link)',
  'tamper.code.bad-pow': 'хеш не удовлетворяет сложности: нет доказательства работы (bad-pow)',
  'tamper.code.bad-signature':
    'подпись изменённой транзакции больше не подходит; перемайнинг её не подделает (bad-signature)',
  'tamper.code.invalid-parent': 'он построен на отвергнутом блоке (invalid-parent)',
  'tamper.code.other': 'отвергнут: {code}',
};
