import { describe, expect, it } from 'vitest';
import { type Block, Blockchain, createBlockTemplate, Mempool, mineBlock, RejectCode } from '../../src/core/index.ts';
import { alice, type BuildOptions, bob, buildBlock, carol, extend, NOW, params, pay } from './helpers.ts';

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

  it('is bounded', () => {
    const { chain } = funded();
    const small = new Mempool(chain, 2);
    small.add(pay(alice, bob, 0), NOW);
    small.add(pay(alice, bob, 0), NOW);
    expect(small.add(pay(alice, bob, 0), NOW)).toMatchObject({ code: RejectCode.TooManyTransactions });
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
    expect(dropped).toEqual([spend]);
    expect(mempool.size).toBe(0);
  });
});

function addOn(chain: Blockchain, parent: Block, options: BuildOptions): Block {
  const block = buildBlock(chain, parent, options);
  const added = chain.addBlock(block, { now: NOW });
  if (!added.ok) throw new Error(added.detail);
  return block;
}
