// Costs for free requests (issue 11): per-peer token buckets for get-blocks, get-chain, answers nobody asked for and
// parentless blocks. Within a bucket nothing changes; past it the message is not served and its sender is charged,
// so a flood ends in a ban while an honest peer's sync, asking back to back, completes.
import { describe, expect, it } from 'vitest';
import { type Block, blockToJson } from '../../src/core/index.ts';
import { DEFAULT_NETWORK_CONFIG } from '../../src/net/config.ts';
import { ORPHAN_MIN_COST, TokenBucket } from '../../src/net/rate-limit.ts';
import { peerIdFor } from '../../src/net/room.ts';
import { carol } from '../core/helpers.ts';
import { blocksOf, faultsOf, link, ManualClock, premadeChain, startPeer, type TestPeer, traffic } from './helpers.ts';
import { MemoryHub } from './memory-transport.ts';
import { RoguePeer } from './rogue.ts';

const config = DEFAULT_NETWORK_CONFIG;

type Scene = { hub: MemoryHub; clock: ManualClock; victim: TestPeer; rogue: RoguePeer };

/** A victim at height 21 on a hand-driven clock (its buckets refill only when a test says so), and a rogue. */
async function scene(): Promise<Scene> {
  const hub = new MemoryHub();
  const clock = new ManualClock();
  const victim = await startPeer(hub, 'victim', { blocks: blocksOf(premadeChain(20)), clock });
  const rogue = new RoguePeer(hub, peerIdFor(victim.node.chain.genesis.hash, 'n-rogue'));
  await rogue.connect(victim.peerId);
  rogue.sendStatus(victim.node.chain);
  await hub.settle();
  return { hub, clock, victim, rogue };
}

function expectBanned(s: Scene): void {
  expect(s.victim.network.bannedPeers()).toContain(s.rogue.peerId);
  expect(s.rogue.closed).toBe(true);
}

/** Answers the victim sent the rogue (what a ban leaves in flight never reaches it, so counted at the victim). */
function servedTo(s: Scene, type: 'blocks' | 'chain'): number {
  return s.victim.events.filter(
    (e) => e.type === 'traffic' && e.direction === 'out' && e.messageType === type && e.peerId === s.rogue.peerId,
  ).length;
}

/** Faults a ban takes at `points` each. */
const toBan = (points: number) => Math.ceil(100 / points);

describe('a token bucket', () => {
  it('lets a burst through, then refills at its rate on the injected clock', () => {
    const clock = new ManualClock();
    const bucket = new TokenBucket(clock, 3, 60);
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
    clock.advance(999);
    expect(bucket.take()).toBe(false);
    clock.advance(1);
    expect(bucket.take()).toBe(true);
    clock.advance(60_000);
    expect(bucket.level()).toBe(3);
  });
});

describe('a get-blocks flood', () => {
  it('is served up to its burst, then charged and banned, while an honest sync asking back to back completes', async () => {
    const s = await scene();
    const genesis = s.victim.node.chain.genesis.hash;
    const flood = config.getBlocksBurst + toBan(20);
    for (let request = 1; request <= flood; request++) {
      s.rogue.send({ type: 'get-blocks', request, locator: [genesis], limit: 500 });
    }
    // One block a request: the honest joiner asks 20 times in a row, as fast as answers come.
    const joiner = await startPeer(s.hub, 'joiner', { clock: s.clock, config: { blocksPerRequest: 1 } });
    await link(s.hub, [[joiner, s.victim]]);

    expect(servedTo(s, 'blocks')).toBe(config.getBlocksBurst);
    expect(faultsOf(s.victim, s.rogue.peerId)).toEqual(Array(toBan(20)).fill('flooding'));
    expectBanned(s);
    expect(joiner.node.chain.tip.hash).toBe(s.victim.node.chain.tip.hash);
    expect(traffic(joiner, 'out', 'get-blocks')).toBeGreaterThanOrEqual(20);
    expect(faultsOf(s.victim, joiner.peerId)).toEqual([]);
  });

  it('refills: the same requests spread over time cost nothing', async () => {
    const s = await scene();
    const genesis = s.victim.node.chain.genesis.hash;
    const perSecond = config.getBlocksPerMinute / 60;
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < config.getBlocksBurst; i++) {
        s.rogue.send({ type: 'get-blocks', request: round * 1_000 + i, locator: [genesis], limit: 1 });
      }
      await s.hub.settle();
      // Pings keep the link alive meanwhile; the bucket is full again after burst / rate seconds.
      for (let t = 0; t < config.getBlocksBurst / perSecond; t++) {
        s.rogue.send({ type: 'ping', nonce: t });
        s.clock.advance(1_000);
        await s.hub.settle();
      }
    }
    expect(faultsOf(s.victim, s.rogue.peerId)).toEqual([]);
    expect(servedTo(s, 'blocks')).toBe(3 * config.getBlocksBurst);
  });
});

