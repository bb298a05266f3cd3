// Eclipse by filling the slots (issue 11, finding 5): squatters that answer only status and pings dial a victim
// until it has no slot left. The victim keeps slots for links it dials itself, hands a squatter's slot to a
// newcomer once the squatter has served nothing for a while, never evicts a peer the user named, caps the links one
// browser's tabs may hold, and makes fresh tab ids wait after a tab is banned.
import { describe, expect, it } from 'vitest';
import type { NetworkEvent, PeerNetwork } from '../../src/net/network.ts';
import { peerIdFor } from '../../src/net/room.ts';
import type { PeerLink, Transport, TransportEvents } from '../../src/net/transport.ts';
import { openChainNode, succeededWith } from '../node/fakes.ts';
import { blocksOf, ManualClock, premadeChain, startFullNodeOn, startPeer } from './helpers.ts';
import { MemoryHub, type MemoryTransport } from './memory-transport.ts';
import { RoguePeer } from './rogue.ts';

const genesisOnly = premadeChain(0);
const HEARTBEAT_MS = 3_000;

/** A squatter: says it has the genesis block, answers pings, and serves nothing else. */
function squatter(hub: MemoryHub, name: string): RoguePeer {
  const rogue = new RoguePeer(hub, peerIdFor(genesisOnly.genesis.hash, `n-${name}`));
  rogue.on('status', () => rogue.sendStatus(genesisOnly));
  rogue.on('ping', (ping) => {
    if (ping.type === 'ping') rogue.send({ type: 'pong', nonce: ping.nonce });
  });
  return rogue;
}

function squatters(hub: MemoryHub, prefix: string, count: number): RoguePeer[] {
  return Array.from({ length: count }, (_, i) => squatter(hub, `${prefix}${i}`));
}

/** The squatting page at work: every squatter whose link is down dials the victim again. */
async function squat(hub: MemoryHub, rogues: readonly RoguePeer[], victimId: string): Promise<void> {
  for (const rogue of rogues) if (rogue.link === null || rogue.link.closed) rogue.transport.dial(victimId);
  await hub.settle();
}

function linkedTo(rogue: RoguePeer): boolean {
  return rogue.link !== null && !rogue.link.closed;
}

function inbound(network: PeerNetwork): number {
  return network.peerInfo().filter((p) => !p.outbound).length;
}

function evicted(events: readonly NetworkEvent[]): string[] {
  return events.flatMap((e) => (e.type === 'disconnected' && e.reason.code === 'evicted' ? [e.peerId] : []));
}

/** `count` heartbeats pass. */
async function beats(hub: MemoryHub, clock: ManualClock, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    clock.advance(HEARTBEAT_MS);
    await hub.settle();
  }
}

describe('outbound slots', () => {
  it('stay free for links the node dials: after a partition the honest peer is back within a few heartbeats', async () => {
    const hub = new MemoryHub();
    const clock = new ManualClock();
    // The victim's id is the smaller: of two dials that cross, both sides keep its own, the link we look for.
    const victim = await startPeer(hub, 'a-victim', { clock });
    const honest = await startPeer(hub, 'honest', { clock, blocks: blocksOf(premadeChain(2)) });
    victim.network.addCandidates([honest.peerId]); // as the signalling server's list names it
    await hub.settle();
    expect(victim.network.peers()).toEqual([honest.peerId]);
    expect(victim.node.chain.height).toBe(3);

    const page = squatters(hub, 'squat', 8);
    await squat(hub, page, victim.peerId); // every slot it may take (with no reserve: every free one)

    honest.network.goOffline(); // a brief partition; the squatters grab whatever it frees
    await hub.settle();
    for (let i = 0; i < 2; i++) {
      await beats(hub, clock, 1);
      await squat(hub, page, victim.peerId);
    }
    honest.network.goOnline();
    await hub.settle();
    let taken = 0;
    while (taken < 10 && !victim.network.peers().includes(honest.peerId)) {
      await beats(hub, clock, 1);
      await squat(hub, page, victim.peerId);
      taken++;
    }
    // The victim's own redial (backoff 1, 2, 4 s after the partition) finds a reserved slot.
    expect(taken).toBeLessThanOrEqual(4);
    expect(victim.network.peerInfo().find((p) => p.id === honest.peerId)).toMatchObject({
      ready: true,
      outbound: true,
    });
    // One page holds every slot strangers may take, and no more: 3 of 8 stay for links the victim dials.
    expect(inbound(victim.network)).toBe(5);
  });
});

