// Deadlines that cannot be stretched (issue 11, finding 4): a peer answering get-chain one block every 4 s, each
// part in time for the 15 s per-part timeout, no longer holds resolve() open; a length its status does not support
// is a fault; the resolve as a whole settles by its own deadline; a later resolve starts anew.
import { describe, expect, it } from 'vitest';
import { blockToJson } from '../../src/core/index.ts';
import { DEFAULT_NETWORK_CONFIG } from '../../src/net/config.ts';
import type { ResolveResult } from '../../src/net/network.ts';
import { peerIdFor } from '../../src/net/room.ts';
import { blocksOf, faultsOf, link, ManualClock, premadeChain, startPeer, type TestPeer, traffic } from './helpers.ts';
import { MemoryHub, type MemoryLink } from './memory-transport.ts';
import { RoguePeer } from './rogue.ts';

const U32_MAX = 4_294_967_295;
const DRIP_MS = 4_000;
const { requestDeadlineMs, chainDeadlinePerBlockMs, resolveDeadlineMs } = DEFAULT_NETWORK_CONFIG;

type Scene = {
  hub: MemoryHub;
  clock: ManualClock;
  victim: TestPeer;
  rogue: RoguePeer;
  /** The rogue's link to the victim: an honest peer that hears of the rogue by gossip dials it, and a RoguePeer
   *  speaks on its latest link. */
  toVictim: MemoryLink;
  requests: number[];
};

/** A victim at height 6 on a hand-driven clock, and a rogue linked to it that notes every get-chain it is sent. */
async function scene(status: { height?: number } = {}): Promise<Scene> {
  const hub = new MemoryHub();
  const clock = new ManualClock();
  const victim = await startPeer(hub, 'victim', { blocks: blocksOf(premadeChain(5)), clock });
  const rogue = new RoguePeer(hub, peerIdFor(victim.node.chain.genesis.hash, 'n-rogue'));
  await rogue.connect(victim.peerId);
  const toVictim = rogue.link;
  if (toVictim === null) throw new Error('the rogue is linked');
  const chain = victim.node.chain;
  rogue.send({
    type: 'status',
    network: chain.params.name,
    genesis: chain.genesis.hash,
    tip: chain.tip.hash,
    height: status.height ?? chain.height,
    work: chain.totalWork.toString(),
  });
  const requests: number[] = [];
  rogue.on('get-chain', (message) => {
    if (message.type === 'get-chain') requests.push(message.request);
  });
  await hub.settle();
  return { hub, clock, victim, rogue, toVictim, requests };
}

/** Starts a resolve and reports whether it has settled, and with what. */
function track(promise: Promise<ResolveResult>): { settled: () => boolean; result: () => ResolveResult | null } {
  let result: ResolveResult | null = null;
  let done = false;
  promise.then(
    (value) => {
      result = value;
      done = true;
    },
    () => {
      done = true;
    },
  );
  return { settled: () => done, result: () => result };
}

/**
 * The finding's drip: one-block parts of a chain stating `length` blocks, one every 4 s of the victim's clock,
 * until `untilMs` have passed or the resolve settled. Returns the ms of clock it took.
 */
async function drip(s: Scene, request: number, length: number, untilMs: number, settled: () => boolean) {
  const block = blockToJson(s.victim.node.chain.genesis);
  let elapsed = 0;
  for (let from = 1; elapsed < untilMs && !settled(); from++) {
    s.rogue.link = s.toVictim;
    s.rogue.send({ type: 'chain', request, length, from, blocks: [block] });
    await s.hub.settle();
    const step = Math.min(DRIP_MS, untilMs - elapsed);
    s.clock.advance(step);
    elapsed += step;
    await s.hub.settle();
  }
  return elapsed;
}

