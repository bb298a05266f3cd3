import { describe, expect, it } from 'vitest';
import {
  type Block,
  Blockchain,
  createBlock,
  createCoinbase,
  createNetworkParams,
  DEFAULT_ORPHAN_LIMITS,
  type KeyPair,
  LOCAL_ORIGIN,
  MAX_ORPHANS,
  mineBlock,
  orphanByteSize,
  RejectCode,
} from '../../src/core/index.ts';
import { alice, bob, buildBlock, carol, extend, mineFailingPow, NOW, params, pay } from './helpers.ts';

describe('Blockchain: adding blocks', () => {
  it('starts at genesis, index 1', () => {
    const chain = new Blockchain(params);
    expect(chain.height).toBe(1);
    expect(chain.tip.hash).toBe(chain.genesis.hash);
    expect(chain.mainChain()).toEqual([chain.genesis]);
  });

  it('extends the main chain and credits the miner', () => {
    const chain = new Blockchain(params);
    const [b2] = extend(chain, 1, { miner: bob });
    expect(chain.tip).toBe(b2);
    expect(chain.balanceOf(bob.address)).toBe(50);
    expect(chain.blockAt(2)).toBe(b2);
  });

  it('moves balances with transactions and refuses to overspend', () => {
    const chain = new Blockchain(params);
    extend(chain, 1, { miner: alice });
    extend(chain, 1, { transactions: [pay(alice, bob, 30)] });
    expect(chain.balanceOf(alice.address)).toBe(50 - 30 + 50);
    expect(chain.balanceOf(bob.address)).toBe(30);
    const greedy = buildBlock(chain, chain.tip, { transactions: [pay(bob, carol, 31)] });
    expect(chain.addBlock(greedy, { now: NOW })).toMatchObject({ ok: false, code: RejectCode.Overspend });
    expect(chain.balanceOf(bob.address)).toBe(30);
    expect(chain.hasBlock(greedy.hash)).toBe(false);
  });

  it('refuses a transaction already in the chain: duplicate-transaction', () => {
    const chain = new Blockchain(params);
    const tx = pay(alice, bob, 0, 'sensor');
    extend(chain, 1, { transactions: [tx] });
    const replay = buildBlock(chain, chain.tip, { transactions: [tx] });
    expect(chain.addBlock(replay, { now: NOW })).toMatchObject({ ok: false, code: RejectCode.DuplicateTransaction });
  });

  it('refuses a block it already has: duplicate-block', () => {
    const chain = new Blockchain(params);
    const [b2] = extend(chain, 1);
    expect(chain.addBlock(b2 as never, { now: NOW })).toMatchObject({ ok: false, code: RejectCode.DuplicateBlock });
  });

  it('refuses a wrong index, difficulty or timestamp', () => {
    const chain = new Blockchain(params);
    extend(chain, 12);
    const good = buildBlock(chain, chain.tip);
    const restamp = (changes: object) => buildBlockLike(good, changes);
    expect(chain.addBlock(restamp({ index: good.index + 1 }), { now: NOW })).toMatchObject({
      code: RejectCode.BadIndex,
    });
    expect(chain.addBlock(restamp({ difficulty: 5 }), { now: NOW })).toMatchObject({ code: RejectCode.BadDifficulty });
    expect(chain.addBlock(restamp({ timestamp: chain.blockAt(3)?.timestamp }), { now: NOW })).toMatchObject({
      code: RejectCode.BadTimestamp,
    });
    expect(chain.addBlock(good, { now: good.timestamp - params.maxFutureMs - 1 })).toMatchObject({
      code: RejectCode.TimeTooNew,
    });
    // time-too-new is not held against the block: once the clock catches up it is accepted
    expect(chain.addBlock(good, { now: NOW }).ok).toBe(true);
  });

  it('holds a block with an unknown parent and connects it when the parent arrives', () => {
    const chain = new Blockchain(params);
    const source = new Blockchain(params);
    const [b2, b3, b4] = extend(source, 3);
    expect(chain.addBlock(b4 as never, { now: NOW })).toMatchObject({ ok: false, code: RejectCode.UnknownParent });
    expect(chain.addBlock(b3 as never, { now: NOW })).toMatchObject({ ok: false, code: RejectCode.UnknownParent });
    expect(chain.orphanCount()).toBe(2);
    const added = chain.addBlock(b2 as never, { now: NOW });
    expect(added.ok && added.value.reorg.connected.map((b) => b.index)).toEqual([2, 3, 4]);
    expect(added.ok && added.value.accepted).toEqual([b2, b3, b4]);
    expect(chain.tip).toBe(b4);
    expect(chain.orphanCount()).toBe(0);
  });

  it('bounds the orphans it holds', () => {
    const chain = new Blockchain(params);
    const source = new Blockchain(params);
    extend(source, 1);
    const parent = source.tip;
    for (let i = 0; i < MAX_ORPHANS + 5; i++) {
      chain.addBlock(buildBlock(source, parent, { timestampOffset: i, coinbaseInfo: `${i}` }), { now: NOW });
    }
    expect(chain.orphanCount()).toBe(MAX_ORPHANS);
  });

  it('rejects children of an invalid block: invalid-parent', () => {
    const chain = new Blockchain(params);
    const badPow = mineFailingPow(buildBlock(chain, chain.genesis));
    expect(chain.addBlock(badPow, { now: NOW })).toMatchObject({ code: RejectCode.BadPow });
    const child = mineBlock(
      createBlock({
        index: 3,
        timestamp: badPow.timestamp + 1000,
        previousHash: badPow.hash,
        difficulty: params.difficulty,
        nonce: 0,
        transactions: [createCoinbase({ recipient: bob.address, amount: 50, index: 3, timestamp: badPow.timestamp })],
      }),
    );
    expect(chain.addBlock(child as never, { now: NOW })).toMatchObject({ code: RejectCode.InvalidParent });
    expect(chain.orphanCount()).toBe(0);
  });
});

