// The blocks of a node database as an append-only log: one small record per saved block, so a save stays cheap,
// compacted into large segment records, so startup reads a few dozen records instead of one per block.
import type { IDBPObjectStore } from 'idb';
import { sha256 } from '../core/sha256.ts';
import { COMPACT_AT_BLOCKS, type NodeSchema, type NodeStoreName, NodeStores, SEGMENT_MAX_BLOCKS } from './constants.ts';
import { type Connection, placeInOrder } from './idb.ts';

/** A block store in a write over `Scope` (any stores that include it). */
type BlockStoreWrite<Scope extends ArrayLike<NodeStoreName>, Name extends NodeStoreName> = IDBPObjectStore<
  NodeSchema,
  Scope,
  Name,
  'readwrite'
>;
type LooseStore<Scope extends ArrayLike<NodeStoreName>> = BlockStoreWrite<Scope, typeof NodeStores.Blocks>;
type SegmentStore<Scope extends ArrayLike<NodeStoreName>> = BlockStoreWrite<Scope, typeof NodeStores.Segments>;

/** Adds block records as loose records, in order (requests run in the order placed); resolves with their keys. */
export function appendLoose<Scope extends ArrayLike<NodeStoreName>>(
  loose: LooseStore<Scope>,
  records: readonly Uint8Array[],
): Promise<number[]> {
  return placeInOrder(records.map((record) => () => loose.add(record)));
}

/**
 * Adds whole new segments after the loose records: those are moved into segments of their own first, in the same
 * transaction, so the read order (segments, then loose) stays the insertion order. A sync batch is then a handful of
 * requests instead of one per block.
 */
export async function appendSegments<Scope extends ArrayLike<NodeStoreName>>(
  loose: LooseStore<Scope>,
  segments: SegmentStore<Scope>,
  sealed: readonly Uint8Array[],
): Promise<void> {
  const waiting: unknown[] = await loose.getAll();
  const moved = waiting.length > 0 ? moveIntoSegments(waiting, loose, segments) : [];
  await placeInOrder([...moved, ...sealed.map((segment) => () => segments.add(segment))]);
}

/**
 * The requests that add the loose records (as read, in order) as segments after every existing one and empty the
 * loose store, for placeInOrder.
 */
function moveIntoSegments<Scope extends ArrayLike<NodeStoreName>>(
  records: readonly unknown[],
  loose: LooseStore<Scope>,
  segments: SegmentStore<Scope>,
): (() => Promise<unknown>)[] {
  const added = chunks(records, SEGMENT_MAX_BLOCKS).map((run) => () => segments.add(segmentRecord(run)));
  return [...added, () => loose.clear()];
}

/** Block records as read, before any is decoded: the segments and the loose records, each in key order. */
export type RawBlockRecords = { readonly segments: readonly unknown[]; readonly loose: readonly unknown[] };

export type BlockRecords = {
  /** Every block record, oldest first: segments in key order, then loose records in key order. */
  readonly records: readonly unknown[];
  /** Records from segments whose checksum holds: their stated hashes may be taken as given (blockFromSealedBytes). */
  readonly sealed: ReadonlySet<unknown>;
  /** How many loose records there are: past COMPACT_AT_BLOCKS, the next save compacts them. */
  readonly looseCount: number;
  /** One sentence per segment whose checksum failed (its blocks are then checked in full). */
  readonly warnings: readonly string[];
};

/** The first byte of a packed segment: a later layout gets a new number. */
export const PACKED_SEGMENT_FORMAT = 1;
const DIGEST_AT = 1;
const COUNT_AT = DIGEST_AT + 32;
const RECORDS_AT = COUNT_AT + 4;

/**
 * Binary block records of one segment as one byte array: a format byte, the SHA-256 of everything after it, a u32
 * count, then each record as a u32 length and its bytes. IndexedDB clones a segment on every read, and one array
 * clones much faster than a list of a thousand small ones; the checksum lets a load trust the hashes that sealed
 * records state (docs/chain-format.md) without computing them again.
 */
