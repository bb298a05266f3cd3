// Merging the small segments saves add: in place, between saves, after checking they are what this tab wrote; the
// read order, deduplication and every committed block kept.
import { IDBDatabase, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodeSealedBlockBytes } from '../../src/core/index.ts';
import { packSegment } from '../../src/storage/block-log.ts';
import {
  COMPACT_AT_BLOCKS,
  COMPACT_AT_SEGMENTS,
  NODE_DB_VERSION,
  NodeStores,
  type StorageError,
} from '../../src/storage/index.ts';
import {
  layout,
  loadedHashes,
  NAME,
  NODE,
  openTestStore,
  saveEach,
  saveOneByOne,
  saveRun,
  segmentKeys,
} from './block-log-helpers.ts';
import {
  at,
  freshIndexedDb,
  mineChain,
  rebuildChain,
  requestResult,
  transactionDone,
  writeRawRecords,
} from './helpers.ts';

const originalPut = IDBObjectStore.prototype.put;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('merging small segments', () => {
  const blocks = mineChain(COMPACT_AT_BLOCKS + 40);
  const hashes = blocks.map((b) => b.hash);

  it('merges small segments in place once COMPACT_AT_SEGMENTS piled up and the saves paused', async () => {
    const indexedDB = freshIndexedDb();
    const store = await saveOneByOne(blocks.slice(0, COMPACT_AT_SEGMENTS - 1), indexedDB);
    expect((await layout(indexedDB)).segments).toHaveLength(COMPACT_AT_SEGMENTS - 1);
    await saveEach(store, blocks.slice(COMPACT_AT_SEGMENTS - 1, COMPACT_AT_SEGMENTS));
    await store.settled();
    // Under the first key: the merged run keeps its place in the read order.
    expect(await layout(indexedDB)).toEqual({ segments: [COMPACT_AT_SEGMENTS], loose: 0 });
    expect(await segmentKeys(indexedDB)).toEqual([1]);
    // The merged run is still small: later saves' runs join it at the next merge.
    await saveEach(store, blocks.slice(COMPACT_AT_SEGMENTS, 2 * COMPACT_AT_SEGMENTS));
    await store.settled();
    store.close();
    expect(await layout(indexedDB)).toEqual({ segments: [2 * COMPACT_AT_SEGMENTS], loose: 0 });
    const loaded = await (await openTestStore(indexedDB)).load();
    expect(loaded.blocks.map((b) => b.hash)).toEqual(hashes.slice(0, 2 * COMPACT_AT_SEGMENTS));
    expect(loaded.sealed.size).toBe(2 * COMPACT_AT_SEGMENTS);
    expect(rebuildChain(loaded.blocks).height).toBe(2 * COMPACT_AT_SEGMENTS + 1);
  });

  it('merges once COMPACT_AT_BLOCKS blocks piled up, and leaves a large save as it is', async () => {
    const indexedDB = freshIndexedDb();
    const store = await openTestStore(indexedDB);
    const a = 100;
    const b = COMPACT_AT_BLOCKS - a - 1;
    await saveRun(store, blocks.slice(0, a));
    await saveRun(store, blocks.slice(a, a + b));
    await store.settled();
    expect((await layout(indexedDB)).segments).toEqual([a, b]);
    await saveRun(store, blocks.slice(a + b, COMPACT_AT_BLOCKS + 1));
    await store.settled();
    expect((await layout(indexedDB)).segments).toEqual([COMPACT_AT_BLOCKS + 1]);
    // No small run before it: a save of COMPACT_AT_BLOCKS is what a merge would make, and stays.
    const more = mineChain(2 * COMPACT_AT_BLOCKS + 1).slice(COMPACT_AT_BLOCKS + 1);
    await saveRun(store, more);
    await store.settled();
    store.close();
    expect((await layout(indexedDB)).segments).toEqual([COMPACT_AT_BLOCKS + 1, COMPACT_AT_BLOCKS]);
  });

  it('still stores a merged block only once', async () => {
    const indexedDB = freshIndexedDb();
    const store = await saveOneByOne(blocks.slice(0, COMPACT_AT_SEGMENTS + 2), indexedDB);
    await store.saveBlocks([at(blocks, 0), at(blocks, 1)], at(blocks, COMPACT_AT_SEGMENTS + 1).hash);
    expect((await store.load()).blocks.map((b) => b.hash)).toEqual(hashes.slice(0, COMPACT_AT_SEGMENTS + 2));
  });

  it('a failed merge keeps every segment where it was, fails no save, and is retried', async () => {
    const indexedDB = freshIndexedDb();
    const errors: StorageError[] = [];
    // Saves add; only a merge puts into the segments store.
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value, key) {
      if (this.name === NodeStores.Segments) throw new DOMException('The disk is full.', 'QuotaExceededError');
      return originalPut.call(this, value, key);
    });
    const some = blocks.slice(0, COMPACT_AT_SEGMENTS);
    const store = await saveOneByOne(some, indexedDB, (e) => errors.push(e));
    expect(errors).toHaveLength(1);
    expect(errors.every((e) => e.action.kind === 'compact-blocks' && e.code === 'quota-exceeded')).toBe(true);
    expect((await layout(indexedDB)).segments).toHaveLength(some.length);
    expect((await store.load()).blocks.map((b) => b.hash)).toEqual(hashes.slice(0, some.length));
    vi.restoreAllMocks();
    await saveEach(store, blocks.slice(some.length, some.length + 1));
    await store.settled();
    // The load above left the store knowing the small segments but not their keys: the merge read them.
    expect(await layout(indexedDB)).toEqual({ segments: [some.length + 1], loose: 0 });
    expect(await loadedHashes(indexedDB)).toEqual(hashes.slice(0, some.length + 1));
  });

  it('tells a save it committed before merging: the merge is a transaction of its own', async () => {
    const indexedDB = freshIndexedDb();
    const store = await saveOneByOne(blocks.slice(0, COMPACT_AT_SEGMENTS - 1), indexedDB);
    const scopes: string[][] = [];
    const transaction = IDBDatabase.prototype.transaction;
    vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (this: IDBDatabase, names, ...rest) {
      scopes.push(typeof names === 'string' ? [names] : [...names].sort());
      return transaction.call(this, names, ...rest);
    });
    const last = at(blocks, COMPACT_AT_SEGMENTS - 1);
    await store.saveBlocks([last], last.hash);
    // The save that made the merge due was told once its own transaction committed, before any other began.
    expect(scopes).toHaveLength(1);
    expect(scopes[0]).toContain(NodeStores.Meta);
    await store.settled();
    expect(scopes.slice(1)).toEqual([[NodeStores.Segments]]);
    vi.restoreAllMocks();
    expect(await layout(indexedDB)).toEqual({ segments: [COMPACT_AT_SEGMENTS], loose: 0 });
  });

  it('merges saves that never pause between two saves', { timeout: 60_000 }, async () => {
    const indexedDB = freshIndexedDb();
    const many = mineChain(4 * COMPACT_AT_SEGMENTS + 10);
    const store = await openTestStore(indexedDB);
    await saveEach(store, many);
    // Closed at once, so the pause that follows merges nothing: no save waited for saves to pause, yet the small
    // segments did not pile up.
    store.close();
    const { segments } = await layout(indexedDB);
    expect(segments.length).toBeLessThan(2 * COMPACT_AT_SEGMENTS + 2);
    expect(segments.length).toBeLessThan(many.length / 2);
    expect(await loadedHashes(indexedDB)).toEqual(many.map((b) => b.hash));
  });

  it("moves an earlier release's loose records with the first save, and merges them with the saves after", async () => {
    const indexedDB = freshIndexedDb();
    const old = blocks.slice(0, 40);
    const records = old.map(encodeSealedBlockBytes);
    await writeRawRecords(indexedDB, NODE, { segments: [records.slice(0, 30)], loose: records.slice(30) }, old);
    const store = await openTestStore(indexedDB);
    expect((await store.load()).blocks.map((b) => b.hash)).toEqual(hashes.slice(0, 40));
    await saveRun(store, blocks.slice(40, 42));
    expect(await layout(indexedDB)).toEqual({ segments: [records.slice(0, 30), 10, 2], loose: 0 });
    await saveEach(store, blocks.slice(42, 42 + COMPACT_AT_SEGMENTS));
    await store.settled();
    store.close();
    // The old list segment stays as it was; the moved records and every save after them merged into one run.
    expect(await layout(indexedDB)).toEqual({ segments: [records.slice(0, 30), 12 + COMPACT_AT_SEGMENTS], loose: 0 });
    expect(await loadedHashes(indexedDB)).toEqual(hashes.slice(0, 42 + COMPACT_AT_SEGMENTS));
  });

  it('leaves segments it did not write alone, and merges what it writes after them', async () => {
    const indexedDB = freshIndexedDb();
    const store = await saveOneByOne(blocks.slice(0, COMPACT_AT_SEGMENTS - 2), indexedDB);
    // Behind the store's back: a segment it does not know of (the next block, as another writer would store it).
    const db = await requestResult(indexedDB.open(NAME, NODE_DB_VERSION));
    const write = db.transaction(NodeStores.Segments, 'readwrite');
    write
      .objectStore(NodeStores.Segments)
      .add(packSegment([encodeSealedBlockBytes(at(blocks, COMPACT_AT_SEGMENTS - 2))]));
    await transactionDone(write);
    db.close();
    await saveEach(store, blocks.slice(COMPACT_AT_SEGMENTS - 1, COMPACT_AT_SEGMENTS + 1));
    await store.settled();
    // The newest segments are not what it wrote: nothing merged.
    expect((await layout(indexedDB)).segments).toHaveLength(COMPACT_AT_SEGMENTS + 1);
    await saveEach(store, blocks.slice(COMPACT_AT_SEGMENTS + 1, 2 * COMPACT_AT_SEGMENTS + 1));
    await store.settled();
    store.close();
    const { segments } = await layout(indexedDB);
    expect(segments.slice(COMPACT_AT_SEGMENTS + 1)).toEqual([COMPACT_AT_SEGMENTS]);
    expect(await loadedHashes(indexedDB)).toEqual(hashes.slice(0, 2 * COMPACT_AT_SEGMENTS + 1));
  });

  it('merges nothing when the segments it loaded are no longer the newest, and loses nothing', async () => {
    const indexedDB = freshIndexedDb();
    const first = COMPACT_AT_SEGMENTS - 2;
    (await saveOneByOne(blocks.slice(0, first), indexedDB)).close();
    const store = await openTestStore(indexedDB);
    await store.load();
    // Behind its back, after its load: another writer's save. What it loaded as the newest segments no longer is.
    const other = await openTestStore(indexedDB);
    await saveEach(other, blocks.slice(first, first + 1));
    other.close();
    await saveEach(store, blocks.slice(first + 1, first + 3));
    await store.settled();
    store.close();
    expect((await layout(indexedDB)).segments).toHaveLength(first + 3);
    expect(await loadedHashes(indexedDB)).toEqual(hashes.slice(0, first + 3));
  });
});
