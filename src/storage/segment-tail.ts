// The newest segments of a node database: each save adds one run of its own blocks (a few, when the chain grows fast
// or slowly), and between saves they are merged into runs of COMPACT_AT_BLOCKS or more, so a load reads a few dozen
// records however the blocks came.
import { chunks, sealSegment, unpackSegment } from './block-log.ts';
import {
  COMPACT_AT_BLOCKS,
  COMPACT_AT_SEGMENTS,
  type NodeSchema,
  NodeStores,
  SEGMENT_MAX_BLOCKS,
} from './constants.ts';
import { type Connection, placeInOrder } from './idb.ts';

/**
 * A small segment: its key (null when an earlier session wrote it, and its key is still to be read), its packed
 * bytes as stored (kept whole: one buffer per save for the collector to trace, not one per block) and block count.
 */
export type TailSegment = { readonly key: number | null; readonly packed: Uint8Array; readonly blocks: number };

const MERGE_STORES = [NodeStores.Segments];

/** Whether two byte arrays hold the same bytes. */
function sameBytes(a: unknown, b: Uint8Array): boolean {
  return a instanceof Uint8Array && a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/**
 * Rewrites `merging` (the newest segments, oldest first) as the sealed runs given, each under one of their keys in
 * order, and deletes the keys left over: merged in place, the runs keep their place in the read order. Reads keys,
 * and the segments themselves only when some key is not known yet (an earlier session wrote them; the load saw them
 * as the newest). Resolves with the keys the runs now hold, or null, having written nothing, when the newest
 * segments are not those given (a load raced a save, or the store changed behind this tab's back).
 */
export function mergeSegments(
  connection: Connection<NodeSchema>,
  merging: readonly TailSegment[],
  sealed: readonly Uint8Array[],
): Promise<number[] | null> {
  return connection.run(MERGE_STORES, 'readwrite', { kind: 'compact-blocks' }, async (tx) => {
    const store = tx.objectStore(NodeStores.Segments);
    const first = merging[0]?.key;
    // From the first merged key on when it is known: no scan over what earlier merges deleted.
    const newest = await (first == null ? store.getAllKeys() : store.getAllKeys(IDBKeyRange.lowerBound(first)));
    const keys = newest.slice(newest.length - merging.length);
    const sameKeys = merging.every((segment, i) => segment.key === null || segment.key === keys[i]);
    if (keys.length !== merging.length || !sameKeys || sealed.length > keys.length) return null;
    const lastKept = keys[sealed.length - 1] as number;
    const last = keys[keys.length - 1] as number;
    if (first == null) {
      const stored = await store.getAll(IDBKeyRange.bound(keys[0] as number, last));
      if (!merging.every((segment, i) => sameBytes(stored[i], segment.packed))) return null;
    }
    await placeInOrder([
      ...sealed.map((segment, i) => () => store.put(segment, keys[i] as number)),
      ...(last > lastKept ? [() => store.delete(IDBKeyRange.bound(lastKept, last, true, false))] : []),
    ]);
    return keys.slice(0, sealed.length);
  });
}

/**
 * The newest segments as this tab knows them, and their merging: one transaction of its own between two saves,
 * never a save's, so no save is told it committed any later for it. Its caller runs saves and merges one at a time.
 */
export class SegmentTail {
  /** The small segments after the newest large one, oldest first. */
  private segments: TailSegment[] = [];
  private blocks = 0;

  constructor(private readonly connection: Connection<NodeSchema>) {}

  /** A load found these newest small segments, packed and intact (BlockRecords.tail); their keys are unknown. */
  loaded(tail: readonly Uint8Array[]): void {
    this.segments = [];
    this.blocks = 0;
    for (const packed of tail) this.push(null, packed, unpackSegment(packed)?.length ?? 0);
  }

  /**
   * A save committed a segment of `blocks` blocks under `key`, `packed` (null when it is not: a run of old JSON
   * records, which then stays as it is, and so do the small ones before it).
   */
  appended(key: number, packed: Uint8Array | null, blocks: number): void {
    if (packed === null) this.loaded([]);
    else this.push(key, packed, blocks);
  }

  private push(key: number | null, packed: Uint8Array, blocks: number): void {
    // A large run with no small one before it is already what a merge would make.
    if (this.segments.length === 0 && blocks >= COMPACT_AT_BLOCKS) return;
    this.segments.push({ key, packed, blocks });
    this.blocks += blocks;
  }

  /** Whether a merge is due; `factor` 2 is the threshold for saves that never pause. */
  due(factor: number): boolean {
    const many = this.blocks >= factor * COMPACT_AT_BLOCKS || this.segments.length >= factor * COMPACT_AT_SEGMENTS;
    return this.segments.length > 1 && many;
  }

  /**
   * Merges the small segments into runs of at most SEGMENT_MAX_BLOCKS. A failure is reported by the connection but
   * thrown at nobody: the segments stay as they were, and a later merge tries again.
   */
  async merge(): Promise<void> {
    if (!this.due(1)) return;
    const merging = this.segments;
    // Views into the packed segments: sealing copies them into the merged ones.
    const runs = chunks(
      merging.flatMap((segment) => unpackSegment(segment.packed) ?? []),
      SEGMENT_MAX_BLOCKS,
    );
    try {
      const sealed = await Promise.all(runs.map(sealSegment));
      const keys = await mergeSegments(this.connection, merging, sealed);
      if (keys === null) {
        // Not what this tab wrote: left as it is, and this tab merges only what it writes from now on.
        this.loaded([]);
        return;
      }
      // The last run stays in the tail while it is small: later saves' runs join it.
      this.loaded([]);
      const last = runs.length - 1;
      this.push(keys[last] as number, sealed[last] as Uint8Array, (runs[last] as Uint8Array[]).length);
    } catch {
      // Already reported by the connection; the segments are intact.
    }
  }
}
