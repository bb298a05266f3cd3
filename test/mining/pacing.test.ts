import { describe, expect, it } from 'vitest';
import {
  MAX_CHUNK_NONCES,
  MIN_CHUNK_NONCES,
  nextChunkSize,
  RATE_TIME_CONSTANT_MS,
  RateMeter,
  TARGET_CHUNK_MS,
} from '../../src/mining/pacing.ts';

describe('chunk sizing', () => {
  it('aims at the target duration from the measured rate', () => {
    // 7.5 MH/s: 7,500 nonces a millisecond.
    expect(nextChunkSize(100_000, 75_000, 10)).toBe(7_500 * TARGET_CHUNK_MS);
    expect(nextChunkSize(100_000, 20_000, 40, 10)).toBe(5_000);
  });

  it('grows at most fourfold per chunk, also when the chunk was too short to measure', () => {
    expect(nextChunkSize(1000, 1000, 0.1)).toBe(4000);
    expect(nextChunkSize(1000, 1000, 0)).toBe(4000);
    expect(nextChunkSize(1000, 100_000, 1)).toBe(4000);
  });

  it('stays within its bounds', () => {
    expect(nextChunkSize(1000, 10, 100)).toBe(MIN_CHUNK_NONCES);
    expect(nextChunkSize(MAX_CHUNK_NONCES, MAX_CHUNK_NONCES, 1)).toBe(MAX_CHUNK_NONCES);
  });
});

describe('rate meter', () => {
  it('starts at the first measured rate and moves toward a new one over about a time constant', () => {
    const meter = new RateMeter(0);
    expect(meter.sample(1000, 250)).toBe(4000);
    let t = 250;
    let count = 1000;
    let rate = 0;
    while (t < 250 + RATE_TIME_CONSTANT_MS) {
      t += 250;
      count += 2000; // now 8,000 per second
      rate = meter.sample(count, t);
    }
    // One time constant: 1 - 1/e ≈ 63% of the way from 4,000 to 8,000.
    expect(rate).toBeGreaterThan(4000 + 0.6 * 4000);
    expect(rate).toBeLessThan(8000);
  });

  it('keeps its estimate across a restart and ignores samples with no time elapsed', () => {
    const meter = new RateMeter(0);
    meter.sample(5000, 1000);
    meter.restart(1000);
    expect(meter.sample(0, 1000)).toBe(5000);
    expect(meter.sample(5000, 2000)).toBe(5000);
  });
});
