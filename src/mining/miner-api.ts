// The worker side of the mining pool as a plain object: searches one chunk of a template's nonce space per call.
// miner.worker.ts exposes it through Comlink; unit tests call it in-thread.
import { equalBytes } from '../core/bytes.ts';
import { HEADER_SIZE } from '../core/header-layout.ts';
import { createNonceSearcher, type KernelName, type NonceSearcher } from './nonce-searcher.ts';

/** One chunk of work: low nonces [startLow, startLow + count) under one high word, of one template. */
export type ChunkJob = {
  /** The template's 92-byte header; its nonce field is ignored. */
  readonly header: Uint8Array;
  readonly difficulty: number;
  readonly nonceHigh: number;
  readonly startLow: number;
  readonly count: number;
};

export type ChunkResult = {
  /** The first nonce of the chunk meeting the difficulty, whole (high * 2^32 + low), or null. */
  readonly nonce: number | null;
  /** Nonces hashed: the whole chunk, or up to and including the winner. */
  readonly tried: number;
  /** Time spent hashing, measured in the worker: the pool sizes the next chunk from it. */
  readonly elapsedMs: number;
  readonly kernel: KernelName;
};

export type MinerApiOptions = {
  /** Force a kernel (benchmarks); by default the fastest this thread can run. */
  readonly kernel?: KernelName;
  readonly now?: () => number;
};

function checkJob(job: ChunkJob): void {
  if (!(job.header instanceof Uint8Array) || job.header.length !== HEADER_SIZE) {
    throw new RangeError(`header must be ${HEADER_SIZE} bytes`);
  }
  const isU32 = (n: number) => Number.isInteger(n) && n >= 0 && n <= 0xffffffff;
  if (!isU32(job.nonceHigh) || !isU32(job.startLow)) throw new RangeError('nonce words must be u32');
  if (!Number.isInteger(job.count) || job.count < 1 || job.startLow + job.count > 2 ** 32) {
    throw new RangeError('a chunk holds at least one nonce and stays under one high word');
  }
  if (!Number.isInteger(job.difficulty) || job.difficulty < 0 || job.difficulty > 256) {
    throw new RangeError('difficulty must be 0..256');
  }
}

export function createMinerApi(options: MinerApiOptions = {}) {
  const now = options.now ?? (() => performance.now());
  // Chunks of one template arrive back to back: keep its prepared searcher (midstate and SIMD instance).
  let current: { readonly header: Uint8Array; readonly searcher: NonceSearcher } | null = null;

  return {
    searchChunk(job: ChunkJob): ChunkResult {
      checkJob(job);
      if (current === null || !equalBytes(current.header, job.header)) {
        current = { header: job.header.slice(), searcher: createNonceSearcher(job.header, options.kernel) };
      }
      const { searcher } = current;
      const started = now();
      const low = searcher.search(job.nonceHigh, job.startLow, job.count, job.difficulty);
      const elapsedMs = now() - started;
      if (low < 0) return { nonce: null, tried: job.count, elapsedMs, kernel: searcher.kernel };
      return {
        nonce: job.nonceHigh * 2 ** 32 + low,
        tried: low - job.startLow + 1,
        elapsedMs,
        kernel: searcher.kernel,
      };
    },
  };
}

export type MinerApi = ReturnType<typeof createMinerApi>;