export function packSegment(records: readonly Uint8Array[]): Uint8Array {
  const packed = layOutSegment(records);
  packed.set(sha256(packed.subarray(COUNT_AT)), DIGEST_AT);
  return packed;
}

/** packSegment with the checksum computed off the main thread where WebCrypto is there: for a save's new segments. */
export async function sealSegment(records: readonly Uint8Array[]): Promise<Uint8Array> {
  const packed = layOutSegment(records);
  packed.set(await digestOf(packed.subarray(COUNT_AT)), DIGEST_AT);
  return packed;
}

/** A packed segment whose checksum is still zeros. */
function layOutSegment(records: readonly Uint8Array[]): Uint8Array {
  let size = RECORDS_AT;
  for (const record of records) size += 4 + record.length;
  const packed = new Uint8Array(size);
  const view = new DataView(packed.buffer);
  packed[0] = PACKED_SEGMENT_FORMAT;
  view.setUint32(COUNT_AT, records.length);
  let at = RECORDS_AT;
  for (const record of records) {
    view.setUint32(at, record.length);
    packed.set(record, at + 4);
    at += 4 + record.length;
  }
  return packed;
}

/** The records of a packed segment, as views into it (not copies); null when it is cut short or has bytes left over. */
export function unpackSegment(packed: Uint8Array): Uint8Array[] | null {
  if (packed.length < RECORDS_AT || packed[0] !== PACKED_SEGMENT_FORMAT) return null;
  const view = new DataView(packed.buffer, packed.byteOffset, packed.byteLength);
  const count = view.getUint32(COUNT_AT);
  const records: Uint8Array[] = [];
  let at = RECORDS_AT;
  for (let i = 0; i < count; i++) {
    if (at + 4 > packed.length) return null;
    const length = view.getUint32(at);
    if (at + 4 + length > packed.length) return null;
    records.push(packed.subarray(at + 4, at + 4 + length));
    at += 4 + length;
  }
  return at === packed.length ? records : null;
}

/** SHA-256 off the main thread where the page has WebCrypto (plain http on a LAN address has not); the core's else. */
async function digestOf(bytes: Uint8Array): Promise<Uint8Array> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined) return sha256(bytes);
  // Segments come from IndexedDB, never from shared memory; a copy would be 5 MB more to collect at startup.
  return new Uint8Array(await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
}

/** Whether a packed segment is byte for byte what packSegment wrote: its checksum holds. */
export async function segmentIntact(packed: Uint8Array): Promise<boolean> {
  if (packed.length < RECORDS_AT) return false;
  const digest = await digestOf(packed.subarray(COUNT_AT));
  const stated = packed.subarray(DIGEST_AT, COUNT_AT);
  return digest.every((byte, i) => byte === stated[i]);
}

/** The stores the block reads touch, by role: NodeStores, passed in (see PlaceBlockReads). */
export type BlockStores = { readonly segments: string; readonly blocks: string; readonly meta: string };

/**
 * Places the two reads of all blocks in a transaction over the segments and loose blocks. Like placeBlockStamp, it
 * uses nothing but its arguments: index.html's first script (early-read.ts) runs its source as it stands.
 */
export type PlaceBlockReads = (tx: IDBTransaction, stores: BlockStores) => () => RawBlockRecords;
export const placeBlockReads: PlaceBlockReads = (tx, stores) => {
  const segments = tx.objectStore(stores.segments).getAll();
  const loose = tx.objectStore(stores.blocks).getAll();
  return () => ({ segments: segments.result, loose: loose.result });
};

/** What says whether the stored blocks changed between two reads: every block save moves the tip or adds a record. */
export type BlockStamp = { readonly tip: unknown; readonly segments: number; readonly loose: number };

