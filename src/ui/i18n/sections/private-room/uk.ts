import type { SectionTable } from '../../section.ts';
import type { PrivateRoomKey } from './en.ts';

export const privateRoomUk: SectionTable<PrivateRoomKey> = {
  'role.label': 'Роль',
  'role.miner':
    'майнер: ця приватна кімната дозволяє майнити {count, plural, one {# ключу} few {# ключам} many {# ключам} other {# ключам}}, і ваш серед них',
  'role.user':
    'користувач: майнити можуть лише ключі зі списку цієї приватної кімнати, вашого там немає; надсилати транзакції можна',
  'role.public': 'майнер: у відкритій кімнаті майнити може будь-який вузол',
  'role.publicKey': 'Відкритий ключ',
  'role.copy': 'Скопіювати мій відкритий ключ',
  'role.copied': 'Скопійовано. Надішліть ключ учителю, щоб він додав вас до списку майнерів.',
  'role.copyFailed': 'Не вдалося скопіювати: виділіть ключ і скопіюйте його вручну.',
};
