// The block log's layout: loose records compacted into segments keep insertion order, deduplication and atomicity.
import { IDBObjectStore } from 'fake-indexeddb';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Block, encodeSealedBlockBytes, HEADER_SIZE } from '../../src/core/index.ts';
import { packSegment, unpackSegment } from '../../src/storage/block-log.ts';
import {
  COMPACT_AT_BLOCKS,
  NODE_DB_VERSION,
  NodeStores,
  nodeDatabaseName,
  openIndexedDbStore,
  SEGMENT_DIRECT_MIN_BLOCKS,
  SEGMENT_MAX_BLOCKS,
  type StorageError,
} from '../../src/storage/index.ts';
import {
  at,
  freshIndexedDb,
  mineChain,
  readRawRecords,
  rebuildChain,
  requestResult,
  transactionDone,
} from './helpers.ts';

const NAME = nodeDatabaseName('test', 'n-a');
const originalAdd = IDBObjectStore.prototype.add;

/** Record counts of the two block stores, read behind the store's back. */
async function layout(indexedDB: IDBFactory): Promise<{ segments: unknown[]; loose: number }> {
  const { segments, loose } = await readRawRecords(indexedDB, { network: 'test', nodeId: 'n-a' });
  return { segments, loose: loose.length };
}

async function saveOneByOne(blocks: readonly Block[], indexedDB: IDBFactory, onError?: (e: StorageError) => void) {
  const store = await openIndexedDbStore({
    network: 'test',
    nodeId: 'n-a',
    indexedDB,
    ...(onError ? { onError } : {}),
  });
  for (const block of blocks) await store.saveBlocks([block], block.hash);
  return store;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('block log compaction', () => {
  // Enough for one compaction and some loose blocks after it.
  const blocks = mineChain(COMPACT_AT_BLOCKS + 40);
  const hashes = blocks.map((b) => b.hash);

  it('moves loose blocks into a segment once enough pile up, and reads back in insertion order', async () => {
    const indexedDB = freshIndexedDb();
    const store = await saveOneByOne(blocks, indexedDB);
    store.close();
    const { segments, loose } = await layout(indexedDB);
    expect(segments).toHaveLength(1);
    expect(segments[0]).toBeInstanceOf(Uint8Array);
    const sealed = blocks.slice(0, COMPACT_AT_BLOCKS).map(encodeSealedBlockBytes);
    expect(unpackSegment(segments[0] as Uint8Array)).toEqual(sealed);
    expect(loose).toBe(40);
    const reopened = await openIndexedDbStore({ network: 'test', nodeId: 'n-a', indexedDB });
    const loaded = await reopened.load();
    expect(loaded.blocks.map((b) => b.hash)).toEqual(hashes);
    // The compacted run's checksum holds, so its blocks are sealed; loose blocks are checked in full.
    expect(loaded.blocks.map((b) => loaded.sealed.has(b))).toEqual(blocks.map((_, i) => i < COMPACT_AT_BLOCKS));
    expect(rebuildChain(loaded.blocks).tip.hash).toBe(at(blocks, blocks.length - 1).hash);
  });

  it('checks every block of a run in full when its checksum fails, says so, and skips what is damaged', async () => {
    const indexedDB = freshIndexedDb();
    (await saveOneByOne(blocks.slice(0, COMPACT_AT_BLOCKS), indexedDB)).close();
    const db = await requestResult(indexedDB.open(NAME, NODE_DB_VERSION));
    const read = db.transaction(NodeStores.Segments).objectStore(NodeStores.Segments).getAll();
    const [segment] = (await requestResult(read)) as Uint8Array[];
    const records = unpackSegment(segment as Uint8Array) as Uint8Array[];
    // Block 5's stated hash, right after its format byte and header: the seal no longer holds, and a full check
    // finds the stated hash is not the header's.
    const damaged = segment?.slice() as Uint8Array;
    const statedHashAt = at(records, 5).byteOffset - (segment as Uint8Array).byteOffset + 1 + HEADER_SIZE;
    damaged[statedHashAt] = (damaged[statedHashAt] as number) ^ 1;
    const write = db.transaction(NodeStores.Segments, 'readwrite');
    write.objectStore(NodeStores.Segments).clear();
    write.objectStore(NodeStores.Segments).add(damaged);
    await transactionDone(write);
    db.close();

    const loaded = await (await openIndexedDbStore({ network: 'test', nodeId: 'n-a', indexedDB })).load();
    expect(loaded.sealed.size).toBe(0);
    expect(loaded.droppedBlocks).toBe(1);
    expect(loaded.blocks.map((b) => b.hash)).toEqual(hashes.slice(0, COMPACT_AT_BLOCKS).filter((_, i) => i !== 5));
    expect(loaded.warnings.join(' ')).toContain(`a stored run of ${COMPACT_AT_BLOCKS} blocks failed its checksum`);
    expect(loaded.warnings.join(' ')).toContain('bad-hash');
  });

  it('still stores a compacted block only once', async () => {
    const indexedDB = freshIndexedDb();
    const store = await saveOneByOne(blocks, indexedDB);
    await store.saveBlocks([at(blocks, 0), at(blocks, 1)], at(blocks, blocks.length - 1).hash);
    expect((await store.load()).blocks.map((b) => b.hash)).toEqual(hashes);
  });

  it('cuts a long run of loose blocks into segments of at most SEGMENT_MAX_BLOCKS', async () => {
    const indexedDB = freshIndexedDb();
    const many = mineChain(SEGMENT_MAX_BLOCKS + 10);
    const store = await openIndexedDbStore({ network: 'test', nodeId: 'n-a', indexedDB });
    await store.saveBlocks(many, at(many, many.length - 1).hash);
    store.close();
    const { segments, loose } = await layout(indexedDB);
    expect(segments.map((s) => unpackSegment(s as Uint8Array)?.length)).toEqual([SEGMENT_MAX_BLOCKS, 10]);
    expect(loose).toBe(0);
  });

  it('a failed compaction keeps every block where it was, fails no save, and is retried', async () => {
    const indexedDB = freshIndexedDb();
    const errors: StorageError[] = [];
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, value, key) {
      if (this.name === NodeStores.Segments) throw new DOMException('The disk is full.', 'QuotaExceededError');
      return originalAdd.call(this, value, key);
    });
    const store = await saveOneByOne(blocks, indexedDB, (e) => errors.push(e));
    // Every save past the threshold tried, and each failure was reported, none thrown at the save.
    expect(errors).toHaveLength(blocks.length - COMPACT_AT_BLOCKS + 1);
    expect(errors.every((e) => e.action.kind === 'compact-blocks' && e.code === 'quota-exceeded')).toBe(true);
    expect(await layout(indexedDB)).toEqual({ segments: [], loose: blocks.length });
    expect((await store.load()).blocks.map((b) => b.hash)).toEqual(hashes);
    vi.restoreAllMocks();
    const next = mineChain(blocks.length + 1).slice(-1);
    await store.saveBlocks(next, at(next, 0).hash);
    expect((await layout(indexedDB)).loose).toBe(0);
  });

  const packed = packSegment(blocks.slice(3, 6).map(encodeSealedBlockBytes));
  /** The packed bytes with another count (after the format byte and the 32-byte checksum). */
  const withCount = (bytes: Uint8Array, count: number) => {
    const changed = bytes.slice();
    new DataView(changed.buffer).setUint32(33, count);
    return changed;
  };
  const unreadableSegments: Array<[string, unknown]> = [
    ['a string', 'garbage'],
    ['packed bytes of another format', Uint8Array.of(9, ...packed.subarray(1))],
    ['packed bytes cut short', packed.subarray(0, packed.length - 1)],
    ['packed bytes with a byte left over', Uint8Array.of(...packed, 0)],
    ['packed bytes whose count is too high', withCount(packed, 4)],
    [
      'a record length running past the end',
      packSegment([Uint8Array.of(7)]).map((b, i, a) => (i === a.length - 2 ? 9 : b)),
    ],
  ];
  it.each(unreadableSegments)(
    'counts a segment of %s as one unreadable block and loads the rest',
    async (_, segment) => {
      const indexedDB = freshIndexedDb();
      (await saveOneByOne(blocks.slice(0, 3), indexedDB)).close();
      const db = await requestResult(indexedDB.open(NAME, NODE_DB_VERSION));
      const tx = db.transaction(NodeStores.Segments, 'readwrite');
      tx.objectStore(NodeStores.Segments).add(segment);
      await transactionDone(tx);
      db.close();
      const loaded = await (await openIndexedDbStore({ network: 'test', nodeId: 'n-a', indexedDB })).load();
      expect(loaded.droppedBlocks).toBe(1);
      expect(loaded.blocks.map((b) => b.hash)).toEqual(hashes.slice(0, 3));
    },
  );

  it('packs and unpacks any run of records exactly, as views into the packed bytes', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 40 }), { maxLength: 30 }), (records) => {
        const unpacked = unpackSegment(packSegment(records));
        expect(unpacked).toEqual(records);
      }),
    );
  });
});

