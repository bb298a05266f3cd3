// Work before memory: a peer's parentless blocks are held only once their proof of work passed, and then only up to
// a byte bound per peer, its oldest evicted first. A flood of them neither fills the victim's memory nor evicts an
// honest peer's orphans, and the victim's owner is served as before.
import { describe, expect, it } from 'vitest';
import {
  type Block,
  Blockchain,
  blockToJson,
  createBlock,
  createCoinbase,
  createNetworkParams,
  createTransaction,
  DEFAULT_ORPHAN_LIMITS,
  mineBlock,
  orphanByteSize,
  type Transaction,
} from '../../src/core/index.ts';
import { createNetworkConfig } from '../../src/net/config.ts';
import { PeerSession } from '../../src/net/peer-session.ts';
import { peerIdFor } from '../../src/net/room.ts';
import type { PeerLink } from '../../src/net/transport.ts';
import { alice, bob, buildBlock, extend, mineFailingPow, NOW, T0 } from '../core/helpers.ts';
import { succeededWith } from '../node/fakes.ts';
import { faultsOf, ManualClock, startPeer, type TestPeer } from './helpers.ts';
import { MemoryHub } from './memory-transport.ts';
import { RoguePeer } from './rogue.ts';

/** Blocks of ~100 KB are possible (records of 8 KiB); proof of work is cheap: 4 bits, at least 1. */
const net = createNetworkParams('orphans', {
  difficulty: 4,
  minDifficulty: 1,
  retarget: null,
  reward: 50,
  maxTransactionsPerBlock: 16,
  maxInfoBytes: 8192,
});

const INFO_BYTES = 8192;
/** Nine records of 8 KiB, signed once and carried by every big block: nothing checks a held block's body yet. */
const records: Transaction[] = Array.from({ length: 9 }, (_, i) =>
  createTransaction(
    alice,
    { recipient: bob.address, amount: 0, info: `record ${i}`.padEnd(INFO_BYTES, '.'), timestamp: T0, nonce: i },
    net,
  ),
);

/** Block 2 of the network, which the victim never gets from the rogue: every flood block is its child. */
const source = new Blockchain(net);
const parent = buildBlock(source, source.genesis);
source.addBlock(parent, { now: NOW });

/** A ~100 KB child of `parent`: without valid proof of work, or with proof of work at the network's minimum. */
function bigOrphan(i: number, pow: 'none' | 'minimum'): Block {
  const timestamp = parent.timestamp + 1000 + i;
  const coinbase = createCoinbase({
    recipient: bob.address,
    amount: net.reward,
    index: 3,
    timestamp,
    info: `flood ${i}`.padEnd(INFO_BYTES, '.'),
  });
  const template = createBlock({
    index: 3,
    timestamp,
    previousHash: parent.hash,
    difficulty: pow === 'none' ? net.difficulty : net.minDifficulty,
    nonce: 0,
    transactions: [coinbase, ...records],
  });
  if (pow === 'none') return mineFailingPow(template);
  const mined = mineBlock(template);
  if (mined === null) throw new Error('nonce space exhausted');
  return mined;
}

type Scene = { hub: MemoryHub; victim: TestPeer };

async function scene(): Promise<Scene> {
  const hub = new MemoryHub();
  const victim = await startPeer(hub, 'victim', { params: net });
  return { hub, victim };
}

/** A raw peer linked to the victim, at the victim's own tip, answering every get-blocks with nothing. */
async function rawPeer({ hub, victim }: Scene, name: string): Promise<RoguePeer> {
  const peer = new RoguePeer(hub, peerIdFor(victim.node.chain.genesis.hash, `n-${name}`));
  await peer.connect(victim.peerId);
  peer.sendStatus(victim.node.chain);
  peer.on('get-blocks', (message) => {
    if (message.type === 'get-blocks') peer.send({ type: 'blocks', request: message.request, blocks: [], more: false });
  });
  await hub.settle();
  return peer;
}

/** The owner's own command still goes through, and promptly. */
async function expectOwnerServed(victim: TestPeer): Promise<void> {
  const started = performance.now();
  succeededWith(await victim.full.newTransaction({ recipient: bob.address, info: 'still here' }));
  expect(performance.now() - started).toBeLessThan(1000);
}

