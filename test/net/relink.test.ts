// A peer that comes back (crash, reload, lost Wi-Fi) while we still hold its dead link: a link under a new session
// nonce replaces the old one at once, one under the same session is a duplicate as before, a peer without nonces
// keeps the old rule, and a peer flapping sessions is held to a rate. Then: a wake-up redials at once.
import { describe, expect, it } from 'vitest';
import { RETURNS_BURST } from '../../src/net/relink.ts';
import { succeededWith } from '../node/fakes.ts';
import { faultsOf, ManualClock, type PeerOptions, startPeer, type TestPeer } from './helpers.ts';
import { MemoryHub as Hub, type MemoryHub } from './memory-transport.ts';
import { RoguePeer } from './rogue.ts';

/**
 * The page dies without a word (a crash, a killed tab): its links stay open on the other side, which hears nothing
 * more from them, and its timers stop.
 */
function crash(peer: TestPeer): void {
  for (const link of peer.transport.links) link.other = null;
  peer.transport.events = null;
  peer.transport.links.length = 0;
  peer.network.stop();
}

/** The same node started again on the same store (same node id, so the same peer id), as a reload does. */
function restart(hub: MemoryHub, peer: TestPeer, options: PeerOptions = {}): Promise<TestPeer> {
  crash(peer);
  return startPeer(hub, peer.name, { ...options, store: peer.store });
}

function endsOf(peer: TestPeer, of: TestPeer | RoguePeer): string[] {
  return peer.events.flatMap((e) => (e.type === 'disconnected' && e.peerId === of.peerId ? [e.reason.code] : []));
}

/** A status of `peer`'s chain under session `nonce` (hex), or with none. */
function statusLike(peer: TestPeer, nonce?: string) {
  const { chain } = peer.node;
  return {
    type: 'status' as const,
    network: chain.params.name,
    genesis: chain.genesis.hash,
    tip: chain.tip.hash,
    height: chain.height,
    work: chain.totalWork.toString(),
    ...(nonce === undefined ? {} : { session: nonce }),
  };
}

const nonce = (n: number) => n.toString(16).padStart(32, '0');

