import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Block,
  Blockchain,
  bytesToHex,
  createNetworkParams,
  createTransaction,
  decodeLedgerSnapshot,
  encodeLedgerSnapshot,
  type KeyPair,
  type LedgerSnapshot,
  RejectCode,
  SortedTxids,
  type Transaction,
  takeLedgerSnapshot,
} from '../../src/core/index.ts';
import { alice, bob, buildBlock, carol, extend, NOW, T0 } from './helpers.ts';

/** Retargeting every 4 blocks: a chain started on a snapshot must read the times before its base to agree. */
const retargeting = createNetworkParams('snapshot', {
  difficulty: 2,
  minDifficulty: 1,
  retarget: { targetBlockMs: 10_000, windowBlocks: 4 },
  reward: 50,
  maxTransactionsPerBlock: 16,
  maxInfoBytes: 64,
});

/** A chain of 1 + 20 blocks, fast then slow (so difficulty moves), with payments between three people. */
function history(): { chain: Blockchain; blocks: Block[] } {
  const chain = new Blockchain(retargeting);
  const blocks = [chain.genesis];
  for (let i = 0; i < 20; i++) {
    const transactions = i >= 2 && i % 3 === 0 ? [payIn(alice, bob, 7), payIn(bob, carol, 2)] : [];
    const block = buildBlock(chain, chain.tip, {
      miner: i % 2 ? bob : alice,
      transactions,
      timestampOffset: i < 10 ? -900 : 30_000,
    });
    const added = chain.addBlock(block, { now: NOW });
    if (!added.ok) throw new Error(added.detail);
    blocks.push(block);
  }
  return { chain, blocks };
}

let payments = 0;
/** A payment signed for this network (helpers' `pay` signs for another). */
function payIn(from: KeyPair, to: KeyPair, amount: number): Transaction {
  payments++;
  const fields = { recipient: to.address, amount, info: `payment ${payments}`, timestamp: T0, nonce: payments };
  return createTransaction(from, fields, retargeting);
}

/** A chain started on `snapshot` and given every stored block after its base, as a node's start does. */
function startOn(snapshot: LedgerSnapshot, blocks: readonly Block[]): Blockchain {
  const started = Blockchain.fromSnapshot(retargeting, snapshot, blocks[snapshot.baseIndex - 1] as Block);
  if (!started.ok) throw new Error(started.detail);
  for (const block of blocks.slice(snapshot.baseIndex)) {
    const added = started.value.addBlock(block, { now: NOW, stored: true });
    if (!added.ok) throw new Error(added.detail);
  }
  return started.value;
}

