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

/** Places the two reads of all blocks in a transaction over Segments and Blocks. */
export function placeBlockReads(tx: IDBTransaction): () => BlockRecords {
  const segments = tx.objectStore(NodeStores.Segments).getAll();
  const loose = tx.objectStore(NodeStores.Blocks).getAll();
  return () => {
    const records: unknown[] = [];
    // A segment that is not a list is unreadable as a whole: it passes on as one bad record, counted and skipped.
    for (const segment of segments.result) {
      if (Array.isArray(segment)) records.push(...segment);
      else records.push(segment);
    }
    records.push(...loose.result);
    return { records, looseCount: loose.result.length };
  };
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
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
      for (const segment of chunks(records, SEGMENT_MAX_BLOCKS)) segments.add(segment);
      loose.clear();
      moved = records.length;
    });
    return () => moved;
  });
}
