import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatReading,
  MAX_READING_FIELDS,
  MAX_READING_KEY,
  MAX_READING_VALUE,
  parseReading,
  type ReadingField,
  readingFieldsFrom,
  readingNumber,
} from '../../src/core/readings.ts';

/** C0 and C1 control characters and DEL, which no value may hold. */
function isControl(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  return code <= 0x1f || (code >= 0x7f && code <= 0x9f);
}

const KEY_START = 'abcXYZ';
const KEY_REST = 'az09_.-Q';
const key = fc
  .tuple(
    fc.constantFrom(...KEY_START),
    fc.array(fc.constantFrom(...KEY_REST), { maxLength: MAX_READING_KEY - 1 }).map((rest) => rest.join('')),
  )
  .map(([first, rest]) => first + rest);
/** Any printable text, the separators and the escape character included, surrogate pairs too. */
const value = fc
  .array(
    fc.oneof(
      fc.constantFrom(';', '=', '\\', ' ', 'é', '😀', '温'),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
    ),
    { minLength: 1, maxLength: MAX_READING_VALUE },
  )
  .map((characters) => characters.join(''))
  .filter((text) => [...text].length <= MAX_READING_VALUE && ![...text].some(isControl));
const fields = fc.uniqueArray(fc.record({ key, value }), {
  minLength: 1,
  maxLength: MAX_READING_FIELDS,
  selector: (field) => field.key,
});

function parsed(text: string): readonly ReadingField[] {
  const result = parseReading(text);
  if (!result.ok) throw new Error(`not a reading: ${JSON.stringify(result.problem)}`);
  return result.value;
}

describe('readings: key=value fields in a record', () => {
  it('reads and writes the example of the paper', () => {
    expect(parsed('temp=21.5;door=open')).toEqual([
      { key: 'temp', value: '21.5' },
      { key: 'door', value: 'open' },
    ]);
    expect(formatReading([{ key: 'temp', value: '21.5' }])).toEqual({ ok: true, value: 'temp=21.5' });
  });

  it('escapes the separator and the escape character, and keeps "=" in a value as it is', () => {
    const text = formatReading([{ key: 'note', value: 'a;b\\c=d' }]);
    expect(text).toEqual({ ok: true, value: 'note=a\\;b\\\\c=d' });
    expect(parsed('note=a\\;b\\\\c=d')).toEqual([{ key: 'note', value: 'a;b\\c=d' }]);
  });

  it('round-trips any valid fields through their text, and any valid text through its fields', () => {
    fc.assert(
      fc.property(fields, (list) => {
        const text = formatReading(list);
        expect(text.ok).toBe(true);
        if (!text.ok) return;
        expect(parsed(text.value)).toEqual(list);
        expect(formatReading(parsed(text.value))).toEqual(text);
      }),
    );
  });

  it('never throws on any text, and a text it accepts is written back the same', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const result = parseReading(text);
        if (result.ok) expect(formatReading(result.value)).toEqual({ ok: true, value: text });
      }),
    );
  });

  it.each([
    ['', { code: 'empty' }],
    ['temp', { code: 'missing-equals', index: 1, text: 'temp' }],
    ['temp=1;', { code: 'empty-field', index: 2 }],
    ['temp=1;;door=open', { code: 'empty-field', index: 2 }],
    [' temp=1', { code: 'bad-key', index: 1, key: ' temp' }],
    ['1temp=1', { code: 'bad-key', index: 1, key: '1temp' }],
    ['=1', { code: 'bad-key', index: 1, key: '' }],
    [`${'k'.repeat(MAX_READING_KEY + 1)}=1`, { code: 'key-too-long', key: 'k'.repeat(33), max: MAX_READING_KEY }],
    ['temp=1;temp=2', { code: 'duplicate-key', key: 'temp' }],
    ['temp=', { code: 'empty-value', key: 'temp' }],
    [`temp=${'9'.repeat(MAX_READING_VALUE + 1)}`, { code: 'value-too-long', key: 'temp', max: MAX_READING_VALUE }],
    ['note=a\nb', { code: 'control-character', key: 'note' }],
    ['note=a\\b', { code: 'bad-escape', key: 'note' }],
    ['note=a\\', { code: 'bad-escape', key: 'note' }],
    [
      Array.from({ length: MAX_READING_FIELDS + 1 }, (_, i) => `k${i}=1`).join(';'),
      { code: 'too-many-fields', count: 17, max: MAX_READING_FIELDS },
    ],
  ])('refuses %j with its own code', (text, expected) => {
    expect(parseReading(text)).toEqual({ ok: false, problem: expected });
  });

  it('refuses a lone surrogate, and a reading over the room limit in bytes', () => {
    expect(parseReading('note=\ud800')).toEqual({ ok: false, problem: { code: 'control-character', key: 'note' } });
    expect(parseReading('temp=21.5', 8)).toEqual({ ok: false, problem: { code: 'too-large', bytes: 9, max: 8 } });
    expect(formatReading([{ key: 'temp', value: '21.5' }], 9).ok).toBe(true);
  });

  it('takes fields from an object of numbers and text, and refuses anything else', () => {
    expect(readingFieldsFrom({ temp: 21, door: 'open' })).toEqual({
      ok: true,
      value: [
        { key: 'temp', value: '21' },
        { key: 'door', value: 'open' },
      ],
    });
    expect(readingFieldsFrom({ temp: Number.NaN })).toEqual({
      ok: false,
      problem: { code: 'not-a-value', key: 'temp' },
    });
    expect(readingFieldsFrom({ temp: { c: 1 } }).ok).toBe(false);
    expect(readingFieldsFrom({})).toEqual({ ok: false, problem: { code: 'empty' } });
  });

  it('reads numbers as people and String(number) write them, and nothing else', () => {
    expect(readingNumber('21.5')).toBe(21.5);
    expect(readingNumber('-3')).toBe(-3);
    expect(readingNumber('1e+21')).toBe(1e21);
    expect(readingNumber('open')).toBeNull();
    expect(readingNumber('0x10')).toBeNull();
    expect(readingNumber('1e999')).toBeNull();
    expect(readingNumber(' 1')).toBeNull();
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (number) => {
        expect(readingNumber(String(number))).toBe(number === 0 ? 0 : number);
      }),
    );
  });
});
