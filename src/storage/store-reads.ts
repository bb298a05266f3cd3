// Reads of a node database that are more than one request: a store's entries, and what a start on a ledger snapshot
// reads (the snapshot and the newest block segments, never the whole log: 100,000 blocks take ~1.4 s to read).
import type { IDBPObjectStore, IDBPTransaction } from 'idb';
import { hexToBytes } from '../core/index.ts';
import type { RawBlockRecords } from './block-log.ts';
import { MetaKeys, type NodeSchema, type NodeStoreName, NodeStores } from './constants.ts';
import { placeInOrder } from './idb.ts';
import { snapshotBaseOf } from './records.ts';

/** Keys and values of a store, read with two requests in one transaction; both come back in key order. */
export async function readEntries<
  Scope extends ArrayLike<NodeStoreName>,
  Name extends typeof NodeStores.Meta | typeof NodeStores.Settings,
>(store: IDBPObjectStore<NodeSchema, Scope, Name>): Promise<Map<string, unknown>> {
  const [keys, values] = await placeInOrder([() => store.getAllKeys(), () => store.getAll()]);
  return new Map(keys.map((key, i) => [key, values[i]]));
}

/** Whether `bytes` hold `wanted` anywhere: a packed segment names a block by its hash and by its children's links. */
function holds(bytes: Uint8Array, wanted: Uint8Array): boolean {
  const first = wanted[0] as number;
  for (
    let at = bytes.indexOf(first);
    at >= 0 && at + wanted.length <= bytes.length;
    at = bytes.indexOf(first, at + 1)
  ) {
    let k = 1;
    while (k < wanted.length && bytes[at + k] === wanted[k]) k++;
    if (k === wanted.length) return true;
  }
  return false;
}

export type RecentRead = {
  readonly raw: RawBlockRecords;
  /** The snapshot's base block: what is stored from it on is what the start decodes. */
  readonly baseHash: string;
  readonly meta: Map<string, unknown>;
  readonly settings: Map<string, unknown>;
  readonly mempool: unknown[];
};

/**
 * The meta and settings entries, the mempool, and the segments from the newest back to the one before the first
 * that holds the snapshot's base hash (the first may hold only a child's link to it). Null when there is no snapshot
 * or an earlier release's loose records are there (a full load moves those). Read in key order, oldest first.
 */
export async function readRecent<Scope extends ArrayLike<NodeStoreName>>(
  tx: IDBPTransaction<NodeSchema, Scope, 'readonly'>,
): Promise<RecentRead | null> {
  // A node without a snapshot (a short chain) loads everything right after: one request, not a second full read.
  const [snapshots, loose] = await Promise.all([
    tx.objectStore(NodeStores.Meta).count(MetaKeys.Snapshot),
    tx.objectStore(NodeStores.Blocks).count(),
  ]);
  if (snapshots === 0 || loose > 0) return null;
  const [meta, settings, mempool] = await Promise.all([
    readEntries(tx.objectStore(NodeStores.Meta)),
    readEntries(tx.objectStore(NodeStores.Settings)),
    tx.objectStore(NodeStores.Mempool).getAll(),
  ]);
  const baseHash = snapshotBaseOf(meta.get(MetaKeys.Snapshot));
  if (baseHash === null) return null;
  const base = hexToBytes(baseHash);
  const segments: unknown[] = [];
  let named = false;
  for (let cursor = await tx.objectStore(NodeStores.Segments).openCursor(null, 'prev'); cursor !== null; ) {
    segments.push(cursor.value);
    if (named) break;
    named = cursor.value instanceof Uint8Array && holds(cursor.value, base);
    cursor = await cursor.continue();
  }
  return { raw: { segments: segments.reverse(), loose: [] }, baseHash, meta, settings, mempool };
}

/**
 * Segments one history read takes in a transaction: about 8,000 blocks, tens of milliseconds of the browser's
 * storage thread, where one read of 100,000 blocks held every save behind it for about two seconds.
 */
export const HISTORY_READ_SEGMENTS = 8;

/**
 * Up to `count` segments below key `below` (all keys when null), newest first, and the oldest key read (null once
 * none is left). Newest first, so a merge between two reads (which puts the merged run under its first key) is read
 * again, never missed: a block read twice is skipped, one missed would leave a hole in the history.
 */
export async function readOlderSegments<Scope extends ArrayLike<NodeStoreName>>(
  tx: IDBPTransaction<NodeSchema, Scope, 'readonly'>,
  below: number | null,
  count: number,
): Promise<{ segments: unknown[]; oldestKey: number | null }> {
  const segments: unknown[] = [];
  let oldestKey: number | null = null;
  const range = below === null ? null : IDBKeyRange.upperBound(below, true);
  for (let cursor = await tx.objectStore(NodeStores.Segments).openCursor(range, 'prev'); cursor !== null; ) {
    segments.push(cursor.value);
    oldestKey = cursor.key;
    if (segments.length >= count) break;
    cursor = await cursor.continue();
  }
  return { segments, oldestKey: segments.length < count ? null : oldestKey };
}
