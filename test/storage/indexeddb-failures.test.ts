// What goes wrong with a real database, and that none of it corrupts what is stored: aborted and over-quota
// writes leave nothing behind, other tabs' upgrades and deletes are reported, unreadable records are skipped.
import { forceCloseDatabase, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { blockToJson, transactionToJson } from '../../src/core/index.ts';
import { Connection } from '../../src/storage/idb.ts';
import {
  MetaKeys,
  NODE_DB_VERSION,
  NodeStores,
  nodeDatabaseName,
  openIndexedDbStore,
  type StorageError,
  toStorageError,
} from '../../src/storage/index.ts';
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
} from './helpers.ts';

const NAME = nodeDatabaseName('test', 'n-a');

async function openWithErrors(indexedDB: IDBFactory) {
  const errors: StorageError[] = [];
  const store = await openIndexedDbStore({ network: 'test', nodeId: 'n-a', indexedDB, onError: (e) => errors.push(e) });
  return { store, errors };
}

/** Two blocks and their tip saved, then the rest of the sample to try saving. */
async function storeWithTwoBlocks(indexedDB: IDBFactory) {
  const opened = await openWithErrors(indexedDB);
  const { blocks, tipHash } = sampleBlocks();
  const saved = blocks.slice(0, 2);
  const savedTip = at(saved, 1).hash;
  await opened.store.saveBlocks(saved, savedTip);
  return { ...opened, saved, savedTip, rest: blocks.slice(2), tipHash };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('IndexedDB store: writes are whole or nothing', () => {
  it('a write aborted midway (a tab killed before commit) leaves no block and no tip of it', async () => {
    const indexedDB = freshIndexedDb();
    const { store, saved, savedTip, rest, tipHash } = await storeWithTwoBlocks(indexedDB);
    const add = IDBObjectStore.prototype.add;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, value, key) {
      const request = add.call(this, value, key);
      // Abort once the blocks' segment is queued, before the tip: the segment is already in the transaction.
      if (this.name === NodeStores.Segments) this.transaction.abort();
      return request;
    });
    await expect(store.saveBlocks(rest, tipHash)).rejects.toMatchObject({ code: 'write-failed' });
    vi.restoreAllMocks();
    store.close();
    const reopened = await openIndexedDbStore({ network: 'test', nodeId: 'n-a', indexedDB });
    const loaded = await reopened.load();
    expect(loaded.blocks.map((b) => b.hash)).toEqual(saved.map((b) => b.hash));
    expect(loaded.tipHash).toBe(savedTip);
    expect(rebuildChain(loaded.blocks).tip.hash).toBe(savedTip);
  });

  it('a full quota at commit (as Chromium reports it) rejects with quota-exceeded and stores nothing', async () => {
    const indexedDB = freshIndexedDb();
    const { store, errors, saved, savedTip, rest, tipHash } = await storeWithTwoBlocks(indexedDB);
    // The block records are accepted, then the tip's request fails the way a full disk fails a write; fake-indexeddb
    // has no quota, so the failing request goes through its internal queue (the same path a ConstraintError takes).
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore) {
      const tx = this.transaction as IDBTransaction & { _execRequestAsync?: (r: object) => IDBRequest };
      if (typeof tx._execRequestAsync !== 'function') throw new Error('fake-indexeddb internals changed');
      return tx._execRequestAsync({
        operation: () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        },
        source: this,
      });
    });
    const failed = store.saveBlocks(rest, tipHash);
    await expect(failed).rejects.toMatchObject({ code: 'quota-exceeded' });
    await expect(failed).rejects.toMatchObject({ action: { kind: 'save-blocks', count: rest.length } });
    expect(errors.map((e) => e.code)).toEqual(['quota-exceeded']);
    vi.restoreAllMocks();
    const loaded = await store.load();
    expect(loaded.blocks.map((b) => b.hash)).toEqual(saved.map((b) => b.hash));
    expect(loaded.tipHash).toBe(savedTip);
    // The store stays usable: once there is room again, the same save succeeds.
    await store.saveBlocks(rest, tipHash);
    expect((await store.load()).tipHash).toBe(tipHash);
  });

  it('a quota error thrown while placing a request aborts what was already placed', async () => {
    const indexedDB = freshIndexedDb();
    const { store, saved, savedTip, rest, tipHash } = await storeWithTwoBlocks(indexedDB);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(store.saveBlocks(rest, tipHash)).rejects.toMatchObject({ code: 'quota-exceeded' });
    vi.restoreAllMocks();
    const loaded = await store.load();
    expect(loaded.blocks.map((b) => b.hash)).toEqual(saved.map((b) => b.hash));
    expect(loaded.tipHash).toBe(savedTip);
  });
});

