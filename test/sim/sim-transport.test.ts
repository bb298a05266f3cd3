// The simulated wire: latency and order, loss as retransmission, bandwidth, partitions, and the virtual clock under it.
import { describe, expect, it } from 'vitest';
import { utf8 } from '../../src/core/index.ts';
import { toFrames } from '../../src/net/frames.ts';
import type { PeerLink, TransportEvents } from '../../src/net/transport.ts';
import { SeededRandom } from '../../src/sim/random.ts';
import { type LinkModel, messageTypeOf, SimWire } from '../../src/sim/sim-transport.ts';
import { VirtualClock } from '../../src/sim/virtual-clock.ts';

const START = 1_000_000;
const steady: LinkModel = { minLatencyMs: 50, maxLatencyMs: 50, jitterMs: 0, loss: 0, bandwidthBytesPerSec: 1e9 };

type Heard = { at: number; from: string; data: unknown };

/** Two or more transports on one wire, each recording what reaches it. */
function wireOf(model: LinkModel, ids: readonly string[], seed = 7) {
  const clock = new VirtualClock(START);
  const wire = new SimWire(clock, model, new SeededRandom(seed), seed);
  const heard = new Map<string, Heard[]>();
  const opened = new Map<string, PeerLink[]>();
  const closed = new Map<string, PeerLink[]>();
  const failed = new Map<string, string[]>();
  const transports = ids.map((id) => {
    const transport = wire.create(id);
    heard.set(id, []);
    opened.set(id, []);
    closed.set(id, []);
    failed.set(id, []);
    const events: TransportEvents = {
      onOpen: (link) => opened.get(id)?.push(link),
      onMessage: (link, data) => heard.get(id)?.push({ at: clock.now(), from: link.peerId, data }),
      onClose: (link) => closed.get(id)?.push(link),
      onDialFailed: (_peerId, _reason, code) => failed.get(id)?.push(code ?? ''),
    };
    transport.listen(events);
    return transport;
  });
  return { clock, wire, transports, heard, opened, closed, failed };
}

function frame(n: number, size = 1): Uint8Array {
  return new Uint8Array(size).fill(n);
}

async function linked(model: LinkModel, seed = 7) {
  const net = wireOf(model, ['a', 'b'], seed);
  net.transports[0]?.dial('b');
  await net.clock.runUntil(START + 10_000);
  const a = net.opened.get('a')?.[0];
  const b = net.opened.get('b')?.[0];
  if (a === undefined || b === undefined) throw new Error('the dial did not open');
  return { ...net, a, b };
}

describe('VirtualClock', () => {
  it('runs timers in due order, ties in the order they were set, and lets awaiting handlers finish in their instant', async () => {
    const clock = new VirtualClock(0);
    const ran: string[] = [];
    clock.after(20, () => ran.push('20'));
    clock.after(10, () => ran.push('10a'));
    clock.after(10, async () => {
      await Promise.resolve();
      await Promise.resolve();
      ran.push(`10b awaited at ${clock.now()}`);
    });
    const cancel = clock.after(15, () => ran.push('cancelled'));
    cancel();
    await clock.runUntil(100);
    expect(ran).toEqual(['10a', '10b awaited at 10', '20']);
    expect(clock.now()).toBe(100);
  });
});

