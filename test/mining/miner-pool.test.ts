import { describe, expect, it, vi } from 'vitest';
import { meetsDifficulty, withNonce } from '../../src/core/index.ts';
import type { ChunkJob } from '../../src/mining/miner-api.ts';
import {
  CHUNK_TIMEOUT_MS,
  defaultWorkerCount,
  MinerPool,
  type MinerWorkerHandle,
  type MiningProgress,
  PROGRESS_INTERVAL_MS,
} from '../../src/mining/miner-pool.ts';
import type { MinerPort } from '../../src/node/ports.ts';
import { inThreadWorkers, NOW, templateAt } from './helpers.ts';

/** No hash has 60 leading zero bits in the few million tries a test makes: mining runs until aborted. */
const UNREACHABLE = 60;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Mines an unreachable template for `ms`, then aborts; resolves with what the pool returned. */
async function mineFor(pool: MinerPool, ms: number) {
  const { template } = templateAt(UNREACHABLE);
  const controller = new AbortController();
  const mined = pool.mine(template, { signal: controller.signal });
  await sleep(ms);
  controller.abort();
  return mined;
}

describe('miner pool', () => {
  it('is a MinerPort: what the node takes', () => {
    const port: MinerPort = new MinerPool({ workers: 1, createWorker: inThreadWorkers().create });
    expect(port.workerCount).toBe(1);
  });

  it('mines blocks the chain accepts, at several low difficulties and worker counts', async () => {
    for (const [difficulty, workers] of [
      [1, 1],
      [8, 2],
      [14, 3],
    ] as const) {
      const { chain, template } = templateAt(difficulty, `d${difficulty}`);
      const pool = new MinerPool({ workers, createWorker: inThreadWorkers().create });
      const block = await pool.mine(template, { signal: new AbortController().signal });
      expect(block).not.toBeNull();
      const mined = block as NonNullable<typeof block>;
      expect(mined).toEqual(withNonce(template, mined.nonce));
      expect(meetsDifficulty(mined)).toBe(true);
      const added = chain.addBlock(mined, { now: NOW });
      expect(added.ok && added.value.status).toBe('main');
      pool.terminate();
    }
  });

  it('hands out disjoint chunks that tile the nonce space from zero, each under one high word', async () => {
    const workers = inThreadWorkers();
    const pool = new MinerPool({ workers: 3, createWorker: workers.create });
    expect(await mineFor(pool, 300)).toBeNull();
    await pool.idle();
    const ranges = workers.chunks
      .map(({ job }) => ({
        start: job.nonceHigh * 2 ** 32 + job.startLow,
        end: job.nonceHigh * 2 ** 32 + job.startLow + job.count,
      }))
      .sort((a, b) => a.start - b.start);
    expect(ranges[0]?.start).toBe(0);
    for (let i = 1; i < ranges.length; i++) expect(ranges[i]?.start).toBe(ranges[i - 1]?.end);
    expect(workers.chunks.every(({ job }) => job.startLow + job.count <= 2 ** 32)).toBe(true);
    expect(new Set(workers.chunks.map((c) => c.worker))).toEqual(new Set([0, 1, 2]));
    pool.terminate();
  });

  it('resolves null on an abort without waiting for the chunks in flight, and starts no chunk after it', async () => {
    // Workers whose chunks finish only when the test says so: the order of events is the point, not their timing.
    const workers = inThreadWorkers();
    const held: (() => void)[] = [];
    const createHeldWorker = (): MinerWorkerHandle => {
      const inner = workers.create();
      return {
        api: {
          async searchChunk(job: ChunkJob) {
            await new Promise<void>((release) => held.push(release));
            return inner.api.searchChunk(job);
          },
        },
        terminate: () => inner.terminate(),
      };
    };
    const pool = new MinerPool({ workers: 2, createWorker: createHeldWorker });
    const controller = new AbortController();
    const mined = pool.mine(templateAt(UNREACHABLE).template, { signal: controller.signal });
    await vi.waitFor(() => expect(held).toHaveLength(2));
    let idle = false;
    const idled = pool.idle().then(() => {
      idle = true;
    });
    controller.abort();
    expect(await mined).toBeNull();
    expect(idle).toBe(false);
    for (const release of held.splice(0)) release();
    await idled;
    expect(held).toHaveLength(0);
    expect(workers.chunks).toHaveLength(2);
    pool.terminate();
  });

  it('returns null at once for a signal already aborted, without starting a worker', async () => {
    const workers = inThreadWorkers();
    const pool = new MinerPool({ workers: 2, createWorker: workers.create });
    expect(await pool.mine(templateAt(4).template, { signal: AbortSignal.abort() })).toBeNull();
    expect(workers.created()).toBe(0);
  });

  it('reports progress at most every 250 ms: growing counts, a positive rate, its workers', async () => {
    const reports: { at: number; progress: MiningProgress }[] = [];
    const pool = new MinerPool({ workers: 2, createWorker: inThreadWorkers().create });
    // Mines until the third report, however long a busy machine takes to get there.
    const controller = new AbortController();
    await pool.mine(templateAt(UNREACHABLE).template, {
      signal: controller.signal,
      onProgress(progress) {
        reports.push({ at: performance.now(), progress });
        if (reports.length === 3) controller.abort();
      },
    });
    expect(reports).toHaveLength(3);
    for (const [i, { at, progress }] of reports.entries()) {
      expect(progress.workers).toBe(2);
      expect(progress.hashRate).toBeGreaterThan(0);
      const previous = reports[i - 1];
      if (previous === undefined) continue;
      expect(at - previous.at).toBeGreaterThanOrEqual(PROGRESS_INTERVAL_MS - 1);
      expect(progress.noncesTried).toBeGreaterThan(previous.progress.noncesTried);
      expect(progress.elapsedMs).toBeGreaterThan(previous.progress.elapsedMs);
    }
    pool.terminate();
  });

  it('changes its worker count while idle: workers start with the next template and end at once', async () => {
    const workers = inThreadWorkers();
    const pool = new MinerPool({ workers: 2, createWorker: workers.create });
    pool.setWorkerCount(3);
    expect(pool.workerCount).toBe(3);
    expect(workers.created()).toBe(0);
    await mineFor(pool, 100);
    await pool.idle();
    expect(workers.created()).toBe(3);
    pool.setWorkerCount(1);
    expect(workers.terminated()).toBe(2);
    expect(() => pool.setWorkerCount(0)).toThrow(RangeError);
    expect(() => pool.setWorkerCount(1.5)).toThrow(RangeError);
    pool.terminate();
    expect(workers.terminated()).toBe(3);
  });

  it('changes its worker count while mining: new workers join the template, removed ones stop', async () => {
    const workers = inThreadWorkers();
    const pool = new MinerPool({ workers: 1, createWorker: workers.create });
    const seen: number[] = [];
    const { template } = templateAt(UNREACHABLE);
    const controller = new AbortController();
    const mined = pool.mine(template, { signal: controller.signal, onProgress: (p) => seen.push(p.workers) });
    // Each step waits for what it needs to see, however long a busy machine takes to get there.
    const until = (condition: () => boolean) =>
      vi.waitFor(() => expect(condition()).toBe(true), { timeout: 20_000, interval: 20 });
    await until(() => seen.includes(1));
    pool.setWorkerCount(3);
    await until(() => seen.includes(3) && new Set(workers.chunks.map((c) => c.worker)).size === 3);
    const chunksBeforeShrink = workers.chunks.length;
    pool.setWorkerCount(1);
    await until(() => seen[seen.length - 1] === 1 && workers.chunks.length > chunksBeforeShrink + 3);
    controller.abort();
    expect(await mined).toBeNull();
    await pool.idle();
    expect(workers.terminated()).toBe(2);
    // After the shrink only worker 0 was given chunks: the others finished the chunk they had and stopped.
    const late = workers.chunks.slice(chunksBeforeShrink).map((c) => c.worker);
    expect(new Set(late)).toEqual(new Set([0]));
    expect(seen).toContain(1);
    expect(seen).toContain(3);
    expect(seen[seen.length - 1]).toBe(1);
    pool.terminate();
  });

  it('a new template supersedes the running one, which resolves null', async () => {
    const pool = new MinerPool({ workers: 2, createWorker: inThreadWorkers().create });
    const first = pool.mine(templateAt(UNREACHABLE).template, { signal: new AbortController().signal });
    await sleep(50);
    const { template } = templateAt(10);
    const second = pool.mine(template, { signal: new AbortController().signal });
    expect(await first).toBeNull();
    const block = await second;
    expect(block && meetsDifficulty(block)).toBe(true);
    expect(block?.previousHash).toBe(template.previousHash);
    pool.terminate();
  });

  it('rejects when a worker fails, and starts a fresh worker for the next template', async () => {
    let created = 0;
    const healthy = inThreadWorkers();
    const createWorker = (): MinerWorkerHandle => {
      created += 1;
      if (created > 1) return healthy.create();
      return {
        api: {
          searchChunk: async (_job: ChunkJob) => {
            throw new Error('worker crashed');
          },
        },
        terminate: () => {},
      };
    };
    const pool = new MinerPool({ workers: 1, createWorker });
    await expect(pool.mine(templateAt(4).template, { signal: new AbortController().signal })).rejects.toThrow(
      'worker crashed',
    );
    const block = await pool.mine(templateAt(4).template, { signal: new AbortController().signal });
    expect(block).not.toBeNull();
    expect(created).toBe(2);
    pool.terminate();
  });

  it('gives up on a worker that does not answer a chunk within CHUNK_TIMEOUT_MS, and terminates it', async () => {
    vi.useFakeTimers();
    try {
      let terminated = false;
      const pool = new MinerPool({
        workers: 1,
        createWorker: () => ({
          api: { searchChunk: () => new Promise<never>(() => {}) },
          terminate: () => {
            terminated = true;
          },
        }),
      });
      const mined = pool.mine(templateAt(4).template, { signal: new AbortController().signal });
      const outcome = expect(mined).rejects.toThrow(`did not answer within ${CHUNK_TIMEOUT_MS} ms`);
      await vi.advanceTimersByTimeAsync(CHUNK_TIMEOUT_MS);
      await outcome;
      expect(terminated).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('refuses a nonce that does not meet the difficulty instead of returning a bad block', async () => {
    const pool = new MinerPool({
      workers: 1,
      createWorker: () => ({
        api: {
          searchChunk: (job: ChunkJob) => ({ nonce: job.startLow, tried: 1, elapsedMs: 1, kernel: 'js' as const }),
        },
        terminate: () => {},
      }),
    });
    await expect(pool.mine(templateAt(40).template, { signal: new AbortController().signal })).rejects.toThrow(
      /does not meet the difficulty/,
    );
  });

  it('terminate resolves a running mine with null, ends every worker and refuses later templates', async () => {
    const workers = inThreadWorkers();
    const pool = new MinerPool({ workers: 2, createWorker: workers.create });
    const mined = pool.mine(templateAt(UNREACHABLE).template, { signal: new AbortController().signal });
    await sleep(50);
    pool.terminate();
    expect(await mined).toBeNull();
    await pool.idle();
    expect(workers.terminated()).toBe(2);
    expect(() => pool.mine(templateAt(4).template, { signal: new AbortController().signal })).toThrow(/terminated/);
  });

  it('defaults to one worker per core but one, and at least one', () => {
    expect(defaultWorkerCount(8)).toBe(7);
    expect(defaultWorkerCount(2)).toBe(1);
    expect(defaultWorkerCount(1)).toBe(1);
    // An unknown core count (old browsers) is taken as two.
    expect(defaultWorkerCount(Number.NaN)).toBe(1);
  });
});