describe('IndexedDB store: other tabs and the browser', () => {
  it("closes on another tab's upgrade, reports version-change, and does not block it", async () => {
    const indexedDB = freshIndexedDb();
    const { store, errors } = await openWithErrors(indexedDB);
    const upgrade = indexedDB.open(NAME, NODE_DB_VERSION + 1);
    const upgraded = await requestResult(upgrade);
    expect(upgraded.version).toBe(NODE_DB_VERSION + 1);
    expect(errors.map((e) => e.code)).toEqual(['version-change']);
    expect(errors[0]?.action).toEqual({ kind: 'use-database', database: NAME });
    await expect(store.load()).rejects.toMatchObject({ code: 'version-change' });
    upgraded.close();
  });

  it("reports another tab's delete of the database the same way", async () => {
    const indexedDB = freshIndexedDb();
    const { errors } = await openWithErrors(indexedDB);
    await requestResult(indexedDB.deleteDatabase(NAME));
    expect(errors.map((e) => e.code)).toEqual(['version-change']);
  });

  it('reports a blocked open, and opens once the other tab lets go', async () => {
    const indexedDB = freshIndexedDb();
    // An older version of the app in another tab: a connection that ignores versionchange.
    const old = await requestResult(indexedDB.open('shared', 1));
    const errors: StorageError[] = [];
    const opening = Connection.open({
      factory: indexedDB,
      name: 'shared',
      version: 2,
      upgrade: () => {},
      onError: (e) => errors.push(e),
    });
    await vi.waitFor(() => expect(errors.map((e) => e.code)).toEqual(['blocked']));
    expect(errors[0]?.action).toEqual({ kind: 'open-database', database: 'shared' });
    old.close();
    const connection = await opening;
    expect(connection.name).toBe('shared');
    connection.close();
  });

  it('reports a database the browser closed (site data cleared) as closed', async () => {
    const indexedDB = freshIndexedDb();
    const opened: IDBOpenDBRequest[] = [];
    const open = indexedDB.open.bind(indexedDB);
    vi.spyOn(indexedDB, 'open').mockImplementation((name, version) => {
      const request = open(name, version);
      opened.push(request);
      return request;
    });
    const { store, errors } = await openWithErrors(indexedDB);
    const db = opened[0]?.result;
    if (!db) throw new Error('no connection captured');
    // fake-indexeddb types its argument as the class rather than an instance.
    forceCloseDatabase(db as never);
    await vi.waitFor(() => expect(errors.map((e) => e.code)).toEqual(['closed']));
    await expect(store.saveKeys(alice)).rejects.toMatchObject({ code: 'closed' });
  });

  it('refuses a database from a newer version of the app with newer-version', async () => {
    const indexedDB = freshIndexedDb();
    (await requestResult(indexedDB.open(NAME, NODE_DB_VERSION + 1))).close();
    await expect(openWithErrors(indexedDB)).rejects.toMatchObject({ code: 'newer-version' });
  });

  it('reports a browser that refuses IndexedDB as storage-unavailable', async () => {
    const refusing = {
      open: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    } as unknown as IDBFactory;
    const failed = openIndexedDbStore({ network: 'test', nodeId: 'n-a', indexedDB: refusing });
    await expect(failed).rejects.toMatchObject({ code: 'storage-unavailable' });
  });
});

describe('IndexedDB store: unreadable records', () => {
  it('skips what cannot be decoded, counts it, and loads the rest', async () => {
    const indexedDB = freshIndexedDb();
    const { blocks, tipHash } = sampleBlocks();
    const { store } = await openWithErrors(indexedDB);
    await store.saveBlocks(blocks, tipHash);
    store.close();
    const raw = await requestResult(indexedDB.open(NAME, NODE_DB_VERSION));
    const tx = raw.transaction([NodeStores.Blocks, NodeStores.Meta, NodeStores.Mempool], 'readwrite');
    // A record whose stated hash is not its header's, and one that is not a block at all.
    tx.objectStore(NodeStores.Blocks).add({ ...blockToJson(at(blocks, 0)), hash: 'f'.repeat(64) });
    tx.objectStore(NodeStores.Blocks).add('not a block');
    const goodTx = transactionToJson(pay(alice, bob, 1));
    tx.objectStore(NodeStores.Mempool).add({ txid: 'x' });
    tx.objectStore(NodeStores.Mempool).add(goodTx);
    tx.objectStore(NodeStores.Meta).put('not a key', MetaKeys.SecretKey);
    tx.objectStore(NodeStores.Meta).put(['n-ok', 7], MetaKeys.Peers);
    await transactionDone(tx);
    raw.close();

    const loaded = await (await openWithErrors(indexedDB)).store.load();
    expect(loaded.droppedBlocks).toBe(2);
    expect(loaded.blocks.map((b) => b.hash)).toEqual(blocks.map((b) => b.hash));
    expect(loaded.droppedTransactions).toBe(1);
    expect(loaded.mempool.map((t) => t.txid)).toEqual([goodTx.txid]);
    expect(loaded.keys).toBeNull();
    expect(loaded.peers).toEqual(['n-ok']);
    expect(loaded.tipHash).toBe(tipHash);
    expect(loaded.warnings).toHaveLength(4);
    expect(loaded.warnings[0]).toMatch(/^2 stored blocks could not be read and were skipped \(first: bad-hash/);
  });
});

describe('error mapping', () => {
  it.each([
    ['QuotaExceededError', 'quota-exceeded'],
    ['NS_ERROR_DOM_QUOTA_REACHED', 'quota-exceeded'],
    ['VersionError', 'newer-version'],
    ['InvalidStateError', 'closed'],
    ['AbortError', 'write-failed'],
    ['UnknownError', 'write-failed'],
  ])('%s becomes %s', (name, code) => {
    const action = { kind: 'save-blocks', count: 1, tip: '00ab' } as const;
    const error = toStorageError(new DOMException('boom', name), action, 'write-failed');
    expect(error.code).toBe(code);
    expect(error.action).toBe(action);
    // A log line for developers; the page words the code and the action itself (src/ui/node-notices.ts).
    expect(error.message).toBe(`save-blocks count=1 tip=00ab failed: ${code} (${name}: boom)`);
  });

  it('keeps a StorageError as it is', () => {
    const saving = { kind: 'save-keys' } as const;
    const original = toStorageError(new DOMException('x', 'QuotaExceededError'), saving, 'write-failed');
    expect(toStorageError(original, { kind: 'load-node' }, 'read-failed')).toBe(original);
  });
});
