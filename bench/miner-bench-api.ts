// The contract between the bench page (miner-bench.ts) and what drives it (bench/browser-suite.ts and the browser
// test): `window.minerBench`. Types only.

export type HashRateRun = {
  readonly workers: number;
  /** Nonces hashed per wall-clock second, from the start of mining until every worker stopped. */
  readonly wallHashRate: number;
  /** Nonces hashed per second of hashing inside the workers, per worker: the kernel's own speed. */
  readonly kernelHashRate: number;
  readonly kernel: string | null;
  readonly noncesTried: number;
  /** The pool's own smoothed figure at its last progress report. */
  readonly reportedHashRate: number | null;
};

export type MinedOnce = {
  readonly nonce: number;
  readonly hash: string;
  readonly ms: number;
  readonly workers: number;
};

export type AbortLatency = {
  /** From `abort()` to `mine()` resolving null. */
  readonly resolveMs: number;
  /** From `abort()` to every worker idle: the hashing has really stopped. */
  readonly idleMs: number;
};

export interface MinerBenchApi {
  readonly defaultWorkers: number;
  /** Mines an unreachable template for `ms` (after a warm-up) with `workers` workers. */
  hashRate(workers: number, ms: number): Promise<HashRateRun>;
  /** Mines the bench template at `difficulty` with the default pool. */
  mineOnce(difficulty: number): Promise<MinedOnce>;
  /** Mines for `warmMs`, aborts, and times how soon the pool answers and its workers stop. */
  abortLatency(warmMs: number): Promise<AbortLatency>;
  /**
   * Mines with `from` workers until a report shows them, changes to `to` and mines until a report shows those;
   * resolves with the worker counts the reports showed, rejects when a step takes over `timeoutMs`.
   */
  resizeWhileMining(from: number, to: number, timeoutMs: number): Promise<readonly number[]>;
  /** The seed's JSON-per-proof mining on the page's thread, hashes per second. */
  seedStyleRate(ms: number): number;
}

declare global {
  interface Window {
    minerBench?: MinerBenchApi;
  }
}
