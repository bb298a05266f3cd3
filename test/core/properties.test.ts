// Properties over random chains: tamper-evidence, order-independent fork choice, and reorgs that lose nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Block, Blockchain, exportChain, Mempool, type Transaction, validChain } from '../../src/core/index.ts';
import { alice, bob, buildBlock, carol, extend, keys, NOW, params, pay } from './helpers.ts';

describe('properties', () => {
  const chain = new Blockchain(params);
  extend(chain, 2, { miner: alice });
  extend(chain, 1, { miner: bob, transactions: [pay(alice, bob, 12, 'meter=7'), pay(alice, carol, 3)] });
  extend(chain, 1, { transactions: [pay(bob, carol, 5, 'door=open')] });
  const text = JSON.stringify(exportChain(chain.mainChain()));
  const bytes = new TextEncoder().encode(text);

  it('the untampered chain is valid', () => {
    expect(validChain(JSON.parse(text), params, NOW).ok).toBe(true);
  });

  it('flipping any bits of any byte of a valid chain makes it invalid', () => {
    fc.assert(
      fc.property(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 1, max: 255 }), (at, mask) => {
        const tampered = Uint8Array.from(bytes);
        tampered[at] = (tampered[at] as number) ^ mask;
        let json: unknown;
        try {
          json = JSON.parse(new TextDecoder().decode(tampered));
        } catch {
          return; // no longer JSON: refused before any rule
        }
        expect(validChain(json, params, NOW).ok).toBe(false);
      }),
      { numRuns: 400 },
    );
  });

  it('for any arrival order of the same blocks, the tip has the most cumulative work', () => {
    const treeShape = fc.array(fc.nat(), { minLength: 1, maxLength: 14 });
    fc.assert(
      fc.property(treeShape, fc.nat(), (parentPicks, seed) => {
        const reference = new Blockchain(params);
        const blocks: Block[] = [];
        for (const [i, pick] of parentPicks.entries()) {
          const parent = pick % (blocks.length + 1) === 0 ? reference.genesis : (blocks[pick % blocks.length] as Block);
          const block = buildBlock(reference, parent, { coinbaseInfo: `${seed}-${i}` });
          reference.addBlock(block, { now: NOW });
          blocks.push(block);
        }
        const best = blocks.reduce((max, b) => {
          const work = reference.totalWorkOf(b.hash) ?? 0n;
          return work > max ? work : max;
        }, 0n);
        const order = shuffled(blocks, seed);
        const chain = new Blockchain(params);
        for (const block of order) chain.addBlock(block, { now: NOW });
        expect(chain.totalWork).toBe(best);
        expect(chain.knownBlocks()).toHaveLength(blocks.length + 1);
        // The fork tree's window: exactly the known blocks at a height and above, lower heights first.
        const from = (seed % (blocks.length + 1)) + 1;
        const windowed = chain.knownBlocksFrom(from);
        const expected = chain.knownBlocks().filter((b) => b.index >= from);
        expect(new Set(windowed.map((b) => b.hash))).toEqual(new Set(expected.map((b) => b.hash)));
        expect(windowed).toHaveLength(expected.length);
        expect(windowed.map((b) => b.index)).toEqual(expected.map((b) => b.index).sort((a, b) => a - b));
      }),
      { numRuns: 60 },
    );
  });

  it('a reorg never loses a transaction that is still valid', () => {
    const spenders = [alice, bob, carol];
    const payees = [keys(10), keys(11)];
    const spend = fc.record({
      from: fc.nat({ max: spenders.length - 1 }),
      to: fc.nat({ max: payees.length - 1 }),
      amount: fc.integer({ min: 0, max: 40 }),
    });
    fc.assert(
      fc.property(
        fc.array(spend, { maxLength: 6 }),
        fc.array(fc.boolean(), { maxLength: 6 }),
        fc.array(spend, { maxLength: 6 }),
        fc.array(spend, { maxLength: 3 }),
        (aSpends, keepInB, bSpends, pooled) => {
          const chain = new Blockchain(params);
          for (const miner of spenders) extend(chain, 1, { miner });
          const base = chain.tip;
          const mempool = new Mempool(chain);
          const toTx = (s: { from: number; to: number; amount: number }) =>
            pay(spenders[s.from] ?? alice, payees[s.to] ?? bob, s.amount);
          const aTxs = affordable(chain, aSpends.map(toTx));
          // branch B: some of A's transactions plus spends of its own, one block longer
          const bTxs = affordable(chain, [...aTxs.filter((_, i) => keepInB[i]), ...bSpends.map(toTx)]);
          const a1 = buildBlock(chain, base, { transactions: aTxs });
          chain.addBlock(a1, { now: NOW });
          // only what the pool admitted counts as known to the node
          const pool = pooled.map(toTx).filter((tx) => mempool.add(tx, NOW).ok);
          const b1 = buildBlock(chain, base, { transactions: bTxs, miner: keys(12) });
          chain.addBlock(b1, { now: NOW });
          const added = chain.addBlock(buildBlock(chain, b1, { miner: keys(12) }), { now: NOW });
          if (!added.ok) throw new Error(added.detail);
          expect(added.value.reorg.disconnected).toEqual([a1]);
          mempool.applyReorg(added.value.reorg, NOW);
          for (const tx of [...aTxs, ...pool]) {
            if (chain.hasTransaction(tx.txid) || mempool.has(tx.txid)) continue;
            expect(mempool.available(tx.sender)).toBeLessThan(tx.amount);
          }
          for (const spender of spenders) expect(mempool.available(spender.address)).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 30 },
    );
  });
});

/** The transactions, in order, that the tip's balances can pay for; the rest are left out. */
function affordable(chain: Blockchain, txs: readonly Transaction[]): Transaction[] {
  const spent = new Map<string, number>();
  return txs.filter((tx) => {
    const after = (spent.get(tx.sender) ?? 0) + tx.amount;
    if (after > chain.balanceOf(tx.sender)) return false;
    spent.set(tx.sender, after);
    return true;
  });
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed || 1;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
