// index.html's first script: it reads a returning tab's blocks before the app's modules load, creates and upgrades
// nothing, and the store takes its connection and records over.
import { runInNewContext } from 'node:vm';
import { IDBObjectStore } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { BLOCK_STORES, placeBlockReads, placeBlockStamp, placeRecentReads } from '../../src/storage/block-log.ts';
import {
  EARLY_READ_KEY,
  type EarlyRead,
  earlyReadPlan,
  earlyReadScript,
  startEarlyRead,
  takeEarlyRead,
} from '../../src/storage/early-read.ts';
import { nodeDatabaseName, openIndexedDbStore, sessionNodeKey } from '../../src/storage/index.ts';
import { at, freshIndexedDb, mineChain, requestResult } from './helpers.ts';

const NETWORK = 'test';
const NODE = 'n-early';
const NAME = nodeDatabaseName(NETWORK, NODE);

/** A session naming NODE for NETWORK, as a reload of that node's tab has it. */
const session = { getItem: (key: string) => (key === sessionNodeKey(NETWORK) ? NODE : null) };

function startRead(indexedDB: IDBFactory, search = `?room=${NETWORK}`): EarlyRead | null {
  const global: Record<string, unknown> = {};
  startEarlyRead(earlyReadPlan(), placeBlockReads, placeBlockStamp, placeRecentReads, {
    search,
    session,
    indexedDB,
    global,
  });
  return (global[EARLY_READ_KEY] as EarlyRead | undefined) ?? null;
}

async function storedNode(indexedDB: IDBFactory, blocks = mineChain(40)) {
  const store = await openIndexedDbStore({ network: NETWORK, nodeId: NODE, indexedDB });
  await store.saveBlocks(blocks, at(blocks, blocks.length - 1).hash);
  store.close();
  return blocks;
}

describe('early block read', () => {
  it('reads the session node’s blocks, and the store takes over its connection and records', async () => {
    const indexedDB = freshIndexedDb();
    const blocks = await storedNode(indexedDB);
    const read = startRead(indexedDB);
    expect(read?.name).toBe(NAME);
    const found = await read?.result;
    expect(found?.stamp.tip).toBe(at(blocks, blocks.length - 1).hash);
    if (!found) throw new Error('no early read');
    const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    const store = await openIndexedDbStore({ network: NETWORK, nodeId: NODE, indexedDB, early: found });
    const loaded = await store.load();
    expect(loaded.blocks.map((b) => b.hash)).toEqual(blocks.map((b) => b.hash));
    expect(loaded.sealed.size).toBe(blocks.length);
    // The mempool, meta and settings are read at load; the blocks were not read a second time.
    expect(getAll.mock.contexts.map((s) => (s as IDBObjectStore).name).sort()).toEqual(['mempool', 'meta', 'settings']);
    getAll.mockRestore();
    store.close();
  });

  it('is still taken over at load after a start asked for a snapshot there is none of, as a tab start does', async () => {
    const indexedDB = freshIndexedDb();
    const blocks = await storedNode(indexedDB);
    const found = await startRead(indexedDB)?.result;
    if (!found) throw new Error('no early read');
    const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    const store = await openIndexedDbStore({ network: NETWORK, nodeId: NODE, indexedDB, early: found });
    expect(await store.loadRecent()).toBeNull();
    const loaded = await store.load();
    expect(loaded.blocks.map((b) => b.hash)).toEqual(blocks.map((b) => b.hash));
    // The blocks were not read a second time: loadRecent left the early read for the load.
    expect(getAll.mock.contexts.map((s) => (s as IDBObjectStore).name).sort()).toEqual(['mempool', 'meta', 'settings']);
    getAll.mockRestore();
    store.close();
  });

  it('is read again at load when a block was saved after it', async () => {
    const indexedDB = freshIndexedDb();
    const blocks = mineChain(41);
    await storedNode(indexedDB, blocks.slice(0, 40));
    const found = await startRead(indexedDB)?.result;
    if (!found) throw new Error('no early read');
    const store = await openIndexedDbStore({ network: NETWORK, nodeId: NODE, indexedDB, early: found });
    const last = at(blocks, 40);
    await store.saveBlocks([last], last.hash);
    expect((await store.load()).blocks.map((b) => b.hash)).toEqual(blocks.map((b) => b.hash));
  });

  it('creates no database where there is none', async () => {
    const indexedDB = freshIndexedDb();
    expect(await startRead(indexedDB)?.result).toBeNull();
    expect(await indexedDB.databases()).toEqual([]);
  });

  it('leaves an older database as it is, for the store to upgrade', async () => {
    const indexedDB = freshIndexedDb();
    const opening = indexedDB.open(NAME, 1);
    opening.onupgradeneeded = () => opening.result.createObjectStore('blocks', { autoIncrement: true });
    (await requestResult(opening)).close();
    expect(await startRead(indexedDB)?.result).toBeNull();
    expect(await indexedDB.databases()).toEqual([{ name: NAME, version: 1 }]);
  });

  it('reads nothing without a session node, and names the default network without ?room=', async () => {
    expect(startRead(freshIndexedDb(), '?room=other')).toBeNull();
    const global: Record<string, unknown> = {};
    const anyNode = { getItem: () => NODE };
    startEarlyRead(earlyReadPlan(), placeBlockReads, placeBlockStamp, placeRecentReads, {
      search: '',
      session: anyNode,
      indexedDB: freshIndexedDb(),
      global,
    });
    expect((global[EARLY_READ_KEY] as EarlyRead).name).toBe(nodeDatabaseName('classroom', NODE));
  });

  it('hands a read over once, and only for its own database (another one is closed)', async () => {
    const indexedDB = freshIndexedDb();
    await storedNode(indexedDB);
    const read = startRead(indexedDB);
    const found = await read?.result;
    const global: Record<string, unknown> = { [EARLY_READ_KEY]: read };
    expect(takeEarlyRead(global, EARLY_READ_KEY, 'bbc-node-test-n-other')).toBeNull();
    expect(global[EARLY_READ_KEY]).toBeUndefined();
    await Promise.resolve();
    // Closed: a transaction on it now throws.
    expect(() => found?.db.transaction([BLOCK_STORES.meta])).toThrow();
    const again: Record<string, unknown> = { [EARLY_READ_KEY]: read };
    expect(takeEarlyRead(again, EARLY_READ_KEY, NAME)).toBe(read);
    expect(takeEarlyRead(again, EARLY_READ_KEY, NAME)).toBeNull();
  });

  it('runs as the standalone script index.html inlines, with nothing but the page’s globals', async () => {
    const indexedDB = freshIndexedDb();
    await storedNode(indexedDB);
    const page: Record<string, unknown> = {
      location: { search: `?room=${NETWORK}` },
      sessionStorage: session,
      indexedDB,
      URLSearchParams,
    };
    page.globalThis = page;
    runInNewContext(earlyReadScript(), page);
    const read = page[EARLY_READ_KEY] as EarlyRead;
    expect(read.name).toBe(NAME);
    expect((await read.result)?.stamp.segments).toBe(1);
  });
});