describe('Blockchain: sealed blocks (bytes this node validated and checksummed)', () => {
  it('skips the block checks of a sealed block, and runs them for the same block unsealed', () => {
    const chain = new Blockchain(params);
    const failing = mineFailingPow(buildBlock(chain, chain.genesis));
    expect(chain.addBlock(failing, { now: NOW, stored: true })).toMatchObject({ ok: false, code: RejectCode.BadPow });
    const fresh = new Blockchain(params);
    expect(fresh.addBlock(failing, { now: NOW, stored: true, sealed: true }).ok).toBe(true);
  });

  it('still applies the tree rules and the ledger to a sealed block', () => {
    const chain = new Blockchain(params);
    extend(chain, 1, { miner: alice });
    const greedy = buildBlock(chain, chain.tip, { transactions: [pay(bob, carol, 1)] });
    expect(chain.addBlock(greedy, { now: NOW, sealed: true })).toMatchObject({ ok: false, code: RejectCode.Overspend });
    const good = buildBlock(chain, chain.tip);
    const early = createBlock({ ...good, timestamp: chain.genesis.timestamp - 1 });
    expect(chain.addBlock(early, { now: NOW, sealed: true })).toMatchObject({
      ok: false,
      code: RejectCode.BadTimestamp,
    });
  });
});

