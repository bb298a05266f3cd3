// Mining workers in the browser: module workers that Vite bundles as their own chunk, driven through Comlink.
import { type Remote, releaseProxy, wrap } from 'comlink';
import type { MinerWorkerApi } from './miner.worker.ts';
import { MinerPool, type MinerPoolOptions, type MinerWorkerHandle } from './miner-pool.ts';

/** A module worker driven through Comlink: its remote api, a guard for calls to it, and how to end it. */
export type ComlinkWorker<T> = {
  readonly remote: Remote<T>;
  /** The call, failed as soon as the worker fails: Comlink never settles a call to a worker that failed to load or
   *  threw at top level, so its 'error' event has to. */
  guard<R>(call: Promise<R>): Promise<R>;
  terminate(): void;
};

/** Wraps a worker the caller made (`new Worker(new URL(...))` must stay in the caller's code, where Vite finds it). */
export function comlinkWorker<T>(worker: Worker, what: string): ComlinkWorker<T> {
  const remote = wrap<T>(worker);
  const failed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (event) => reject(new Error(`${what} failed: ${event.message}`)), { once: true });
  });
  failed.catch(() => {}); // observed by the calls racing it; not an unhandled rejection when none is pending
  return {
    remote,
    guard: (call) => Promise.race([call, failed]),
    terminate() {
      remote[releaseProxy]();
      worker.terminate();
    },
  };
}

export function createBrowserMinerWorker(): MinerWorkerHandle {
  const worker = new Worker(new URL('./miner.worker.ts', import.meta.url), { type: 'module', name: 'miner' });
  const { remote, guard, terminate } = comlinkWorker<MinerWorkerApi>(worker, 'mining worker');
  return { api: { searchChunk: (job) => guard(remote.searchChunk(job)) }, terminate };
}

/** The pool the page uses: `navigator.hardwareConcurrency - 1` workers unless told otherwise. */
export function createBrowserMinerPool(options: Omit<MinerPoolOptions, 'createWorker'> = {}): MinerPool {
  return new MinerPool({ ...options, createWorker: createBrowserMinerWorker });
}
