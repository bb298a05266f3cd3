// The blocks of a node database as an append-only log of packed runs: each save adds one record holding its blocks,
// so a save is one add however many blocks it carries, and small runs are merged into large ones between saves
// (segment-tail.ts), so startup reads a few dozen records instead of one per save.
import type { IDBPObjectStore } from 'idb';
import { type Block, ByteWriter, sealedBlockBytesLength, writeSealedBlockBytes } from '../core/index.ts';
import { sha256 } from '../core/sha256.ts';
import { COMPACT_AT_BLOCKS, type NodeSchema, type NodeStoreName, NodeStores, SEGMENT_MAX_BLOCKS } from './constants.ts';
import { placeInOrder } from './idb.ts';

/** A block store in a write over `Scope` (any stores that include it). */
type BlockStoreWrite<Scope extends ArrayLike<NodeStoreName>, Name extends NodeStoreName> = IDBPObjectStore<
  NodeSchema,
  Scope,
  Name,
  'readwrite'
>;
type LooseStore<Scope extends ArrayLike<NodeStoreName>> = BlockStoreWrite<Scope, typeof NodeStores.Blocks>;
type SegmentStore<Scope extends ArrayLike<NodeStoreName>> = BlockStoreWrite<Scope, typeof NodeStores.Segments>;

/** What a save's append wrote: the segments it made of loose records, then its own, with their keys. */
export type AppendedBlocks = {
  /** The loose records an earlier release left, moved into segments: each one's key, value and block count. */
  readonly moved: readonly { readonly key: number; readonly segment: unknown; readonly blocks: number }[];
  /** Keys of the save's own segments, in the order given. */
  readonly added: readonly number[];
};

/**
 * Adds a save's sealed segments after every stored one. Loose records (an earlier release's) are read after the
 * segments, so when `moveLoose` says there are some, they move into segments of their own first, in the same
 * transaction, and the read order (segments, then loose) stays the insertion order. Without them the append reads
 * nothing: one add per segment.
 */
export async function appendBlocks<Scope extends ArrayLike<NodeStoreName>>(
  loose: LooseStore<Scope>,
  segments: SegmentStore<Scope>,
  moveLoose: boolean,
  sealed: readonly Uint8Array[],
): Promise<AppendedBlocks> {
  const waiting: unknown[] = moveLoose ? await loose.getAll() : [];
  const moved = chunks(waiting, SEGMENT_MAX_BLOCKS).map((run) => ({ segment: segmentRecord(run), blocks: run.length }));
  const adds = [...moved.map((run) => run.segment), ...sealed].map((segment) => () => segments.add(segment));
  // The loose store emptied in the same transaction: the moved records are then in segments alone.
  const [keys] = await placeInOrder([
    () => placeInOrder(adds),
    () => (waiting.length > 0 ? loose.clear() : Promise.resolve()),
  ]);
  return {
    moved: moved.map((run, i) => ({ key: keys[i] as number, ...run })),
    added: keys.slice(keys.length - sealed.length),
  };
}

/** Block records as read, before any is decoded: the segments and the loose records, each in key order. */
export type RawBlockRecords = { readonly segments: readonly unknown[]; readonly loose: readonly unknown[] };

export type BlockRecords = {
  /** Every block record, oldest first: segments in key order, then loose records in key order. */
  readonly records: readonly unknown[];
  /** Records from segments whose checksum holds: their stated hashes may be taken as given (blockFromSealedBytes). */
  readonly sealed: ReadonlySet<unknown>;
  /** How many loose records there are (an earlier release's): the next save that stores a block moves them. */
  readonly looseCount: number;
  /**
   * The newest segments with fewer than COMPACT_AT_BLOCKS blocks, oldest first, as long as each is packed and its
   * checksum holds: the saves' runs not merged yet (segment-tail.ts), which this tab may merge.
   */
  readonly tail: readonly Uint8Array[];
  /** One sentence per segment whose checksum failed (its blocks are then checked in full). */
  readonly warnings: readonly string[];
};

/** The first byte of a packed segment: a later layout gets a new number. */
export const PACKED_SEGMENT_FORMAT = 1;
const DIGEST_AT = 1;
const COUNT_AT = DIGEST_AT + 32;
const RECORDS_AT = COUNT_AT + 4;
/** The checksum's place before it is computed. */
const UNSEALED_DIGEST = new Uint8Array(COUNT_AT - DIGEST_AT);