describe('ledger snapshots', () => {
  it('start a chain that agrees with the full one: tip, work, balances, rules, old txids', () => {
    const { chain, blocks } = history();
    const snapshot = takeLedgerSnapshot(chain, 14, null);
    if (snapshot === null) throw new Error('no snapshot');
    const decoded = decodeLedgerSnapshot(encodeLedgerSnapshot(snapshot));
    if (!decoded.ok) throw new Error(decoded.detail);
    const started = startOn(decoded.value, blocks);
    expect(started.historyComplete).toBe(false);
    expect(started.oldestHeld).toBe(14);
    expect(started.tip.hash).toBe(chain.tip.hash);
    expect(started.totalWork).toBe(chain.totalWork);
    expect(new Map(started.balances())).toEqual(new Map(chain.balances()));
    expect(started.nextBlockRules(started.tip.hash)).toEqual(chain.nextBlockRules(chain.tip.hash));
    for (const block of blocks) for (const tx of block.transactions) expect(started.hasTransaction(tx.txid)).toBe(true);
    expect(started.blockAt(13)).toBeUndefined();
    expect(started.blockAt(14)?.hash).toBe(blocks[13]?.hash);
    expect(started.locator().at(-1)).toBe(chain.genesis.hash);
  });

  it('refuse a replayed transaction from before the base, as the full chain does', () => {
    const { chain, blocks } = history();
    const snapshot = takeLedgerSnapshot(chain, 18, null) as LedgerSnapshot;
    const started = startOn(snapshot, blocks);
    const old = blocks[4]?.transactions[1];
    if (old === undefined) throw new Error('block 5 has no payment');
    for (const each of [chain, started]) {
      const replay = buildBlock(each, each.tip, { transactions: [old] });
      expect(each.addBlock(replay, { now: NOW })).toMatchObject({ ok: false, code: RejectCode.DuplicateTransaction });
    }
  });

  it('are taken from an earlier snapshot and the blocks after it, equal to one taken from genesis', () => {
    const { chain, blocks } = history();
    const first = takeLedgerSnapshot(chain, 8, null) as LedgerSnapshot;
    const started = startOn(first, blocks);
    expect(takeLedgerSnapshot(started, 16, null)).toBeNull(); // no history and no snapshot to start from
    const later = takeLedgerSnapshot(started, 16, first);
    expect(later).toEqual(takeLedgerSnapshot(chain, 16, null));
    expect(encodeLedgerSnapshot(later as LedgerSnapshot)).toEqual(
      encodeLedgerSnapshot(takeLedgerSnapshot(chain, 16, first) as LedgerSnapshot),
    );
  });

  it('hand over to the full history: every block from genesis, held and on the main chain', () => {
    const { chain, blocks } = history();
    const started = startOn(takeLedgerSnapshot(chain, 12, null) as LedgerSnapshot, blocks);
    const extra = extend(started, 1, { miner: carol });
    const full = new Blockchain(retargeting);
    for (const block of [...blocks.slice(1), ...extra]) full.addBlock(block, { now: NOW, stored: true });
    started.adoptHistory(full);
    expect(started.historyComplete).toBe(true);
    expect(started.mainChain().map((b) => b.hash)).toEqual([...blocks, ...extra].map((b) => b.hash));
    expect(started.blockAt(3)?.hash).toBe(blocks[2]?.hash);
  });

  it('a damaged, foreign or cut snapshot is refused with a reason, never used', () => {
    const { chain, blocks } = history();
    const bytes = encodeLedgerSnapshot(takeLedgerSnapshot(chain, 10, null) as LedgerSnapshot);
    const flipped = bytes.slice();
    flipped[bytes.length - 5] = (flipped[bytes.length - 5] as number) ^ 1;
    expect(decodeLedgerSnapshot(flipped)).toMatchObject({ ok: false, detail: expect.stringContaining('checksum') });
    expect(decodeLedgerSnapshot(bytes.subarray(0, 20))).toMatchObject({ ok: false });
    expect(decodeLedgerSnapshot('not bytes')).toMatchObject({ ok: false });
    const decoded = decodeLedgerSnapshot(bytes);
    if (!decoded.ok) throw new Error(decoded.detail);
    const other = createNetworkParams('elsewhere', { difficulty: 2, minDifficulty: 1 });
    expect(Blockchain.fromSnapshot(other, decoded.value, blocks[9] as Block)).toMatchObject({ ok: false });
    expect(Blockchain.fromSnapshot(retargeting, decoded.value, blocks[8] as Block)).toMatchObject({ ok: false });
  });
});

describe('SortedTxids', () => {
  const txid = fc.uint8Array({ minLength: 32, maxLength: 32 }).map(bytesToHex);
  /** What a snapshot keeps of a txid: its first 16 bytes. */
  const idOf = (id: string) => id.slice(0, 32);

  it('holds exactly the ids given, in any order and with repeats, however it was grown', () => {
    fc.assert(
      fc.property(
        fc.array(txid, { maxLength: 40 }),
        fc.array(txid, { maxLength: 40 }),
        txid,
        (first, second, probe) => {
          const grown = SortedTxids.EMPTY.with(first).with(second);
          const all = new Set([...first, ...second].map(idOf));
          expect([...grown]).toEqual([...all].sort());
          expect(grown.has(probe)).toBe(all.has(idOf(probe)));
          for (const id of [...first, ...second]) expect(grown.has(id)).toBe(true);
          expect(SortedTxids.fromSortedBytes(grown.bytes)?.size).toBe(all.size);
        },
      ),
    );
  });

  it('keeps each txid’s first 16 bytes: a txid that differs only after them is held, one before them is not', () => {
    const confirmed = `${'ab'.repeat(16)}${'00'.repeat(16)}`;
    const set = SortedTxids.EMPTY.with([confirmed, `${'ab'.repeat(16)}${'ff'.repeat(16)}`]);
    expect(set.size).toBe(1);
    expect(set.bytes.length).toBe(16);
    expect(set.has(`${'ab'.repeat(16)}${'12'.repeat(16)}`)).toBe(true);
    expect(set.has(`${'ab'.repeat(15)}ac${'00'.repeat(16)}`)).toBe(false);
    expect(set.has(idOf(confirmed))).toBe(false); // only whole txids are asked about
    expect(() => set.with([idOf(confirmed)])).toThrow(TypeError);
  });

  it('refuses bytes that are not sorted, unique and whole', () => {
    const two = SortedTxids.EMPTY.with(['11'.repeat(32), '22'.repeat(32)]).bytes;
    const swapped = new Uint8Array([...two.subarray(16), ...two.subarray(0, 16)]);
    expect(SortedTxids.fromSortedBytes(swapped)).toBeNull();
    expect(SortedTxids.fromSortedBytes(new Uint8Array([...two.subarray(0, 16), ...two.subarray(0, 16)]))).toBeNull();
    expect(SortedTxids.fromSortedBytes(two.subarray(0, 24))).toBeNull();
    expect(SortedTxids.EMPTY.has('not hex')).toBe(false);
  });
});