describe('Blockchain: fork choice', () => {
  it('keeps the first seen of two tips with equal work', () => {
    const chain = new Blockchain(params);
    const a = buildBlock(chain, chain.genesis, { miner: alice });
    const b = buildBlock(chain, chain.genesis, { miner: bob });
    chain.addBlock(a, { now: NOW });
    const added = chain.addBlock(b, { now: NOW });
    expect(added.ok && added.value.status).toBe('side');
    expect(chain.tip).toBe(a);
    expect(chain.knownBlocks()).toHaveLength(3);
  });

  it('reorganises to the branch with more work and reports what moved', () => {
    const chain = new Blockchain(params);
    const [a2, a3] = grow(chain, chain.genesis, 2, alice);
    const [b2, b3, b4] = grow(chain, chain.genesis, 3, bob);
    expect(chain.tip).toBe(b4);
    const again = new Blockchain(params);
    for (const block of [a2, a3, b2, b3]) again.addBlock(block as never, { now: NOW });
    expect(again.tip).toBe(a3);
    const added = again.addBlock(b4 as never, { now: NOW });
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    expect(added.value.status).toBe('main');
    expect(added.value.reorg.disconnected).toEqual([a3, a2]);
    expect(added.value.reorg.connected).toEqual([b2, b3, b4]);
    expect(again.balanceOf(alice.address)).toBe(0);
    expect(again.balanceOf(bob.address)).toBe(150);
    expect(again.isOnMainChain((a2 as { hash: string }).hash)).toBe(false);
  });

  it('prefers most work over most blocks', () => {
    const easy = createNetworkParams('work', { difficulty: 2, minDifficulty: 1, retarget: null });
    const chain = new Blockchain(easy);
    extend(chain, 3);
    expect(chain.totalWork).toBe(4n * 4n);
  });

  it('falls back when the better branch breaks a ledger rule deep inside', () => {
    const chain = new Blockchain(params);
    const [, , a4] = grow(chain, chain.genesis, 3, alice);
    // a branch in which alice spends coins she only has on the other branch: fine as a side branch with less work
    const [b2] = grow(chain, chain.genesis, 1, carol);
    const b3 = buildBlock(chain, b2 as never, { miner: carol, transactions: [pay(alice, bob, 10)] });
    expect(chain.addBlock(b3, { now: NOW })).toMatchObject({ ok: true, value: { status: 'side' } });
    const [b4] = grow(chain, b3, 1, carol);
    const b5 = buildBlock(chain, b4 as never, { miner: carol });
    // b5 makes the branch heavier: switching to it meets b3's overspend, so the branch is pruned
    expect(chain.addBlock(b5, { now: NOW })).toMatchObject({ ok: false, code: RejectCode.Overspend });
    expect(chain.tip).toBe(a4);
    expect(chain.hasBlock(b3.hash)).toBe(false);
    expect(chain.isKnownInvalid(b5.hash)).toBe(true);
    expect(chain.balanceOf(alice.address)).toBe(150);
    // The pruned branch is gone from the fork tree's window too; b2 stays, a side block beside the main chain.
    const windowed = chain.knownBlocksFrom(2).map((b) => b.hash);
    expect(windowed).toEqual([chain.mainChain()[1]?.hash, b2?.hash, chain.mainChain()[2]?.hash, a4?.hash]);
  });
});

describe('Blockchain: difficulty retargeting', () => {
  const retargeting = createNetworkParams('retarget', {
    difficulty: 3,
    minDifficulty: 1,
    retarget: { targetBlockMs: 10_000, windowBlocks: 4 },
  });

  it('raises difficulty when blocks come too fast and lowers it when too slow', () => {
    const chain = new Blockchain(retargeting);
    extend(chain, 3, { timestampOffset: -900 }); // one block every 100 ms, but no full window yet
    expect(chain.nextBlockRules(chain.tip.hash)?.difficulty).toBe(3);
    extend(chain, 1, { timestampOffset: -900 });
    expect(chain.nextBlockRules(chain.tip.hash)?.difficulty).toBe(4);
    extend(chain, 1, { timestampOffset: -900 });
    expect(chain.tip.difficulty).toBe(4);
    expect(chain.nextBlockRules(chain.tip.hash)?.difficulty).toBe(5);
    const slow = new Blockchain(retargeting);
    extend(slow, 4, { timestampOffset: 60_000 });
    expect(slow.nextBlockRules(slow.tip.hash)?.difficulty).toBe(2);
  });
});

