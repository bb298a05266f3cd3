// The mining edge's public surface: the worker pool, its browser factory, and the in-thread api tests and Node use.
// Not miner.worker.ts: importing it would start serving Comlink on this thread.
export * from './browser-worker.ts';
export * from './miner-api.ts';
export * from './miner-pool.ts';
export * from './nonce-searcher.ts';
