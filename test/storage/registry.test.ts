// The "nodes on this device" list, in IndexedDB and in memory, and deleting a node no tab runs.
import { describe, expect, it } from 'vitest';
import {
  claimNodeIdentity,
  createMemoryRegistry,
  deleteNode,
  type NodeRegistry,
  nodeDatabaseName,
  openIndexedDbStore,
  openNodeRegistry,
  REGISTRY_DB_NAME,
  type StorageError,
  withDeviceMirror,
} from '../../src/storage/index.ts';
import { alice, bob, FakeLocks, FakeSession, freshIndexedDb, sampleBlocks, tabEnvironment } from './helpers.ts';

const registries: Array<[string, () => Promise<NodeRegistry>]> = [
  ['memory', async () => createMemoryRegistry()],
  ['indexeddb', () => openNodeRegistry({ indexedDB: freshIndexedDb() })],
];

describe.each(registries)('NodeRegistry: %s', (_name, open) => {
  it('lists nodes most recently seen first, and by network', async () => {
    const registry = await open();
    await registry.recordSeen({ nodeId: 'n-old', network: 'classroom', now: 1000 });
    await registry.recordSeen({ nodeId: 'n-new', network: 'classroom', now: 2000, address: alice.address });
    await registry.recordSeen({ nodeId: 'n-away', network: 'elsewhere', now: 3000 });
    expect((await registry.list()).map((e) => e.nodeId)).toEqual(['n-away', 'n-new', 'n-old']);
    expect(await registry.list('classroom')).toEqual([
      { nodeId: 'n-new', network: 'classroom', createdAt: 2000, lastSeenAt: 2000, address: alice.address },
      { nodeId: 'n-old', network: 'classroom', createdAt: 1000, lastSeenAt: 1000 },
    ]);
  });

  it('marks a node lost with its address and last use kept, until it is seen whole again', async () => {
    const registry = await open();
    await registry.recordSeen({ nodeId: 'n-a', network: 'classroom', now: 1000, address: alice.address });
    const lost = await registry.recordLost({ nodeId: 'n-a', network: 'classroom', now: 4000 });
    expect(lost).toMatchObject({ lastSeenAt: 1000, lostAt: 4000, address: alice.address });
    expect(await registry.list('classroom')).toEqual([lost]);
    const restored = await registry.recordSeen({ nodeId: 'n-a', network: 'classroom', now: 5000 });
    expect(restored.lostAt).toBeUndefined();
    expect(restored).toMatchObject({ lastSeenAt: 5000, address: alice.address });
  });

  it('keeps createdAt and a known address when a node is seen again', async () => {
    const registry = await open();
    await registry.recordSeen({ nodeId: 'n-a', network: 'classroom', now: 1000, address: alice.address });
    const entry = await registry.recordSeen({ nodeId: 'n-a', network: 'classroom', now: 5000 });
    expect(entry).toEqual({
      nodeId: 'n-a',
      network: 'classroom',
      createdAt: 1000,
      lastSeenAt: 5000,
      address: alice.address,
    });
    expect(await registry.list()).toEqual([entry]);
  });

  it('removes a node, and throws at the call on a name no node could have', async () => {
    const registry = await open();
    await registry.recordSeen({ nodeId: 'n-a', network: 'classroom', now: 1000 });
    await registry.remove('n-a');
    expect(await registry.list()).toEqual([]);
    expect(() => registry.recordSeen({ nodeId: 'not an id', network: 'classroom', now: 1 })).toThrow(TypeError);
  });
});

async function deviceWithIdleNode() {
  const indexedDB = freshIndexedDb();
  const locks = new FakeLocks();
  const registry = await openNodeRegistry({ indexedDB });
  const { blocks, tipHash } = sampleBlocks();
  const store = await openIndexedDbStore({ network: 'classroom', nodeId: 'n-idle', indexedDB });
  await store.saveBlocks(blocks, tipHash);
  store.close();
  await registry.recordSeen({ nodeId: 'n-idle', network: 'classroom', now: 1000 });
  const names = async () => (await indexedDB.databases()).map((db) => db.name).sort();
  return { indexedDB, locks, registry, names };
}

