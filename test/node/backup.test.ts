// Backups: the file a node writes reads back with the same key and chain; a file that is not one, edited, of another
// room or with a broken chain is refused with its code and nothing written; a good one comes back into this node or
// onto the device, under its own node id while that is free.
import { describe, expect, it } from 'vitest';
import {
  Blockchain,
  blockToJson,
  createNetworkParams,
  keyPairFromSecret,
  writeChainFile,
} from '../../src/core/index.ts';
import { NodeBackups } from '../../src/node/backup.ts';
import { BACKUP_FORMAT, readNodeBackup, writeNodeBackup } from '../../src/node/backup-file.ts';
import { deviceRestoreTarget } from '../../src/node/backup-restore.ts';
import { BlockchainNode } from '../../src/node/node.ts';
import {
  claimNodeIdentity,
  createMemoryRegistry,
  openIndexedDbStore,
  sessionNodeKey,
} from '../../src/storage/index.ts';
import { alice, bob, extend, NOW, params } from '../core/helpers.ts';
import { FakeLocks, FakeSession, freshIndexedDb, tabEnvironment } from '../storage/helpers.ts';
import { MemoryStore, openChainNode, ThreadMiner } from './fakes.ts';

/** A backup of `count` blocks after genesis, of alice's node n-alice in `room`. */
function backupOf(count: number, room = params, nodeId = 'n-alice'): string {
  const chain = new Blockchain(room);
  extend(chain, count);
  return writeNodeBackup({ network: room.name, nodeId, keys: alice, blocks: chain.mainChain(), createdAt: NOW });
}

/** The backup's JSON with `change` applied, written back as text: an edit made by hand or by a tool. */
function edited(text: string, change: (file: { backup: Record<string, unknown>; chain: unknown[] }) => void): string {
  const file = JSON.parse(text) as { backup: Record<string, unknown>; chain: unknown[] };
  change(file);
  return JSON.stringify(file);
}

/** The backup with one of its fields set to `value`. */
function withField(text: string, field: string, value: unknown): string {
  return edited(text, (file) => {
    file.backup[field] = value;
  });
}

function problemOf(text: unknown): unknown {
  const read = readNodeBackup(text);
  return read.ok ? 'read' : read.problem;
}

describe('the backup file', () => {
  it('reads back its node: room, node id, key pair, chain', () => {
    const text = backupOf(3);
    const read = readNodeBackup(text);
    if (!read.ok) throw new Error(read.problem.code);
    const { backup } = read;
    expect(backup).toMatchObject({ network: 'test', nodeId: 'n-alice', createdAt: NOW, length: 4 });
    expect(backup.keys.address).toBe(alice.address);
    expect(backup.keys.secretKey).toEqual(alice.secretKey);
    expect(backup.blocks).toHaveLength(4);
    expect(JSON.parse(text).backup.format).toBe(BACKUP_FORMAT);
  });

  it('is a chain file too: any chain file reader opens it', async () => {
    const node = await openChainNode('n-reader');
    const checked = await node.checkChainFile(backupOf(2));
    expect(checked?.verdict).toMatchObject({ valid: true, length: 3, network: 'test' });
  });

  it.each([
    ['no text', 42],
    ['not JSON', 'hello'],
    ['a plain chain file', writeChainFile(extend(new Blockchain(params), 1), 'json')],
    ['another format', JSON.stringify({ backup: { format: 'wallet' }, chain: [] })],
  ])('refuses %s as no backup', (_name, text) => {
    expect(problemOf(text)).toEqual({ code: 'not-a-backup', values: {} });
  });

  it('refuses a later version and names a malformed field', () => {
    const text = backupOf(1);
    expect(problemOf(withField(text, 'version', 2))).toEqual({
      code: 'unknown-version',
      values: { version: '2' },
    });
    for (const field of [
      'network',
      'nodeId',
      'address',
      'createdAt',
      'tip',
      'length',
      'publicKey',
      'secretKey',
      'proof',
    ]) {
      expect(problemOf(edited(text, (f) => delete f.backup[field]))).toEqual({ code: 'bad-field', values: { field } });
    }
    expect(problemOf(withField(text, 'secretKey', 'ZZ'))).toMatchObject({ code: 'bad-field' });
  });

  it("refuses a key that is not the address's", () => {
    const foreignKey = withField(backupOf(1), 'secretKey', Buffer.from(bob.secretKey).toString('hex'));
    expect(problemOf(foreignKey)).toEqual({ code: 'key-mismatch', values: {} });
  });

  it('refuses a file edited after it was written', () => {
    const text = backupOf(2);
    const proof = String(JSON.parse(text).backup.proof);
    const edits: Array<[string, unknown]> = [
      ['nodeId', 'n-mallory'],
      ['createdAt', NOW + 1],
      ['length', 2],
      ['proof', `${proof.startsWith('0') ? '1' : '0'}${proof.slice(1)}`],
    ];
    for (const [field, value] of edits) {
      expect(problemOf(withField(text, field, value))).toEqual({ code: 'proof-failed', values: {} });
    }
  });

  it('keeps the key exactly: the secret key in the file gives the key pair a node signs with', () => {
    const read = readNodeBackup(backupOf(1));
    if (!read.ok) throw new Error(read.problem.code);
    expect(keyPairFromSecret(read.backup.keys.secretKey).publicKey).toEqual(alice.publicKey);
  });
});

