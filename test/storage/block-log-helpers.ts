// One node database's block stores as the block-log tests look at them, and the ways they save into it.
import type { Block } from '../../src/core/index.ts';
import { unpackSegment } from '../../src/storage/block-log.ts';
import {
  NODE_DB_VERSION,
  NodeStores,
  nodeDatabaseName,
  openIndexedDbStore,
  type StorageError,
} from '../../src/storage/index.ts';
import type { IndexedDbStore } from '../../src/storage/indexeddb-store.ts';
import { at, readRawRecords, requestResult } from './helpers.ts';

export const NODE = { network: 'test', nodeId: 'n-a' } as const;
export const NAME = nodeDatabaseName(NODE.network, NODE.nodeId);

/** The segments (block counts of packed ones, else the value) and how many loose records, behind the store's back. */
export async function layout(indexedDB: IDBFactory): Promise<{ segments: unknown[]; loose: number }> {
  const { segments, loose } = await readRawRecords(indexedDB, NODE);
  const counts = segments.map((s) => (s instanceof Uint8Array ? (unpackSegment(s)?.length ?? s) : s));
  return { segments: counts, loose: loose.length };
}

/** The keys of the segments store, in order. */
export async function segmentKeys(indexedDB: IDBFactory): Promise<IDBValidKey[]> {
  const db = await requestResult(indexedDB.open(NAME, NODE_DB_VERSION));
  const keys = await requestResult(db.transaction(NodeStores.Segments).objectStore(NodeStores.Segments).getAllKeys());
  db.close();
  return keys;
}

export function openTestStore(indexedDB: IDBFactory, onError?: (e: StorageError) => void) {
  return openIndexedDbStore({ ...NODE, indexedDB, ...(onError ? { onError } : {}) });
}

/** Saves block by block, each save started as the one before it commits (as the node's save queue does). */
export async function saveEach(store: IndexedDbStore, blocks: readonly Block[]): Promise<void> {
  for (const block of blocks) await store.saveBlocks([block], block.hash);
}

/** Saves `blocks` in one save. */
export function saveRun(store: IndexedDbStore, blocks: readonly Block[]): Promise<void> {
  return store.saveBlocks(blocks, at(blocks, blocks.length - 1).hash);
}

/** A new store that saved `blocks` one by one and then paused: whatever merge that made due has run. */
export async function saveOneByOne(
  blocks: readonly Block[],
  indexedDB: IDBFactory,
  onError?: (e: StorageError) => void,
): Promise<IndexedDbStore> {
  const store = await openTestStore(indexedDB, onError);
  await saveEach(store, blocks);
  await store.settled();
  return store;
}

/** The hashes a new store of the database loads, in order. */
export async function loadedHashes(indexedDB: IDBFactory): Promise<string[]> {
  const store = await openTestStore(indexedDB);
  const loaded = await store.load();
  store.close();
  return loaded.blocks.map((b) => b.hash);
}
