import { describe, expect, it } from 'vitest';
import {
  type Block,
  Blockchain,
  createBlockTemplate,
  Mempool,
  mineBlock,
  RejectCode,
  type Transaction,
  transactionBytes,
} from '../../src/core/index.ts';
import { alice, type BuildOptions, bob, buildBlock, carol, extend, keys, NOW, params, pay } from './helpers.ts';

function funded() {
  const chain = new Blockchain(params);
  extend(chain, 1, { miner: alice }); // alice: 50
  return { chain, mempool: new Mempool(chain) };
}

describe('Mempool', () => {
  it('admits a valid transaction once', () => {
    const { mempool } = funded();
    const tx = pay(alice, bob, 20);
    expect(mempool.add(tx, NOW).ok).toBe(true);
    expect(mempool.add(tx, NOW)).toMatchObject({ ok: false, code: RejectCode.DuplicateTransaction });
    expect(mempool.transactions()).toEqual([tx]);
  });

  it('counts pending spends: the second spend past the balance is an overspend', () => {
    const { mempool } = funded();
    expect(mempool.add(pay(alice, bob, 30), NOW).ok).toBe(true);
    expect(mempool.available(alice.address)).toBe(20);
    expect(mempool.add(pay(alice, carol, 21), NOW)).toMatchObject({ ok: false, code: RejectCode.Overspend });
    expect(mempool.add(pay(alice, carol, 20), NOW).ok).toBe(true);
  });

  it('admits zero-amount records from anyone (IoT readings)', () => {
    const { mempool } = funded();
    expect(mempool.add(pay(carol, bob, 0, 'temp=21'), NOW).ok).toBe(true);
  });

  it('refuses bad signatures, coinbases, future dates and transactions already confirmed', () => {
    const { chain, mempool } = funded();
    const forged = { ...pay(alice, bob, 1), signature: new Uint8Array(64) };
    expect(mempool.add(forged, NOW)).toMatchObject({ code: RejectCode.BadSignature });
    const coinbase = chain.tip.transactions[0];
    if (coinbase) expect(mempool.add(coinbase, NOW)).toMatchObject({ code: RejectCode.BadCoinbase });
    expect(mempool.add(pay(alice, bob, 1), 0)).toMatchObject({ code: RejectCode.TimeTooNew });
    const confirmed = pay(alice, bob, 1);
    extend(chain, 1, { transactions: [confirmed] });
    expect(mempool.add(confirmed, NOW)).toMatchObject({ code: RejectCode.DuplicateTransaction });
  });

  it('is bounded in count', () => {
    const { chain } = funded();
    const small = new Mempool(chain, { limits: { maxCount: 2 } });
    small.add(pay(alice, bob, 0), NOW);
    small.add(pay(alice, bob, 0), NOW);
    expect(small.add(pay(alice, bob, 0), NOW)).toMatchObject({ code: RejectCode.TooManyTransactions });
  });

  it('is bounded in bytes, each transaction counted as its payload and signature', () => {
    const { chain } = funded();
    const long = pay(alice, bob, 0, 'x'.repeat(60));
    const small = new Mempool(chain, { limits: { maxBytes: 2 * transactionBytes(long) + 10 } });
    expect(small.add(long, NOW).ok).toBe(true);
    expect(small.add(pay(alice, bob, 0, 'y'.repeat(60)), NOW).ok).toBe(true);
    expect(small.byteSize).toBe(2 * transactionBytes(long));
    expect(small.add(pay(alice, bob, 0, 'z'.repeat(60)), NOW)).toMatchObject({ code: RejectCode.TooManyTransactions });
    expect(small.size).toBe(2);
  });

  it('gives senders without coins a few pending records each, and a share of the pool together', () => {
    const { chain } = funded();
    const limits = { unfundedPerSender: 2, unfundedMaxCount: 3 };
    const mempool = new Mempool(chain, { limits });
    expect(mempool.add(pay(carol, bob, 0, 'r1'), NOW).ok).toBe(true);
    expect(mempool.add(pay(carol, bob, 0, 'r2'), NOW).ok).toBe(true);
    expect(mempool.add(pay(carol, bob, 0, 'r3'), NOW)).toMatchObject({ code: RejectCode.TooManyTransactions });
    // Fresh keys cost nothing: the share, not the per-sender quota, is what stops a flood of them.
    expect(mempool.add(pay(keys(100), bob, 0), NOW).ok).toBe(true);
    expect(mempool.add(pay(keys(101), bob, 0), NOW)).toMatchObject({ code: RejectCode.TooManyTransactions });
    // A sender with coins is not in that share.
    for (let i = 0; i < 5; i++) expect(mempool.add(pay(alice, bob, 0, `a${i}`), NOW).ok).toBe(true);
  });

  it("makes room for the node's own transactions by evicting peers', those without coins first", () => {
    const { chain } = funded();
    const owner = keys(50);
    const mempool = new Mempool(chain, { owner: owner.address, limits: { maxCount: 3 } });
    const paid = pay(alice, bob, 1);
    const free = [pay(carol, bob, 0, 'c1'), pay(keys(100), bob, 0, 'k1')];
    for (const tx of [paid, ...free]) expect(mempool.add(tx, NOW).ok).toBe(true);
    mempool.takeChanges();
    // The owner has no coins either, yet its records are never refused for room while a peer's can go.
    expect(mempool.add(pay(carol, bob, 0, 'c2'), NOW)).toMatchObject({ code: RejectCode.TooManyTransactions });
    const own = [pay(owner, bob, 0, 'o1'), pay(owner, bob, 0, 'o2'), pay(owner, bob, 0, 'o3')];
    expect(mempool.add(own[0] as Transaction, NOW).ok).toBe(true);
    expect(mempool.transactions()).toEqual([paid, free[1], own[0]]);
    expect(mempool.add(own[1] as Transaction, NOW).ok).toBe(true);
    expect(mempool.add(own[2] as Transaction, NOW).ok).toBe(true);
    expect(mempool.transactions()).toEqual(own);
    expect(mempool.available(alice.address)).toBe(50); // the evicted payment no longer counts as pending
    expect(mempool.takeChanges()).toEqual({ added: own, removed: [free[0]?.txid, free[1]?.txid, paid.txid] });
    // Only its own left: then even the owner waits for a block.
    expect(mempool.add(pay(owner, bob, 0, 'o4'), NOW)).toMatchObject({ code: RejectCode.TooManyTransactions });
  });

  it('journals its changes net of each other: what a save must write since the last one', () => {
    const { chain, mempool } = funded();
    const [kept, gone, confirmed] = [pay(alice, bob, 1), pay(alice, bob, 2), pay(alice, carol, 3)];
    for (const tx of [kept, gone, confirmed]) mempool.add(tx, NOW);
    expect(mempool.takeChanges()).toEqual({ added: [kept, gone, confirmed], removed: [] });
    expect(mempool.takeChanges()).toEqual({ added: [], removed: [] });
    // A block confirms one; the pool is rebuilt, yet what stays is no change at all.
    const block = buildBlock(chain, chain.tip, { transactions: [confirmed] });
    const added = chain.addBlock(block, { now: NOW });
    if (!added.ok) throw new Error(added.detail);
    mempool.applyReorg(added.value.reorg, NOW);
    const late = pay(alice, bob, 4);
    mempool.add(late, NOW);
    expect(mempool.takeChanges()).toEqual({ added: [late], removed: [confirmed.txid] });
    // A peer's record added and evicted for the owner's before anyone took the changes: nothing to write for it.
    const small = new Mempool(chain, { owner: alice.address, limits: { maxCount: 1 } });
    expect(small.add(pay(carol, bob, 0, 'brief'), NOW).ok).toBe(true);
    expect(small.add(gone, NOW).ok).toBe(true);
    expect(small.takeChanges()).toEqual({ added: [gone], removed: [] });
  });

  it('feeds a block template that mines into a valid block, and confirmed transactions leave', () => {
    const { chain, mempool } = funded();
    const tx = pay(alice, bob, 5);
    mempool.add(tx, NOW);
    const template = createBlockTemplate(chain, mempool, { minerAddress: carol.address, now: NOW });
    const block = mineBlock(template);
    if (!block) throw new Error('not mined');
    expect(block.transactions).toContain(tx);
    const added = chain.addBlock(block, { now: NOW });
    if (!added.ok) throw new Error(added.detail);
    mempool.applyReorg(added.value.reorg, NOW);
    expect(mempool.size).toBe(0);
    expect(chain.balanceOf(carol.address)).toBe(50);
  });

  it('after a reorg, puts back the transactions of disconnected blocks that are still valid', () => {
    const { chain, mempool } = funded(); // alice has 50 on both branches: block 2 is shared
    const base = chain.tip;
    const stillValid = pay(alice, bob, 10);
    const record = pay(carol, bob, 0, 'reading');
    const a3 = addOn(chain, base, { transactions: [stillValid, record] });
    mempool.applyReorg({ disconnected: [], connected: [a3] }, NOW);
    // the other branch confirms `record` itself and grows longer
    const b3 = addOn(chain, base, { miner: carol, transactions: [record] });
    const b4 = buildBlock(chain, b3, { miner: carol });
    const added = chain.addBlock(b4, { now: NOW });
    if (!added.ok) throw new Error(added.detail);
    const dropped = mempool.applyReorg(added.value.reorg, NOW);
    expect(mempool.transactions()).toEqual([stillValid]);
    expect(dropped).toEqual([]);
  });

  it('after a reorg, drops what the new chain makes invalid', () => {
    const { chain, mempool } = funded();
    // alice's coins only exist on the old branch (block 2): her payment cannot come back
    const spend = pay(alice, bob, 10);
    addOn(chain, chain.tip, { transactions: [spend] });
    const b2 = addOn(chain, chain.genesis, { miner: carol });
    const b3 = addOn(chain, b2, { miner: carol });
    const added = chain.addBlock(buildBlock(chain, b3, { miner: carol }), { now: NOW });
    if (!added.ok) throw new Error(added.detail);
    expect(added.value.reorg.disconnected).toHaveLength(2);
    const dropped = mempool.applyReorg(added.value.reorg, NOW);
    expect(dropped).toEqual([{ transaction: spend, code: RejectCode.Overspend }]);
    expect(mempool.size).toBe(0);
  });
});

function addOn(chain: Blockchain, parent: Block, options: BuildOptions): Block {
  const block = buildBlock(chain, parent, options);
  const added = chain.addBlock(block, { now: NOW });
  if (!added.ok) throw new Error(added.detail);
  return block;
}
