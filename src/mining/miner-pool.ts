// The mining pool: workers take successive chunks of one template's nonce space from a shared counter (so no nonce
// is tried twice), each chunk sized to ~15 ms of hashing so an abort is seen within 50 ms; reports a smoothed rate.
import { type Block, meetsDifficulty, withNonce } from '../core/block.ts';
import type { ChunkJob, ChunkResult } from './miner-api.ts';
import type { KernelName } from './nonce-searcher.ts';
import { FIRST_CHUNK_NONCES, nextChunkSize, RateMeter, TARGET_CHUNK_MS } from './pacing.ts';

export type MiningProgress = {
  /** Hashes per second over all workers, smoothed over about a second. */
  readonly hashRate: number;
  /** Nonces hashed for this template so far. */
  readonly noncesTried: number;
  readonly workers: number;
  readonly elapsedMs: number;
};

/** What the pool needs of a worker: its api (Comlink-wrapped in the browser, the plain object in tests) and an end. */
export type MinerWorkerHandle = {
  readonly api: { searchChunk(job: ChunkJob): Promise<ChunkResult> | ChunkResult };
  terminate(): void;
};

export type MinerPoolOptions = {
  /** Defaults to `defaultWorkerCount()`. */
  readonly workers?: number;
  readonly createWorker: () => MinerWorkerHandle;
  readonly now?: () => number;
  /** Wall time each chunk aims at; see pacing.ts. */
  readonly chunkMs?: number;
};

export type MineOptions = {
  readonly signal: AbortSignal;
  /** Called at most every PROGRESS_INTERVAL_MS while mining. */
  readonly onProgress?: (progress: MiningProgress) => void;
};

export const PROGRESS_INTERVAL_MS = 250;
export const MAX_WORKERS = 64;
/** A chunk is ~15 ms; one that takes 10 s means a dead or wedged worker, not a slow one. */
export const CHUNK_TIMEOUT_MS = 10_000;
const NONCE_SPACE = Number.MAX_SAFE_INTEGER + 1;
const HIGH_WORD = 2 ** 32;

/** One worker per core but one, left for the page and the network; at least one. An unknown count is taken as 2. */
export function defaultWorkerCount(
  hardwareConcurrency: number | undefined = globalThis.navigator?.hardwareConcurrency,
): number {
  const cores = hardwareConcurrency !== undefined && Number.isInteger(hardwareConcurrency) ? hardwareConcurrency : 2;
  return Math.min(MAX_WORKERS, Math.max(1, cores - 1));
}

function checkWorkerCount(n: number): number {
  if (!Number.isInteger(n) || n < 1 || n > MAX_WORKERS) {
    throw new RangeError(`worker count must be an integer in [1, ${MAX_WORKERS}], got ${n}`);
  }
  return n;
}

type WorkerSlot = {
  readonly handle: MinerWorkerHandle;
  /** Nonces per chunk, adapted to this worker's measured rate. */
  chunkSize: number;
  /** Its loop is running: a chunk may be in flight. */
  running: boolean;
  /** Removed from the pool; terminated as soon as its chunk in flight returns. */
  retired: boolean;
};

/** One template being mined: the shared nonce counter and what has been tried. */
class MiningJob {
  readonly promise: Promise<Block | null>;
  nextNonce = 0;
  tried = 0;
  lastProgressAt: number;
  settled = false;
  private resolvePromise: (block: Block | null) => void = () => {};
  private rejectPromise: (error: unknown) => void = () => {};
  private readonly abortListener: () => void;

  constructor(
    readonly template: Block,
    readonly options: MineOptions,
    readonly startedAt: number,
    onAbort: (job: MiningJob) => void,
  ) {
    this.lastProgressAt = startedAt;
    this.promise = new Promise((resolve, reject) => {
      this.resolvePromise = resolve;
      this.rejectPromise = reject;
    });
    this.abortListener = () => onAbort(this);
    options.signal.addEventListener('abort', this.abortListener, { once: true });
  }

  /** The next chunk of at most `size` nonces, kept under one high word; null once the nonce space is spent. */
  take(size: number): ChunkJob | null {
    const nonceHigh = Math.floor(this.nextNonce / HIGH_WORD);
    const startLow = this.nextNonce - nonceHigh * HIGH_WORD;
    const count = Math.min(size, HIGH_WORD - startLow, NONCE_SPACE - this.nextNonce);
    if (count <= 0) return null;
    this.nextNonce += count;
    const { header, difficulty } = this.template;
    return { header, difficulty, nonceHigh, startLow, count };
  }

  settle(outcome: { block: Block | null } | { error: unknown }): void {
    if (this.settled) return;
    this.settled = true;
    this.options.signal.removeEventListener('abort', this.abortListener);
    if ('error' in outcome) this.rejectPromise(outcome.error);
    else this.resolvePromise(outcome.block);
  }
}

