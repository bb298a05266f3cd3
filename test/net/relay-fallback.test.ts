// WebRTC first, the relay when WebRTC cannot link (src/net/fallback-transport.ts), with hand-driven fakes for both
// ways and for time: when the relay is tried, that the network hears of one link per dial, that a direct link
// takes over from a relayed one, and which failures the network view is given.
import { beforeEach, describe, expect, it } from 'vitest';
import { FALLBACK_AFTER_MS, FallbackTransport } from '../../src/net/fallback-transport.ts';
import type {
  DialFailureCode,
  LinkKind,
  PeerLink,
  SignallingState,
  Transport,
  TransportEvents,
} from '../../src/net/transport.ts';
import { ManualClock } from './helpers.ts';

const SELF = 'r0123456789ab-n-self';
const PEER = 'r0123456789ab-n-peer';

class FakeLink implements PeerLink {
  closed = false;
  constructor(
    readonly peerId: string,
    readonly kind: LinkKind,
    readonly outbound: boolean,
    private readonly owner: FakeTransport,
  ) {}
  send(): void {}
  bufferedAmount(): number {
    return 0;
  }
  drained(): Promise<void> {
    return Promise.resolve();
  }
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.owner.events?.onClose(this);
  }
}

/** A transport the test drives: it records dials, and opens or fails them when told. */
class FakeTransport implements Transport {
  events: TransportEvents | null = null;
  readonly dials: string[] = [];
  connects = 0;
  destroyed = false;
  constructor(
    readonly localId: string,
    private readonly kind: LinkKind,
  ) {}
  listen(events: TransportEvents): void {
    this.events = events;
  }
  dial(peerId: string): void {
    this.dials.push(peerId);
  }
  connect(): void {
    this.connects++;
  }
  destroy(): void {
    this.destroyed = true;
  }
  open(peerId: string, outbound = true): FakeLink {
    const link = new FakeLink(peerId, this.kind, outbound, this);
    this.events?.onOpen(link);
    return link;
  }
  fail(peerId: string, code?: DialFailureCode): void {
    this.events?.onDialFailed(peerId, `failed: ${code ?? 'no code'}`, code);
  }
  signalling(state: SignallingState): void {
    this.events?.onSignalling?.(state, 'test');
  }
}

/** What the network above was told, in order. */
type Told =
  | { readonly event: 'open' | 'close'; readonly kind: LinkKind }
  | { readonly event: 'failed'; readonly code: DialFailureCode | undefined };

let clock: ManualClock;
let direct: FakeTransport;
let relay: FakeTransport;
let fallback: FallbackTransport;
let told: Told[];

function startFallback(withRelay = true): void {
  clock = new ManualClock();
  direct = new FakeTransport(SELF, 'webrtc');
  relay = new FakeTransport(SELF, 'relay');
  fallback = new FallbackTransport({ direct, relay: withRelay ? relay : null, clock });
  told = [];
  fallback.listen({
    onOpen: (link) => told.push({ event: 'open', kind: link.kind }),
    onClose: (link) => told.push({ event: 'close', kind: link.kind }),
    onMessage: () => {},
    onDialFailed: (_peerId, _reason, code) => told.push({ event: 'failed', code }),
  });
}

beforeEach(() => startFallback());