describe('eviction', () => {
  it('hands an idle squatter’s slot to a newcomer, never a peer that serves, and refuses while all are young', async () => {
    const hub = new MemoryHub();
    const clock = new ManualClock();
    const victim = await startPeer(hub, 'victim', { clock });
    const useful = await startPeer(hub, 'useful', { clock });
    useful.network.connect(victim.peerId);
    await hub.settle();
    const page = squatters(hub, 'squat', 7);
    await squat(hub, page, victim.peerId);
    const held = page.filter(linkedTo);
    expect(held.length).toBeGreaterThan(0);

    // Every inbound peer linked moments ago: the newcomer is refused, nobody is evicted.
    const early = await startPeer(hub, 'early', { clock });
    early.network.connect(victim.peerId);
    await hub.settle();
    expect(victim.network.peers()).not.toContain(early.peerId);
    early.network.stop();
    await hub.settle();

    await beats(hub, clock, 8);
    succeededWith(await useful.node.mine()); // the one inbound peer that gives the victim something new
    await hub.settle();
    expect(victim.node.chain.height).toBe(2);
    await beats(hub, clock, 3); // 33 s: the squatters have served nothing since they linked

    const newcomer = await startPeer(hub, 'newcomer', { clock, blocks: blocksOf(premadeChain(3)) });
    newcomer.network.connect(victim.peerId);
    await hub.settle();
    expect(victim.network.peers()).toContain(newcomer.peerId);
    const gone = evicted(victim.events);
    expect(gone).toHaveLength(1);
    expect(held.map((r) => r.peerId)).toContain(gone[0]);
    expect(victim.network.peers()).toContain(useful.peerId);
    expect(victim.node.chain.height).toBe(4);
  });

  it('never evicts a registered peer for a stranger: every squatter goes first, then strangers are refused', async () => {
    const hub = new MemoryHub();
    const clock = new ManualClock();
    const victim = await startPeer(hub, 'victim', { clock });
    const page = squatters(hub, 'squat', 4);
    await squat(hub, page, victim.peerId);
    // It serves nothing either, and linked last it would be the first to go but for the registration.
    const [registered] = squatters(hub, 'friend', 1);
    if (registered === undefined) throw new Error('one registered peer');
    await squat(hub, [registered], victim.peerId);
    expect(victim.network.connect(registered.peerId, 'registered')).toBe(true);
    await hub.settle();
    expect(victim.network.peers()).toHaveLength(5);
    await beats(hub, clock, 11);

    const strangers = squatters(hub, 'stranger', 5);
    for (const stranger of strangers) await squat(hub, [stranger], victim.peerId);
    expect(new Set(evicted(victim.events))).toEqual(new Set(page.map((r) => r.peerId)));
    expect(victim.network.peers()).toContain(registered.peerId);
    expect(strangers.map(linkedTo)).toEqual([true, true, true, true, false]);
  });

  it('makes room for a registered peer when idle squatters hold every slot, even ones the node dialled', async () => {
    const hub = new MemoryHub();
    const clock = new ManualClock();
    const victim = await startPeer(hub, 'victim', { clock });
    const page = squatters(hub, 'squat', 5);
    await squat(hub, page, victim.peerId);
    // Three more squatters named in gossip or on the server's list: the victim dials them into its own slots.
    const listed = squatters(hub, 'listed', 3);
    victim.network.addCandidates(listed.map((r) => r.peerId));
    await hub.settle();
    expect(victim.network.peers()).toHaveLength(8);
    await beats(hub, clock, 11);

    const friend = await startPeer(hub, 'friend', { clock, blocks: blocksOf(premadeChain(1)) });
    victim.network.connect(friend.peerId, 'registered');
    await hub.settle();
    expect(victim.network.peers()).toContain(friend.peerId);
    expect(victim.network.peers()).toHaveLength(8);
    expect(evicted(victim.events)).toHaveLength(1);
  });
});

