// The NodeStore contract, run against both implementations, then what only a real database adds: reopening, and
// one database per node.
import { IDBObjectStore } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { blockToJson, encodeBlockBytes, encodeSealedBlockBytes, transactionToJson } from '../../src/core/index.ts';
import { packSegment } from '../../src/storage/block-log.ts';
import {
  createMemoryStore,
  MetaKeys,
  NODE_DB_VERSION,
  type NodeStore,
  NodeStores,
  nodeDatabaseName,
  openIndexedDbStore,
  StorageError,
} from '../../src/storage/index.ts';
import { buildBlock } from '../core/helpers.ts';
import {
  alice,
  at,
  bob,
  freshIndexedDb,
  pay,
  rebuildChain,
  requestResult,
  sampleBlocks,
  transactionDone,
  writeRawRecords,
} from './helpers.ts';

const implementations: Array<[string, () => Promise<NodeStore>]> = [
  ['memory', async () => createMemoryStore()],
  ['indexeddb', () => openIndexedDbStore({ network: 'test', nodeId: 'n-a', indexedDB: freshIndexedDb() })],
];

describe.each(implementations)('NodeStore contract: %s', (_name, open) => {
  it('loads a fresh node as empty', async () => {
    const loaded = await (await open()).load();
    expect(loaded).toEqual({
      blocks: [],
      sealed: new Set(),
      tipHash: null,
      mempool: [],
      keys: null,
      peers: [],
      settings: {},
      droppedBlocks: 0,
      droppedTransactions: 0,
      warnings: [],
    });
  });

  it('gives back every block, branches included, in insertion order, with the tip', async () => {
    const store = await open();
    const { blocks, tipHash } = sampleBlocks();
    await store.saveBlocks(blocks.slice(0, 2), at(blocks, 1).hash);
    await store.saveBlocks(blocks.slice(2), tipHash);
    const loaded = await store.load();
    expect(loaded.blocks.map(blockToJson)).toEqual(blocks.map(blockToJson));
    expect(loaded.tipHash).toBe(tipHash);
    const chain = rebuildChain(loaded.blocks);
    expect(chain.tip.hash).toBe(tipHash);
    expect(chain.knownBlocks()).toHaveLength(blocks.length + 1);
  });

  it('stores a block once, however often it is saved, and keeps the first position', async () => {
    const store = await open();
    const { blocks, tipHash } = sampleBlocks();
    const [first, second] = [at(blocks, 0), at(blocks, 1)];
    await store.saveBlocks([first, second, first], second.hash);
    await store.saveBlocks([second, ...blocks.slice(2)], tipHash);
    const hashes = (await store.load()).blocks.map((b) => b.hash);
    expect(hashes).toEqual(blocks.map((b) => b.hash));
  });

  it('round-trips the mempool, keys, peers and settings', async () => {
    const store = await open();
    const txs = [pay(alice, bob, 5, 'first'), pay(bob, alice, 1, 'second')];
    await store.save({ mempoolAdded: txs });
    await store.saveKeys(alice);
    await store.savePeers(['n-peer1', 'n-peer2']);
    await store.saveSetting('autoMine', true);
    await store.saveSetting('workers', { count: 3 });
    await store.saveSetting('gone', 'soon');
    await store.saveSetting('gone', undefined);
    const loaded = await store.load();
    expect(loaded.mempool.map(transactionToJson)).toEqual(txs.map(transactionToJson));
    expect(loaded.keys?.address).toBe(alice.address);
    expect(loaded.keys?.publicKey).toEqual(alice.publicKey);
    expect(loaded.peers).toEqual(['n-peer1', 'n-peer2']);
    expect(loaded.settings).toEqual({ autoMine: true, workers: { count: 3 } });
  });

  it('stores a copy of a secret key that is a view into a larger buffer', async () => {
    const store = await open();
    const buffer = new Uint8Array(64);
    buffer.set(alice.secretKey, 16);
    await store.saveKeys({ ...alice, secretKey: buffer.subarray(16, 48) });
    const keys = (await store.load()).keys;
    expect(keys?.secretKey).toEqual(alice.secretKey);
    expect(keys?.secretKey.buffer.byteLength).toBe(32);
  });

  it('throws at the call on a tip that is not a hash, and stores nothing', async () => {
    const store = await open();
    const { blocks } = sampleBlocks();
    expect(() => store.saveBlocks(blocks, 'not-a-hash')).toThrow(TypeError);
    expect((await store.load()).blocks).toEqual([]);
  });

  it('rejects a setting that cannot be cloned with write-failed, and keeps the old value', async () => {
    const store = await open();
    await store.saveSetting('theme', 'dark');
    const failed = store.saveSetting('theme', () => 'light');
    await expect(failed).rejects.toBeInstanceOf(StorageError);
    await expect(failed).rejects.toMatchObject({ code: 'write-failed' });
    expect((await store.load()).settings).toEqual({ theme: 'dark' });
  });

  it('rejects every call with closed after close()', async () => {
    const store = await open();
    store.close();
    await expect(store.load()).rejects.toMatchObject({ code: 'closed' });
    await expect(store.savePeers([])).rejects.toMatchObject({ code: 'closed' });
  });
});

