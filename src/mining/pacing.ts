// How the pool paces its workers: chunk sizes that keep each chunk near a target duration, and a hash rate smoothed
// over about a second. Pure functions of measured numbers, so tests drive them with made-up ones.

/**
 * A chunk's wall time is how late an abort can be seen: 15 ms leaves room under the 50 ms promise for a slow chunk
 * and the message round trip (≈0.2 ms), which at 15 ms costs ~1% of the hashing.
 */
export const TARGET_CHUNK_MS = 15;
/** Before any rate is known: 1 ms at the SIMD kernel's 7.5 MH/s, 5 ms at the JS kernel's 1.8 MH/s. */
export const FIRST_CHUNK_NONCES = 8192;
export const MIN_CHUNK_NONCES = 256;
/** 2^24: over 2 s even at 7.5 MH/s, so the rate estimate, not this cap, decides on any real machine. */
export const MAX_CHUNK_NONCES = 2 ** 24;
/** A chunk may grow at most this much at once: one fast measurement (a timer tick of 0.1 ms) cannot overshoot. */
const MAX_GROWTH = 4;
/** Below this the worker's clock (coarsened to 0.1 ms in browsers) says too little; grow by MAX_GROWTH instead. */
const MIN_MEASURABLE_MS = 1;

/** The next chunk for a worker that just hashed `tried` nonces in `elapsedMs` with chunks of `previous`. */
export function nextChunkSize(previous: number, tried: number, elapsedMs: number, targetMs = TARGET_CHUNK_MS): number {
  const ideal = elapsedMs >= MIN_MEASURABLE_MS && tried > 0 ? (tried / elapsedMs) * targetMs : previous * MAX_GROWTH;
  const bounded = Math.min(ideal, previous * MAX_GROWTH);
  return Math.round(Math.min(MAX_CHUNK_NONCES, Math.max(MIN_CHUNK_NONCES, bounded)));
}

/** Time constant of the smoothing: a change of rate shows after about a second, ticks of 250 ms do not jitter. */
export const RATE_TIME_CONSTANT_MS = 1000;

/** An exponentially smoothed rate (per second) from a growing count sampled at irregular times. */
export class RateMeter {
  private smoothed: number | null = null;
  private lastCount = 0;
  private lastTime: number;

  constructor(startTime: number) {
    this.lastTime = startTime;
  }

  /** Starts counting from zero again (a new job) while keeping the smoothed rate as the prior. */
  restart(time: number): void {
    this.lastCount = 0;
    this.lastTime = time;
  }

  /** Adds a sample of the cumulative count; returns the smoothed rate per second. */
  sample(count: number, time: number): number {
    const dt = time - this.lastTime;
    if (dt <= 0) return this.smoothed ?? 0;
    const instant = ((count - this.lastCount) / dt) * 1000;
    const weight = 1 - Math.exp(-dt / RATE_TIME_CONSTANT_MS);
    this.smoothed = this.smoothed === null ? instant : this.smoothed + weight * (instant - this.smoothed);
    this.lastCount = count;
    this.lastTime = time;
    return this.smoothed;
  }
}
