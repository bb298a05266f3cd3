// Links between tabs of one browser over a BroadcastChannel: dial and accept, frames both ways, close, crossing
// dials, a dial nobody answers, envelopes another tab forges, a tab speaking as another (it cannot reach a link it
// did not open, nor keep one under a linked tab's id) or posting garbage on its own link (charged as on WebRTC);
// and the routing of dials between tabs and PeerJS.
import { ed25519 } from '@noble/curves/ed25519.js';
import { describe, expect, it } from 'vitest';
import { bytesToHex } from '../../src/core/index.ts';
import type { ChannelLike } from '../../src/net/discovery.ts';
import type { NetworkEvent } from '../../src/net/network.ts';
import { peerIdFor } from '../../src/net/room.ts';
import { TAB_DIAL_TIMEOUT_MS, TabRoutedTransport, TabTransport } from '../../src/net/tab-transport.ts';
import type { PeerLink, Transport, TransportEvents } from '../../src/net/transport.ts';
import { openChainNode } from '../node/fakes.ts';
import { ManualClock, startFullNodeOn } from './helpers.ts';

/** One origin's BroadcastChannels: every other open channel of the same name gets each message, a task later. */
class Bus {
  private readonly channels = new Set<FakeChannel>();
  /** Names ever opened, in order: what a tab listening to everything it can could learn of them (nothing). */
  readonly names: string[] = [];
  open(name = 'shared'): FakeChannel {
    const channel = new FakeChannel(this, name);
    this.channels.add(channel);
    this.names.push(name);
    return channel;
  }
  deliver(from: FakeChannel, message: unknown): void {
    for (const channel of this.channels) {
      if (channel !== from && channel.name === from.name) channel.queue(structuredClone(message));
    }
  }
  remove(channel: FakeChannel): void {
    this.channels.delete(channel);
  }
}

class FakeChannel implements ChannelLike {
  private readonly listeners: Array<(event: { readonly data: unknown }) => void> = [];
  constructor(
    private readonly bus: Bus,
    readonly name: string,
  ) {}
  postMessage(message: unknown): void {
    this.bus.deliver(this, message);
  }
  addEventListener(_type: 'message', listener: (event: { readonly data: unknown }) => void): void {
    this.listeners.push(listener);
  }
  close(): void {
    this.bus.remove(this);
  }
  queue(data: unknown): void {
    queueMicrotask(() => {
      for (const listener of this.listeners) listener({ data });
    });
  }
}

type Recorded = { opened: PeerLink[]; closed: PeerLink[]; messages: Array<[string, unknown]>; failed: string[] };

