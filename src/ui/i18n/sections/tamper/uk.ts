import type { SectionTable } from '../../section.ts';
import type { TamperKey } from './en.ts';

export const tamperUk: SectionTable<TamperKey> = {
  'tamper.intro':
    'Змініть блок у пісочниці — копії основного ланцюжка — і подивіться, які зв’язки ламаються. Справжній ланцюжок вузла ніколи не змінюється.',
  'tamper.start': 'Скопіювати основний ланцюжок',
  'tamper.block': 'Блок',
  'tamper.tx': 'Транзакція',
  'tamper.txOption': '#{n}: {from} → {amount}',
  'tamper.info': 'Нові дані',
  'tamper.amount': 'Нова сума',
  'tamper.apply': 'Змінити блок',
  'tamper.remine': 'Перемайнити від зміненого блоку',
  'tamper.cancel': 'Зупинити майнінг',
  'tamper.reset': 'Скинути копію',
  'tamper.empty': 'Спочатку намайніть кілька блоків: демонстрація змінює блоки після генезис-блоку.',
  'tamper.status': 'Копія з {count, plural, one {# блоку} few {# блоків} many {# блоків} other {# блоку}}. {broken}',
  'tamper.allValid': 'Усі зв’язки в порядку.',
  'tamper.broken':
    'Зламано від блоку {index}: {count, plural, one {# блок буде відхилено} few {# блоки буде відхилено} many {# блоків буде відхилено} other {# блоку буде відхилено}}.',
  'tamper.mining': 'Перемайнюємо блок {index}: перебрано nonce: {tried}…',
  'tamper.mined':
    'Перемайнено {blocks, plural, one {# блок} few {# блоки} many {# блоків} other {# блоку}}: перебрано nonce: {tried} за {seconds} с (у середньому близько {expected} на блок).',
  'tamper.whyRefused':
    'Піри однаково відхиляють цю копію: у неї {sandboxWork} очікуваних хешів роботи, у чесного ланцюжка — {honestWork}, і він росте. Вузол переходить лише на ланцюжок з більшою роботою, тож шахраю довелося б перемайнити всіх інших разом.',
  'tamper.ok': 'дійсний',
  'tamper.code.bad-merkle-root': 'транзакції більше не відповідають кореню Merkle в заголовку (bad-merkle-root)',
  'tamper.code.broken-link': 'хеш попереднього не дорівнює хешу блоку перед ним (broken-link)',
  'tamper.code.bad-pow': 'хеш не задовольняє складність: немає доказу роботи (bad-pow)',
  'tamper.code.bad-signature':
    'підпис зміненої транзакції більше не збігається; перемайнювання не може його підробити (bad-signature)',
  'tamper.code.invalid-parent': 'він побудований на відхиленому блоці (invalid-parent)',
  'tamper.code.other': 'відхилено: {code}',
};