describe('deleteNode', () => {
  it('deletes an idle node: its database and its entry', async () => {
    const { indexedDB, locks, registry, names } = await deviceWithIdleNode();
    expect(await names()).toEqual([REGISTRY_DB_NAME, nodeDatabaseName('classroom', 'n-idle')]);
    const outcome = await deleteNode({ registry, network: 'classroom', nodeId: 'n-idle', locks, indexedDB });
    expect(outcome).toEqual({ ok: true, checkedNotRunning: true });
    expect(await names()).toEqual([REGISTRY_DB_NAME]);
    expect(await registry.list()).toEqual([]);
    expect(locks.isHeld('bbc-node-lock:classroom:n-idle')).toBe(false);
  });

  it('refuses a node another tab runs, and keeps everything', async () => {
    const { indexedDB, locks, registry, names } = await deviceWithIdleNode();
    const session = tabEnvironment({ locks }).session;
    session?.setItem('bbc-node-id:classroom', 'n-idle');
    const otherTab = await claimNodeIdentity('classroom', tabEnvironment({ locks, session }));
    expect(otherTab.nodeId).toBe('n-idle');
    const outcome = await deleteNode({ registry, network: 'classroom', nodeId: 'n-idle', locks, indexedDB });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'node-in-use' } });
    expect(await names()).toContain(nodeDatabaseName('classroom', 'n-idle'));
    expect(await registry.list()).toHaveLength(1);
  });

  it("refuses this tab's own node even without Web Locks", async () => {
    const { indexedDB, registry } = await deviceWithIdleNode();
    const outcome = await deleteNode({
      registry,
      network: 'classroom',
      nodeId: 'n-idle',
      locks: null,
      currentNodeId: 'n-idle',
      indexedDB,
    });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'node-in-use' } });
  });

  it('without Web Locks deletes unchecked; a tab still running the node is told and closes', async () => {
    const { indexedDB, registry, names } = await deviceWithIdleNode();
    const errors: StorageError[] = [];
    await openIndexedDbStore({ network: 'classroom', nodeId: 'n-idle', indexedDB, onError: (e) => errors.push(e) });
    const outcome = await deleteNode({ registry, network: 'classroom', nodeId: 'n-idle', locks: null, indexedDB });
    expect(outcome).toEqual({ ok: true, checkedNotRunning: false });
    expect(errors.map((e) => e.code)).toEqual(['version-change']);
    expect(await names()).toEqual([REGISTRY_DB_NAME]);
  });
});

describe('withDeviceMirror', () => {
  it('still names the nodes when the browser wiped the registry database', async () => {
    const local = new FakeSession();
    const indexedDB = freshIndexedDb();
    const before = withDeviceMirror(await openNodeRegistry({ indexedDB }), local);
    await before.recordSeen({ nodeId: 'n-a', network: 'classroom', now: 1000, address: alice.address });
    await before.recordSeen({ nodeId: 'n-b', network: 'classroom', now: 2000, address: bob.address });
    before.close();
    // The origin's IndexedDB is gone (Chromium deletes it on finding its files corrupt); localStorage is not.
    const after = withDeviceMirror(await openNodeRegistry({ indexedDB: freshIndexedDb() }), local);
    expect((await after.list('classroom')).map((entry) => [entry.nodeId, entry.address])).toEqual([
      ['n-b', bob.address],
      ['n-a', alice.address],
    ]);
  });

  it('prefers the database, and forgets a removed node in both', async () => {
    const local = new FakeSession();
    const registry = withDeviceMirror(createMemoryRegistry(), local);
    await registry.recordSeen({ nodeId: 'n-a', network: 'classroom', now: 1000 });
    await registry.recordLost({ nodeId: 'n-a', network: 'classroom', now: 3000 });
    expect(await registry.list()).toEqual([
      { nodeId: 'n-a', network: 'classroom', createdAt: 1000, lastSeenAt: 1000, lostAt: 3000 },
    ]);
    await registry.remove('n-a');
    expect(await registry.list()).toEqual([]);
    expect(await withDeviceMirror(createMemoryRegistry(), local).list()).toEqual([]);
  });

  it('ignores a copy that is not a list of entries', async () => {
    const local = new FakeSession();
    local.setItem('bbc-device-nodes', '{not json');
    expect(await withDeviceMirror(createMemoryRegistry(), local).list()).toEqual([]);
    local.setItem('bbc-device-nodes', JSON.stringify([{ nodeId: '<script>' }, 7]));
    expect(await withDeviceMirror(createMemoryRegistry(), local).list()).toEqual([]);
  });
});
