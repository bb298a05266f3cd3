// The node's writes under load, against a store whose saves the test holds open: peers' traffic gathers into one
// save behind the one in flight, and the owner's own commands wait for the save carrying their record, not for the
// backlog (issue 11, finding 3: 2,000 peer transactions made the owner's newTransaction take ~30 s).
import { describe, expect, it } from 'vitest';
import { createTransaction, type Transaction } from '../../src/core/index.ts';
import { MAX_UNSAVED_MINED } from '../../src/node/mining-loop.ts';
import { BlockchainNode } from '../../src/node/node.ts';
import { bob, buildBlock, keys, NOW, params, T0 } from '../core/helpers.ts';
import { MemoryStore, succeededWith, ThreadMiner } from './fakes.ts';

/** Saves back to back (no gap): these tests release them one by one and look at what each carried. */
async function openNode(store = new MemoryStore()) {
  return BlockchainNode.open({
    params,
    nodeId: 'n-saves',
    store,
    miner: new ThreadMiner(),
    now: () => NOW,
    saveGapMs: 0,
  });
}

/** Zero-amount records from fresh keys: what costs a flooding peer nothing to make. */
function flood(count: number, firstKey = 1_000): Transaction[] {
  return Array.from({ length: count }, (_, i) =>
    createTransaction(keys(firstKey + i), { recipient: bob.address, info: `t=${i}`, timestamp: T0, nonce: i }, params),
  );
}

/** Lets queued saves start and settled ones finish. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

/** Waits (at most 10 s) for a condition the miner's progress makes true. */
async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 1_000 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(condition()).toBe(true);
}

/** Tracks whether a promise has settled, without waiting for it. */
function watch<T>(promise: Promise<T>): { readonly done: () => boolean; readonly promise: Promise<T> } {
  let done = false;
  const watched = promise.finally(() => {
    done = true;
  });
  return { done: () => done, promise: watched };
}