/** Adds `count` blocks on `parent`, each on the one before, whether or not they become the main chain. */
function grow(chain: Blockchain, parent: Block, count: number, miner: KeyPair): Block[] {
  const blocks: Block[] = [];
  for (let i = 0, p = parent; i < count; i++) {
    p = buildBlock(chain, p, { miner });
    const added = chain.addBlock(p, { now: NOW });
    if (!added.ok) throw new Error(added.detail);
    blocks.push(p);
  }
  return blocks;
}

/** A copy of `block` with header fields changed (and not re-mined unless the caller mines it). */
function buildBlockLike(block: Parameters<typeof createBlock>[0], changes: object) {
  return createBlock({ ...block, ...changes });
}

describe('Blockchain: sync helpers', () => {
  it('builds a block locator, finds the fork point from it and lists the blocks after it', () => {
    const ours = new Blockchain(params);
    const shared = extend(ours, 30);
    const theirs = new Blockchain(params);
    for (const block of shared) theirs.addBlock(block, { now: NOW });
    extend(ours, 5, { miner: bob });
    extend(theirs, 3, { miner: carol });
    const locator = theirs.locator();
    expect(locator[0]).toBe(theirs.tip.hash);
    expect(locator.at(-1)).toBe(theirs.genesis.hash);
    expect(locator.length).toBeLessThan(20);
    const fork = ours.forkPointOf(locator);
    expect(fork.index).toBe(31);
    const after = ours.mainChainAfter(fork.hash, 3);
    expect(after.map((b) => b.index)).toEqual([32, 33, 34]);
    for (const block of ours.mainChainAfter(fork.hash, 100)) theirs.addBlock(block, { now: NOW });
    expect(theirs.tip.hash).toBe(ours.tip.hash);
    expect(ours.forkPointOf(['00'.repeat(32)])).toBe(ours.genesis);
  });
});

