import type { SectionTable } from '../../section.ts';
import type { PrivateRoomKey } from './en.ts';

export const privateRoomRu: SectionTable<PrivateRoomKey> = {
  'role.label': 'Роль',
  'role.miner':
    'майнер: эта частная комната разрешает майнить {count, plural, one {# ключу} few {# ключам} many {# ключам} other {# ключам}}, и ваш среди них',
  'role.user':
    'пользователь: майнить могут только ключи из списка этой частной комнаты, вашего там нет; отправлять транзакции можно',
  'role.public': 'майнер: в открытой комнате майнить может любой узел',
  'role.publicKey': 'Открытый ключ',
  'role.copy': 'Скопировать мой открытый ключ',
  'role.copied': 'Скопировано. Отправьте ключ учителю, чтобы он внёс вас в список майнеров.',
  'role.copyFailed': 'Не удалось скопировать: выделите ключ и скопируйте его вручную.',
};
