import { sha256 } from '@noble/hashes/sha2.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bytesToHex,
  firstWordMask,
  HEADER_SIZE,
  HeaderHasher,
  leadingZeroBits,
  NONCE_OFFSET,
  searchNonces,
  setHeaderNonce,
  wordsToBytes,
} from '../../src/core/index.ts';

const header = fc.uint8Array({ minLength: HEADER_SIZE, maxLength: HEADER_SIZE });
const nonce = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });

describe('sha256 kernel', () => {
  it('puts the nonce in the final 64-byte chunk', () => {
    expect(NONCE_OFFSET).toBeGreaterThanOrEqual(64);
    expect(HEADER_SIZE).toBeLessThanOrEqual(128 - 9);
  });

  it('matches @noble/hashes on random headers and nonces', () => {
    fc.assert(
      fc.property(header, nonce, (bytes, n) => {
        const hasher = new HeaderHasher(bytes);
        hasher.tryNonce(Math.floor(n / 2 ** 32), n >>> 0);
        const expected = Uint8Array.from(bytes);
        setHeaderNonce(expected, n);
        expect(bytesToHex(wordsToBytes(hasher.out))).toBe(bytesToHex(sha256(expected)));
      }),
      { numRuns: 300 },
    );
  });

  it('finds the first nonce meeting the difficulty, exactly as a naive scan would', () => {
    fc.assert(
      fc.property(header, fc.integer({ min: 0, max: 6 }), (bytes, difficulty) => {
        const template = { header: bytes, difficulty } as Parameters<typeof searchNonces>[0];
        const found = searchNonces(template, { start: 0, count: 4096 });
        let naive: number | null = null;
        for (let n = 0; n < 4096 && naive === null; n++) {
          const copy = Uint8Array.from(bytes);
          setHeaderNonce(copy, n);
          if (leadingZeroBits(sha256(copy)) >= difficulty) naive = n;
        }
        expect(found).toBe(naive);
      }),
      { numRuns: 40 },
    );
  });

  it('searches across a 2^32 boundary of the nonce', () => {
    const bytes = new Uint8Array(HEADER_SIZE);
    const template = { header: bytes, difficulty: 3 } as Parameters<typeof searchNonces>[0];
    const start = 2 ** 32 - 2;
    const found = searchNonces(template, { start, count: 1000 });
    expect(found).not.toBeNull();
    const copy = Uint8Array.from(bytes);
    setHeaderNonce(copy, found as number);
    expect(leadingZeroBits(sha256(copy))).toBeGreaterThanOrEqual(3);
  });

  it("search agrees with a nonce-by-nonce scan under any high word, and leaves the winner's hash in out", () => {
    fc.assert(
      fc.property(
        header,
        fc.integer({ min: 0, max: 0xffffffff }),
        fc.integer({ min: 0, max: 0xffffffff - 2048 }),
        fc.integer({ min: 0, max: 8 }),
        (bytes, high, startLow, difficulty) => {
          const hasher = new HeaderHasher(bytes);
          const found = hasher.search(high, startLow, 2048, difficulty);
          const naive = new HeaderHasher(bytes);
          let expected = -1;
          for (let low = startLow; low < startLow + 2048 && expected < 0; low++) {
            naive.tryNonce(high, low);
            if (leadingZeroBits(wordsToBytes(naive.out)) >= difficulty) expected = low;
          }
          expect(found).toBe(expected);
          if (found >= 0) expect(bytesToHex(wordsToBytes(hasher.out))).toBe(bytesToHex(wordsToBytes(naive.out)));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('tests the first word with a mask of the leading bits the difficulty needs', () => {
    expect(firstWordMask(0)).toBe(0);
    expect(firstWordMask(1) >>> 0).toBe(0x80000000);
    expect(firstWordMask(20) >>> 0).toBe(0xfffff000);
    expect(firstWordMask(32)).toBe(-1);
    expect(firstWordMask(200)).toBe(-1);
  });

  it('rejects headers of the wrong size', () => {
    expect(() => new HeaderHasher(new Uint8Array(80))).toThrow(RangeError);
  });
});
