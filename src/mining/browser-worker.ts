// Mining workers in the browser: module workers that Vite bundles as their own chunk, driven through Comlink.
import { releaseProxy, wrap } from 'comlink';
import type { MinerWorkerApi } from './miner.worker.ts';
import { MinerPool, type MinerPoolOptions, type MinerWorkerHandle } from './miner-pool.ts';

export function createBrowserMinerWorker(): MinerWorkerHandle {
  const worker = new Worker(new URL('./miner.worker.ts', import.meta.url), { type: 'module', name: 'miner' });
  const remote = wrap<MinerWorkerApi>(worker);
  // Comlink never settles a call to a worker that failed to load or threw at top level: fail it from 'error'.
  const failed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (event) => reject(new Error(`mining worker failed: ${event.message}`)), {
      once: true,
    });
  });
  failed.catch(() => {}); // observed by the calls racing it; not an unhandled rejection when none is pending
  return {
    api: { searchChunk: (job) => Promise.race([remote.searchChunk(job), failed]) },
    terminate() {
      remote[releaseProxy]();
      worker.terminate();
    },
  };
}

/** The pool the page uses: `navigator.hardwareConcurrency - 1` workers unless told otherwise. */
export function createBrowserMinerPool(options: Omit<MinerPoolOptions, 'createWorker'> = {}): MinerPool {
  return new MinerPool({ ...options, createWorker: createBrowserMinerWorker });
}
