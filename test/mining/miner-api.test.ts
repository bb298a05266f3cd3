import { sha256 } from '@noble/hashes/sha2.js';
import { describe, expect, it } from 'vitest';
import { HEADER_SIZE, leadingZeroBits, setHeaderNonce } from '../../src/core/index.ts';
import { type ChunkJob, createMinerApi } from '../../src/mining/miner-api.ts';
import { KernelName } from '../../src/mining/nonce-searcher.ts';

const header = Uint8Array.from({ length: HEADER_SIZE }, (_, i) => (i * 29 + 5) & 0xff);

function zerosWithNonce(nonce: number): number {
  const bytes = Uint8Array.from(header);
  setHeaderNonce(bytes, nonce);
  return leadingZeroBits(sha256(bytes));
}

function job(overrides: Partial<ChunkJob> = {}): ChunkJob {
  return { header, difficulty: 10, nonceHigh: 3, startLow: 0, count: 200_000, ...overrides };
}

describe('miner api (the worker side)', () => {
  for (const kernel of [KernelName.WasmSimd, KernelName.Js]) {
    it(`${kernel}: returns the chunk's first nonce meeting the difficulty, whole, and how many it tried`, () => {
      const api = createMinerApi({ kernel });
      const result = api.searchChunk(job());
      expect(result.kernel).toBe(kernel);
      expect(result.nonce).not.toBeNull();
      const nonce = result.nonce as number;
      expect(Math.floor(nonce / 2 ** 32)).toBe(3);
      expect(zerosWithNonce(nonce)).toBeGreaterThanOrEqual(10);
      expect(result.tried).toBe(nonce - 3 * 2 ** 32 + 1);
      for (let n = 3 * 2 ** 32; n < nonce; n++) expect(zerosWithNonce(n)).toBeLessThan(10);
    });
  }

  it('reports a whole chunk tried and no nonce when none meets the difficulty', () => {
    const result = createMinerApi().searchChunk(job({ difficulty: 48, count: 5000 }));
    expect(result).toMatchObject({ nonce: null, tried: 5000 });
    expect(result.elapsedMs).toBeGreaterThanOrEqual(0);
  });

  it('measures its hashing time with the clock it is given', () => {
    let t = 0;
    const api = createMinerApi({
      now: () => {
        t += 7;
        return t;
      },
    });
    expect(api.searchChunk(job({ difficulty: 48, count: 100 })).elapsedMs).toBe(7);
  });

  it('follows a new template after chunks of an old one', () => {
    const api = createMinerApi();
    const other = Uint8Array.from(header).fill(1, 0, 4);
    const first = api.searchChunk(job({ difficulty: 6, nonceHigh: 0 }));
    const second = api.searchChunk(job({ header: other, difficulty: 6, nonceHigh: 0 }));
    const againFirst = api.searchChunk(job({ difficulty: 6, nonceHigh: 0 }));
    expect(againFirst.nonce).toBe(first.nonce);
    expect(second.nonce).not.toBe(first.nonce);
  });

  it('refuses chunks no pool would send', () => {
    const api = createMinerApi();
    expect(() => api.searchChunk(job({ header: new Uint8Array(80) }))).toThrow(RangeError);
    expect(() => api.searchChunk(job({ count: 0 }))).toThrow(RangeError);
    expect(() => api.searchChunk(job({ startLow: 2 ** 32 - 10, count: 11 }))).toThrow(RangeError);
    expect(() => api.searchChunk(job({ nonceHigh: 2 ** 32 }))).toThrow(RangeError);
    expect(() => api.searchChunk(job({ difficulty: -1 }))).toThrow(RangeError);
  });
});