describe('large saves', () => {
  const blocks = mineChain(SEGMENT_DIRECT_MIN_BLOCKS + 20);
  const hashes = blocks.map((b) => b.hash);
  const open = (indexedDB: IDBFactory) => openIndexedDbStore({ network: 'test', nodeId: 'n-a', indexedDB });

  it('go straight into a sealed segment, after the loose blocks, which move into one of their own', async () => {
    const indexedDB = freshIndexedDb();
    const store = await saveOneByOne(blocks.slice(0, 5), indexedDB);
    await store.saveBlocks(blocks.slice(5), at(blocks, blocks.length - 1).hash);
    store.close();
    const { segments, loose } = await layout(indexedDB);
    expect(segments.map((s) => unpackSegment(s as Uint8Array)?.length)).toEqual([5, blocks.length - 5]);
    expect(loose).toBe(0);
    const loaded = await (await open(indexedDB)).load();
    expect(loaded.blocks.map((b) => b.hash)).toEqual(hashes);
    expect(loaded.sealed.size).toBe(blocks.length);
  });

  it('store a block once even when the store has not loaded: it reads what is there first', async () => {
    const indexedDB = freshIndexedDb();
    const first = await open(indexedDB);
    await first.saveBlocks(blocks.slice(0, SEGMENT_DIRECT_MIN_BLOCKS), at(blocks, SEGMENT_DIRECT_MIN_BLOCKS - 1).hash);
    first.close();
    const second = await open(indexedDB);
    await second.saveBlocks(blocks.slice(10), at(blocks, blocks.length - 1).hash);
    expect((await second.load()).blocks.map((b) => b.hash)).toEqual(hashes);
  });

  it('keep the order of the calls: a small save made while a large one seals its segment lands after it', async () => {
    const indexedDB = freshIndexedDb();
    const store = await open(indexedDB);
    const last = at(blocks, blocks.length - 1);
    const large = store.saveBlocks(blocks.slice(0, -1), at(blocks, blocks.length - 2).hash);
    const small = store.saveBlocks([last], last.hash);
    await Promise.all([large, small]);
    const loaded = await store.load();
    expect(loaded.blocks.map((b) => b.hash)).toEqual(hashes);
    expect(loaded.tipHash).toBe(last.hash);
  });

  it('that fail store nothing, and the blocks can be saved again', async () => {
    const indexedDB = freshIndexedDb();
    const errors: StorageError[] = [];
    const store = await openIndexedDbStore({
      network: 'test',
      nodeId: 'n-a',
      indexedDB,
      onError: (e) => errors.push(e),
    });
    const putSegment = IDBObjectStore.prototype.add;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, value, key) {
      if (this.name === NodeStores.Segments) throw new DOMException('cannot clone', 'DataCloneError');
      return putSegment.call(this, value, key);
    });
    await expect(store.saveBlocks(blocks, at(blocks, blocks.length - 1).hash)).rejects.toMatchObject({
      code: 'write-failed',
    });
    vi.restoreAllMocks();
    expect((await store.load()).blocks).toEqual([]);
    await store.saveBlocks(blocks, at(blocks, blocks.length - 1).hash);
    expect((await store.load()).blocks.map((b) => b.hash)).toEqual(hashes);
    expect(errors).toHaveLength(1);
  });
});
