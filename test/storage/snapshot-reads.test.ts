// What a start on the ledger snapshot reads from IndexedDB: the snapshot and the newest segments back to its base,
// not the whole log; then the whole log, after, without forgetting what was saved meanwhile.
import { describe, expect, it } from 'vitest';
import { encodeLedgerSnapshot, takeLedgerSnapshot } from '../../src/core/index.ts';
import { BLOCK_STORES, placeBlockReads } from '../../src/storage/block-log.ts';
import { earlyReadPlan } from '../../src/storage/early-read.ts';
import { NODE_DB_VERSION } from '../../src/storage/index.ts';
import { layout, NAME, openTestStore, saveRun } from './block-log-helpers.ts';
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

  it("index.html's early read leaves the blocks alone where a snapshot is stored", async () => {
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
