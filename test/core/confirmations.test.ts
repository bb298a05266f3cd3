import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Block,
  Blockchain,
  confirmationsAt,
  exportChain,
  exportChainWithConfirmations,
  TransactionTracker,
} from '../../src/core/index.ts';
import { bob, buildBlock, carol, extend, NOW, params, pay } from './helpers.ts';

/** The slow, obvious answer: scan the whole main chain for the transaction. */
function scannedConfirmations(chain: Blockchain, txid: string): number {
  const block = chain.mainChain().find((b) => b.transactions.some((tx) => tx.txid === txid));
  return block === undefined ? 0 : chain.height - block.index + 1;
}

const notInMempool = () => false;

describe('confirmations', () => {
  it('count 1 at the tip and one more per block on top', () => {
    expect(confirmationsAt(7, 7)).toBe(1);
    expect(confirmationsAt(1, 7)).toBe(7);
    expect(() => confirmationsAt(8, 7)).toThrow(RangeError);
  });

  it("the console's chain is the seed's chain with each transaction's confirmations", () => {
    const chain = new Blockchain(params);
    extend(chain, 2);
    extend(chain, 1, { transactions: [pay(bob, carol, 0, 'lamp=on')] });
    const confirmed = exportChainWithConfirmations(chain.mainChain());
    expect(confirmed.length).toBe(4);
    expect(confirmed.chain.map((b) => b.transactions.map((tx) => tx.confirmations))).toEqual([[4], [3], [2], [1, 1]]);
    const stripped = confirmed.chain.map((b) => ({
      ...b,
      transactions: b.transactions.map(({ confirmations: _, ...tx }) => tx),
    }));
    expect({ chain: stripped, length: confirmed.length }).toEqual(exportChain(chain.mainChain()));
  });

  it('a reorg takes them away: the transaction falls back to pending, then counts again in its new block', () => {
    const chain = new Blockchain(params);
    const record = pay(bob, carol, 0, 'door=open');
    const [held] = extend(chain, 1, { transactions: [record] });
    extend(chain, 2);
    const tracker = new TransactionTracker(record.txid);
    expect(tracker.placeIn(chain, notInMempool)).toMatchObject({ state: 'in-block', block: held, confirmations: 3 });

    // A branch from genesis with more work and without the record: its block leaves the main chain.
    let branchTip: Block = chain.genesis;
    for (let i = 0; i < 4; i++) {
      branchTip = buildBlock(chain, branchTip, { coinbaseInfo: `branch-${i}` });
      chain.addBlock(branchTip, { now: NOW });
    }
    expect(chain.tip.hash).toBe(branchTip.hash);
    expect(tracker.placeIn(chain, (txid) => txid === record.txid)).toEqual({ state: 'pending', confirmations: 0 });
    expect(tracker.placeIn(chain, notInMempool)).toEqual({ state: 'gone', confirmations: 0 });

    const [again] = extend(chain, 1, { transactions: [record] });
    expect(tracker.placeIn(chain, notInMempool)).toMatchObject({ state: 'in-block', block: again, confirmations: 1 });
    extend(chain, 1);
    expect(tracker.placeIn(chain, notInMempool)).toMatchObject({ block: again, confirmations: 2 });
  });

  it('for any block tree and arrival order, the tracker agrees with a scan of the main chain after every block', () => {
    const record = pay(bob, carol, 0, 'reading=21.5');
    const treeShape = fc.array(fc.record({ parent: fc.nat(), holds: fc.boolean() }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(treeShape, fc.nat(), (shape, seed) => {
        const reference = new Blockchain(params);
        const blocks: Block[] = [];
        for (const [i, { parent: pick, holds }] of shape.entries()) {
          const parent = pick % (blocks.length + 1) === 0 ? reference.genesis : (blocks[pick % blocks.length] as Block);
          // The record may sit in blocks of several branches, but once per branch (the ledger refuses a repeat).
          const onPath = pathHolds(reference, parent, record.txid);
          const transactions = holds && !onPath ? [record] : [];
          const block = buildBlock(reference, parent, { transactions, coinbaseInfo: `${seed}-${i}` });
          reference.addBlock(block, { now: NOW });
          blocks.push(block);
        }
        const chain = new Blockchain(params);
        const tracker = new TransactionTracker(record.txid);
        for (const block of rotated(blocks, seed)) {
          chain.addBlock(block, { now: NOW });
          const place = tracker.placeIn(chain, notInMempool);
          expect(place.confirmations).toBe(scannedConfirmations(chain, record.txid));
          expect(place.state === 'in-block').toBe(chain.hasTransaction(record.txid));
        }
      }),
      { numRuns: 60 },
    );
  });
});

/** Whether the branch ending at `tip` already holds the transaction. */
function pathHolds(chain: Blockchain, tip: Block, txid: string): boolean {
  for (let block: Block | undefined = tip; block !== undefined; block = chain.getBlock(block.previousHash)) {
    if (block.transactions.some((tx) => tx.txid === txid)) return true;
  }
  return false;
}

/** The same blocks starting at another place: parents may arrive after children (held, then adopted). */
function rotated<T>(items: readonly T[], seed: number): T[] {
  const at = seed % items.length;
  return [...items.slice(at), ...items.slice(0, at)];
}