describe('IndexedDB node store', () => {
  it('keeps everything across a reopen (a reload)', async () => {
    const indexedDB = freshIndexedDb();
    const { blocks, tipHash } = sampleBlocks();
    const first = await openIndexedDbStore({ network: 'test', nodeId: 'n-a', indexedDB });
    await first.saveBlocks(blocks, tipHash);
    await first.saveKeys(bob);
    first.close();
    const second = await openIndexedDbStore({ network: 'test', nodeId: 'n-a', indexedDB });
    const loaded = await second.load();
    expect(loaded.blocks.map((b) => b.hash)).toEqual(blocks.map((b) => b.hash));
    expect(loaded.tipHash).toBe(tipHash);
    expect(loaded.keys?.address).toBe(bob.address);
  });

  it('upgrades a version 1 database: its blocks load, and the retired hash index is gone', async () => {
    const indexedDB = freshIndexedDb();
    const { blocks, tipHash } = sampleBlocks();
    const name = nodeDatabaseName('test', 'n-v1');
    const opening = indexedDB.open(name, 1);
    opening.onupgradeneeded = () => {
      const db = opening.result;
      for (const store of ['segments', 'blocks']) db.createObjectStore(store, { autoIncrement: true });
      for (const store of ['block-hashes', 'meta', 'settings']) db.createObjectStore(store);
    };
    const v1 = await requestResult(opening);
    const tx = v1.transaction(['blocks', 'block-hashes', 'meta'], 'readwrite');
    for (const block of blocks) {
      tx.objectStore('blocks').add(encodeBlockBytes(block));
      tx.objectStore('block-hashes').add(true, block.hash);
    }
    tx.objectStore('meta').put(tipHash, MetaKeys.Tip);
    await transactionDone(tx);
    v1.close();

    const store = await openIndexedDbStore({ network: 'test', nodeId: 'n-v1', indexedDB });
    const loaded = await store.load();
    expect(loaded.blocks.map((b) => b.hash)).toEqual(blocks.map((b) => b.hash));
    expect(loaded.tipHash).toBe(tipHash);
    store.close();
    const upgraded = await requestResult(indexedDB.open(name));
    expect(upgraded.version).toBe(NODE_DB_VERSION);
    expect([...upgraded.objectStoreNames]).not.toContain('block-hashes');
    upgraded.close();
  });

  it('gives each node, and each network, a database of its own', async () => {
    const indexedDB = freshIndexedDb();
    const { blocks, tipHash } = sampleBlocks();
    const a = await openIndexedDbStore({ network: 'test', nodeId: 'n-a', indexedDB });
    const b = await openIndexedDbStore({ network: 'test', nodeId: 'n-b', indexedDB });
    const otherRoom = await openIndexedDbStore({ network: 'room2', nodeId: 'n-a', indexedDB });
    await a.saveBlocks(blocks, tipHash);
    await b.saveKeys(alice);
    expect((await b.load()).blocks).toEqual([]);
    expect((await a.load()).keys).toBeNull();
    expect((await otherRoom.load()).blocks).toEqual([]);
    const names = (await indexedDB.databases()).map((db) => db.name).sort();
    expect(names).toEqual(['bbc-node-room2-n-a', 'bbc-node-test-n-a', 'bbc-node-test-n-b']);
    expect(nodeDatabaseName('test', 'n-a')).toBe('bbc-node-test-n-a');
  });

  it('loads what an earlier release wrote: BlockJson records, loose and in a segment, and a bare secret key', async () => {
    const indexedDB = freshIndexedDb();
    const { blocks, tipHash } = sampleBlocks();
    await writeRawRecords(
      indexedDB,
      { network: 'test', nodeId: 'n-old' },
      { segments: [blocks.slice(0, 3).map(blockToJson)], loose: blocks.slice(3).map(blockToJson) },
      blocks,
      { [MetaKeys.Tip]: tipHash, [MetaKeys.SecretKey]: alice.secretKey.slice() },
    );

    const store = await openIndexedDbStore({ network: 'test', nodeId: 'n-old', indexedDB });
    const loaded = await store.load();
    expect(loaded.blocks.map((b) => b.hash)).toEqual(blocks.map((b) => b.hash));
    expect(loaded.droppedBlocks).toBe(0);
    expect(loaded.keys?.address).toBe(alice.address);
    // New saves next to the old records are the binary form, and the two load together.
    const next = rebuildChain(loaded.blocks);
    const child = buildBlock(next, next.tip);
    await store.saveBlocks([child], child.hash);
    const reloaded = await store.load();
    expect(reloaded.blocks.map((b) => b.hash)).toEqual([...blocks.map((b) => b.hash), child.hash]);
  });

  it('skips a stored block whose bytes are damaged, even in a sealed run, says so, and loads the rest', async () => {
    const indexedDB = freshIndexedDb();
    const { blocks, tipHash } = sampleBlocks();
    const store = await openIndexedDbStore({ network: 'test', nodeId: 'n-hurt', indexedDB });
    await store.saveBlocks(blocks, tipHash);
    store.close();
    const db = await requestResult(indexedDB.open(nodeDatabaseName('test', 'n-hurt'), NODE_DB_VERSION));
    const tx = db.transaction([NodeStores.Segments], 'readwrite');
    const segments = tx.objectStore(NodeStores.Segments);
    const [key] = await requestResult(segments.getAllKeys());
    const records = blocks.map(encodeSealedBlockBytes);
    // Cut short, and sealed again: the checksum holds, the record does not.
    records[2] = encodeSealedBlockBytes(at(blocks, 2)).slice(0, 50);
    segments.put(packSegment(records), key as IDBValidKey);
    await transactionDone(tx);
    db.close();

    const loaded = await (await openIndexedDbStore({ network: 'test', nodeId: 'n-hurt', indexedDB })).load();
    expect(loaded.droppedBlocks).toBe(1);
    expect(loaded.warnings.join(' ')).toContain('1 stored block could not be read');
    expect(loaded.blocks.map((b) => b.hash)).toEqual(blocks.filter((_, i) => i !== 2).map((b) => b.hash));
  });

  it('refuses names no node could have, before touching the disk', async () => {
    const indexedDB = freshIndexedDb();
    await expect(openIndexedDbStore({ network: 'test', nodeId: '../x', indexedDB })).rejects.toThrow(TypeError);
    await expect(openIndexedDbStore({ network: 'bad room', nodeId: 'n-a', indexedDB })).rejects.toThrow(TypeError);
    expect(await indexedDB.databases()).toEqual([]);
  });

  describe('prefetchBlocks', () => {
    const { blocks, tipHash } = sampleBlocks();
    const hashes = blocks.map((b) => b.hash);

    async function storedNode(indexedDB: IDBFactory, count: number) {
      const writer = await openIndexedDbStore({ network: 'test', nodeId: 'n-a', indexedDB });
      await writer.saveBlocks(blocks.slice(0, count), at(blocks, count - 1).hash);
      return writer;
    }

    it('loads the same node as a plain load, with the meta read at load time', async () => {
      const indexedDB = freshIndexedDb();
      const writer = await storedNode(indexedDB, blocks.length);
      const reader = await openIndexedDbStore({ network: 'test', nodeId: 'n-a', indexedDB });
      reader.prefetchBlocks();
      // Meta written after the prefetch began is still seen: only block records are reused.
      await writer.savePeers(['peer-after-prefetch']);
      await writer.saveKeys(bob);
      const reads = vi.spyOn(IDBObjectStore.prototype, 'getAll');
      const loaded = await reader.load();
      // The load read the mempool, meta and settings, not the block stores again.
      expect(reads.mock.contexts.map((store) => (store as IDBObjectStore).name).sort()).toEqual([
        NodeStores.Mempool,
        NodeStores.Meta,
        NodeStores.Settings,
      ]);
      reads.mockRestore();
      expect(loaded.blocks.map((b) => b.hash)).toEqual(hashes);
      expect(loaded.peers).toEqual(['peer-after-prefetch']);
      expect(loaded.keys?.address).toBe(bob.address);
    });

    it('reads the blocks again when a block was saved after the prefetch', async () => {
      const indexedDB = freshIndexedDb();
      const writer = await storedNode(indexedDB, 3);
      const reader = await openIndexedDbStore({ network: 'test', nodeId: 'n-a', indexedDB });
      reader.prefetchBlocks();
      await writer.saveBlocks(blocks.slice(3), tipHash);
      const loaded = await reader.load();
      expect(loaded.blocks.map((b) => b.hash)).toEqual(hashes);
      expect(loaded.tipHash).toBe(tipHash);
    });

    it('is used once: a later load reads what is stored then', async () => {
      const indexedDB = freshIndexedDb();
      const store = await storedNode(indexedDB, 3);
      store.prefetchBlocks();
      expect((await store.load()).blocks).toHaveLength(3);
      await store.saveBlocks(blocks.slice(3), tipHash);
      expect((await store.load()).blocks.map((b) => b.hash)).toEqual(hashes);
    });
  });
});