describe('SimWire', () => {
  it('opens a dial after two round trips, both ends at once', async () => {
    const { opened, a, b } = await linked(steady);
    expect(a.outbound).toBe(true);
    expect(b.outbound).toBe(false);
    expect(opened.get('a')).toHaveLength(1);
  });

  it('delivers each frame one latency later, in the order sent, even when jitter would reorder them', async () => {
    const { clock, heard, a } = await linked({ ...steady, jitterMs: 40 });
    const sentAt = clock.now();
    for (let n = 0; n < 50; n++) a.send(frame(n));
    await clock.runUntil(sentAt + 1_000);
    const got = heard.get('b') ?? [];
    expect(got.map((h) => (h.data as Uint8Array)[0])).toEqual([...Array(50).keys()]);
    for (const h of got) expect(h.at - sentAt).toBeGreaterThanOrEqual(50);
    expect(Math.max(...got.map((h) => h.at - sentAt))).toBeLessThanOrEqual(91);
    expect(new Set(got.map((h) => h.at)).size).toBeGreaterThan(1);
  });

  it('resends lost frames a retransmission later, holding back the frames behind them, and loses none', async () => {
    const { clock, heard, wire, a } = await linked({ ...steady, loss: 0.2 });
    const sentAt = clock.now();
    for (let n = 0; n < 200; n++) a.send(frame(n % 256));
    await clock.runUntil(sentAt + 60_000);
    const got = heard.get('b') ?? [];
    expect(got.map((h) => (h.data as Uint8Array)[0])).toEqual([...Array(200).keys()]);
    expect(wire.stats.retransmissions).toBeGreaterThan(20);
    // A lost frame waits a round trip plus 200 ms more: the slowest arrival shows it.
    expect(Math.max(...got.map((h) => h.at - sentAt))).toBeGreaterThanOrEqual(50 + 300);
  });

  it('serializes frames at the link bandwidth and reports what is not yet sent', async () => {
    const { clock, heard, a } = await linked({ ...steady, bandwidthBytesPerSec: 100_000 });
    const sentAt = clock.now();
    for (let n = 0; n < 10; n++) a.send(frame(n, 10_000));
    expect(a.bufferedAmount()).toBeCloseTo(100_000, -3);
    let drainedAt = 0;
    void a.drained(20_000).then(() => {
      drainedAt = clock.now();
    });
    await clock.runUntil(sentAt + 5_000);
    const got = heard.get('b') ?? [];
    // 10,000 bytes take 100 ms at 100 kB/s: the last frame leaves after a second and lands 50 ms later.
    expect((got[9]?.at ?? 0) - sentAt).toBe(1_050);
    expect(drainedAt - sentAt).toBe(800);
    expect(a.bufferedAmount()).toBe(0);
  });

  it('tells the other end of a close one latency later', async () => {
    const { clock, closed, a } = await linked(steady);
    const at = clock.now();
    a.close();
    await clock.runUntil(at + 49);
    expect(closed.get('a')).toHaveLength(1);
    expect(closed.get('b')).toHaveLength(0);
    await clock.runUntil(at + 50);
    expect(closed.get('b')).toHaveLength(1);
  });

  it('closes links across a partition at once, fails dials across it, and links again once healed', async () => {
    const net = wireOf(steady, ['a', 'b', 'c']);
    const [a] = net.transports;
    a?.dial('b');
    a?.dial('c');
    await net.clock.runUntil(START + 1_000);
    expect(net.opened.get('a')).toHaveLength(2);
    net.wire.partition(
      new Map([
        ['a', 0],
        ['b', 0],
        ['c', 1],
      ]),
    );
    await net.clock.runUntil(START + 1_001);
    expect(net.closed.get('a')?.map((l) => l.peerId)).toEqual(['c']);
    expect(net.closed.get('c')?.map((l) => l.peerId)).toEqual(['a']);
    const ab = net.opened.get('a')?.[0];
    ab?.send(frame(1));
    a?.dial('c');
    await net.clock.runUntil(START + 10_000);
    expect(net.heard.get('b')).toHaveLength(1);
    expect(net.failed.get('a')).toEqual(['no-route']);
    net.wire.heal();
    a?.dial('c');
    await net.clock.runUntil(START + 20_000);
    expect(net.opened.get('c')).toHaveLength(2);
  });

  it('drops every frame of a muted message type and delivers the rest', async () => {
    const { clock, heard, wire, a } = await linked(steady);
    wire.muted = new Set(['report']);
    const sentAt = clock.now();
    const frames = (body: object) => toFrames(utf8(JSON.stringify({ v: 1, ...body })));
    const big = frames({ type: 'report', padding: 'x'.repeat(40_000) });
    expect(big.length).toBeGreaterThan(1);
    for (const f of [...frames({ type: 'ping', nonce: 1 }), ...big, ...frames({ type: 'pong', nonce: 2 })]) a.send(f);
    await clock.runUntil(sentAt + 1_000);
    const got = (heard.get('b') ?? []).map((h) => messageTypeOf(h.data as Uint8Array));
    expect(got).toEqual(['ping', 'pong']);
    expect(wire.stats.mutedMessages).toBe(1);
  });

  it('fails a dial to nobody at once', async () => {
    const net = wireOf(steady, ['a']);
    net.transports[0]?.dial('nobody');
    await net.clock.runUntil(START + 1);
    expect(net.failed.get('a')).toEqual(['no-such-peer']);
  });

  it('draws the same latency for a pair both ways and for the same seed', () => {
    const model = { ...steady, minLatencyMs: 20, maxLatencyMs: 200 };
    const one = wireOf(model, [], 3).wire;
    const again = wireOf(model, [], 3).wire;
    const other = wireOf(model, [], 4).wire;
    expect(one.latencyMs('x', 'y')).toBe(one.latencyMs('y', 'x'));
    expect(one.latencyMs('x', 'y')).toBe(again.latencyMs('x', 'y'));
    expect(one.latencyMs('x', 'y')).not.toBe(other.latencyMs('x', 'y'));
    expect(one.latencyMs('x', 'y')).toBeGreaterThanOrEqual(20);
    expect(one.latencyMs('x', 'y')).toBeLessThan(200);
  });
});
