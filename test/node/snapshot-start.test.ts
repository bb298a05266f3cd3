// A node that starts on its stored ledger snapshot: ready with the blocks after the base, its history read, checked
// and adopted after; a damaged, stale or wrong snapshot never costs it a block or a coin.
import { describe, expect, it } from 'vitest';
import {
  type Block,
  Blockchain,
  decodeLedgerSnapshot,
  encodeLedgerSnapshot,
  takeLedgerSnapshot,
} from '../../src/core/index.ts';
import { HistoryPendingError } from '../../src/node/failures.ts';
import { BlockchainNode } from '../../src/node/node.ts';
import { createMemoryStore, type NodeStore } from '../../src/storage/index.ts';
import { alice, bob, buildBlock, carol, NOW, params, pay } from '../core/helpers.ts';
import { ThreadMiner } from './fakes.ts';

/** Snapshots every 20 blocks, 5 deep: 59 blocks taken in at once leave one, at block 55. */
const POLICY = { everyBlocks: 20, depth: 5, minIntervalMs: 0 };

function openNode(store: NodeStore): Promise<BlockchainNode> {
  return BlockchainNode.open({
    params,
    nodeId: 'n-snapshot',
    store,
    miner: new ThreadMiner(),
    now: () => NOW,
    saveGapMs: 0,
    snapshotPolicy: POLICY,
  });
}

/** 59 blocks after genesis, with a few payments among alice, bob and carol. */
function chainBlocks(): Block[] {
  const chain = new Blockchain(params);
  const blocks: Block[] = [];
  for (let i = 0; i < 59; i++) {
    const transactions = i === 30 ? [pay(alice, bob, 20)] : i === 50 ? [pay(bob, carol, 5)] : [];
    const block = buildBlock(chain, chain.tip, { miner: i % 3 === 0 ? bob : alice, transactions });
    const added = chain.addBlock(block, { now: NOW });
    if (!added.ok) throw new Error(added.detail);
    blocks.push(block);
  }
  return blocks;
}

/** A node that took in `blocks` (as a sync would) and saved everything, snapshots included. */
async function storedNode(blocks: readonly Block[]): Promise<{ store: NodeStore; node: BlockchainNode }> {
  const store = createMemoryStore();
  const node = await openNode(store);
  for (const block of blocks) expect(node.acceptBlock(block, 'peer').ok).toBe(true);
  await new Promise((resolve) => setTimeout(resolve, 0)); // the snapshot is taken after the admitting task
  await node.whenSaved();
  return { store, node };
}

describe('a start on the ledger snapshot', () => {
  it('is ready on the blocks after the base, then holds and agrees with its whole history', async () => {
    const blocks = chainBlocks();
    const { store, node: first } = await storedNode(blocks);
    const node = await openNode(store);
    expect(node.chain.historyComplete).toBe(false);
    expect(node.chain.oldestHeld).toBe(55);
    expect(node.chain.tip.hash).toBe(first.chain.tip.hash);
    expect(node.balance(bob.address)).toBe(first.balance(bob.address));
    expect(() => node.exportChain()).toThrow(HistoryPendingError);
    // Ready means working: a block on the tip goes in and is stored before the history is.
    const next = buildBlock(first.chain, first.chain.tip, { miner: carol });
    expect(node.acceptBlock(next, 'peer').ok).toBe(true);

    node.beginHistoryCheck();
    await expect(node.history).resolves.toMatchObject({ agreed: true, blocks: 59 });
    expect(node.chain.historyComplete).toBe(true);
    expect(node.exportChain().chain.map((b) => b.hash)).toEqual(
      [first.chain.genesis, ...blocks, next].map((b) => b.hash),
    );
    expect(await node.verifyChain()).toEqual({ valid: true, length: 61 });
    await node.whenSaved();
    const again = await openNode(store);
    again.beginHistoryCheck();
    await again.history;
    expect(again.chain.tip.hash).toBe(next.hash);
  });

  it('a damaged snapshot is not used: the whole chain is read, and the node says why', async () => {
    const blocks = chainBlocks();
    const { store, node: first } = await storedNode(blocks);
    const good = takeLedgerSnapshot(first.chain, 50, null);
    if (good === null) throw new Error('no snapshot');
    const bytes = encodeLedgerSnapshot(good);
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] as number) ^ 0xff;
    await store.save({ snapshot: { baseHash: good.baseHash, bytes } });
    const node = await openNode(store);
    expect(node.chain.historyComplete).toBe(true);
    expect(node.snapshotDamage).toContain('checksum');
    expect(node.chain.tip.hash).toBe(first.chain.tip.hash);
  });

  it('a snapshot whose base is not on the stored chain is passed over without a word', async () => {
    const blocks = chainBlocks();
    const { store, node: first } = await storedNode(blocks);
    const good = takeLedgerSnapshot(first.chain, 50, null) as NonNullable<ReturnType<typeof takeLedgerSnapshot>>;
    const elsewhere = { ...good, baseHash: 'ab'.repeat(32) };
    await store.save({ snapshot: { baseHash: elsewhere.baseHash, bytes: encodeLedgerSnapshot(elsewhere) } });
    const node = await openNode(store);
    expect(node.chain.historyComplete).toBe(true);
    expect(node.snapshotDamage).toBeNull();
    expect(node.chain.height).toBe(60);
  });

  it("an earlier release's snapshot (format 1, whole txids) is passed over without a word", async () => {
    const blocks = chainBlocks();
    const { store, node: first } = await storedNode(blocks);
    const good = takeLedgerSnapshot(first.chain, 50, null);
    if (good === null) throw new Error('no snapshot');
    const bytes = encodeLedgerSnapshot(good);
    bytes[0] = 1;
    await store.save({ snapshot: { baseHash: good.baseHash, bytes } });
    const node = await openNode(store);
    expect(node.chain.historyComplete).toBe(true);
    expect(node.snapshotDamage).toBeNull();
    expect(node.chain.tip.hash).toBe(first.chain.tip.hash);
  });

  it('a snapshot the blocks disagree with is replaced: the node follows the blocks and takes a new one', async () => {
    const blocks = chainBlocks();
    const { store, node: first } = await storedNode(blocks);
    const good = takeLedgerSnapshot(first.chain, 50, null) as NonNullable<ReturnType<typeof takeLedgerSnapshot>>;
    const lying = { ...good, balances: new Map([...good.balances, [carol.address, 1_000_000]]) };
    await store.save({ snapshot: { baseHash: lying.baseHash, bytes: encodeLedgerSnapshot(lying) } });
    const node = await openNode(store);
    expect(node.balance(carol.address)).toBeGreaterThan(1_000_000 - 1);
    const events: string[] = [];
    node.subscribe((event) => event.type === 'history' && events.push(String(event.agreed)));
    node.beginHistoryCheck();

    await expect(node.history).resolves.toMatchObject({ agreed: false });
    expect(events).toEqual(['false']);
    expect(node.balance(carol.address)).toBe(first.balance(carol.address));
    await node.whenSaved();
    const stored = (await store.load()).snapshot;
    const retaken = decodeLedgerSnapshot(stored);
    if (!retaken.ok) throw new Error(retaken.detail);
    expect(retaken.value.baseIndex).toBe(55);
    expect(retaken.value.balances).toEqual(first.chain.balancesAt(55));
  });
});
