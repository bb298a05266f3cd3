// The hash playground's English texts (its own chunk, loaded with the view: src/ui/i18n/section.ts).

export const hashPlaygroundEn = {
  'hash.intro': 'Type anything and watch its SHA-256 hash: one changed letter changes about half of its bits.',
  'hash.input': 'Text to hash',
  'hash.hex': 'SHA-256 of the text, in hex',
  'hash.changed':
    '{changed, plural, one {# character} other {# characters}} of 64 changed since the last edit (marked).',
  'hash.difficulty': 'Difficulty: leading zero bits required (0 to 32)',
  'hash.difficultyInvalid': 'Enter a whole number from 0 to 32.',
  'hash.bits': 'The first 32 bits of the hash',
  'hash.required': 'Difficulty {difficulty}: every bit with a line above it must be zero.',
  'hash.meets': '{zeros, plural, one {# leading zero bit} other {# leading zero bits}}: meets difficulty {difficulty}.',
  'hash.fails':
    '{zeros, plural, one {# leading zero bit} other {# leading zero bits}}: does not meet difficulty {difficulty}.',
} as const;

export type HashPlaygroundKey = keyof typeof hashPlaygroundEn;
