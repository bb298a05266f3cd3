// The mempool as one record per transaction: saves carry its changes with the blocks in one transaction, in both
// stores, and a version 2 database (one record holding the whole pool) is moved to that layout when it opens.
import { IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { transactionToJson } from '../../src/core/index.ts';
import {
  createMemoryStore,
  NODE_DB_VERSION,
  type NodeStore,
  NodeStores,
  nodeDatabaseName,
  openIndexedDbStore,
} from '../../src/storage/index.ts';
import { alice, at, bob, freshIndexedDb, pay, requestResult, sampleBlocks, transactionDone } from './helpers.ts';

const NODE = { network: 'test', nodeId: 'n-m' } as const;
const NAME = nodeDatabaseName(NODE.network, NODE.nodeId);

afterEach(() => {
  vi.restoreAllMocks();
});

/** A node database as release 2 left it: its four stores, and the mempool as one array under the meta key. */
async function writeVersion2(indexedDB: IDBFactory, meta: Readonly<Record<string, unknown>>): Promise<void> {
  const request = indexedDB.open(NAME, 2);
  request.addEventListener('upgradeneeded', () => {
    const db = request.result;
    db.createObjectStore(NodeStores.Segments, { autoIncrement: true });
    db.createObjectStore(NodeStores.Blocks, { autoIncrement: true });
    db.createObjectStore(NodeStores.Meta);
    db.createObjectStore(NodeStores.Settings);
  });
  const db = await requestResult(request);
  const tx = db.transaction([NodeStores.Meta], 'readwrite');
  for (const [key, value] of Object.entries(meta)) tx.objectStore(NodeStores.Meta).put(value, key);
  await transactionDone(tx);
  db.close();
}

/** The records of the mempool store and the meta keys, read behind the store's back. */
async function readRaw(indexedDB: IDBFactory): Promise<{ mempool: unknown[]; metaKeys: IDBValidKey[] }> {
  const db = await requestResult(indexedDB.open(NAME, NODE_DB_VERSION));
  const tx = db.transaction([NodeStores.Mempool, NodeStores.Meta]);
  const mempool = tx.objectStore(NodeStores.Mempool).getAll();
  const metaKeys = tx.objectStore(NodeStores.Meta).getAllKeys();
  await transactionDone(tx);
  db.close();
  return { mempool: mempool.result, metaKeys: metaKeys.result };
}

describe.each([
  ['IndexedDB', () => openIndexedDbStore({ ...NODE, indexedDB: freshIndexedDb() })],
  ['memory', async () => createMemoryStore()],
] as const)('%s store: the mempool by its changes', (_name, open: () => Promise<NodeStore>) => {
  it('adds and removes transactions one by one and loads them in arrival order', async () => {
    const store = await open();
    const [a, b, c, d] = [pay(alice, bob, 1), pay(alice, bob, 2), pay(bob, alice, 0, 'c'), pay(bob, alice, 0, 'd')];
    await store.save({ mempoolAdded: [a, b, c] });
    await store.save({ mempoolAdded: [d], mempoolRemoved: [b.txid] });
    await store.save({ mempoolRemoved: [a.txid, 'ab'.repeat(32)] }); // an unknown txid is no error
    const loaded = await store.load();
    expect(loaded.mempool.map(transactionToJson)).toEqual([c, d].map(transactionToJson));
  });

  it('writes blocks, tip, mempool changes, peers and keys as one save', async () => {
    const store = await open();
    const { blocks, tipHash } = sampleBlocks();
    const tx = pay(alice, bob, 3);
    await store.save({ blocks, tipHash, mempoolAdded: [tx], peers: ['n-peer'], keys: alice });
    const loaded = await store.load();
    expect(loaded.blocks.map((block) => block.hash)).toEqual(blocks.map((block) => block.hash));
    expect(loaded.tipHash).toBe(tipHash);
    expect(loaded.mempool.map((t) => t.txid)).toEqual([tx.txid]);
    expect(loaded.peers).toEqual(['n-peer']);
    expect(loaded.keys?.address).toBe(alice.address);
  });

  it('throws at the call for blocks without a tip and for a removed txid that is not a hash', async () => {
    const store = await open();
    expect(() => store.save({ blocks: sampleBlocks().blocks })).toThrow(TypeError);
    expect(() => store.save({ mempoolRemoved: ['x'] })).toThrow(TypeError);
  });
});

describe('IndexedDB store: a save is whole or nothing', () => {
  it('a mempool record that fails aborts the blocks and tip saved with it', async () => {
    const store = await openIndexedDbStore({ ...NODE, indexedDB: freshIndexedDb() });
    const { blocks, tipHash } = sampleBlocks();
    await store.saveBlocks(blocks.slice(0, 2), at(blocks, 1).hash);
    const add = IDBObjectStore.prototype.add;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, value, key) {
      if (this.name === NodeStores.Mempool)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return add.call(this, value, key);
    });
    const save = store.save({ blocks: blocks.slice(2), tipHash, mempoolAdded: [pay(alice, bob, 1)] });
    await expect(save).rejects.toMatchObject({ code: 'quota-exceeded', action: { kind: 'save-blocks' } });
    vi.restoreAllMocks();
    const loaded = await store.load();
    expect(loaded.blocks).toHaveLength(2);
    expect(loaded.tipHash).toBe(at(blocks, 1).hash);
    expect(loaded.mempool).toEqual([]);
  });
});

describe('IndexedDB store: upgrade from version 2', () => {
  it('moves the one mempool record into one record per transaction, in order, unreadable entries included', async () => {
    const indexedDB = freshIndexedDb();
    const [first, second] = [pay(alice, bob, 1), pay(bob, alice, 0, 'reading')];
    const old = [transactionToJson(first), { txid: 'not a transaction' }, transactionToJson(second)];
    await writeVersion2(indexedDB, { mempool: old, peers: ['n-kept'] });
    const store = await openIndexedDbStore({ ...NODE, indexedDB });
    const loaded = await store.load();
    expect(loaded.mempool.map(transactionToJson)).toEqual([first, second].map(transactionToJson));
    expect(loaded.droppedTransactions).toBe(1);
    expect(loaded.peers).toEqual(['n-kept']);
    // From now on a change is one record's work.
    await store.save({ mempoolRemoved: [first.txid] });
    expect((await store.load()).mempool.map((tx) => tx.txid)).toEqual([second.txid]);
    store.close();
    const raw = await readRaw(indexedDB);
    expect(raw.mempool).toEqual(old.slice(1));
    expect(raw.metaKeys).toEqual(['peers']);
  });

  it('drops a version 2 mempool record that is not a list (every load ignored it), and opens with an empty pool', async () => {
    const indexedDB = freshIndexedDb();
    await writeVersion2(indexedDB, { mempool: 'garbage' });
    const store = await openIndexedDbStore({ ...NODE, indexedDB });
    expect((await store.load()).mempool).toEqual([]);
    store.close();
    expect(await readRaw(indexedDB)).toEqual({ mempool: [], metaKeys: [] });
  });
});