function withTimeout<T>(work: Promise<T> | T, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
    Promise.resolve(work).then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

export class MinerPool {
  private desired: number;
  /** Live workers, at most `desired`; retired ones leave this list at once and end after their chunk. */
  private readonly slots: WorkerSlot[] = [];
  private job: MiningJob | null = null;
  private running = 0;
  private idleWaiters: (() => void)[] = [];
  private terminated = false;
  private lastKernel: KernelName | null = null;
  private readonly createWorker: () => MinerWorkerHandle;
  private readonly now: () => number;
  private readonly chunkMs: number;
  private readonly rate: RateMeter;

  constructor(options: MinerPoolOptions) {
    this.desired = checkWorkerCount(options.workers ?? defaultWorkerCount());
    this.createWorker = options.createWorker;
    this.now = options.now ?? (() => performance.now());
    this.chunkMs = options.chunkMs ?? TARGET_CHUNK_MS;
    this.rate = new RateMeter(this.now());
  }

  get workerCount(): number {
    return this.desired;
  }

  /** The kernel the workers reported last ('wasm-simd' or 'js'); null before the first chunk. */
  get kernel(): KernelName | null {
    return this.lastKernel;
  }

  /** Takes effect at once: new workers join the current template, removed ones stop after their chunk. */
  setWorkerCount(n: number): void {
    this.desired = checkWorkerCount(n);
    this.reconcile();
  }

  /**
   * Mines `template` until a worker finds a nonce (resolves with the block, via the core's `withNonce`) or `signal`
   * aborts (resolves null at once; workers stop within one chunk). A new call supersedes a running one, which
   * resolves null. Rejects if a worker fails.
   */
  mine(template: Block, options: MineOptions): Promise<Block | null> {
    if (this.terminated) throw new Error('the miner pool was terminated');
    this.job?.settle({ block: null });
    this.job = null;
    if (options.signal.aborted) return Promise.resolve(null);
    const job = new MiningJob(template, options, this.now(), (aborted) => this.finish(aborted, { block: null }));
    this.job = job;
    this.rate.restart(job.startedAt);
    this.reconcile();
    return job.promise;
  }

  /** Resolves once no worker is hashing: after an abort, within one chunk. */
  idle(): Promise<void> {
    if (this.running === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Stops everything now: a running `mine` resolves null and every worker is terminated. */
  terminate(): void {
    this.terminated = true;
    if (this.job) this.finish(this.job, { block: null });
    for (const slot of this.slots.splice(0)) this.retire(slot);
  }

  /** Brings the worker set to `desired`; spawns only while there is a template to mine. */
  private reconcile(): void {
    while (this.slots.length > this.desired) this.retire(this.slots.pop() as WorkerSlot);
    if (this.job === null || this.terminated) return;
    while (this.slots.length < this.desired) {
      this.slots.push({ handle: this.createWorker(), chunkSize: FIRST_CHUNK_NONCES, running: false, retired: false });
    }
    for (const slot of this.slots) if (!slot.running) void this.runWorker(slot);
  }

  private retire(slot: WorkerSlot): void {
    slot.retired = true;
    if (!slot.running) slot.handle.terminate();
  }

  /** One worker's loop: chunk after chunk of whatever template is current, until there is none. */
  private async runWorker(slot: WorkerSlot): Promise<void> {
    slot.running = true;
    this.running += 1;
    try {
      for (let job = this.job; job !== null && !slot.retired; job = this.job) {
        const chunk = job.take(slot.chunkSize);
        if (chunk === null) {
          this.finish(job, { block: null });
          break;
        }
        let result: ChunkResult;
        try {
          result = await withTimeout(slot.handle.api.searchChunk(chunk), CHUNK_TIMEOUT_MS, 'a mining worker');
        } catch (error) {
          // A failed worker is dropped (the next template gets a fresh one) and fails the template it was on.
          const index = this.slots.indexOf(slot);
          if (index >= 0) this.slots.splice(index, 1);
          slot.retired = true;
          this.finish(job, { error });
          break;
        }
        slot.chunkSize = nextChunkSize(slot.chunkSize, result.tried, result.elapsedMs, this.chunkMs);
        this.lastKernel = result.kernel;
        // The template may have been found, aborted or replaced while this chunk ran: then its result is moot.
        if (job === this.job) this.record(job, result);
      }
    } finally {
      slot.running = false;
      this.running -= 1;
      if (slot.retired) slot.handle.terminate();
      if (this.running === 0) for (const resolve of this.idleWaiters.splice(0)) resolve();
    }
  }

  private record(job: MiningJob, result: ChunkResult): void {
    job.tried += result.tried;
    if (result.nonce !== null) {
      const block = withNonce(job.template, result.nonce);
      // A kernel bug must not reach the network as a block the node then refuses: fail loudly here instead.
      if (!meetsDifficulty(block)) {
        this.finish(job, { error: new Error(`internal: nonce ${result.nonce} does not meet the difficulty`) });
      } else {
        this.finish(job, { block });
      }
      return;
    }
    const now = this.now();
    if (job.options.onProgress === undefined || now - job.lastProgressAt < PROGRESS_INTERVAL_MS) return;
    job.lastProgressAt = now;
    job.options.onProgress({
      hashRate: this.rate.sample(job.tried, now),
      noncesTried: job.tried,
      workers: this.slots.length,
      elapsedMs: now - job.startedAt,
    });
  }

  private finish(job: MiningJob, outcome: { block: Block | null } | { error: unknown }): void {
    if (this.job === job) this.job = null;
    job.settle(outcome);
  }
}
