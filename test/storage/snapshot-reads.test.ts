// What a start on the ledger snapshot reads from IndexedDB: the snapshot and the newest segments back to its base,
// not the whole log; then the whole log, after, without forgetting what was saved meanwhile.
import { IDBObjectStore } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { encodeLedgerSnapshot, takeLedgerSnapshot } from '../../src/core/index.ts';
import { BLOCK_STORES, placeBlockReads, placeBlockStamp, placeRecentReads } from '../../src/storage/block-log.ts';
import { EARLY_READ_KEY, type EarlyRead, earlyReadPlan, startEarlyRead } from '../../src/storage/early-read.ts';
import { MetaKeys, NODE_DB_VERSION, openIndexedDbStore, sessionNodeKey } from '../../src/storage/index.ts';
import { extend } from '../core/helpers.ts';
import { layout, NAME, NODE, openTestStore, saveRun } from './block-log-helpers.ts';
import { freshIndexedDb, mineChain, rebuildChain, requestResult, transactionDone } from './helpers.ts';

describe('a start on the ledger snapshot reads', () => {
  const blocks = mineChain(1100);

  /** Four saves of 275 blocks (runs this large are never merged: four segments) and a snapshot at block 1050. */
  async function storedWithSnapshot(indexedDB: IDBFactory) {
    const store = await openTestStore(indexedDB);
    for (let from = 0; from < blocks.length; from += 275) await saveRun(store, blocks.slice(from, from + 275));
    const snapshot = takeLedgerSnapshot(rebuildChain(blocks), 1050, null);
    if (snapshot === null) throw new Error('no snapshot');
    await store.save({ snapshot: { baseHash: snapshot.baseHash, bytes: encodeLedgerSnapshot(snapshot) } });
    await store.settled();
    return { store, snapshot };
  }

  it('the newest segments back to the base (and one more), then every block with loadHistory', async () => {
    const indexedDB = freshIndexedDb();
    const { store } = await storedWithSnapshot(indexedDB);
    store.close();
    expect((await layout(indexedDB)).segments.length).toBeGreaterThan(2);
    const reopened = await openTestStore(indexedDB);
    const recent = await reopened.loadRecent();
    if (recent === null) throw new Error('no recent load');
    const hashes = recent.blocks.map((b) => b.hash);
    // Read: the base's segment and the one before it; decoded: the base (block 1050, blocks[1048]) and what follows.
    expect(hashes).toEqual(blocks.slice(1048).map((b) => b.hash));
    expect(hashes.at(-1)).toBe(blocks.at(-1)?.hash);
    expect(recent.snapshot).toBeInstanceOf(Uint8Array);
    expect(recent.snapshotIntact).toBe(true); // hashed by the store, so the node's decode need not
    const history = await reopened.loadHistory();
    expect(history.blocks.map((b) => b.hash)).toEqual(blocks.map((b) => b.hash));
  });

  it('nothing without a snapshot: the start then loads everything', async () => {
    const indexedDB = freshIndexedDb();
    const store = await openTestStore(indexedDB);
    await saveRun(store, blocks.slice(0, 20));
    expect(await store.loadRecent()).toBeNull();
    expect((await store.load()).snapshot).toBeUndefined();
  });

  /** index.html's first script's read of the test node's database, as a reload of its tab makes it. */
  async function earlyRead(indexedDB: IDBFactory) {
    const global: Record<string, unknown> = {};
    const session = { getItem: (key: string) => (key === sessionNodeKey(NODE.network) ? NODE.nodeId : null) };
    const environment = { search: `?room=${NODE.network}`, session, indexedDB, global };
    startEarlyRead(earlyReadPlan(), placeBlockReads, placeBlockStamp, placeRecentReads, environment);
    const found = await (global[EARLY_READ_KEY] as EarlyRead | undefined)?.result;
    if (!found) throw new Error('no early read');
    return found;
  }

  it("index.html's early read takes the snapshot and the newest segments, not every block", async () => {
    const indexedDB = freshIndexedDb();
    const { store } = await storedWithSnapshot(indexedDB);
    store.close();
    const found = await earlyRead(indexedDB);
    expect(found.raw).toBeNull();
    expect(found.recent?.segments.length).toBeLessThan((await layout(indexedDB)).segments.length);
    const reopened = await openTestStore(indexedDB);
    const expected = await reopened.loadRecent();
    reopened.close();
    const get = vi.spyOn(IDBObjectStore.prototype, 'get');
    const openCursor = vi.spyOn(IDBObjectStore.prototype, 'openCursor');
    const adopting = await openIndexedDbStore({ ...NODE, indexedDB, early: found });
    const recent = await adopting.loadRecent();
    // Neither the snapshot nor a segment was read a second time.
    expect(get.mock.calls.filter(([key]) => key === MetaKeys.Snapshot)).toEqual([]);
    expect(openCursor).not.toHaveBeenCalled();
    get.mockRestore();
    openCursor.mockRestore();
    expect(recent?.blocks.map((b) => b.hash)).toEqual(expected?.blocks.map((b) => b.hash));
    expect(recent?.snapshot).toEqual(expected?.snapshot);
    expect(recent?.tipHash).toEqual(expected?.tipHash);
    expect(recent?.snapshotIntact).toBe(true);
    adopting.close();
  });

  it('is read again at the start when a block was saved after the early read', async () => {
    const indexedDB = freshIndexedDb();
    const { store } = await storedWithSnapshot(indexedDB);
    store.close();
    const found = await earlyRead(indexedDB);
    const adopting = await openIndexedDbStore({ ...NODE, indexedDB, early: found });
    const [next] = extend(rebuildChain(blocks), 1);
    if (next === undefined) throw new Error('no next block');
    await adopting.saveBlocks([next], next.hash);
    const recent = await adopting.loadRecent();
    expect(recent?.blocks.at(-1)?.hash).toBe(next.hash);
    expect(recent?.tipHash).toBe(next.hash);
    adopting.close();
  });

  it('says a snapshot the early read found damaged is not intact', async () => {
    const indexedDB = freshIndexedDb();
    const { store, snapshot } = await storedWithSnapshot(indexedDB);
    const bytes = encodeLedgerSnapshot(snapshot);
    bytes.set([(bytes.at(-1) as number) ^ 1], bytes.length - 1);
    await store.save({ snapshot: { baseHash: snapshot.baseHash, bytes } });
    store.close();
    const adopting = await openIndexedDbStore({ ...NODE, indexedDB, early: await earlyRead(indexedDB) });
    const recent = await adopting.loadRecent();
    expect(recent?.blocks.length).toBeGreaterThan(0);
    expect(recent?.snapshotIntact).toBe(false);
    adopting.close();
  });

  it("index.html's early read of all blocks is left alone where a snapshot is stored", async () => {
    const indexedDB = freshIndexedDb();
    const { store } = await storedWithSnapshot(indexedDB);
    store.close();
    const db = await requestResult(indexedDB.open(NAME, NODE_DB_VERSION));
    const read = (unlessKey?: string) => {
      const tx = db.transaction([BLOCK_STORES.segments, BLOCK_STORES.blocks, BLOCK_STORES.meta], 'readonly');
      const reads = placeBlockReads(tx, BLOCK_STORES, unlessKey);
      return transactionDone(tx).then(reads);
    };
    expect(await read(earlyReadPlan().snapshotKey)).toBeNull();
    expect((await read())?.segments.length).toBeGreaterThan(2);
    db.close();
  });
});

describe('the history read after a start on a snapshot', () => {
  it('reads every segment, a few a transaction, in insertion order', async () => {
    const many = mineChain(11 * 260);
    const indexedDB = freshIndexedDb();
    const store = await openTestStore(indexedDB);
    // Runs of 260 are never merged: eleven segments, more than one transaction's share.
    for (let from = 0; from < many.length; from += 260) await saveRun(store, many.slice(from, from + 260));
    store.close();
    expect((await layout(indexedDB)).segments.length).toBe(11);
    const history = await (await openTestStore(indexedDB)).loadHistory();
    expect(history.blocks.map((b) => b.hash)).toEqual(many.map((b) => b.hash));
  });
});