describe('BlockchainNode saves', () => {
  it("keeps the owner's newTransaction out of a 2,000-transaction flood's backlog", { timeout: 60_000 }, async () => {
    const store = new MemoryStore();
    const node = await openNode(store);
    const before = store.saves.length;
    store.holdWrites();
    // The flood comes in 20 tasks, as a peer's relayed messages would: the first task's save is in flight (held open,
    // a slow IndexedDB commit), and every later one gathers behind it.
    const txs = flood(2_000);
    let admitted = 0;
    for (let i = 0; i < txs.length; i += 100) {
      for (const tx of txs.slice(i, i + 100)) if (node.acceptTransaction(tx, 'peer').ok) admitted++;
      await settle();
    }
    expect(admitted).toBeGreaterThan(1_000);
    expect(store.saves.length - before).toBe(1);

    const sent = watch(node.newTransaction({ recipient: bob.address, info: 'door=open' }));
    await settle();
    store.releaseOne(); // the flood's first save commits; the one carrying the owner's record starts
    await settle();
    expect(sent.done()).toBe(false);
    expect(store.saves.length - before).toBe(2);
    store.releaseOne();
    const { txid } = succeededWith(await sent.promise);
    // Two store transactions for 2,000 admissions and the owner's, at most one of them ahead of its own.
    expect(store.saves.length - before).toBe(2);
    expect(store.mempool.has(txid)).toBe(true);
    expect(store.mempool.size).toBe(admitted + 1);
    expect(node.saveBacklog()).toEqual({ blocks: 0, mempoolChanges: 0, saving: false });
  });

  it('resolves mine() once the save carrying its block committed, whatever queued behind it', async () => {
    const store = new MemoryStore();
    const node = await openNode(store);
    store.holdWrites();
    node.acceptTransaction(flood(1)[0] as Transaction, 'peer'); // a save in flight, held open
    await settle();
    const mined = watch(node.mine());
    while (node.chain.height < 2) await settle();
    expect(node.saveBacklog()).toMatchObject({ blocks: 1, saving: true });
    store.releaseOne(); // the block's save starts
    await settle();
    // A peer's block lands on top while the mined block's save is in flight: it gathers into the next save.
    expect(node.acceptBlock(buildBlock(node.chain, node.chain.tip, { miner: bob }), 'peer').ok).toBe(true);
    const everything = watch(node.whenSaved());
    store.releaseOne();
    const block = succeededWith(await mined.promise);
    expect(store.blocks.map((b) => b.hash)).toEqual([block.hash]);
    await settle();
    // whenSaved() is still "everything so far": the peer's block is in the save now held open.
    expect(everything.done()).toBe(false);
    expect(store.heldWrites).toBe(1);
    store.releaseAll();
    await everything.promise;
    expect(store.blocks).toHaveLength(2);
    expect(store.tipHash).toBe(node.chain.tip.hash);
  });

  it('mines no further ahead of its store than MAX_UNSAVED_MINED blocks, and goes on once the store catches up', async () => {
    const store = new MemoryStore();
    const node = await openNode(store);
    const start = node.chain.height;
    store.holdWrites(); // IndexedDB slower than the miner, as at a lesson's low difficulty
    node.setAutoMine(true);
    // The first block's save is held open; every block after it gathers into one next save, up to the bound.
    await until(() => node.chain.height >= start + MAX_UNSAVED_MINED);
    await new Promise((resolve) => setTimeout(resolve, 200)); // time for many more blocks, were the loop not waiting
    expect(node.chain.height).toBe(start + MAX_UNSAVED_MINED);
    expect(node.saveBacklog()).toMatchObject({ blocks: MAX_UNSAVED_MINED, saving: true });
    store.releaseAll();
    await until(() => node.chain.height >= start + 3 * MAX_UNSAVED_MINED);
    node.setAutoMine(false);
    await node.whenSaved();
    expect(store.blocks.length).toBe(node.chain.height - start);
  });

  it("announces each committed save's tip, after the commit, and nothing for a save that failed", async () => {
    const store = new MemoryStore();
    const node = await openNode(store);
    const told: Array<{ tipHash: string; height: number; stored: boolean }> = [];
    node.subscribe((event) => {
      if (event.type === 'saved') {
        told.push({ tipHash: event.tipHash, height: event.height, stored: store.tipHash === event.tipHash });
      }
    });
    const first = succeededWith(await node.mine());
    expect(told).toEqual([{ tipHash: first.hash, height: 2, stored: true }]);
    store.failNextWrite = new Error('disk full');
    expect(node.acceptBlock(buildBlock(node.chain, node.chain.tip, { miner: bob }), 'peer').ok).toBe(true);
    await node.whenSaved();
    expect(told).toHaveLength(1);
    // The failed save's block goes with the next one, and that one is told.
    const second = succeededWith(await node.mine());
    expect(told.at(-1)).toEqual({ tipHash: second.hash, height: 4, stored: true });
  });

  it('saves the mempool by its changes: a confirmed transaction leaves the store with the block confirming it', async () => {
    const store = new MemoryStore();
    const node = await openNode(store);
    succeededWith(await node.mine());
    const { txid } = succeededWith(await node.newTransaction({ recipient: bob.address, amount: 5 }));
    expect(store.saves.at(-1)).toEqual({ mempoolAdded: [node.mempool.transactions()[0]] });
    succeededWith(await node.mine());
    const last = store.saves.at(-1);
    expect(last?.mempoolRemoved).toEqual([txid]);
    expect(last?.mempoolAdded).toBeUndefined();
    expect(last?.blocks).toHaveLength(1);
    expect(store.mempool.size).toBe(0);
  });

  it('drops from the store, when it opens, what its stored mempool no longer admits', async () => {
    const store = new MemoryStore();
    const node = await openNode(store);
    succeededWith(await node.newTransaction({ recipient: bob.address, info: 'kept' }));
    const [confirmed] = flood(1);
    if (!confirmed) throw new Error('no transaction');
    // Stored by an older release as pending, yet in a block the store holds: it must not stay pending.
    const block = buildBlock(node.chain, node.chain.tip, { miner: bob, transactions: [confirmed] });
    node.acceptBlock(block, 'peer');
    await node.whenSaved();
    store.mempool.set(confirmed.txid, confirmed);
    const reopened = await openNode(store);
    await reopened.whenSaved();
    expect(reopened.mempool.size).toBe(1);
    expect([...store.mempool.keys()]).toEqual(reopened.mempool.transactions().map((tx) => tx.txid));
  });
});