/** Places the stamp's reads; `onRead` (if given) runs as soon as they are done, while the transaction is live. */
export type PlaceBlockStamp = (
  tx: IDBTransaction,
  stores: BlockStores,
  tipKey: string,
  onRead?: (stamp: BlockStamp) => void,
) => () => BlockStamp;
export const placeBlockStamp: PlaceBlockStamp = (tx, stores, tipKey, onRead) => {
  const tip = tx.objectStore(stores.meta).get(tipKey);
  const segments = tx.objectStore(stores.segments).count();
  const loose = tx.objectStore(stores.blocks).count();
  const stamp = () => ({ tip: tip.result, segments: segments.result, loose: loose.result });
  // Requests complete in the order placed: the last one done means all three are.
  if (onRead) loose.addEventListener('success', () => onRead(stamp()));
  return stamp;
};

export function sameStamp(a: BlockStamp, b: BlockStamp): boolean {
  return a.tip === b.tip && a.segments === b.segments && a.loose === b.loose;
}

/** The node database's block stores, for placeBlockReads and placeBlockStamp. */
export const BLOCK_STORES: BlockStores = {
  segments: NodeStores.Segments,
  blocks: NodeStores.Blocks,
  meta: NodeStores.Meta,
};

/**
 * The records in read order, with the sealed ones marked. A segment is packed bytes, or (as earlier releases wrote,
 * and for runs holding old JSON records) a list of records; anything else, or packed bytes that do not parse, is
 * unreadable as a whole and passes on as one bad record, counted and skipped by the load. Checksums are checked
 * all at once (WebCrypto works on them in parallel, off the main thread).
 */
export async function blockRecordsOf(raw: RawBlockRecords): Promise<BlockRecords> {
  const runs = raw.segments.map((segment) => {
    const records = segment instanceof Uint8Array ? unpackSegment(segment) : Array.isArray(segment) ? segment : null;
    const intact = records !== null && segment instanceof Uint8Array ? segmentIntact(segment) : Promise.resolve(false);
    return { segment, records, intact };
  });
  const intact = await Promise.all(runs.map((run) => run.intact));
  const records: unknown[] = [];
  const sealed = new Set<unknown>();
  const warnings: string[] = [];
  runs.forEach((run, i) => {
    if (run.records === null) {
      records.push(run.segment);
      return;
    }
    for (const record of run.records) records.push(record);
    if (intact[i]) for (const record of run.records) sealed.add(record);
    else if (run.segment instanceof Uint8Array) {
      warnings.push(`a stored run of ${run.records.length} blocks failed its checksum, so each was checked in full`);
    }
  });
  for (const record of raw.loose) records.push(record);
  return { records, sealed, looseCount: raw.loose.length, warnings };
}

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** A run of records as stored: packed when every one is binary; a run holding an old JSON record stays a list (a
 *  JSON record is never sealed, and the list form keeps it as earlier releases read it). */
function segmentRecord(records: readonly unknown[]): unknown {
  return records.every((record) => record instanceof Uint8Array) ? packSegment(records as Uint8Array[]) : records;
}

const COMPACTION_STORES = [NodeStores.Blocks, NodeStores.Segments];

/**
 * Moves all loose blocks into new segments, after every existing segment, so the read order stays the insertion
 * order. One transaction that reads what it moves: it is exact whatever ran before, and an abort leaves the loose
 * records where they were. For loose records this tab did not write (an earlier session's): it reads every one.
 */
export function compactBlocks(connection: Connection<NodeSchema>): Promise<number> {
  return connection.run(COMPACTION_STORES, 'readwrite', { kind: 'compact-blocks' }, async (tx) => {
    const loose = tx.objectStore(NodeStores.Blocks);
    // Moved as they are, not interpreted: decoding (and skipping what is unreadable) is for the load.
    const records: unknown[] = await loose.getAll();
    if (records.length < COMPACT_AT_BLOCKS) return 0;
    await placeInOrder(moveIntoSegments(records, loose, tx.objectStore(NodeStores.Segments)));
    return records.length;
  });
}

