// Links over time: the heartbeat that finds dead peers (on an injected clock), the connection cap, gossip, going
// offline and online, simultaneous dials, redialling after a loss, and bans that last the session.
import { describe, expect, it } from 'vitest';
import { succeededWith } from '../node/fakes.ts';
import { blocksOf, link, ManualClock, premadeChain, startPeer, traffic } from './helpers.ts';
import { MemoryHub } from './memory-transport.ts';
import { RoguePeer } from './rogue.ts';

describe('heartbeat', () => {
  it('pings every 3 s, keeps a peer that answers, and drops one silent for over 10 s', async () => {
    const hub = new MemoryHub();
    const clock = new ManualClock();
    const [a, b] = await Promise.all(['a', 'b'].map((n) => startPeer(hub, n, { clock })));
    if (!a || !b) throw new Error('two peers');
    await link(hub, [[a, b]]);

    for (let i = 0; i < 10; i++) {
      clock.advance(3_000);
      await hub.settle();
    }
    expect(a.network.peers()).toEqual([b.peerId]);
    expect(traffic(a, 'out', 'ping')).toBeGreaterThanOrEqual(9);
    expect(traffic(a, 'in', 'pong')).toBeGreaterThanOrEqual(9);
    expect(a.network.peerInfo()[0]?.latencyMs).toBe(0);

    hub.mute(b.peerId); // b's tab freezes: its link stays "open", nothing arrives from it
    for (let elapsed = 0; elapsed <= 9_000; elapsed += 3_000) {
      clock.advance(3_000);
      await hub.settle();
      if (elapsed < 9_000) expect(a.network.peers()).toEqual([b.peerId]);
    }
    expect(a.network.peers()).toEqual([]);
    expect(a.events.some((e) => e.type === 'disconnected' && e.reason.code === 'silent' && e.reason.ms > 10_000)).toBe(
      true,
    );
  });
});

describe('a link that never sends status', () => {
  it('is closed after 10 s, though it answers pings', async () => {
    const hub = new MemoryHub();
    const clock = new ManualClock();
    const victim = await startPeer(hub, 'victim', { clock });
    const mute = new RoguePeer(hub, 'r000000000000-n-mute');
    // It answers every ping (each answer is charged as speaking before status), so it is never silent.
    mute.on('ping', (ping) => {
      if (ping.type === 'ping') mute.send({ type: 'pong', nonce: ping.nonce });
    });
    await mute.connect(victim.peerId);
    for (let i = 0; i < 4; i++) {
      clock.advance(3_000);
      await hub.settle();
    }
    expect(mute.closed).toBe(true);
    expect(victim.events.some((e) => e.type === 'disconnected' && e.reason.code === 'no-status')).toBe(true);
  });
});

describe('connection cap and gossip', () => {
  it('refuses links past the cap, and peers find each other through gossip', async () => {
    const hub = new MemoryHub();
    const config = { maxConnections: 3 };
    const [hubNode, x, y, z, late] = await Promise.all(
      ['hub', 'x', 'y', 'z', 'late'].map((n) => startPeer(hub, n, { config })),
    );
    if (!hubNode || !x || !y || !z || !late) throw new Error('five peers');
    await link(hub, [[x, hubNode]]);
    await link(hub, [[y, hubNode]]);
    await link(hub, [[z, hubNode]]);

    expect(hubNode.network.peers()).toHaveLength(3);
    // Nobody told z of x and y: the hub's gossip did.
    expect(new Set(z.network.peers())).toEqual(new Set([hubNode.peerId, x.peerId, y.peerId]));
    for (const peer of [hubNode, x, y, z]) expect(peer.network.peers().length).toBeLessThanOrEqual(3);

    late.network.connect(hubNode.peerId);
    await hub.settle();
    expect(hubNode.network.peers()).toHaveLength(3);
    expect(hubNode.network.peers()).not.toContain(late.peerId);
    expect(late.network.peers()).toEqual([]);
  });

  it('dials a peer that refused it for want of a slot again only once its links may have idled', async () => {
    const hub = new MemoryHub();
    const clock = new ManualClock();
    const config = { maxConnections: 2 };
    const [full, x, y, late] = await Promise.all(
      ['full', 'x', 'y', 'late'].map((n) => startPeer(hub, n, { config, clock })),
    );
    if (!full || !x || !y || !late) throw new Error('four peers');
    await link(hub, [[x, full]]);
    await link(hub, [[y, full]]);
    let dials = 0;
    const dial = late.transport.dial.bind(late.transport);
    late.transport.dial = (peerId) => {
      dials++;
      dial(peerId);
    };
    // Heard of each second (as on the server's list), not named by the user: the full peer turns it away while its
    // links are too young to give up (idleEvictMs, 30 s). A dial each 1, 2, 4, 8 s, or each second were it
    // forgotten and heard of again, would cost both sides an RTCPeerConnection each time.
    for (let second = 0; second < 29; second++) {
      late.network.addCandidates([full.peerId]);
      await hub.settle();
      clock.advance(1_000);
    }
    expect([dials, late.network.peers()]).toEqual([1, []]);
    for (let second = 0; second < 4; second++) {
      clock.advance(1_000);
      await hub.settle();
    }
    // By then a link of the full peer's may have given it nothing for 30 s, and so make room: worth a dial.
    expect(dials).toBe(2);
  });

  it('keeps one link when two peers dial each other at the same moment', async () => {
    const hub = new MemoryHub();
    const [a, b] = await Promise.all(['a', 'b'].map((n) => startPeer(hub, n)));
    if (!a || !b) throw new Error('two peers');
    a.network.connect(b.peerId);
    b.network.connect(a.peerId);
    await hub.settle();
    expect(a.network.peers()).toEqual([b.peerId]);
    expect(b.network.peers()).toEqual([a.peerId]);
    expect(a.transport.openLinks()).toHaveLength(1);
    expect(b.transport.openLinks()).toHaveLength(1);
  });
});

