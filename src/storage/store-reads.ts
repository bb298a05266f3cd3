// Reads of a node database that are more than one request: a store's entries, and what a start on a ledger snapshot
// reads (the snapshot and the newest block segments, never the whole log: 100,000 blocks take ~1.4 s to read).
import { type IDBPObjectStore, type IDBPTransaction, unwrap } from 'idb';
import { snapshotChecksumParts } from '../core/index.ts';
import {
  BLOCK_STORES,
  type BlockRecords,
  type BlockStamp,
  digestMatches,
  placeBlockReads,
  placeBlockStamp,
  placeRecentReads,
  type RawBlockRecords,
  type RecentRecords,
  sameStamp,
} from './block-log.ts';
import { MetaKeys, type NodeSchema, type NodeStoreName, NodeStores } from './constants.ts';
import { placeInOrder } from './idb.ts';
import { snapshotBaseOf } from './records.ts';

/**
 * Keys and values of a store, read with requests in one transaction, in key order; without `except` where given
 * (the ledger snapshot, megabytes, which a start on it may have read already).
 */
export async function readEntries<
  Scope extends ArrayLike<NodeStoreName>,
  Name extends typeof NodeStores.Meta | typeof NodeStores.Settings,
>(store: IDBPObjectStore<NodeSchema, Scope, Name>, except?: string): Promise<Map<string, unknown>> {
  if (except === undefined) {
    const [keys, values] = await placeInOrder([() => store.getAllKeys(), () => store.getAll()]);
    return new Map(keys.map((key, i) => [key, values[i]]));
  }
  const [keys, below, above] = await placeInOrder([
    () => store.getAllKeys(),
    () => store.getAll(IDBKeyRange.upperBound(except, true)),
    () => store.getAll(IDBKeyRange.lowerBound(except, true)),
  ]);
  const values = [...below, ...above];
  return new Map(keys.filter((key) => key !== except).map((key, i) => [key, values[i]]));
}

/** Places plain requests and reads them once the transaction has committed (see placeBlockReads for why plain). */
export async function readPlain<Scope extends ArrayLike<NodeStoreName>, T>(
  tx: IDBPTransaction<NodeSchema, Scope, 'readonly'>,
  place: (plain: IDBTransaction) => () => T,
): Promise<T> {
  const collect = place(unwrap(tx));
  await tx.done;
  return collect();
}

export type RecentRead = {
  readonly raw: RawBlockRecords;
  /** The snapshot's base block: what is stored from it on is what the start decodes. */
  readonly baseHash: string;
  readonly meta: Map<string, unknown>;
  readonly settings: Map<string, unknown>;
  readonly mempool: unknown[];
};

/** An earlier read of the recent records (index.html's first script's) and the stamp of the blocks it read. */
export type PrefetchedRecent = { readonly recent: RecentRecords; readonly stamp: BlockStamp };

/**
 * The meta and settings entries, the mempool, and the recent records (placeRecentReads): `prefetched`'s where no
 * block was saved since it was read, so the snapshot is not read twice. Null when there is no snapshot to start on.
 * A snapshot saved alone since the prefetch (no block with it) is not seen: the prefetched one, older, agrees with
 * the blocks read with it, and the start only takes its next one a little sooner.
 */
export async function readRecent<Scope extends ArrayLike<NodeStoreName>>(
  tx: IDBPTransaction<NodeSchema, Scope, 'readonly'>,
  prefetched: PrefetchedRecent | null,
): Promise<RecentRead | null> {
  // A node without a snapshot (a short chain) loads everything right after: one request, not a second full read.
  const [snapshots, loose] = await Promise.all([
    tx.objectStore(NodeStores.Meta).count(MetaKeys.Snapshot),
    tx.objectStore(NodeStores.Blocks).count(),
  ]);
  if (snapshots === 0 || loose > 0) return null;
  const [recent, meta, settings, mempool] = await Promise.all([
    readPlain(tx, (plain) => {
      const place = () => placeRecentReads(plain, BLOCK_STORES, MetaKeys.Snapshot);
      const reads = placeUnlessCurrent(plain, prefetched?.stamp, place);
      return () => {
        const found = reads();
        return found === 'current' ? (prefetched?.recent ?? null) : found.read;
      };
    }),
    readEntries(tx.objectStore(NodeStores.Meta), MetaKeys.Snapshot),
    readEntries(tx.objectStore(NodeStores.Settings)),
    tx.objectStore(NodeStores.Mempool).getAll(),
  ]);
  const baseHash = recent === null ? null : snapshotBaseOf(recent.snapshot);
  if (recent === null || baseHash === null) return null;
  meta.set(MetaKeys.Snapshot, recent.snapshot);
  return { raw: { segments: recent.segments, loose: [] }, baseHash, meta, settings, mempool };
}

/**
 * Places the stamp, and `place`'s reads too unless the stamp is still `known` (a prefetch's): what they read, or
 * `current` where the prefetch still holds what is stored.
 */
function placeUnlessCurrent<T>(
  tx: IDBTransaction,
  known: BlockStamp | undefined,
  place: () => () => T,
): () => { readonly read: T } | 'current' {
  let reads: (() => T) | null = null;
  placeBlockStamp(tx, BLOCK_STORES, MetaKeys.Tip, (stamp) => {
    if (known === undefined || !sameStamp(known, stamp)) reads = place();
  });
  return () => (reads === null ? 'current' : { read: reads() });
}

/** The stamp, and the blocks too unless the stamp is `known` (what a prefetch read is still current with). */
export function placeLoadReads(tx: IDBTransaction, known: BlockStamp | undefined): () => RawBlockRecords | null {
  const reads = placeUnlessCurrent(tx, known, () => placeBlockReads(tx, BLOCK_STORES));
  return () => {
    const found = reads();
    return found === 'current' ? null : found.read;
  };
}

/** What a prefetch read: all block records, or where a ledger snapshot is stored, what a start on it reads. */
export type PrefetchRead = {
  readonly raw: RawBlockRecords | null;
  readonly recent: RecentRecords | null;
  readonly stamp: BlockStamp;
};

export type Prefetch = {
  readonly blocks: BlockRecords | null;
  readonly recent: (PrefetchedRecent & { readonly intact: Promise<boolean> }) | null;
  readonly stamp: BlockStamp;
};

/** Whether a snapshot's bytes match the checksum they state, hashed by WebCrypto off the main thread. */
export function snapshotIntact(bytes: Uint8Array | undefined): Promise<boolean> {
  const parts = bytes === undefined ? null : snapshotChecksumParts(bytes);
  return parts === null ? Promise.resolve(false) : digestMatches(parts.body, parts.stated);
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