function recorder(): { events: TransportEvents; seen: Recorded } {
  const seen: Recorded = { opened: [], closed: [], messages: [], failed: [] };
  return {
    seen,
    events: {
      onOpen: (link) => seen.opened.push(link),
      onClose: (link) => seen.closed.push(link),
      onMessage: (link, data) => seen.messages.push([link.peerId, data]),
      onDialFailed: (peerId) => seen.failed.push(peerId),
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function tab(bus: Bus, clock: ManualClock, id: string) {
  const transport = new TabTransport({
    localId: id,
    channel: bus.open(),
    clock,
    openChannel: (name) => bus.open(name),
  });
  const { events, seen } = recorder();
  transport.listen(events);
  return { transport, seen };
}

/** Tabs r0-a and r0-b of one browser, a having dialled b. */
async function linkedTabs() {
  const bus = new Bus();
  const clock = new ManualClock();
  const a = tab(bus, clock, 'r0-a');
  const b = tab(bus, clock, 'r0-b');
  a.transport.dial('r0-b');
  await settle();
  return { a, b, bus, clock };
}

describe('tab transport', () => {
  it('opens a link both ways on a dial, carries frames in order, and closes on both sides', async () => {
    const { a, b } = await linkedTabs();
    expect(a.seen.opened.map((l) => [l.peerId, l.outbound])).toEqual([['r0-b', true]]);
    expect(b.seen.opened.map((l) => [l.peerId, l.outbound])).toEqual([['r0-a', false]]);
    const [toB] = a.seen.opened;
    const [toA] = b.seen.opened;
    toB?.send(Uint8Array.of(1));
    toB?.send(Uint8Array.of(2));
    toA?.send(Uint8Array.of(3));
    await settle();
    expect(b.seen.messages).toEqual([
      ['r0-a', Uint8Array.of(1)],
      ['r0-a', Uint8Array.of(2)],
    ]);
    expect(a.seen.messages).toEqual([['r0-b', Uint8Array.of(3)]]);
    toB?.close();
    await settle();
    expect(a.seen.closed).toEqual([toB]);
    expect(b.seen.closed).toEqual([toA]);
  });

  it('keeps both links of a crossing dial apart, so the network can close the one it does not keep', async () => {
    const bus = new Bus();
    const clock = new ManualClock();
    const a = tab(bus, clock, 'r0-a');
    const b = tab(bus, clock, 'r0-b');
    a.transport.dial('r0-b');
    b.transport.dial('r0-a');
    await settle();
    expect(a.seen.opened.map((l) => l.outbound).sort()).toEqual([false, true]);
    expect(b.seen.opened.map((l) => l.outbound).sort()).toEqual([false, true]);
    // The network keeps the link dialled by the smaller id (a's) and closes b's.
    const dialledByB = a.seen.opened.find((l) => !l.outbound);
    dialledByB?.close();
    await settle();
    const kept = a.seen.opened.find((l) => l.outbound);
    kept?.send(Uint8Array.of(9));
    await settle();
    expect(b.seen.closed.map((l) => l.outbound)).toEqual([true]);
    expect(b.seen.messages).toEqual([['r0-a', Uint8Array.of(9)]]);
  });

  it('fails a dial no tab answers, after TAB_DIAL_TIMEOUT_MS', async () => {
    const bus = new Bus();
    const clock = new ManualClock();
    const a = tab(bus, clock, 'r0-a');
    a.transport.dial('r0-gone');
    await settle();
    clock.advance(TAB_DIAL_TIMEOUT_MS - 1);
    expect(a.seen.failed).toEqual([]);
    clock.advance(1);
    expect(a.seen.failed).toEqual(['r0-gone']);
  });

  it('ignores envelopes addressed elsewhere, malformed, or for a link that does not exist', async () => {
    const bus = new Bus();
    const clock = new ManualClock();
    const a = tab(bus, clock, 'r0-a');
    const forger = bus.open();
    for (const message of [
      { kind: 'frame', from: 'r0-x', to: 'r0-a', dialler: 'r0-x', frame: Uint8Array.of(1) },
      { kind: 'frame', from: 'r0-x', to: 'r0-a', dialler: 'r0-x', frame: 'text' },
      { kind: 'accept', from: 'r0-x', to: 'r0-a', dialler: 'r0-a' },
      { kind: 'dial', from: 'r0-x', to: 'r0-b', dialler: 'r0-x' },
      { kind: 'dial', from: 'not an id!', to: 'r0-a', dialler: 'not an id!' },
      { kind: 'dial', from: 'r0-x', to: 'r0-a', dialler: 'r0-y' },
      { kind: 'explode', from: 'r0-x', to: 'r0-a', dialler: 'r0-x' },
      'garbage',
      null,
    ]) {
      forger.postMessage(message);
    }
    await settle();
    expect(a.seen).toEqual({ opened: [], closed: [], messages: [], failed: [] });
  });

  it('closes every link and tells the other tabs when destroyed (the page goes away)', async () => {
    const { a, b } = await linkedTabs();
    a.transport.destroy();
    await settle();
    expect(a.seen.closed).toHaveLength(1);
    expect(b.seen.closed).toHaveLength(1);
    a.transport.dial('r0-b');
    await settle();
    expect(b.seen.opened).toHaveLength(1);
  });
});

describe('a tab that speaks as another', () => {
  it('cannot put a frame into, or close, the link of a tab it names (envelopes as every tab once sent them)', async () => {
    const { a, b, bus } = await linkedTabs();
    const forger = bus.open();
    // Every field right for a's link to b, as the shared channel once carried frames: anyone could post them.
    forger.postMessage({ kind: 'frame', from: 'r0-b', to: 'r0-a', dialler: 'r0-a', frame: Uint8Array.of(66) });
    forger.postMessage({ kind: 'frame', from: 'r0-a', to: 'r0-b', dialler: 'r0-a', frame: Uint8Array.of(66) });
    forger.postMessage({ kind: 'close', from: 'r0-b', to: 'r0-a', dialler: 'r0-a' });
    await settle();
    expect(a.seen.messages).toEqual([]);
    expect(b.seen.messages).toEqual([]);
    expect(a.seen.closed).toEqual([]);
    // The link itself is untouched.
    a.seen.opened[0]?.send(Uint8Array.of(1));
    await settle();
    expect(b.seen.messages).toEqual([['r0-a', Uint8Array.of(1)]]);
  });

  it('gets no second link under the id of a tab already linked', async () => {
    const { a, bus } = await linkedTabs();
    const forger = bus.open();
    const answers: unknown[] = [];
    forger.addEventListener('message', ({ data }) => answers.push(data));
    const key = bytesToHex(ed25519.getPublicKey(ed25519.utils.randomSecretKey()));
    // `dialler` as envelopes once had it, so the dial would have been taken before too.
    forger.postMessage({ kind: 'dial', from: 'r0-b', to: 'r0-a', dialler: 'r0-b', key });
    await settle();
    expect(answers).toEqual([]);
    expect(a.seen.opened).toHaveLength(1);
  });

  it('that answers a dial first, as the tab dialled, loses the link when that tab answers too', async () => {
    const bus = new Bus();
    const clock = new ManualClock();
    const forger = bus.open(); // opened first: it hears the dial, and answers, before the real tab does
    const a = tab(bus, clock, 'r0-a');
    const b = tab(bus, clock, 'r0-b');
    const key = bytesToHex(ed25519.getPublicKey(ed25519.utils.randomSecretKey()));
    forger.addEventListener('message', ({ data }) => {
      if ((data as { kind?: unknown }).kind === 'dial')
        forger.postMessage({ kind: 'accept', from: 'r0-b', to: 'r0-a', dialler: 'r0-a', key });
    });
    a.transport.dial('r0-b');
    await settle();
    // The forger's answer opened a link first; the real one shows two tabs claim r0-b, and a keeps neither.
    expect(a.seen.opened).toHaveLength(1);
    expect(a.seen.closed).toEqual(a.seen.opened);
    expect(b.seen.opened).toEqual([]);
  });

  it('posting something other than a frame on its own link is a bad frame, banned as on a WebRTC channel', async () => {
    const bus = new Bus();
    const clock = new ManualClock();
    const victim = await startTabPeer(bus, clock, 'victim');
    const rogueId = peerIdFor(victim.genesis, 'n-rogue');
    const rogue = tab(bus, clock, rogueId);
    rogue.transport.dial(victim.peerId);
    await settle();
    const [link] = rogue.seen.opened;
    if (link === undefined) throw new Error('the rogue tab is linked');
    // A hostile tab posts what it likes; a WebRTC peer sending text is charged bad-frame and banned at once.
    link.send('{"v":1,"type":"ping","nonce":1}' as unknown as Uint8Array);
    await settle();
    expect(victim.faults(rogueId)).toEqual(['bad-frame']);
    expect(victim.network.bannedPeers()).toEqual([rogueId]);
    expect(rogue.seen.closed).toEqual([link]);
  });
});

/** A real full node whose network runs on a tab transport over `bus`. */
async function startTabPeer(bus: Bus, clock: ManualClock, name: string) {
  const node = await openChainNode(`n-${name}`);
  const genesis = node.chain.genesis.hash;
  const peerId = peerIdFor(genesis, node.id);
  const transport = new TabTransport({ localId: peerId, channel: bus.open(), clock, openChannel: (n) => bus.open(n) });
  const events: NetworkEvent[] = [];
  const { network } = await startFullNodeOn(node, transport, { clock, events });
  const faults = (offender: string) =>
    events.flatMap((e) => (e.type === 'misbehaviour' && e.peerId === offender ? [e.fault] : []));
  return { peerId, genesis, network, faults };
}

describe('tab-routed transport', () => {
  it('dials tabs this browser announced over the tab channel, every other peer over the remote transport', async () => {
    const bus = new Bus();
    const clock = new ManualClock();
    const remoteDials: string[] = [];
    const remote: Transport = {
      localId: 'r0-a',
      listen: () => {},
      dial: (peerId) => remoteDials.push(peerId),
      destroy: () => {},
    };
    const openChannel = (name: string) => bus.open(name);
    const routed = new TabRoutedTransport(
      new TabTransport({ localId: 'r0-a', channel: bus.open(), clock, openChannel }),
      remote,
    );
    const { events, seen } = recorder();
    routed.listen(events);
    const b = tab(bus, clock, 'r0-b');
    routed.markTabPeers(['r0-b']);
    routed.dial('r0-b');
    routed.dial('r0-far');
    await settle();
    expect(seen.opened.map((l) => l.peerId)).toEqual(['r0-b']);
    expect(b.seen.opened.map((l) => l.peerId)).toEqual(['r0-a']);
    expect(remoteDials).toEqual(['r0-far']);
    expect(
      () => new TabRoutedTransport(new TabTransport({ localId: 'r0-z', channel: bus.open(), clock }), remote),
    ).toThrow(TypeError);
  });
});