/** Reports every link of `inner` as a tab link: as if each peer were another tab of this same browser. */
class AsTabs implements Transport {
  readonly localId: string;
  private readonly links = new Map<PeerLink, PeerLink>();

  constructor(private readonly inner: MemoryTransport) {
    this.localId = inner.localId;
  }

  listen(events: TransportEvents): void {
    this.inner.listen({
      onOpen: (link) => events.onOpen(this.tab(link)),
      onMessage: (link, data) => events.onMessage(this.tab(link), data),
      onClose: (link) => events.onClose(this.tab(link)),
      onDialFailed: (peerId, reason) => events.onDialFailed(peerId, reason),
    });
  }

  dial(peerId: string): void {
    this.inner.dial(peerId);
  }

  destroy(): void {
    this.inner.destroy();
  }

  private tab(link: PeerLink): PeerLink {
    let tab = this.links.get(link);
    if (tab === undefined) {
      tab = {
        peerId: link.peerId,
        kind: 'tab',
        outbound: link.outbound,
        send: (frame) => link.send(frame),
        bufferedAmount: () => link.bufferedAmount(),
        drained: (lowWater) => link.drained(lowWater),
        close: () => link.close(),
      };
      this.links.set(link, tab);
    }
    return tab;
  }
}

/** A full node whose every link is a tab link (startPeer's node on an AsTabs transport). */
async function startTabNode(hub: MemoryHub, name: string, clock: ManualClock) {
  const node = await openChainNode(`n-${name}`);
  const peerId = peerIdFor(node.chain.genesis.hash, node.id);
  const events: NetworkEvent[] = [];
  const { network } = await startFullNodeOn(node, new AsTabs(hub.create(peerId)), { clock, events });
  return { network, peerId, events };
}

describe('tab links', () => {
  it('are capped at half the slots: one browser’s many tabs cannot fill a node', async () => {
    const hub = new MemoryHub();
    const clock = new ManualClock();
    const victim = await startTabNode(hub, 'victim', clock);
    const tabs = squatters(hub, 'tab', 6);
    await squat(hub, tabs, victim.peerId);
    expect(victim.network.peers()).toHaveLength(4);
    expect(tabs.filter(linkedTo)).toHaveLength(4);
  });

  it('after a tab is banned, fresh tab ids wait out a cool-down; tabs linked before do not', async () => {
    const hub = new MemoryHub();
    const clock = new ManualClock();
    const victim = await startTabNode(hub, 'victim', clock);
    const [offender, known] = squatters(hub, 'tab', 2);
    if (offender === undefined || known === undefined) throw new Error('two tabs');
    await squat(hub, [offender, known], victim.peerId);
    expect(victim.network.peers()).toHaveLength(2);
    known.link?.close(); // an honest tab that reloads keeps its id

    offender.sendRaw('garbage'); // a frame that cannot be followed: banned at once
    await hub.settle();
    expect(victim.network.bannedPeers()).toEqual([offender.peerId]);

    const [fresh, later] = squatters(hub, 'fresh', 2);
    if (fresh === undefined || later === undefined) throw new Error('two fresh tabs');
    await squat(hub, [fresh, known], victim.peerId);
    expect(linkedTo(fresh)).toBe(false);
    expect(victim.network.peers()).toEqual([known.peerId]);

    await beats(hub, clock, 20); // 60 s
    await squat(hub, [later], victim.peerId);
    expect(victim.network.peers()).toContain(later.peerId);
  });
});