describe('a get-chain flood', () => {
  it('is served up to its burst, then charged and banned', async () => {
    const s = await scene();
    const flood = config.getChainBurst + toBan(20);
    for (let request = 1; request <= flood; request++) {
      s.rogue.send({ type: 'get-chain', request });
      await s.hub.settle(); // one at a time: asking while the last is still served is charged anyway
    }
    expect(servedTo(s, 'chain')).toBe(config.getChainBurst);
    expect(faultsOf(s.victim, s.rogue.peerId)).toEqual(Array(toBan(20)).fill('flooding'));
    expectBanned(s);
  });
});

describe('answers nobody asked for', () => {
  it('are dropped free up to their burst, then charged and banned', async () => {
    const s = await scene();
    const block = blockToJson(s.victim.node.chain.tip);
    const flood = config.unsolicitedBurst + toBan(10);
    for (let i = 0; i < flood; i++) {
      // Request ids the victim never used; blocks and chain answers share the bucket.
      if (i % 2 === 0) s.rogue.send({ type: 'blocks', request: 90_000 + i, blocks: [block], more: false });
      else s.rogue.send({ type: 'chain', request: 90_000 + i, length: 1, from: 1, blocks: [block] });
    }
    await s.hub.settle();
    expect(faultsOf(s.victim, s.rogue.peerId)).toEqual(Array(toBan(10)).fill('unsolicited'));
    expectBanned(s);
  });
});

describe('parentless blocks', () => {
  /** A block of another branch whose parent the victim lacks (carol's chain parts from the victim's at genesis). */
  function parentless(): Block {
    const block = premadeChain(3, { miner: carol }).mainChain()[3];
    if (block === undefined) throw new Error('a branch of three');
    return block;
  }

  it('are held as before up to the bucket (bytes, at least 4 KiB each), then charged and banned', async () => {
    const s = await scene();
    const json = blockToJson(parentless());
    const free = Math.floor(config.orphanBurstBytes / ORPHAN_MIN_COST);
    for (let i = 0; i < free; i++) s.rogue.send({ type: 'block', block: json });
    await s.hub.settle();
    expect(faultsOf(s.victim, s.rogue.peerId)).toEqual([]);
    expect(s.victim.node.chain.orphanCount()).toBe(1);
    for (let i = 0; i < toBan(20); i++) s.rogue.send({ type: 'block', block: json });
    await s.hub.settle();
    expect(faultsOf(s.victim, s.rogue.peerId)).toEqual(Array(toBan(20)).fill('flooding'));
    expectBanned(s);
  });

  it('from a peer ahead, relayed as it mines, cost nothing', async () => {
    const s = await scene();
    const ahead = premadeChain(30);
    // Blocks 23..31 of the longer chain arrive before their parents 22 and on: each is parentless here.
    for (const block of ahead.mainChain().slice(22)) s.rogue.send({ type: 'block', block: blockToJson(block) });
    await s.hub.settle();
    expect(faultsOf(s.victim, s.rogue.peerId)).toEqual([]);
  });
});
