import type { SectionTable } from '../../section.ts';
import type { HashPlaygroundKey } from './en.ts';

export const hashPlaygroundRu: SectionTable<HashPlaygroundKey> = {
  'hash.intro': 'Введите любой текст и смотрите на его хеш SHA-256: одна изменённая буква меняет около половины битов.',
  'hash.input': 'Текст для хеширования',
  'hash.hex': 'SHA-256 текста в шестнадцатеричном виде',
  'hash.changed':
    'Изменено с прошлой правки: {changed, plural, one {# символ} few {# символа} many {# символов} other {# символа}} из 64 (выделены).',
  'hash.difficulty': 'Сложность: сколько нулевых битов нужно в начале (от 0 до 32)',
  'hash.difficultyInvalid': 'Введите целое число от 0 до 32.',
  'hash.bits': 'Первые 32 бита хеша',
  'hash.required': 'Сложность {difficulty}: каждый бит с чертой сверху должен быть нулём.',
  'hash.meets':
    '{zeros, plural, one {# нулевой бит} few {# нулевых бита} many {# нулевых битов} other {# нулевого бита}} в начале: удовлетворяет сложности {difficulty}.',
  'hash.fails':
    '{zeros, plural, one {# нулевой бит} few {# нулевых бита} many {# нулевых битов} other {# нулевого бита}} в начале: не удовлетворяет сложности {difficulty}.',
};