/**
 * Binary block records of one segment as one byte array: a format byte, the SHA-256 of everything after it, a u32
 * count, then each record as a u32 length and its bytes. IndexedDB clones a segment on every read, and one array
 * clones much faster than a list of a thousand small ones; the checksum lets a load trust the hashes that sealed
 * records state (docs/chain-format.md) without computing them again.
 */
export function packSegment(records: readonly Uint8Array[]): Uint8Array {
  return sealHere(layOutSegment(records));
}

/** packSegment with the checksum computed off the main thread where WebCrypto is there: for merged segments. */
export function sealSegment(records: readonly Uint8Array[]): Promise<Uint8Array> {
  return sealOffThread(layOutSegment(records));
}

/**
 * Below this many bytes a save's run is sealed here and now: hashing it takes a few microseconds, where handing it
 * to WebCrypto costs a trip through the browser's task queues, which a busy page pays in milliseconds.
 */
const SEAL_HERE_MAX_BYTES = 64 * 1024;

/**
 * A save's runs of blocks as sealed segments: each block's sealed form written straight into its run's segment (no
 * array per block, no copy), then the checksum, here or in WebCrypto by size.
 */
export function sealBlockRuns(runs: readonly (readonly Block[])[]): Promise<Uint8Array[]> {
  return Promise.all(
    runs.map((run) => {
      const packed = layOutSealedBlocks(run);
      return packed.length <= SEAL_HERE_MAX_BYTES ? sealHere(packed) : sealOffThread(packed);
    }),
  );
}

function sealHere(packed: Uint8Array): Uint8Array {
  packed.set(sha256(packed.subarray(COUNT_AT)), DIGEST_AT);
  return packed;
}

async function sealOffThread(packed: Uint8Array): Promise<Uint8Array> {
  packed.set(await digestOf(packed.subarray(COUNT_AT)), DIGEST_AT);
  return packed;
}

/**
 * A packed segment whose checksum is still zeros: one record of each length in `lengths`, each written in its place
 * by `writeRecord`, so a record never needs an array of its own.
 */
function layOut(lengths: readonly number[], writeRecord: (writer: ByteWriter, index: number) => void): Uint8Array {
  const size = lengths.reduce((sum, length) => sum + 4 + length, RECORDS_AT);
  const writer = new ByteWriter(size).u8(PACKED_SEGMENT_FORMAT).bytes(UNSEALED_DIGEST).u32(lengths.length);
  lengths.forEach((length, i) => {
    writer.u32(length);
    writeRecord(writer, i);
  });
  return writer.take();
}

/** The records as they are, in one unsealed segment. */
function layOutSegment(records: readonly Uint8Array[]): Uint8Array {
  return layOut(
    records.map((record) => record.length),
    (writer, i) => writer.bytes(records[i] as Uint8Array),
  );
}

