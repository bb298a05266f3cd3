// The storage edge's public surface: a node's IndexedDB store, its identity and lock, the device registry.
export * from './constants.ts';
export { EARLY_READ_KEY, type EarlyReadResult, takeEarlyRead } from './early-read.ts';
export * from './errors.ts';
export * from './identity.ts';
export * from './indexeddb-store.ts';
export * from './locks.ts';
export * from './memory-store.ts';
export * from './node-id.ts';
export * from './node-store.ts';
export * from './persistence.ts';
export * from './registry.ts';
