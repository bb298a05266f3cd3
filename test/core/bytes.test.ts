// isWellFormedText: exactly the strings UTF-8 carries unchanged, checked against a round trip through the
// platform's own encoder and decoder, over strings rich in surrogates (lone, paired, reversed, at either end).
// compactInteger: whatever it hands back is the very number it was given.
// ByteWriter: a field that does not fit grows the buffer (a u8, u16 or u32 past the end once wrote into the old one
// and threw: the first transaction of a page with a 405-byte info did); hex writes what hexToBytes gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteWriter, bytesToHex, compactInteger, hexToBytes, isWellFormedText, utf8 } from '../../src/core/bytes.ts';

const decoder = new TextDecoder();
/** What "UTF-8 can carry it as it is" means: the bytes read back give the same string. */
const survivesUtf8 = (text: string) => decoder.decode(utf8(text)) === text;

describe('isWellFormedText', () => {
  it.each([
    ['plain text', 'thermometer-7: 21.5C', true],
    ['an astral character (a surrogate pair)', 'coin 🪙', true],
    ['a lone high surrogate inside', 'a\ud800b', false],
    ['a lone high surrogate at the end', 'a\ud800', false],
    ['a lone low surrogate', '\udc00', false],
    ['a low surrogate before a high one', '\udc00\ud800', false],
    ['two high surrogates, then a low one', '\ud800\ud800\udc00', false],
    ['the empty string', '', true],
  ])('%s', (_, text, expected) => {
    expect(isWellFormedText(text)).toBe(expected);
    expect(survivesUtf8(text)).toBe(expected);
  });

  it('agrees with a UTF-8 round trip on any string', () => {
    const surrogateHeavy = fc.string({
      unit: fc.oneof(
        fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
        fc.constantFrom('a', 'é', '🪙'),
      ),
      maxLength: 12,
    });
    const anyCodeUnits = fc.string({
      unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
      maxLength: 20,
    });
    fc.assert(
      fc.property(fc.oneof(surrogateHeavy, anyCodeUnits), (text) => {
        expect(isWellFormedText(text)).toBe(survivesUtf8(text));
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('compactInteger', () => {
  it('is the same number, -0, fractions, NaN and values past 32 bits included', () => {
    for (const value of [0, -0, 3, 2 ** 30, 2 ** 31, -(2 ** 31), 2 ** 53 - 1, 0.5, Number.NaN, 1_767_225_600_000]) {
      expect(Object.is(compactInteger(value), value)).toBe(true);
    }
    // A heap number of 3, as a miner's `high * 2 ** 32 + low` makes it, is 3.
    expect(compactInteger(Number('0') * 2 ** 32 + 3)).toBe(3);
  });

  it('changes no double', () => {
    fc.assert(fc.property(fc.double(), (value) => Object.is(compactInteger(value), value)));
  });
});

describe('ByteWriter', () => {
  it.each([
    ['u8', (w: ByteWriter) => w.u8(0xab), [0xab]],
    ['u16', (w: ByteWriter) => w.u16(0xabcd), [0xab, 0xcd]],
    ['u32', (w: ByteWriter) => w.u32(0xabcdef01), [0xab, 0xcd, 0xef, 0x01]],
  ])('grows its buffer for a %s that does not fit', (_, write, bytes) => {
    const writer = new ByteWriter(4).bytes(Uint8Array.of(1, 2, 3));
    expect(write(writer).finish()).toEqual(Uint8Array.from([1, 2, 3, ...bytes]));
  });

  it('writes the bytes hexToBytes gives, in place, growing the buffer as it must', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), fc.uint8Array({ maxLength: 80 }), (before, bytes) => {
        const hex = bytesToHex(bytes);
        const written = new ByteWriter(4).bytes(before).hex(hex).u8(7).finish();
        expect(written).toEqual(Uint8Array.from([...before, ...hexToBytes(hex), 7]));
      }),
    );
  });

  it.each([['abc'], ['zz'], ['AB']])('refuses %j, as hexToBytes does', (hex) => {
    expect(() => new ByteWriter().hex(hex)).toThrow(TypeError);
    expect(() => hexToBytes(hex)).toThrow(TypeError);
  });
});
