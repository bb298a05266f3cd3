// The block log's layout: one packed, sealed segment per save, read back in insertion order; checksums, unreadable
// segments, large saves, and atomicity through any crash (merging: segment-tail.test.ts).
import { IDBObjectStore } from 'fake-indexeddb';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodeSealedBlockBytes, HEADER_SIZE } from '../../src/core/index.ts';
import { packSegment, unpackSegment } from '../../src/storage/block-log.ts';
import {
  COMPACT_AT_BLOCKS,
  NODE_DB_VERSION,
  NodeStores,
  openIndexedDbStore,
  SEGMENT_MAX_BLOCKS,
  type StorageError,
} from '../../src/storage/index.ts';
import { layout, NAME, NODE, openTestStore, saveOneByOne, saveRun } from './block-log-helpers.ts';
import { at, freshIndexedDb, mineChain, readRawRecords, requestResult, transactionDone } from './helpers.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('block log', () => {
  const blocks = mineChain(COMPACT_AT_BLOCKS + 40);
  const hashes = blocks.map((b) => b.hash);

  it('adds one packed, sealed segment per save, and reads back in insertion order', async () => {
    const indexedDB = freshIndexedDb();
    const store = await openTestStore(indexedDB);
    await saveRun(store, blocks.slice(0, 2));
    await saveRun(store, blocks.slice(2, 3));
    await saveRun(store, blocks.slice(3, 7));
    store.close();
    expect(await layout(indexedDB)).toEqual({ segments: [2, 1, 4], loose: 0 });
    const { segments } = await readRawRecords(indexedDB, NODE);
    expect(unpackSegment(at(segments, 2) as Uint8Array)).toEqual(blocks.slice(3, 7).map(encodeSealedBlockBytes));
    const loaded = await (await openTestStore(indexedDB)).load();
    expect(loaded.blocks.map((b) => b.hash)).toEqual(hashes.slice(0, 7));
    expect(loaded.sealed.size).toBe(7);
  });

  it('checks every block of a run in full when its checksum fails, says so, and skips what is damaged', async () => {
    const indexedDB = freshIndexedDb();
    const store = await openTestStore(indexedDB);
    await saveRun(store, blocks.slice(0, COMPACT_AT_BLOCKS));
    store.close();
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

    const loaded = await (await openTestStore(indexedDB)).load();
    expect(loaded.sealed.size).toBe(0);
    expect(loaded.droppedBlocks).toBe(1);
    expect(loaded.blocks.map((b) => b.hash)).toEqual(hashes.slice(0, COMPACT_AT_BLOCKS).filter((_, i) => i !== 5));
    expect(loaded.warnings.join(' ')).toContain(`a stored run of ${COMPACT_AT_BLOCKS} blocks failed its checksum`);
    expect(loaded.warnings.join(' ')).toContain('bad-hash');
  });

  it('cuts a long save into segments of at most SEGMENT_MAX_BLOCKS', async () => {
    const indexedDB = freshIndexedDb();
    const many = mineChain(SEGMENT_MAX_BLOCKS + 10);
    const store = await openTestStore(indexedDB);
    await saveRun(store, many);
    store.close();
    expect(await layout(indexedDB)).toEqual({ segments: [SEGMENT_MAX_BLOCKS, 10], loose: 0 });
  });

  it('a crash at any request of saves and merges leaves a store that loads all it was told it saved', async () => {
    const methods = ['add', 'put', 'delete', 'clear', 'getAll', 'getAllKeys', 'count'] as const;
    await fc.assert(
      fc.asyncProperty(
        // Saves of a few requests each, a merge every COMPACT_AT_SEGMENTS of them.
        fc.integer({ min: 1, max: 240 }),
        fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 66, maxLength: 72 }),
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
              // Now and then the saves pause, and a merge runs.
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
  const blocks = mineChain(32 + 20);
  const hashes = blocks.map((b) => b.hash);
  const open = (indexedDB: IDBFactory) => openIndexedDbStore({ network: 'test', nodeId: 'n-a', indexedDB });

  it('store a block once even when the store has not loaded: it reads what is there first', async () => {
    const indexedDB = freshIndexedDb();
    const first = await open(indexedDB);
    await first.saveBlocks(blocks.slice(0, 32), at(blocks, 31).hash);
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
