import type { SectionTable } from '../../section.ts';
import type { HashPlaygroundKey } from './en.ts';

export const hashPlaygroundUk: SectionTable<HashPlaygroundKey> = {
  'hash.intro':
    'Введіть будь-який текст і стежте за його хешем SHA-256: одна змінена літера змінює приблизно половину бітів.',
  'hash.input': 'Текст для хешування',
  'hash.hex': 'SHA-256 тексту в шістнадцятковому вигляді',
  'hash.changed':
    'Змінено від останньої правки: {changed, plural, one {# символ} few {# символи} many {# символів} other {# символу}} з 64 (виділено).',
  'hash.difficulty': 'Складність: скільки нульових бітів потрібно на початку (від 0 до 32)',
  'hash.difficultyInvalid': 'Введіть ціле число від 0 до 32.',
  'hash.bits': 'Перші 32 біти хешу',
  'hash.required': 'Складність {difficulty}: кожен біт із рискою зверху має бути нулем.',
  'hash.meets':
    '{zeros, plural, one {# нульовий біт} few {# нульові біти} many {# нульових бітів} other {# нульового біта}} на початку: відповідає складності {difficulty}.',
  'hash.fails':
    '{zeros, plural, one {# нульовий біт} few {# нульові біти} many {# нульових бітів} other {# нульового біта}} на початку: не відповідає складності {difficulty}.',
};
