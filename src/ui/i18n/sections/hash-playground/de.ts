import type { SectionTable } from '../../section.ts';
import type { HashPlaygroundKey } from './en.ts';

export const hashPlaygroundDe: SectionTable<HashPlaygroundKey> = {
  'hash.intro':
    'Tippe irgendetwas und beobachte seinen SHA-256-Hash: Ein geänderter Buchstabe ändert etwa die Hälfte der Bits.',
  'hash.input': 'Text zum Hashen',
  'hash.hex': 'SHA-256 des Textes, hexadezimal',
  'hash.changed':
    '{changed, plural, one {# Zeichen} other {# Zeichen}} von 64 seit der letzten Eingabe geändert (markiert).',
  'hash.difficulty': 'Schwierigkeit: geforderte führende Null-Bits (0 bis 32)',
  'hash.difficultyInvalid': 'Gib eine ganze Zahl von 0 bis 32 ein.',
  'hash.bits': 'Die ersten 32 Bits des Hashes',
  'hash.required': 'Schwierigkeit {difficulty}: Jedes Bit mit einem Strich darüber muss null sein.',
  'hash.meets':
    '{zeros, plural, one {# führendes Null-Bit} other {# führende Null-Bits}}: erfüllt Schwierigkeit {difficulty}.',
  'hash.fails':
    '{zeros, plural, one {# führendes Null-Bit} other {# führende Null-Bits}}: erfüllt Schwierigkeit {difficulty} nicht.',
};
