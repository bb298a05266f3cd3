import type { SectionTable } from '../../section.ts';
import type { MiningStepsKey } from './en.ts';

export const miningStepsUk: SectionTable<MiningStepsKey> = {
  'steps.intro':
    'Наступний блок вузла в пісочниці: майнінг перебирає nonce за nonce і щоразу хешує заголовок, доки хеш не стане не більшим за ціль. Ніщо намайнене тут не потрапляє до ланцюжка.',
  'steps.difficulty': 'Складність для уроку: нульові біти на початку (від 0 до 20)',
  'steps.difficultyInvalid': 'Введіть ціле число від 0 до 20.',
  'steps.roomDifficulty': 'Наступному блоку кімнати потрібна складність {difficulty}.',
  'steps.speed': 'Швидкість',
  'steps.speedTries':
    '{speed, plural, one {# спроба на секунду} few {# спроби на секунду} many {# спроб на секунду} other {# спроби на секунду}}',
  'steps.speedFull': 'Повна швидкість',
  'steps.start': 'Почати',
  'steps.pause': 'Пауза',
  'steps.resume': 'Продовжити',
  'steps.step': 'Одна спроба',
  'steps.stop': 'Зупинити',
  'steps.newCandidate': 'Новий кандидат',
  'steps.candidate': 'Блок-кандидат',
  'steps.index': 'Номер',
  'steps.parent': 'Будується на',
  'steps.transactions': 'Транзакції',
  'steps.transactionsValue':
    '{count, plural, one {# транзакція} few {# транзакції} many {# транзакцій} other {# транзакції}}: спершу coinbase, потім із мемпулу',
  'steps.target': 'Ціль: найбільший допустимий хеш',
  'steps.header': 'Заголовок останньої спроби (92 байти, nonce виділено)',
  'steps.ready':
    'Натисніть «Почати», щоб перебирати nonce від 0 з обраною швидкістю, або «Одна спроба» для одного кроку.',
  'steps.running': 'Майнінг: кожна спроба кладе наступний nonce у заголовок і хешує його.',
  'steps.paused':
    'Пауза після {tries, plural, one {# спроби} few {# спроб} many {# спроб} other {# спроби}}. «Одна спроба» робить крок, «Продовжити» йде далі.',
  'steps.stopped':
    'Зупинено після {tries, plural, one {# спроби} few {# спроб} many {# спроб} other {# спроби}}, блок не знайдено. «Почати» візьме нового кандидата.',
  'steps.found':
    'Блок знайдено: nonce {nonce}, після {tries, plural, one {# спроби} few {# спроб} many {# спроб} other {# спроби}}. Його хеш починається з {zeros, plural, one {# нульового біта} few {# нульових бітів} many {# нульових бітів} other {# нульового біта}}, не менше потрібних {difficulty}, тож він не більший за ціль.',
  'steps.triesCount': '{tries, plural, one {# спроба} few {# спроби} many {# спроб} other {# спроби}} наразі',
  'steps.triesCaption': 'Останні спроби, нові вгорі',
  'steps.nonce': 'Nonce',
  'steps.hash': 'Хеш блоку',
  'steps.zeros': 'Нульові біти й потрібні',
  'steps.verdict': 'Не більший за ціль?',
  'steps.yes': 'так',
  'steps.no': 'ні',
  'steps.foundTitle': 'Той самий блок на повній швидкості',
  'steps.again': 'Намайнити його знову на повній швидкості',
  'steps.againResult':
    'Знову nonce {nonce}, після {tries, plural, one {# спроби} few {# спроб} many {# спроб} other {# спроби}} за {ms} мс: {rate} хешів на секунду в потоці цієї сторінки.',
  'steps.againTooQuick':
    'Знову nonce {nonce}, після {tries, plural, one {# спроби} few {# спроб} many {# спроб} other {# спроби}} менш ніж за мілісекунду: надто швидко, щоб виміряти швидкість. Спробуйте вищу складність.',
  'steps.againStopped': 'Зупинено після {tries, plural, one {# спроби} few {# спроб} many {# спроб} other {# спроби}}.',
  'steps.seriesTitle': 'Спроби на блок',
  'steps.seriesHint':
    'Кожна спроба виграє з шансом 1 із 2^складність, тому блоку в середньому потрібно 2^складність спроб: одним значно менше, іншим значно більше. Намайніть кілька, щоб це побачити.',
  'steps.seriesCount': 'Скільки блоків намайнити на повній швидкості',
  'steps.seriesMine': 'Намайнити',
  'steps.seriesProgress':
    'Блок {done} з {count}: {tries, plural, one {# спроба} few {# спроби} many {# спроб} other {# спроби}} наразі.',
  'steps.seriesDone': 'Намайнено: {count, plural, one {# блок} few {# блоки} many {# блоків} other {# блоку}}.',
  'steps.seriesStopped': 'Зупинено: намайнено {done} з {count} блоків.',
  'steps.summary':
    'Складність {difficulty}: {blocks, plural, one {# блок} few {# блоки} many {# блоків} other {# блоку}}, у середньому {average} спроб; очікується 2^{difficulty} = {expected}.',
  'steps.recordsCaption': 'Кожен блок, намайнений на цьому уроці, нові вгорі',
  'steps.block': 'Блок',
  'steps.blockDifficulty': 'Складність',
  'steps.blockTries': 'Спроби',
  'steps.blockBar': 'Спроби проти 2^складність (лінія посередині)',
};
