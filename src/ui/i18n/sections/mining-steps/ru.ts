import type { SectionTable } from '../../section.ts';
import type { MiningStepsKey } from './en.ts';

export const miningStepsRu: SectionTable<MiningStepsKey> = {
  'steps.intro':
    'Следующий блок узла в песочнице: майнинг перебирает nonce за nonce и каждый раз хеширует заголовок, пока хеш не окажется не больше цели. Ничто намайненное здесь не попадает в цепочку.',
  'steps.difficulty': 'Сложность для урока: нулевые биты в начале (от 0 до 20)',
  'steps.difficultyInvalid': 'Введите целое число от 0 до 20.',
  'steps.roomDifficulty': 'Следующему блоку комнаты нужна сложность {difficulty}.',
  'steps.speed': 'Скорость',
  'steps.speedTries':
    '{speed, plural, one {# попытка в секунду} few {# попытки в секунду} many {# попыток в секунду} other {# попытки в секунду}}',
  'steps.speedFull': 'Полная скорость',
  'steps.start': 'Начать',
  'steps.pause': 'Пауза',
  'steps.resume': 'Продолжить',
  'steps.step': 'Одна попытка',
  'steps.stop': 'Остановить',
  'steps.newCandidate': 'Новый кандидат',
  'steps.candidate': 'Блок-кандидат',
  'steps.index': 'Номер',
  'steps.parent': 'Строится на',
  'steps.transactions': 'Транзакции',
  'steps.transactionsValue':
    '{count, plural, one {# транзакция} few {# транзакции} many {# транзакций} other {# транзакции}}: сначала coinbase, затем из мемпула',
  'steps.target': 'Цель: наибольший допустимый хеш',
  'steps.header': 'Заголовок последней попытки (92 байта, nonce выделен)',
  'steps.ready':
    'Нажмите «Начать», чтобы перебирать nonce с 0 на выбранной скорости, или «Одна попытка» для одного шага.',
  'steps.running': 'Майнинг: каждая попытка кладёт следующий nonce в заголовок и хеширует его.',
  'steps.paused':
    'Пауза после {tries, plural, one {# попытки} few {# попыток} many {# попыток} other {# попытки}}. «Одна попытка» делает шаг, «Продолжить» идёт дальше.',
  'steps.stopped':
    'Остановлено после {tries, plural, one {# попытки} few {# попыток} many {# попыток} other {# попытки}}, блок не найден. «Начать» возьмёт нового кандидата.',
  'steps.found':
    'Блок найден: nonce {nonce}, после {tries, plural, one {# попытки} few {# попыток} many {# попыток} other {# попытки}}. Его хеш начинается с {zeros, plural, one {# нулевого бита} few {# нулевых битов} many {# нулевых битов} other {# нулевого бита}}, не меньше требуемых {difficulty}, значит он не больше цели.',
  'steps.triesCount':
    '{tries, plural, one {# попытка} few {# попытки} many {# попыток} other {# попытки}} на данный момент',
  'steps.triesCaption': 'Последние попытки, новые сверху',
  'steps.nonce': 'Nonce',
  'steps.hash': 'Хеш блока',
  'steps.zeros': 'Нулевые биты и требуемые',
  'steps.verdict': 'Не больше цели?',
  'steps.yes': 'да',
  'steps.no': 'нет',
  'steps.foundTitle': 'Тот же блок на полной скорости',
  'steps.again': 'Намайнить его снова на полной скорости',
  'steps.againResult':
    'Снова nonce {nonce}, после {tries, plural, one {# попытки} few {# попыток} many {# попыток} other {# попытки}} за {ms} мс: {rate} хешей в секунду в потоке этой страницы.',
  'steps.againTooQuick':
    'Снова nonce {nonce}, после {tries, plural, one {# попытки} few {# попыток} many {# попыток} other {# попытки}} меньше чем за миллисекунду: слишком быстро, чтобы измерить скорость. Попробуйте сложность выше.',
  'steps.againStopped':
    'Остановлено после {tries, plural, one {# попытки} few {# попыток} many {# попыток} other {# попытки}}.',
  'steps.seriesTitle': 'Попытки на блок',
  'steps.seriesHint':
    'Каждая попытка выигрывает с шансом 1 из 2^сложность, поэтому блоку нужно в среднем 2^сложность попыток: одним гораздо меньше, другим гораздо больше. Намайните несколько, чтобы увидеть это.',
  'steps.seriesCount': 'Сколько блоков намайнить на полной скорости',
  'steps.seriesMine': 'Намайнить',
  'steps.seriesProgress':
    'Блок {done} из {count}: {tries, plural, one {# попытка} few {# попытки} many {# попыток} other {# попытки}} на данный момент.',
  'steps.seriesDone': 'Намайнено: {count, plural, one {# блок} few {# блока} many {# блоков} other {# блока}}.',
  'steps.seriesStopped': 'Остановлено: намайнено {done} из {count} блоков.',
  'steps.summary':
    'Сложность {difficulty}: {blocks, plural, one {# блок} few {# блока} many {# блоков} other {# блока}}, в среднем {average} попыток; ожидается 2^{difficulty} = {expected}.',
  'steps.recordsCaption': 'Каждый блок, намайненный на этом уроке, новые сверху',
  'steps.block': 'Блок',
  'steps.blockDifficulty': 'Сложность',
  'steps.blockTries': 'Попытки',
  'steps.blockBar': 'Попытки против 2^сложность (линия посередине)',
};