describe('a peer that floods parentless blocks', () => {
  it('without proof of work: every one is refused before it is kept, and the peer is banned', async () => {
    const s = await scene();
    const rogue = await rawPeer(s, 'rogue');
    for (let i = 0; i < 40; i++) rogue.send({ type: 'block', block: blockToJson(bigOrphan(i, 'none')) });
    await s.hub.settle();
    const chain = s.victim.node.chain;
    expect(faultsOf(s.victim, rogue.peerId)).toEqual(['bad-pow', 'bad-pow']);
    expect(chain.orphanCount()).toBe(0);
    expect(chain.orphanBytes()).toBe(0);
    expect(s.victim.network.bannedPeers()).toContain(rogue.peerId);
    expect(rogue.closed).toBe(true);
    expect(chain.height).toBe(1);
    await expectOwnerServed(s.victim);
  });

  it("with proof of work at the minimum: held up to its bytes, oldest evicted first, an honest peer's kept", async () => {
    const s = await scene();
    const chain = s.victim.node.chain;
    const honest = await rawPeer(s, 'honest');
    const rogue = await rawPeer(s, 'rogue');
    // The honest peer relays two blocks of its chain before the victim has their parent.
    const theirs = new Blockchain(net);
    theirs.addBlock(parent, { now: NOW });
    const [c3, c4] = extend(theirs, 2, { coinbaseInfo: 'honest' });
    if (c3 === undefined || c4 === undefined) throw new Error('two blocks');
    for (const block of [c3, c4]) honest.send({ type: 'block', block: blockToJson(block) });
    await s.hub.settle();
    const honestBytes = orphanByteSize(c3) + orphanByteSize(c4);
    expect(chain.orphanBytes(honest.peerId)).toBe(honestBytes);

    const flood = Array.from({ length: 40 }, (_, i) => bigOrphan(i, 'minimum'));
    for (const block of flood) rogue.send({ type: 'block', block: blockToJson(block) });
    await s.hub.settle();
    const size = orphanByteSize(flood[0] as Block);
    expect(size).toBeGreaterThan(90_000);
    const fits = Math.floor(DEFAULT_ORPHAN_LIMITS.maxBytesPerOrigin / size);
    expect(fits).toBeLessThan(40);
    expect(flood.map((block) => chain.hasOrphan(block.hash))).toEqual(flood.map((_, i) => i >= 40 - fits));
    expect(chain.orphanBytes(rogue.peerId)).toBe(fits * size);
    expect(chain.orphanBytes(honest.peerId)).toBe(honestBytes);
    expect(chain.orphanBytes()).toBe(fits * size + honestBytes);
    // Held for a parent is what an honest peer causes too: no points, no ban.
    expect(faultsOf(s.victim, rogue.peerId)).toEqual([]);
    await expectOwnerServed(s.victim);

    // The parent arrives: the honest blocks join; the rogue's, at too low a difficulty, are dropped.
    honest.send({ type: 'block', block: blockToJson(parent) });
    await s.hub.settle();
    expect(chain.tip.hash).toBe(c4.hash);
    expect([chain.orphanCount(), chain.orphanBytes()]).toEqual([0, 0]);
  });
});

describe('requests we keep waiting on one peer', () => {
  it('are bounded: past maxPendingRequests a new one fails at once, and each that settles frees a place', async () => {
    const link: PeerLink = {
      peerId: 'p',
      kind: 'in-memory',
      outbound: true,
      send: () => {},
      bufferedAmount: () => 0,
      drained: () => Promise.resolve(),
      close: () => {},
    };
    const clock = new ManualClock();
    const config = createNetworkConfig({ maxPendingRequests: 2 });
    const session = new PeerSession({ link, clock, config, maxMessageBytes: 1024 * 1024 });
    const first = session.awaitAnswers('blocks', 1, () => 'done');
    const second = session.awaitAnswers('blocks', 2, () => 'done');
    await expect(session.awaitAnswers('blocks', 3, () => 'done')).rejects.toThrow('2 requests already wait');
    session.answer({ v: 1, type: 'blocks', request: 1, blocks: [], more: false }, 64);
    await first;
    const third = session.awaitAnswers('blocks', 3, () => 'done');
    // Every wait has its deadline: an unanswered request leaves the list when it times out.
    clock.advance(config.requestTimeoutMs);
    await expect(second).rejects.toThrow('did not answer');
    await expect(third).rejects.toThrow('did not answer');
    const fourth = session.awaitAnswers('blocks', 4, () => 'done');
    session.answer({ v: 1, type: 'blocks', request: 4, blocks: [], more: false }, 64);
    await expect(fourth).resolves.toBeUndefined();
  });
});
