// Links between tabs of one browser over a BroadcastChannel: dial and accept, frames both ways, close, crossing
// dials, a dial nobody answers, envelopes another tab forges; and the routing of dials between tabs and PeerJS.
import { describe, expect, it } from 'vitest';
import type { ChannelLike } from '../../src/net/discovery.ts';
import { TAB_DIAL_TIMEOUT_MS, TabRoutedTransport, TabTransport } from '../../src/net/tab-transport.ts';
import type { PeerLink, Transport, TransportEvents } from '../../src/net/transport.ts';
import { ManualClock } from './helpers.ts';

/** One origin's BroadcastChannel: every other open channel of the name gets each message, a task later. */
class Bus {
  private readonly channels = new Set<FakeChannel>();
  open(): FakeChannel {
    const channel = new FakeChannel(this);
    this.channels.add(channel);
    return channel;
  }
  deliver(from: FakeChannel, message: unknown): void {
    for (const channel of this.channels) if (channel !== from) channel.queue(structuredClone(message));
  }
  remove(channel: FakeChannel): void {
    this.channels.delete(channel);
  }
}

class FakeChannel implements ChannelLike {
  private readonly listeners: Array<(event: { readonly data: unknown }) => void> = [];
  constructor(private readonly bus: Bus) {}
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
  const transport = new TabTransport({ localId: id, channel: bus.open(), clock });
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
  return { a, b };
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
    const routed = new TabRoutedTransport(new TabTransport({ localId: 'r0-a', channel: bus.open(), clock }), remote);
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