/** Loose records as this tab wrote them: their keys, and the records under them, oldest first. */
export type LooseRun = { readonly keys: readonly number[]; readonly records: readonly Uint8Array[] };

/**
 * Moves the oldest loose records, which this tab wrote itself (`run`), into one segment sealed beforehand
 * (sealSegment of the run's records), so the transaction reads keys alone and writes one record: it stays short
 * whatever the blocks weigh, and a save behind it barely waits. The keys are checked first: if the loose store holds
 * anything else up to the run's last key (another writer, a record this tab does not know of), nothing is written
 * and the answer is false, for compactBlocks to move what is there. Atomic: a crash leaves the records loose or in
 * the segment, and the read order (segments, then loose) is the insertion order either way.
 */
export function compactRun(connection: Connection<NodeSchema>, run: LooseRun, sealed: Uint8Array): Promise<boolean> {
  return connection.run(COMPACTION_STORES, 'readwrite', { kind: 'compact-blocks' }, async (tx) => {
    const last = run.keys.at(-1);
    if (last === undefined) return true;
    const loose = tx.objectStore(NodeStores.Blocks);
    const moved = IDBKeyRange.upperBound(last);
    const stored = await loose.getAllKeys(moved);
    if (stored.length !== run.keys.length || stored.some((key, i) => key !== run.keys[i])) return false;
    const segments = tx.objectStore(NodeStores.Segments);
    await placeInOrder([() => segments.add(sealed), () => loose.delete(moved)]);
    return true;
  });
}

/**
 * The loose records of one node database as its tab knows them, and their compaction: each moves them into segments
 * in a transaction of its own, never a save's, so no save is told it committed any later for it.
 */
export class LooseBlocks {
  /** Loose blocks stored, as far as this tab knows: an estimate that only decides when to compact. */
  count = 0;
  /**
   * The loose records, with their keys, when this tab wrote every one (compactRun moves them without reading
   * them); null while loose records of an earlier session may be there (compactBlocks reads them).
   */
  private run: { keys: number[]; records: Uint8Array[] } | null = null;

  constructor(private readonly connection: Connection<NodeSchema>) {}

  /** A load (or a save that moved every loose record into segments) found `count` loose records. */
  loaded(count: number): void {
    this.count = count;
    this.run = count === 0 ? { keys: [], records: [] } : null;
  }

  /** A save committed these loose records under these keys. */
  added(keys: readonly number[], records: readonly Uint8Array[]): void {
    this.count += records.length;
    // One by one, not push(...): a save of thousands of loose records would pass as many arguments.
    for (const key of keys) this.run?.keys.push(key);
    for (const record of records) this.run?.records.push(record);
  }

  /**
   * Moves the oldest loose records, at most `slice` (one segment), once COMPACT_AT_BLOCKS have piled up. Runs
   * between saves, never beside one. A failure is reported by the connection but thrown at nobody: the records stay
   * loose, and a later compaction tries again.
   */
  async compact(slice: number): Promise<void> {
    if (this.count < COMPACT_AT_BLOCKS) return;
    try {
      const { run } = this;
      if (run === null) {
        if ((await compactBlocks(this.connection)) > 0) this.loaded(0);
        return;
      }
      const count = Math.min(run.keys.length, slice, SEGMENT_MAX_BLOCKS);
      const oldest = { keys: run.keys.slice(0, count), records: run.records.slice(0, count) };
      if (await compactRun(this.connection, oldest, await sealSegment(oldest.records))) {
        run.keys.splice(0, count);
        run.records.splice(0, count);
        this.count -= count;
      } else {
        // The loose store is not what this tab wrote: compactBlocks reads what is there next time.
        this.run = null;
      }
    } catch {
      // Already reported by the connection; the loose records are intact.
    }
  }
}
