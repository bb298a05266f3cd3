// The block log's layout: loose records compacted into segments keep insertion order, deduplication and atomicity.
import { IDBDatabase, IDBObjectStore } from 'fake-indexeddb';
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
import type { IndexedDbStore } from '../../src/storage/indexeddb-store.ts';
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

function openTestStore(indexedDB: IDBFactory, onError?: (e: StorageError) => void) {
  return openIndexedDbStore({ network: 'test', nodeId: 'n-a', indexedDB, ...(onError ? { onError } : {}) });
}

/** Saves block by block, each save started as the one before it commits (as the node's save queue does). */
async function saveEach(store: IndexedDbStore, blocks: readonly Block[]): Promise<void> {
  for (const block of blocks) await store.saveBlocks([block], block.hash);
}

/** A new store that saved `blocks` one by one and then paused: whatever compaction that made due has run. */
async function saveOneByOne(blocks: readonly Block[], indexedDB: IDBFactory, onError?: (e: StorageError) => void) {
  const store = await openTestStore(indexedDB, onError);
  await saveEach(store, blocks);
  await store.settled();
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
    const store = await saveOneByOne(blocks.slice(0, COMPACT_AT_BLOCKS - 1), indexedDB);
    expect(await layout(indexedDB)).toEqual({ segments: [], loose: COMPACT_AT_BLOCKS - 1 });
    await saveEach(store, blocks.slice(COMPACT_AT_BLOCKS - 1, COMPACT_AT_BLOCKS));
    await store.settled();
    await saveEach(store, blocks.slice(COMPACT_AT_BLOCKS));
    await store.settled();
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
    // Every save resolves: the compaction is a transaction of its own, tried once the saves paused.
    const store = await saveOneByOne(blocks, indexedDB, (e) => errors.push(e));
    expect(errors).toHaveLength(1);
    expect(errors.every((e) => e.action.kind === 'compact-blocks' && e.code === 'quota-exceeded')).toBe(true);
    expect(await layout(indexedDB)).toEqual({ segments: [], loose: blocks.length });
    expect((await store.load()).blocks.map((b) => b.hash)).toEqual(hashes);
    vi.restoreAllMocks();
    const next = mineChain(blocks.length + 1).slice(-1);
    await store.saveBlocks(next, at(next, 0).hash);
    await store.settled();
    // The load above left the store knowing only how many loose records there are: it moved them all by reading.
    expect(await layout(indexedDB)).toMatchObject({ segments: [expect.any(Uint8Array)], loose: 0 });
    expect((await store.load()).blocks.map((b) => b.hash)).toEqual([...hashes, at(next, 0).hash]);
  });

  it('tells a save it committed before compacting: the compaction is a transaction of its own', async () => {
    const indexedDB = freshIndexedDb();
    const store = await saveOneByOne(blocks.slice(0, COMPACT_AT_BLOCKS - 1), indexedDB);
    const scopes: string[][] = [];
    const transaction = IDBDatabase.prototype.transaction;
    vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (this: IDBDatabase, names, ...rest) {
      scopes.push(typeof names === 'string' ? [names] : [...names].sort());
      return transaction.call(this, names, ...rest);
    });
    const last = at(blocks, COMPACT_AT_BLOCKS - 1);
    await store.saveBlocks([last], last.hash);
    // The save that made the compaction due was told once its own transaction committed, before any other began.
    expect(scopes).toHaveLength(1);
    expect(scopes[0]).toContain(NodeStores.Meta);
    await store.settled();
    expect(scopes.slice(1)).toEqual([[NodeStores.Blocks, NodeStores.Segments].sort()]);
    vi.restoreAllMocks();
    expect(await layout(indexedDB)).toMatchObject({ segments: [expect.any(Uint8Array)], loose: 0 });
  });

  it('compacts saves that never pause, in small slices between two saves', { timeout: 60_000 }, async () => {
    const indexedDB = freshIndexedDb();
    const many = mineChain(4 * COMPACT_AT_BLOCKS + 10);
    const store = await openTestStore(indexedDB);
    await saveEach(store, many);
    // Closed at once, so the pause that follows compacts nothing: no save waited for saves to pause, yet the loose
    // records did not pile up.
    store.close();
    const { segments, loose } = await layout(indexedDB);
    expect(segments.length).toBeGreaterThanOrEqual(2);
    expect(segments.every((s) => unpackSegment(s as Uint8Array)?.length === COMPACT_AT_BLOCKS)).toBe(true);
    expect(loose).toBe(many.length - segments.length * COMPACT_AT_BLOCKS);
    expect(loose).toBeLessThan(2 * COMPACT_AT_BLOCKS + 2);
    const loaded = await (await openTestStore(indexedDB)).load();
    expect(loaded.blocks.map((b) => b.hash)).toEqual(many.map((b) => b.hash));
  });

  it('moves loose records of an earlier session by reading them, and then its own without', async () => {
    const indexedDB = freshIndexedDb();
    (await saveOneByOne(blocks.slice(0, COMPACT_AT_BLOCKS - 1), indexedDB)).close();
    const reopened = await openTestStore(indexedDB);
    await reopened.load();
    await saveEach(reopened, blocks.slice(COMPACT_AT_BLOCKS - 1, COMPACT_AT_BLOCKS + 1));
    await reopened.settled();
    expect(await layout(indexedDB)).toMatchObject({ segments: [expect.any(Uint8Array)], loose: 0 });
    await saveEach(reopened, blocks.slice(COMPACT_AT_BLOCKS + 1));
    reopened.close();
    const loaded = await (await openTestStore(indexedDB)).load();
    expect(loaded.blocks.map((b) => b.hash)).toEqual(hashes);
  });

  it('leaves a loose store it did not write alone, and moves what is there on the next try', async () => {
    const indexedDB = freshIndexedDb();
    const store = await saveOneByOne(blocks.slice(0, COMPACT_AT_BLOCKS - 1), indexedDB);
    // Behind the store's back: a record it does not know of joins the loose ones (the last block, written early).
    const db = await requestResult(indexedDB.open(NAME, NODE_DB_VERSION));
    const stray = at(blocks, blocks.length - 1);
    const write = db.transaction(NodeStores.Blocks, 'readwrite');
    write.objectStore(NodeStores.Blocks).add(encodeSealedBlockBytes(stray));
    await transactionDone(write);
    db.close();
    await saveEach(store, blocks.slice(COMPACT_AT_BLOCKS - 1, COMPACT_AT_BLOCKS));
    await store.settled();
    // Its own record of the loose store no longer holds: nothing moved.
    expect(await layout(indexedDB)).toEqual({ segments: [], loose: COMPACT_AT_BLOCKS + 1 });
    await saveEach(store, blocks.slice(COMPACT_AT_BLOCKS, COMPACT_AT_BLOCKS + 1));
    await store.settled();
    const { segments, loose } = await layout(indexedDB);
    expect(segments.map((s) => unpackSegment(s as Uint8Array)?.length)).toEqual([COMPACT_AT_BLOCKS + 2]);
    expect(loose).toBe(0);
  });

  it('a crash at any request of saves and compactions leaves a store that loads all it was told it saved', async () => {
    const methods = ['add', 'put', 'delete', 'clear', 'getAll', 'getAllKeys', 'count'] as const;
    await fc.assert(
      fc.asyncProperty(
        // A request of the first compaction's (its turn comes after ~COMPACT_AT_BLOCKS adds) half the time.
        fc.oneof(fc.integer({ min: 1, max: 400 }), fc.integer({ min: COMPACT_AT_BLOCKS, max: COMPACT_AT_BLOCKS + 60 })),
        fc.array(fc.integer({ min: 4, max: 16 }), { minLength: 30, maxLength: 40 }),
        async (crashAt, sizes) => {
          const indexedDB = freshIndexedDb();
          // Loaded before the crash can come: a load's reads are not what this is about.
          const store = await openTestStore(indexedDB, () => {});
          await store.load();
          let requests = 0;
          // From the crash on, every transaction aborts at its first request: the one in flight commits nothing,
          // nor does any later one.
          for (const method of methods) {
            type Request = (this: IDBObjectStore, ...args: unknown[]) => IDBRequest;
            const original = IDBObjectStore.prototype[method] as Request;
            const crashing: Request = function (...args) {
              const request = original.apply(this, args);
              if (++requests >= crashAt) this.transaction.abort();
              return request;
            };
            // Any of the methods: each passes its arguments on as they came.
            vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(crashing as never);
          }
          let told = 0;
          try {
            for (const [i, size] of sizes.entries()) {
              const slice = blocks.slice(told, told + size);
              if (slice.length === 0) break;
              await store.saveBlocks(slice, at(slice, slice.length - 1).hash);
              told += slice.length;
              // Now and then the saves pause, and a compaction runs.
              if (i % 5 === 4) await store.settled();
            }
          } catch {
            // The crash: the browser does nothing more.
          }
          await store.settled();
          store.close();
          vi.restoreAllMocks();
          const loaded = await (await openTestStore(indexedDB)).load();
          const loadedHashes = loaded.blocks.map((b) => b.hash);
          expect(loadedHashes).toEqual(hashes.slice(0, loadedHashes.length));
          expect(loadedHashes.length).toBeGreaterThanOrEqual(told);
          expect(loaded.warnings).toEqual([]);
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);

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