describe('offline and online', () => {
  it('drops every link and refuses new ones while offline, then reconnects and syncs', async () => {
    const hub = new MemoryHub();
    const clock = new ManualClock();
    const [a, b, c] = await Promise.all(['a', 'b', 'c'].map((n) => startPeer(hub, n, { clock })));
    if (!a || !b || !c) throw new Error('three peers');
    await link(hub, [
      [a, b],
      [a, c],
    ]);
    expect(new Set(a.network.peers())).toEqual(new Set([b.peerId, c.peerId]));

    a.network.goOffline();
    await hub.settle();
    expect(a.network.online).toBe(false);
    expect(a.network.peers()).toEqual([]);
    expect(b.network.peers()).not.toContain(a.peerId);
    // b keeps redialling a, which refuses while offline.
    for (let i = 0; i < 5; i++) {
      clock.advance(3_000);
      await hub.settle();
    }
    expect(a.network.peers()).toEqual([]);
    const mined = succeededWith(await b.node.mine());
    await hub.settle();
    expect(a.node.chain.height).toBe(1);

    a.network.goOnline();
    await hub.settle();
    expect(new Set(a.network.peers())).toEqual(new Set([b.peerId, c.peerId]));
    expect(a.node.chain.tip.hash).toBe(mined.hash);
  });

  it('goes dark as a group: links inside it stay and are made again, the rest are refused until online', async () => {
    const hub = new MemoryHub();
    const clock = new ManualClock();
    const [a, b, c, d] = await Promise.all(['a', 'b', 'c', 'd'].map((n) => startPeer(hub, n, { clock })));
    if (!a || !b || !c || !d) throw new Error('four peers');
    await link(hub, [
      [a, b],
      [a, c],
      [b, c],
      [c, d],
    ]);
    // a and b go dark together (b by its bare node id, as a page names it): their link stays, c is cut off.
    a.network.goOffline([b.peerId]);
    b.network.goOffline([a.node.id]);
    await hub.settle();
    expect(a.network.peers()).toEqual([b.peerId]);
    expect(b.network.peers()).toEqual([a.peerId]);
    expect(a.network.online).toBe(false);
    // The group's blocks stay in the group; the others' stay out.
    const dark = succeededWith(await a.node.mine());
    const light = succeededWith(await d.node.mine());
    for (let i = 0; i < 5; i++) {
      clock.advance(3_000);
      await hub.settle();
    }
    expect(b.node.chain.tip.hash).toBe(dark.hash);
    expect(c.node.chain.tip.hash).toBe(light.hash);
    expect(c.network.peers()).toEqual([d.peerId]);
    // A link inside the group that drops is made again while dark.
    a.transport
      .openLinks()
      .find((l) => l.peerId === b.peerId)
      ?.close();
    await hub.settle();
    for (let i = 0; i < 3; i++) {
      clock.advance(3_000);
      await hub.settle();
    }
    expect(a.network.peers()).toEqual([b.peerId]);

    a.network.goOnline();
    b.network.goOnline();
    await hub.settle();
    expect(a.network.peers()).toEqual(expect.arrayContaining([b.peerId, c.peerId]));
  });

  it('redials a peer that went away and turns dials away, with backoff, until it is back', async () => {
    const hub = new MemoryHub();
    const clock = new ManualClock();
    const a = await startPeer(hub, 'a', { clock });
    const b = await startPeer(hub, 'b', { clock, blocks: blocksOf(premadeChain(2)) });
    await link(hub, [[a, b]]);
    b.network.goOffline();
    await hub.settle();
    expect(a.network.peers()).toEqual([]);
    const attemptsBefore = traffic(a, 'out', 'status');
    for (let i = 0; i < 30; i++) {
      clock.advance(1_000);
      await hub.settle();
    }
    // Each attempt opens a link that b closes at once, as a peer with no slot does: a asks again after idleEvictMs
    // (30 s), so once or twice in 30 s, not thirty times.
    const attempts = traffic(a, 'out', 'status') - attemptsBefore;
    expect(attempts).toBeGreaterThanOrEqual(1);
    expect(attempts).toBeLessThanOrEqual(2);
    b.network.goOnline();
    await hub.settle();
    expect(a.network.peers()).toEqual([b.peerId]);
    expect(a.node.chain.height).toBe(3);
  });
});

describe('bans', () => {
  it('last for the session: a banned peer is neither accepted nor dialled again', async () => {
    const hub = new MemoryHub();
    const [a, b] = await Promise.all(['a', 'b'].map((n) => startPeer(hub, n)));
    if (!a || !b) throw new Error('two peers');
    await link(hub, [[a, b]]);
    // b sends a frame a cannot follow: banned at once.
    b.transport.openLinks()[0]?.sendAnything('garbage');
    await hub.settle();
    expect(a.network.bannedPeers()).toEqual([b.peerId]);
    b.network.connect(a.peerId);
    a.network.connect(b.peerId);
    await hub.settle();
    expect(a.network.peers()).toEqual([]);
    expect(b.network.peers()).toEqual([]);
  });
});
