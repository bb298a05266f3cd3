// The blocks of a node database as an append-only log: one small record per saved block, so a save stays cheap,
// compacted into large segment records, so startup reads a few dozen records instead of one per block.
import type { Block } from '../core/index.ts';
import { COMPACT_AT_BLOCKS, NodeStores, SEGMENT_MAX_BLOCKS } from './constants.ts';
import type { Connection } from './idb.ts';
import { uniqueBlockRecords } from './records.ts';

/** Places the adds of every block not stored yet, in the batch's order, in a transaction over Blocks and BlockHashes. */
export function placeBlockAppends(tx: IDBTransaction, blocks: readonly Block[]): void {
  const loose = tx.objectStore(NodeStores.Blocks);
  const hashes = tx.objectStore(NodeStores.BlockHashes);
  for (const { hash, record } of uniqueBlockRecords(blocks)) {
    // Requests run in the order placed, so these adds keep the batch's order; a stored block is left alone.
    const existing = hashes.getKey(hash);
    existing.addEventListener('success', () => {
      if (existing.result !== undefined) return;
      loose.add(record);
      hashes.add(true, hash);
    });
  }
}

export type BlockRecords = {
  /** Every block record, oldest first: segments in key order, then loose records in key order. */
  readonly records: unknown[];
  /** How many loose records there are: past COMPACT_AT_BLOCKS, the next save compacts them. */
  readonly looseCount: number;
};

/** The first byte of a packed segment: a later layout gets a new number. */
export const PACKED_SEGMENT_FORMAT = 1;

/**
 * Binary block records of one segment as one byte array: a format byte, a u32 count, then each record as a u32
 * length and its bytes. IndexedDB clones a segment on every read, and one array of 300 kB clones several times
 * faster than a list of a thousand small ones.
 */
export function packSegment(records: readonly Uint8Array[]): Uint8Array {
  let size = 5;
  for (const record of records) size += 4 + record.length;
  const packed = new Uint8Array(size);
  const view = new DataView(packed.buffer);
  packed[0] = PACKED_SEGMENT_FORMAT;
  view.setUint32(1, records.length);
  let at = 5;
  for (const record of records) {
    view.setUint32(at, record.length);
    packed.set(record, at + 4);
    at += 4 + record.length;
  }
  return packed;
}

/** The records of a packed segment, as views into it (not copies); null when it is cut short or has bytes left over. */
export function unpackSegment(packed: Uint8Array): Uint8Array[] | null {
  if (packed.length < 5 || packed[0] !== PACKED_SEGMENT_FORMAT) return null;
  const view = new DataView(packed.buffer, packed.byteOffset, packed.byteLength);
  const count = view.getUint32(1);
  const records: Uint8Array[] = [];
  let at = 5;
  for (let i = 0; i < count; i++) {
    if (at + 4 > packed.length) return null;
    const length = view.getUint32(at);
    if (at + 4 + length > packed.length) return null;
    records.push(packed.subarray(at + 4, at + 4 + length));
    at += 4 + length;
  }
  return at === packed.length ? records : null;
}

/** A segment's records pushed onto `out` in order; one that does not parse passes on as one unreadable record. */
function pushSegment(segment: unknown, out: unknown[]): void {
  const records = segment instanceof Uint8Array ? unpackSegment(segment) : Array.isArray(segment) ? segment : null;
  if (records === null) out.push(segment);
  else for (const record of records) out.push(record);
}

/** Places the two reads of all blocks in a transaction over Segments and Blocks. */
export function placeBlockReads(tx: IDBTransaction): () => BlockRecords {
  const segments = tx.objectStore(NodeStores.Segments).getAll();
  const loose = tx.objectStore(NodeStores.Blocks).getAll();
  return () => {
    const records: unknown[] = [];
    // A segment is packed bytes, or (as earlier releases wrote, and for runs holding old JSON records) a list of
    // records; anything else is unreadable as a whole and passes on as one bad record, counted and skipped.
    for (const segment of segments.result) pushSegment(segment, records);
    for (const record of loose.result) records.push(record);
    return { records, looseCount: loose.result.length };
  };
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** A run of records as stored: packed when every one is binary; a run holding an old JSON record stays a list. */
function segmentRecord(records: readonly unknown[]): unknown {
  return records.every((record) => record instanceof Uint8Array) ? packSegment(records as Uint8Array[]) : records;
}

/**
 * Moves all loose blocks into new segments, after every existing segment, so the read order stays the insertion
 * order. One transaction that reads what it moves: it is exact whatever ran before, and an abort leaves the loose
 * records where they were.
 */
export function compactBlocks(connection: Connection): Promise<number> {
  const action = 'Compacting stored blocks';
  return connection.run([NodeStores.Blocks, NodeStores.Segments], 'readwrite', action, (tx) => {
    const loose = tx.objectStore(NodeStores.Blocks);
    const all = loose.getAll();
    let moved = 0;
    all.addEventListener('success', () => {
      // Moved as they are, not interpreted: decoding (and skipping what is unreadable) is for the load.
      const records: unknown[] = all.result;
      if (records.length < COMPACT_AT_BLOCKS) return;
      const segments = tx.objectStore(NodeStores.Segments);
      for (const segment of chunks(records, SEGMENT_MAX_BLOCKS)) segments.add(segmentRecord(segment));
      loose.clear();
      moved = records.length;
    });
    return () => moved;
  });
}
