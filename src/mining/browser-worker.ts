// Mining workers in the browser: module workers that Vite bundles as their own chunk, driven through Comlink.
import { type Remote, releaseProxy, wrap } from 'comlink';
import type { MinerWorkerApi } from './miner.worker.ts';
import { MinerPool, type MinerPoolOptions, type MinerWorkerHandle } from './miner-pool.ts';

/** A module worker driven through Comlink: its remote api, a guard for calls to it, and how to end it. */
export type ComlinkWorker<T> = {
  readonly remote: Remote<T>;
  /** The call, failed as soon as the worker fails or is terminated: Comlink never settles a call to a worker that
   *  failed to load, threw at top level or was terminated with the call in flight, so this has to. */
  guard<R>(call: Promise<R>): Promise<R>;
  terminate(): void;
};

/** The worker as comlinkWorker uses it: a Comlink endpoint that reports load errors and can be ended. */
export type ComlinkWorkerTarget = Pick<
  Worker,
  'postMessage' | 'addEventListener' | 'removeEventListener' | 'terminate'
>;

/** Wraps a worker the caller made (`new Worker(new URL(...))` must stay in the caller's code, where Vite finds it). */
export function comlinkWorker<T>(worker: ComlinkWorkerTarget, what: string): ComlinkWorker<T> {
  const remote = wrap<T>(worker);
  let end: (error: Error) => void = () => {};
  const ended = new Promise<never>((_, reject) => {
    end = reject;
    worker.addEventListener('error', (event) => reject(new Error(`${what} failed: ${event.message}`)), { once: true });
  });
  ended.catch(() => {}); // observed by the calls racing it; not an unhandled rejection when none is pending
  return {
    remote,
    guard: (call) => Promise.race([call, ended]),
    terminate() {
      // A pool that ends its workers after one failed may have calls in flight on the others (worker-verifier.ts):
      // they fail now, and their caller checks elsewhere, instead of waiting forever.
      end(new Error(`${what} was terminated`));
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