describe('Blockchain: orphans cost work and are bounded in bytes', () => {
  /** The one block a fresh chain lacks that every block of `orphans` needs: the same on every call. */
  function parentOfOrphans(): Block {
    const [parent] = extend(new Blockchain(params), 1);
    if (parent === undefined) throw new Error('no parent');
    return parent;
  }

  /** Children of parentOfOrphans(), each `info` long in its coinbase: valid, mined at the network's difficulty. */
  function orphans(count: number, info = '', tag = ''): Block[] {
    const source = new Blockchain(params);
    const parent = source.addBlock(parentOfOrphans(), { now: NOW });
    if (!parent.ok) throw new Error(parent.detail);
    return Array.from({ length: count }, (_, i) =>
      buildBlock(source, parent.value.block, {
        timestampOffset: i,
        coinbaseInfo: `${tag}${i}`.padEnd(info.length, 'x'),
      }),
    );
  }

  it('refuses a parentless block without proof of work: bad-pow, nothing held, remembered', () => {
    const chain = new Blockchain(params);
    const [template] = orphans(1);
    const failing = mineFailingPow(template as Block);
    expect(chain.addBlock(failing, { now: NOW, origin: 'rogue' })).toMatchObject({
      ok: false,
      code: RejectCode.BadPow,
    });
    expect(chain.orphanCount()).toBe(0);
    expect(chain.orphanBytes()).toBe(0);
    expect(chain.isKnownInvalid(failing.hash)).toBe(true);
  });

  it('refuses a parentless block below the minimum difficulty, even one whose hash meets it', () => {
    const chain = new Blockchain(createNetworkParams('floor', { ...params, difficulty: 4, minDifficulty: 3 }));
    const [template] = orphans(1);
    const easy = mineBlock(createBlock({ ...(template as Block), difficulty: 2 }));
    if (easy === null) throw new Error('nonce space exhausted');
    expect(chain.addBlock(easy, { now: NOW })).toMatchObject({ ok: false, code: RejectCode.BadDifficulty });
    expect(chain.orphanCount()).toBe(0);
  });

  it('counts what it holds per origin, LOCAL_ORIGIN when none is given, and nothing once they are adopted', () => {
    const chain = new Blockchain(params);
    const source = new Blockchain(params);
    const [b2, b3, b4] = extend(source, 3);
    chain.addBlock(b4 as Block, { now: NOW, origin: 'peer-a' });
    chain.addBlock(b3 as Block, { now: NOW });
    expect(chain.orphanBytes('peer-a')).toBe(orphanByteSize(b4 as Block));
    expect(chain.orphanBytes(LOCAL_ORIGIN)).toBe(orphanByteSize(b3 as Block));
    expect(chain.orphanBytes()).toBe(orphanByteSize(b3 as Block) + orphanByteSize(b4 as Block));
    expect(chain.addBlock(b2 as Block, { now: NOW }).ok).toBe(true);
    expect(chain.tip).toBe(b4);
    expect([chain.orphanCount(), chain.orphanBytes(), chain.orphanBytes('peer-a')]).toEqual([0, 0, 0]);
  });

  it('holds an origin up to its bytes, evicting its oldest first', () => {
    const blocks = orphans(10);
    const size = Math.max(...blocks.map(orphanByteSize));
    const chain = new Blockchain(params, { orphanLimits: { maxBytesPerOrigin: 3 * size } });
    for (const block of blocks) chain.addBlock(block, { now: NOW, origin: 'rogue' });
    expect(chain.orphanCount()).toBe(3);
    expect(chain.orphanBytes('rogue')).toBeLessThanOrEqual(3 * size);
    // The newest three stay: each arrival past the bound evicted the oldest one.
    const adopted = chain.addBlock(parentOfOrphans(), { now: NOW });
    expect(adopted.ok && adopted.value.accepted.slice(1)).toEqual(blocks.slice(7));
  });

  it("past the total, evicts the largest holder's oldest, never another origin's", () => {
    const honest = orphans(2, '', 'honest');
    const flood = orphans(40, '', 'rogue');
    const size = Math.max(...[...honest, ...flood].map(orphanByteSize));
    const chain = new Blockchain(params, { orphanLimits: { maxBytes: 10 * size, maxBytesPerOrigin: 4 * size } });
    for (const block of honest) chain.addBlock(block, { now: NOW, origin: 'honest' });
    for (const [i, block] of flood.entries()) chain.addBlock(block, { now: NOW, origin: `rogue-${i % 4}` });
    expect(chain.orphanBytes()).toBeLessThanOrEqual(10 * size);
    expect(chain.orphanBytes('honest')).toBe(honest.reduce((sum, b) => sum + orphanByteSize(b), 0));
    for (let i = 0; i < 4; i++) expect(chain.orphanBytes(`rogue-${i}`)).toBeLessThanOrEqual(4 * size);
  });

  it('past the count, evicts from the origin holding the most blocks', () => {
    const chain = new Blockchain(params, { orphanLimits: { maxCount: 5 } });
    const [kept, ...flood] = orphans(12);
    chain.addBlock(kept as Block, { now: NOW, origin: 'honest' });
    for (const block of flood) chain.addBlock(block, { now: NOW, origin: 'rogue' });
    expect(chain.orphanCount()).toBe(5);
    expect(chain.orphanBytes('honest')).toBe(orphanByteSize(kept as Block));
  });

  it('does not hold a block larger than an origin may hold', () => {
    const [big] = orphans(1, 'x'.repeat(params.maxInfoBytes));
    const chain = new Blockchain(params, { orphanLimits: { maxBytesPerOrigin: orphanByteSize(big as Block) - 1 } });
    expect(chain.addBlock(big as Block, { now: NOW, origin: 'peer' })).toMatchObject({
      code: RejectCode.UnknownParent,
    });
    expect(chain.orphanCount()).toBe(0);
  });

  it('defaults to 8 MiB in all, 2 MiB per origin and 1,024 blocks; limits that are not positive integers throw', () => {
    expect(DEFAULT_ORPHAN_LIMITS).toEqual({ maxCount: MAX_ORPHANS, maxBytes: 8 * 2 ** 20, maxBytesPerOrigin: 2 ** 21 });
    expect(() => new Blockchain(params, { orphanLimits: { maxBytes: 0 } })).toThrow(RangeError);
  });
});