/** A device of one browser: shared locks, one IndexedDB, a registry, and this tab's session. */
function browserDevice() {
  const indexedDB = freshIndexedDb();
  const locks = new FakeLocks();
  const registry = createMemoryRegistry();
  const session = new FakeSession();
  const openStore = (nodeId: string) => openIndexedDbStore({ network: 'test', nodeId, indexedDB });
  const target = (currentNodeId: string) =>
    deviceRestoreTarget({ network: 'test', currentNodeId, locks, registry, session, openStore, now: () => NOW });
  return { indexedDB, locks, registry, session, openStore, target };
}

/** What a tab would start from the device's database of `nodeId`. */
async function reopen(device: ReturnType<typeof browserDevice>, nodeId: string): Promise<BlockchainNode> {
  const store = await device.openStore(nodeId);
  return BlockchainNode.open({ params, nodeId, store, miner: new ThreadMiner(), now: () => NOW });
}

describe('NodeBackups', () => {
  it("writes this node's backup, which reads back with its key and main chain", async () => {
    const node = await openChainNode('n-mine');
    const chain = new Blockchain(params);
    extend(chain, 2);
    await node.acceptBlocks(node.prepareBlocks(chain.mainChain().slice(1)), 'import');
    const read = readNodeBackup(new NodeBackups(node, null, () => NOW).backup());
    if (!read.ok) throw new Error(read.problem.code);
    expect(read.backup).toMatchObject({ nodeId: 'n-mine', length: 3, tip: node.chain.tip.hash });
    expect(read.backup.keys.address).toBe(node.address);
  });

  it('brings a lost node back onto the device under its own id: same address, same chain', async () => {
    const device = browserDevice();
    await device.registry.recordLost({ nodeId: 'n-alice', network: 'test', now: NOW, address: alice.address });
    const running = await openChainNode('n-new');
    const restored = await new NodeBackups(running, device.target('n-new')).restore(backupOf(3));
    expect(restored).toEqual({
      ok: true,
      value: { nodeId: 'n-alice', address: alice.address, length: 4, into: 'device' },
    });
    const back = await reopen(device, 'n-alice');
    expect(back.address).toBe(alice.address);
    expect(back.chain.height).toBe(4);
    expect(back.chain.tip.hash).toBe(JSON.parse(backupOf(3)).backup.tip);
    expect(device.session.getItem(sessionNodeKey('test'))).toBe('n-alice');
    const [entry] = await device.registry.list('test');
    expect(entry).toMatchObject({ nodeId: 'n-alice', address: alice.address });
    expect(entry?.lostAt).toBeUndefined();
  });

  it('restores under a new id when its id holds another key, and refuses while a tab runs it', async () => {
    const device = browserDevice();
    const taken = await reopen(device, 'n-alice'); // a node of another key made this id its own
    expect(taken.address).not.toBe(alice.address);
    const running = await openChainNode('n-new');
    const restored = await new NodeBackups(running, device.target('n-new')).restore(backupOf(1));
    if (!restored.ok) throw new Error(restored.problem.code);
    expect(restored.value.nodeId).not.toBe('n-alice');
    expect((await reopen(device, restored.value.nodeId)).address).toBe(alice.address);
    expect((await reopen(device, 'n-alice')).address).toBe(taken.address);

    const other = browserDevice();
    const tab = await claimNodeIdentity('test', tabEnvironment({ locks: other.locks }));
    const runningThere = await new NodeBackups(running, other.target('n-new')).restore(backupOf(1, params, tab.nodeId));
    expect(runningThere).toEqual({ ok: false, problem: { code: 'node-running', values: { node: tab.nodeId } } });
  });

  it("gives this node's own backup to its chain", async () => {
    const store = new MemoryStore();
    store.keys = alice;
    const node = await openChainNode('n-alice', store);
    const restored = await new NodeBackups(node, null).restore(backupOf(2));
    expect(restored).toEqual({
      ok: true,
      value: { nodeId: 'n-alice', address: alice.address, length: 3, into: 'this-node' },
    });
    expect(node.chain.height).toBe(3);
    expect(store.blocks).toHaveLength(2); // the genesis is never stored
  });

  it('refuses a backup of another room, a broken chain or a cut one, writing nothing', async () => {
    const device = browserDevice();
    const running = await openChainNode('n-new');
    const backups = new NodeBackups(running, device.target('n-new'));
    const elsewhere = createNetworkParams('elsewhere', { difficulty: params.difficulty });
    expect(await backups.restore(backupOf(1, elsewhere))).toEqual({
      ok: false,
      problem: { code: 'other-room', values: { network: 'elsewhere' } },
    });
    const text = backupOf(3);
    const broken = edited(text, (f) => {
      const block = f.chain[2] as Record<string, unknown>;
      f.chain[2] = { ...block, proof: Number(block.proof) + 1 };
    });
    expect(await backups.restore(broken)).toMatchObject({
      ok: false,
      problem: { code: 'chain-invalid', values: { index: 3 } },
    });
    const cut = edited(text, (f) => void f.chain.pop());
    expect(await backups.restore(cut)).toEqual({ ok: false, problem: { code: 'tip-mismatch', values: {} } });
    expect(await device.registry.list()).toEqual([]);
    expect(device.session.getItem(sessionNodeKey('test'))).toBeNull();
    expect(blockToJson(running.chain.tip)).toEqual(blockToJson(running.chain.genesis));
  });
});