describe('FallbackTransport', () => {
  it('uses a direct link that opens in time, and never dials the relay', () => {
    fallback.dial(PEER);
    expect(direct.dials).toEqual([PEER]);
    clock.advance(FALLBACK_AFTER_MS - 1);
    direct.open(PEER);
    clock.advance(60_000);
    expect(relay.dials).toEqual([]);
    expect(told).toEqual([{ event: 'open', kind: 'webrtc' }]);
  });

  it('dials through the relay when no direct link opened within the fallback time', () => {
    fallback.dial(PEER);
    clock.advance(FALLBACK_AFTER_MS - 1);
    expect(relay.dials).toEqual([]);
    clock.advance(1);
    expect(relay.dials).toEqual([PEER]);
    relay.open(PEER);
    // The direct dial gives up later: the network already has its link and hears nothing of it.
    direct.fail(PEER, 'no-route');
    expect(told).toEqual([{ event: 'open', kind: 'relay' }]);
    expect(fallback.failures.list()).toEqual([]);
  });

  it('dials through the relay at once when the direct dial fails for want of a route', () => {
    fallback.dial(PEER);
    direct.fail(PEER, 'no-route');
    expect(relay.dials).toEqual([PEER]);
    clock.advance(FALLBACK_AFTER_MS);
    expect(relay.dials).toEqual([PEER]);
  });

  it('does not try the relay where it cannot help, and reports the direct failure', () => {
    fallback.dial(PEER);
    direct.fail(PEER, 'no-such-peer');
    clock.advance(FALLBACK_AFTER_MS);
    expect(relay.dials).toEqual([]);
    expect(told).toEqual([{ event: 'failed', code: 'no-such-peer' }]);
  });

  it('reports one failure when both ways fail, as no route, and keeps it for the view until a link opens', () => {
    fallback.dial(PEER);
    clock.advance(FALLBACK_AFTER_MS);
    relay.fail(PEER, 'no-such-peer');
    // The direct dial may still open: nothing is reported until it fails too.
    expect(told).toEqual([]);
    direct.fail(PEER, 'no-route');
    expect(told).toEqual([{ event: 'failed', code: 'no-route' }]);
    expect(fallback.failures.list()).toMatchObject([{ peerId: PEER, code: 'no-route', failures: 1 }]);
    fallback.dial(PEER);
    direct.fail(PEER, 'no-route');
    relay.fail(PEER, 'relay-refused');
    expect(fallback.failures.list()).toMatchObject([{ peerId: PEER, code: 'no-route', failures: 2 }]);
    fallback.dial(PEER);
    direct.open(PEER);
    expect(fallback.failures.list()).toEqual([]);
  });

  it('hands over to a direct link that opens later: the relayed link is closed first', () => {
    fallback.dial(PEER);
    clock.advance(FALLBACK_AFTER_MS);
    const relayed = relay.open(PEER);
    const direct1 = direct.open(PEER);
    expect(relayed.closed).toBe(true);
    expect(direct1.closed).toBe(false);
    expect(told).toEqual([
      { event: 'open', kind: 'relay' },
      { event: 'close', kind: 'relay' },
      { event: 'open', kind: 'webrtc' },
    ]);
  });

  it('closes a relayed link that arrives while a direct one is open, and tells the network nothing', () => {
    direct.open(PEER, false);
    const relayed = relay.open(PEER, false);
    expect(relayed.closed).toBe(true);
    expect(told).toEqual([{ event: 'open', kind: 'webrtc' }]);
  });

  it('passes inbound relayed links and their closes on', () => {
    const relayed = relay.open(PEER, false);
    relayed.close();
    expect(told).toEqual([
      { event: 'open', kind: 'relay' },
      { event: 'close', kind: 'relay' },
    ]);
  });

  it('joins the relay whenever signalling says this page is registered', () => {
    direct.signalling('connecting');
    expect(relay.connects).toBe(0);
    direct.signalling('online');
    direct.signalling('offline');
    direct.signalling('online');
    expect(relay.connects).toBe(2);
  });

  it('without a relay, still keeps failures for the view', () => {
    startFallback(false);
    fallback.dial(PEER);
    clock.advance(FALLBACK_AFTER_MS * 10);
    direct.fail(PEER, 'no-route');
    expect(told).toEqual([{ event: 'failed', code: 'no-route' }]);
    expect(fallback.failures.list()).toMatchObject([{ peerId: PEER, code: 'no-route' }]);
  });

  it('destroys both ways', () => {
    fallback.destroy();
    expect(direct.destroyed && relay.destroyed).toBe(true);
  });
});