describe('a peer that comes back', () => {
  it('replaces its dead link at once, without waiting for the heartbeat', async () => {
    const hub = new Hub();
    const clock = new ManualClock();
    const a = await startPeer(hub, 'a', { clock });
    const b = await startPeer(hub, 'b', { clock });
    // b dials a both times: the duplicate rule alone would keep the first link (same dialler) and close the new one.
    b.network.connect(a.peerId);
    await hub.settle();
    expect(a.network.peers()).toEqual([b.peerId]);

    const back = await restart(hub, b, { clock });
    back.network.connect(a.peerId);
    await hub.settle(); // no clock time passes: no heartbeat could have dropped the old link

    expect(a.network.peers()).toEqual([back.peerId]);
    expect(back.network.peers()).toEqual([a.peerId]);
    expect(endsOf(a, back)).toEqual(['peer-restarted']);
    expect(a.transport.openLinks()).toHaveLength(1);
    // The new link carries blocks both ways.
    const mined = succeededWith(await back.node.mine());
    await hub.settle();
    expect(a.node.chain.tip.hash).toBe(mined.hash);
  });

  it('keeps the first link when the same session dials a second time (the usual duplicate rule)', async () => {
    const hub = new Hub();
    const [a, b] = await Promise.all(['a', 'b'].map((name) => startPeer(hub, name)));
    if (!a || !b) throw new Error('two peers');
    b.network.connect(a.peerId);
    await hub.settle();
    const [first] = a.transport.openLinks();

    b.transport.dial(a.peerId); // a second link from the same page: same session nonce
    await hub.settle();
    expect(a.transport.openLinks()).toEqual([first]);
    expect(b.transport.openLinks()).toHaveLength(1);
    expect(a.network.peers()).toEqual([b.peerId]);
    expect(endsOf(a, b)).toEqual([]);
    expect(faultsOf(a, b.peerId)).toEqual([]);
  });

  it('keeps the old rule for a peer that sends no session nonce', async () => {
    const hub = new Hub();
    const a = await startPeer(hub, 'a');
    const rogue = new RoguePeer(hub, a.peerId.replace(/n-.*$/, 'n-oldpeer'));
    await rogue.connect(a.peerId);
    rogue.send(statusLike(a));
    await hub.settle();
    expect(a.network.peers()).toEqual([rogue.peerId]);
    const held = rogue.link;

    await rogue.connect(a.peerId); // a second link: closed at once, whatever it will say
    await hub.settle();
    expect(rogue.link?.closed).toBe(true);
    expect(held?.closed).toBe(false);
    expect(endsOf(a, rogue)).toEqual([]);
  });

  it('holds a peer flapping its session to a rate: past it, charged and refused', async () => {
    const hub = new Hub();
    const clock = new ManualClock();
    const a = await startPeer(hub, 'a', { clock });
    const rogue = new RoguePeer(hub, a.peerId.replace(/n-.*$/, 'n-flapper'));
    await rogue.connect(a.peerId);
    rogue.send(statusLike(a, nonce(0)));
    await hub.settle();
    expect(a.network.peers()).toEqual([rogue.peerId]);

    for (let i = 1; i <= RETURNS_BURST + 2; i++) {
      await rogue.connect(a.peerId);
      rogue.send(statusLike(a, nonce(i)));
      await hub.settle();
    }
    expect(endsOf(a, rogue).filter((code) => code === 'peer-restarted')).toHaveLength(RETURNS_BURST);
    expect(faultsOf(a, rogue.peerId)).toEqual(['flooding', 'flooding']);
    expect(a.network.peers()).toEqual([rogue.peerId]); // the link from the last allowed return is still held

    clock.advance(10_000); // one more return earned back (6 a minute)
    await rogue.connect(a.peerId);
    rogue.send(statusLike(a, nonce(99)));
    await hub.settle();
    expect(endsOf(a, rogue).filter((code) => code === 'peer-restarted')).toHaveLength(RETURNS_BURST + 1);
  });

  it('charges a second link that sends anything before its status, and closes it', async () => {
    const hub = new Hub();
    const a = await startPeer(hub, 'a');
    const rogue = new RoguePeer(hub, a.peerId.replace(/n-.*$/, 'n-sneaky'));
    await rogue.connect(a.peerId);
    rogue.send(statusLike(a, nonce(1)));
    await hub.settle();
    const held = rogue.link;

    await rogue.connect(a.peerId);
    rogue.send({ type: 'ping', nonce: 1 });
    await hub.settle();
    expect(faultsOf(a, rogue.peerId)).toEqual(['no-status']);
    expect(rogue.link?.closed).toBe(true);
    expect(held?.closed).toBe(false);
    expect(a.network.peers()).toEqual([rogue.peerId]);
  });

  it('lets a second link take the slot when the held one closes before it said its session', async () => {
    const hub = new Hub();
    const a = await startPeer(hub, 'a');
    const rogue = new RoguePeer(hub, a.peerId.replace(/n-.*$/, 'n-quick'));
    await rogue.connect(a.peerId);
    rogue.send(statusLike(a, nonce(1)));
    await hub.settle();
    const held = rogue.link;

    await rogue.connect(a.peerId); // the contender waits for its status
    held?.close();
    await hub.settle();
    rogue.send(statusLike(a, nonce(2)));
    await hub.settle();
    expect(a.network.peers()).toEqual([rogue.peerId]);
    expect(rogue.link?.closed).toBe(false);
  });
});

describe('redialling when the network is back', () => {
  it('dials every known peer at once, past its backoff, and the ones linked lately though given up on', async () => {
    const hub = new Hub();
    const clock = new ManualClock();
    const a = await startPeer(hub, 'a', { clock });
    const b = await startPeer(hub, 'b', { clock });
    a.network.addCandidates([b.peerId]); // discovered, not registered: given up on after 5 failed dials
    await hub.settle();
    expect(a.network.peers()).toEqual([b.peerId]);

    crash(b); // b's device drops off: a finds the link silent, redials with backoff, and gives b up
    for (let i = 0; i < 70; i++) {
      clock.advance(1_000);
      await hub.settle();
    }
    expect(a.network.peers()).toEqual([]);
    const back = await startPeer(hub, 'b', { clock, store: b.store }); // b is back, but knows nobody to dial
    clock.advance(5_000);
    await hub.settle();
    expect(a.network.peers()).toEqual([]);

    a.network.redialNow();
    await hub.settle();
    expect(a.network.peers()).toEqual([back.peerId]);
  });

  it('drops links gone silent at once rather than at the next heartbeat', async () => {
    const hub = new Hub();
    const clock = new ManualClock();
    const a = await startPeer(hub, 'a', { clock });
    const b = await startPeer(hub, 'b', { clock });
    a.network.connect(b.peerId);
    await hub.settle();
    hub.mute(b.peerId);
    clock.advance(9_000); // heartbeats at 3, 6 and 9 s: never yet 10 s of silence
    await hub.settle();
    expect(a.network.peers()).toEqual([b.peerId]);
    clock.advance(2_000); // 11 s silent, the next heartbeat at 12 s
    a.network.redialNow();
    await hub.settle();
    expect(endsOf(a, b)).toEqual(['silent']);
  });
});
