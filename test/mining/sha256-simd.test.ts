import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HEADER_SIZE, HeaderHasher } from '../../src/core/index.ts';
import { createNonceSearcher, KernelName } from '../../src/mining/nonce-searcher.ts';
import { encodeSimdSearchModule, LANES, SimdNonceSearch, simdSearchModule } from '../../src/mining/sha256-simd.ts';

const header = fc.uint8Array({ minLength: HEADER_SIZE, maxLength: HEADER_SIZE });
const u32 = fc.integer({ min: 0, max: 0xffffffff });

function simdSearch(bytes: Uint8Array): SimdNonceSearch {
  const module = simdSearchModule();
  if (module === null) throw new Error('Node 20 runs WebAssembly SIMD; this test needs it');
  return new SimdNonceSearch(module, bytes);
}

describe('WebAssembly SIMD nonce search', () => {
  it('is a valid module that Node compiles', () => {
    const bytes = encodeSimdSearchModule();
    expect(WebAssembly.validate(bytes)).toBe(true);
    expect(simdSearchModule()).not.toBeNull();
  });

  it('finds exactly the nonce the core JS kernel finds, on random headers, high words and ranges', () => {
    fc.assert(
      fc.property(
        header,
        u32,
        u32,
        fc.integer({ min: 1, max: 3000 }),
        fc.integer({ min: 0, max: 12 }),
        (bytes, high, start, count, difficulty) => {
          const startLow = Math.min(start, 2 ** 32 - count);
          const expected = new HeaderHasher(bytes).search(high, startLow, count, difficulty);
          expect(simdSearch(bytes).search(high, startLow, count, difficulty)).toBe(expected);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("two templates searched in turn on the thread's one instance each find what the JS kernel finds", () => {
    // The instance and its memory are shared per thread: a search must reload its constants after another ran.
    fc.assert(
      // One high word for both, as two templates of one chain have: only the template tells their constants apart.
      fc.property(header, header, u32, u32, (first, second, sharedHigh, otherHigh) => {
        const a = simdSearch(first);
        const b = simdSearch(second);
        for (const [searcher, bytes, high] of [
          [a, first, sharedHigh],
          [b, second, sharedHigh],
          [a, first, sharedHigh],
          [a, first, otherHigh],
          [b, second, otherHigh],
        ] as const) {
          expect(searcher.search(high, 1000, 2000, 6)).toBe(new HeaderHasher(bytes).search(high, 1000, 2000, 6));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('keeps searching past a group whose first word passes but whose deeper bits do not (difficulty > 32)', () => {
    fc.assert(
      fc.property(header, u32, (bytes, high) => {
        // No hash in 4096 tries has 40 zero bits; both kernels must say so, never a false positive.
        expect(simdSearch(bytes).search(high, 0, 4096, 40)).toBe(-1);
      }),
      { numRuns: 10 },
    );
  });

  it('handles ranges that are not a multiple of the lane count and end at 2^32', () => {
    const bytes = new Uint8Array(HEADER_SIZE).fill(3);
    const hasher = new HeaderHasher(bytes);
    const searcher = simdSearch(bytes);
    for (let count = 1; count <= 3 * LANES + 1; count++) {
      const startLow = 2 ** 32 - count;
      for (const difficulty of [0, 1, 2, 3]) {
        expect(searcher.search(9, startLow, count, difficulty)).toBe(hasher.search(9, startLow, count, difficulty));
      }
    }
  });

  it('reloads its constants when the high word or the difficulty changes', () => {
    fc.assert(
      fc.property(
        header,
        fc.array(fc.tuple(u32, fc.integer({ min: 0, max: 10 })), { minLength: 2, maxLength: 6 }),
        (bytes, steps) => {
          const searcher = simdSearch(bytes);
          const hasher = new HeaderHasher(bytes);
          for (const [high, difficulty] of steps) {
            expect(searcher.search(high, 100, 2000, difficulty)).toBe(hasher.search(high, 100, 2000, difficulty));
          }
        },
      ),
      { numRuns: 30 },
    );
  });

  it('is the kernel chosen by default where it compiles, and JS can be forced', () => {
    const bytes = new Uint8Array(HEADER_SIZE);
    expect(createNonceSearcher(bytes).kernel).toBe(KernelName.WasmSimd);
    expect(createNonceSearcher(bytes, KernelName.Js).kernel).toBe(KernelName.Js);
  });
});
