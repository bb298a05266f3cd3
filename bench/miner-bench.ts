// The mining bench page: real MinerPools on real Chromium workers, exposed as `window.minerBench` for the bench
// (bench/browser-suite.ts) and the browser test (test/browser/mining.spec.ts).
import { blockToJson } from '../src/core/index.ts';
import {
  createBrowserMinerWorker,
  defaultWorkerCount,
  MinerPool,
  type MinerWorkerHandle,
  type MiningProgress,
} from '../src/mining/index.ts';
import { benchTemplate, seedStyleRate, UNREACHABLE_DIFFICULTY } from './fixtures.ts';
import type { HashRateRun, MinerBenchApi } from './miner-bench-api.ts';

/** JIT, the worker's WebAssembly compile and the chunk size settle within this; not measured. */
const WARM_UP_MS = 400;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Browser workers whose chunk results are summed on the way back: the kernel's own time and count. */
function countingWorkers() {
  const totals = { tried: 0, hashingMs: 0 };
  const create = (): MinerWorkerHandle => {
    const worker = createBrowserMinerWorker();
    return {
      api: {
        async searchChunk(job) {
          const result = await worker.api.searchChunk(job);
          totals.tried += result.tried;
          totals.hashingMs += result.elapsedMs;
          return result;
        },
      },
      terminate: () => worker.terminate(),
    };
  };
  return { create, totals };
}

/** Mines an unreachable template for `ms`, then aborts and waits until the workers are idle. */
async function mineFor(pool: MinerPool, ms: number, onProgress?: (p: MiningProgress) => void): Promise<void> {
  const controller = new AbortController();
  const mined = pool.mine(benchTemplate(UNREACHABLE_DIFFICULTY), {
    signal: controller.signal,
    ...(onProgress ? { onProgress } : {}),
  });
  await sleep(ms);
  controller.abort();
  await mined;
  await pool.idle();
}

async function hashRate(workers: number, ms: number): Promise<HashRateRun> {
  const counting = countingWorkers();
  const pool = new MinerPool({ workers, createWorker: counting.create });
  try {
    await mineFor(pool, WARM_UP_MS);
    counting.totals.tried = 0;
    counting.totals.hashingMs = 0;
    let reported: number | null = null;
    const started = performance.now();
    await mineFor(pool, ms, (p) => {
      reported = p.hashRate;
    });
    const wallMs = performance.now() - started;
    const { tried, hashingMs } = counting.totals;
    return {
      workers,
      wallHashRate: (tried / wallMs) * 1000,
      kernelHashRate: (tried / hashingMs) * 1000,
      kernel: pool.kernel,
      noncesTried: tried,
      reportedHashRate: reported,
    };
  } finally {
    pool.terminate();
  }
}

async function mineOnce(difficulty: number) {
  const pool = new MinerPool({ createWorker: createBrowserMinerWorker });
  try {
    const started = performance.now();
    const block = await pool.mine(benchTemplate(difficulty), { signal: new AbortController().signal });
    if (block === null) throw new Error('mining ended without a block');
    return {
      nonce: block.nonce,
      hash: blockToJson(block).hash,
      ms: performance.now() - started,
      workers: pool.workerCount,
    };
  } finally {
    pool.terminate();
  }
}

async function abortLatency(warmMs: number) {
  const pool = new MinerPool({ createWorker: createBrowserMinerWorker });
  try {
    const controller = new AbortController();
    const mined = pool.mine(benchTemplate(UNREACHABLE_DIFFICULTY), { signal: controller.signal });
    await sleep(warmMs);
    const abortedAt = performance.now();
    controller.abort();
    await mined;
    const resolveMs = performance.now() - abortedAt;
    await pool.idle();
    return { resolveMs, idleMs: performance.now() - abortedAt };
  } finally {
    pool.terminate();
  }
}

/** Resolves once `condition` holds, checked on every progress report; rejects after `timeoutMs`. */
function progressUntil(condition: () => boolean, timeoutMs: number): { check(): void; reached: Promise<void> } {
  let done = (): void => {};
  const reached = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no such progress report within ${timeoutMs} ms`)), timeoutMs);
    done = () => {
      clearTimeout(timer);
      resolve();
    };
  });
  return { check: () => (condition() ? done() : undefined), reached };
}

async function resizeWhileMining(from: number, to: number, timeoutMs: number): Promise<number[]> {
  const pool = new MinerPool({ workers: from, createWorker: createBrowserMinerWorker });
  const seen: number[] = [];
  // Each step waits for a report showing the count it expects, however long a busy machine takes.
  let step = progressUntil(() => seen.includes(from), timeoutMs);
  try {
    const controller = new AbortController();
    const mined = pool.mine(benchTemplate(UNREACHABLE_DIFFICULTY), {
      signal: controller.signal,
      onProgress: (p) => {
        seen.push(p.workers);
        step.check();
      },
    });
    await step.reached;
    pool.setWorkerCount(to);
    step = progressUntil(() => seen[seen.length - 1] === to, timeoutMs);
    await step.reached;
    controller.abort();
    await mined;
    return seen;
  } finally {
    pool.terminate();
  }
}

const api: MinerBenchApi = {
  defaultWorkers: defaultWorkerCount(),
  hashRate,
  mineOnce,
  abortLatency,
  resizeWhileMining,
  seedStyleRate: (ms) => seedStyleRate(blockToJson(benchTemplate(UNREACHABLE_DIFFICULTY)), ms, () => performance.now()),
};
window.minerBench = api;
const status = document.getElementById('status');
if (status) status.textContent = 'ready';