/** The blocks' sealed forms in one unsealed segment: byte for byte layOutSegment of encodeSealedBlockBytes each. */
function layOutSealedBlocks(blocks: readonly Block[]): Uint8Array {
  return layOut(blocks.map(sealedBlockBytesLength), (writer, i) => writeSealedBlockBytes(writer, blocks[i] as Block));
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

/** Whether `body` hashes to `stated` (SHA-256, off the main thread where the page has WebCrypto). */
export async function digestMatches(body: Uint8Array, stated: Uint8Array): Promise<boolean> {
  const digest = await digestOf(body);
  return digest.length === stated.length && digest.every((byte, i) => byte === stated[i]);
}

/** Whether a packed segment is byte for byte what packSegment wrote: its checksum holds. */
export async function segmentIntact(packed: Uint8Array): Promise<boolean> {
  if (packed.length < RECORDS_AT) return false;
  return digestMatches(packed.subarray(COUNT_AT), packed.subarray(DIGEST_AT, COUNT_AT));
}

/** The stores the block reads touch, by role: NodeStores, passed in (see PlaceBlockReads). */
export type BlockStores = { readonly segments: string; readonly blocks: string; readonly meta: string };

/**
 * Places the two reads of all blocks in a transaction over the segments and loose blocks (and meta, with
 * `unlessKey`: then only where meta has no such key, and the reads come back null otherwise: a start on a ledger
 * snapshot reads its own few). Like placeBlockStamp, it uses nothing but its arguments: index.html's first script
 * (early-read.ts) runs its source as it stands.
 */
export type PlaceBlockReads = (
  tx: IDBTransaction,
  stores: BlockStores,
  unlessKey?: string,
) => () => RawBlockRecords | null;
export const placeBlockReads: PlaceBlockReads = (tx, stores, unlessKey) => {
  let reads: { segments: IDBRequest; loose: IDBRequest } | null = null;
  const place = () => {
    reads = { segments: tx.objectStore(stores.segments).getAll(), loose: tx.objectStore(stores.blocks).getAll() };
  };
  if (unlessKey === undefined) place();
  else {
    const found = tx.objectStore(stores.meta).count(unlessKey);
    found.addEventListener('success', () => found.result === 0 && place());
  }
  return () => (reads === null ? null : { segments: reads.segments.result, loose: reads.loose.result });
};

/** What a start on the ledger snapshot reads of the blocks: the stored snapshot record, and the newest segments. */
export type RecentRecords = { readonly snapshot: unknown; readonly segments: readonly unknown[] };

/**
 * Places the reads a start on the ledger snapshot makes: the snapshot record at `snapshotKey`, and the segments from
 * the newest back to the one before the first that holds the snapshot's base hash (the first may hold only a child's
 * link to it), collected oldest first. They come back null where there is no snapshot or an earlier release's loose
 * records are there (a full load moves those). Like placeBlockReads, it uses nothing but its arguments: index.html's
 * first script (early-read.ts) runs its source as it stands, so a returning tab reads its snapshot (3.2 MB at
 * 100,000 blocks) while the app's modules load.
 */
export type PlaceRecentReads = (
  tx: IDBTransaction,
  stores: BlockStores,
  snapshotKey: string,
) => () => RecentRecords | null;
export const placeRecentReads: PlaceRecentReads = (tx, stores, snapshotKey) => {
  let read: RecentRecords | null = null;
  /** Whether `bytes` hold `wanted` anywhere: a packed segment names a block by its hash and by its children's links. */
  const holds = (bytes: Uint8Array, wanted: Uint8Array) => {
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
  };
  const snapshot = tx.objectStore(stores.meta).get(snapshotKey);
  const loose = tx.objectStore(stores.blocks).count();
  // Requests complete in the order placed: both are done here.
  loose.addEventListener('success', () => {
    const baseHash = (snapshot.result as { baseHash?: unknown } | undefined)?.baseHash;
    if (loose.result > 0 || typeof baseHash !== 'string' || !/^[0-9a-f]{64}$/.test(baseHash)) return;
    const base = Uint8Array.from(baseHash.match(/../g) as string[], (byte) => Number.parseInt(byte, 16));
    const segments: unknown[] = [];
    let named = false;
    const cursor = tx.objectStore(stores.segments).openCursor(null, 'prev');
    cursor.addEventListener('success', () => {
      const at = cursor.result;
      if (at !== null) segments.push(at.value);
      if (at === null || named) {
        read = { snapshot: snapshot.result, segments: segments.reverse() };
        return;
      }
      named = at.value instanceof Uint8Array && holds(at.value, base);
      at.continue();
    });
  });
  return () => read;
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
  return { records, sealed, looseCount: raw.loose.length, tail: tailOf(runs, intact), warnings };
}

/** The newest runs that are packed, intact and small, oldest first (BlockRecords.tail). */
function tailOf(
  runs: readonly { readonly segment: unknown; readonly records: readonly unknown[] | null }[],
  intact: readonly boolean[],
): Uint8Array[] {
  const tail: Uint8Array[] = [];
  for (let i = runs.length - 1; i >= 0; i--) {
    const { segment, records } = runs[i] as (typeof runs)[number];
    if (!(segment instanceof Uint8Array) || records === null || !intact[i]) break;
    if (records.length >= COMPACT_AT_BLOCKS) break;
    tail.push(segment);
  }
  return tail.reverse();
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