describe('resolve against a peer that drips its chain', () => {
  it('refuses at once a stated 4,294,967,295-block chain from a peer whose status says 6, and charges it', async () => {
    const s = await scene();
    const resolving = track(s.victim.network.resolve());
    await s.hub.settle();
    const [request] = s.requests;
    if (request === undefined) throw new Error('the victim asked for the chain');
    // Ten minutes of the drip at most; before the fix each part re-armed the 15 s timeout and it never settled.
    const took = await drip(s, request, U32_MAX, resolveDeadlineMs, resolving.settled);
    expect(resolving.settled()).toBe(true);
    expect(took).toBe(DRIP_MS);
    expect(resolving.result()).toEqual({ replaced: false, length: 6 });
    expect(faultsOf(s.victim, s.rogue.peerId)).toEqual(['bad-length']);
    // The parts it keeps sending for the request we gave up on are dropped without further blame.
    await drip(s, request, U32_MAX, 5 * DRIP_MS, () => false);
    expect(faultsOf(s.victim, s.rogue.peerId)).toEqual(['bad-length']);
  });

  it('gives a plausible chain a deadline by its length; a second resolve then starts anew', async () => {
    const s = await scene();
    const honest = await startPeer(s.hub, 'honest', { blocks: blocksOf(premadeChain(9)), clock: s.clock });
    await link(s.hub, [[honest, s.victim]]);
    // The victim synced from the honest peer on linking; the rogue's part comes first in the resolve.
    expect(s.victim.node.chain.height).toBe(10);
    const length = 30; // within the status height (6) and the margin: not a fault by itself
    const deadline = requestDeadlineMs + length * chainDeadlinePerBlockMs;
    const resolving = track(s.victim.network.resolve());
    await s.hub.settle();
    const [request] = s.requests;
    if (request === undefined) throw new Error('the victim asked for the chain');
    const took = await drip(s, request, length, deadline + DRIP_MS, resolving.settled);
    expect(resolving.settled()).toBe(true);
    // Settled in the step that crossed the deadline: no part re-armed it.
    expect(took).toBeGreaterThanOrEqual(deadline);
    expect(took).toBeLessThan(deadline + DRIP_MS);
    expect(resolving.result()).toEqual({ replaced: false, length: 10 });
    // Missing a deadline is no fault: an honest peer on a slow link can. Its late parts cost nothing either.
    await drip(s, request, length, 3 * DRIP_MS, () => false);
    expect(faultsOf(s.victim, s.rogue.peerId)).toEqual([]);
    expect(s.victim.network.peers()).toContain(s.rogue.peerId);

    const again = track(s.victim.network.resolve());
    await s.hub.settle();
    expect(s.requests).toHaveLength(2);
    expect(traffic(s.victim, 'out', 'get-chain', honest)).toBeGreaterThanOrEqual(1);
    const second = s.requests[1];
    if (second === undefined) throw new Error('a second get-chain');
    await drip(s, second, length, deadline + DRIP_MS, again.settled);
    expect(again.settled()).toBe(true);
  });

  it('settles by the resolve deadline even when a lying status makes any length plausible', async () => {
    const s = await scene({ height: U32_MAX });
    const resolving = track(s.victim.network.resolve());
    await s.hub.settle();
    const [request] = s.requests;
    if (request === undefined) throw new Error('the victim asked for the chain');
    const took = await drip(s, request, U32_MAX, resolveDeadlineMs + DRIP_MS, resolving.settled);
    expect(resolving.settled()).toBe(true);
    expect(took).toBeGreaterThanOrEqual(resolveDeadlineMs);
    expect(took).toBeLessThan(resolveDeadlineMs + DRIP_MS);
    expect(resolving.result()).toEqual({ replaced: false, length: 6 });
  });

  it('fails a peer that sends no part at all within the per-part timeout, uncharged', async () => {
    const s = await scene();
    const resolving = track(s.victim.network.resolve());
    await s.hub.settle();
    s.clock.advance(DEFAULT_NETWORK_CONFIG.requestTimeoutMs);
    await s.hub.settle();
    expect(resolving.settled()).toBe(true);
    expect(faultsOf(s.victim, s.rogue.peerId)).toEqual([]);
  });
});
