// The simulator's Transport (src/net/transport.ts): links between nodes of one process, carried on virtual time.
// Each direction of a link is an ordered, reliable channel like a WebRTC data channel: a frame leaves after the
// frames before it have been serialized at the link's bandwidth, travels the pair's latency plus jitter, and a lost
// frame is sent again one retransmission timeout later, holding back the frames behind it (head-of-line blocking).
// A partition closes every link across it at once (as a failed ICE connection does) and fails dials across it.
import { FRAME_HEADER_BYTES } from '../net/frames.ts';
import type { DialFailureCode, PeerLink, Transport, TransportEvents } from '../net/transport.ts';
import { hashString, type SeededRandom } from './random.ts';
import type { VirtualClock } from './virtual-clock.ts';

export type LinkModel = {
  /** One-way latency of a pair of nodes, drawn once per pair, uniform in [min, max]. */
  readonly minLatencyMs: number;
  readonly maxLatencyMs: number;
  /** Added to each frame's latency, uniform in [0, jitterMs]; order is kept all the same. */
  readonly jitterMs: number;
  /** Chance that a frame is lost in transit and must be sent again. */
  readonly loss: number;
  /** Each direction of each link. */
  readonly bandwidthBytesPerSec: number;
};

/** A lost frame waits this much beyond one round trip before it is sent again (SCTP's minimum RTO is about this). */
const RETRANSMIT_BASE_MS = 200;
/** A dial across a partition fails after this long (ICE gives up). */
const NO_ROUTE_AFTER_MS = 5_000;

export class SimLink implements PeerLink {
  readonly kind = 'in-memory';
  other: SimLink | null = null;
  closed = false;
  /** When this direction's serializer is free again. */
  sendingUntil = 0;
  /** When this direction's last frame arrives: a later frame never overtakes it. */
  lastArrival = 0;
  /** Bytes of a muted message still to come in later frames (see SimWire.muted). */
  mutedBytesLeft = 0;

  constructor(
    private readonly wire: SimWire,
    readonly owner: SimTransport,
    readonly peerId: string,
    readonly outbound: boolean,
  ) {}

  send(frame: Uint8Array): void {
    if (!this.closed && this.other !== null) this.wire.transmit(this, this.other, frame);
  }

  bufferedAmount(): number {
    return this.wire.unsentBytes(this);
  }

  drained(lowWater: number): Promise<void> {
    const waitMs = this.wire.msUntilBelow(this, lowWater);
    if (waitMs <= 0) return Promise.resolve();
    return new Promise((resolve) => this.wire.clock.after(waitMs, resolve));
  }

  close(): void {
    this.wire.close(this);
  }
}

export class SimTransport implements Transport {
  events: TransportEvents | null = null;
  destroyed = false;
  readonly links = new Set<SimLink>();

  constructor(
    private readonly wire: SimWire,
    readonly localId: string,
  ) {}

  listen(events: TransportEvents): void {
    this.events = events;
  }

  dial(peerId: string): void {
    this.wire.dial(this, peerId);
  }

  destroy(): void {
    this.destroyed = true;
    for (const link of [...this.links]) link.close();
  }
}

export type WireStats = {
  frames: number;
  bytes: number;
  retransmissions: number;
  mutedMessages: number;
  /** Dials made, each one an RTCPeerConnection on both sides in a browser. */
  dials: number;
};

const TYPE_PREFIX = '{"v":1,"type":"';
const prefixDecoder = new TextDecoder();

/** The message type a message's first frame names, read from its opening bytes; null for a later frame. */
export function messageTypeOf(frame: Uint8Array): string | null {
  const view = new DataView(frame.buffer, frame.byteOffset, frame.byteLength);
  if (frame.byteLength < FRAME_HEADER_BYTES || view.getUint32(5) !== 0) return null;
  const head = prefixDecoder.decode(frame.subarray(FRAME_HEADER_BYTES, FRAME_HEADER_BYTES + 48));
  if (!head.startsWith(TYPE_PREFIX)) return null;
  const end = head.indexOf('"', TYPE_PREFIX.length);
  return end < 0 ? null : head.slice(TYPE_PREFIX.length, end);
}

export class SimWire {
  readonly stats: WireStats = { frames: 0, bytes: 0, retransmissions: 0, mutedMessages: 0, dials: 0 };
  /**
   * Message types the wire does not deliver: the sender builds and sends them (and counts them), the receiver never
   * hears them. A cut for traffic that would make a large run too slow to simulate; every run says what it muted.
   */
  muted: ReadonlySet<string> = new Set();
  /** Sees every frame as it is sent (the metrics' view of the wire). */
  onSend: ((from: SimLink, frame: Uint8Array) => void) | null = null;
  private readonly transports = new Map<string, SimTransport>();
  private groupOf: ReadonlyMap<string, number> | null = null;
  private readonly bytesPerMs: number;

  constructor(
    readonly clock: VirtualClock,
    readonly model: LinkModel,
    private readonly random: SeededRandom,
    private readonly seed: number,
  ) {
    this.bytesPerMs = model.bandwidthBytesPerSec / 1000;
  }

  create(id: string): SimTransport {
    const transport = new SimTransport(this, id);
    this.transports.set(id, transport);
    return transport;
  }

  /** One-way latency between two nodes: the same both ways and for the whole run. */
  latencyMs(a: string, b: string): number {
    const { minLatencyMs, maxLatencyMs } = this.model;
    const pair = a < b ? `${a}|${b}` : `${b}|${a}`;
    return minLatencyMs + ((maxLatencyMs - minLatencyMs) * hashString(`${this.seed}|${pair}`)) / 4294967296;
  }

  /** Splits the nodes into groups (by id): links across groups close now, dials across them fail. */
  partition(groupOf: ReadonlyMap<string, number>): void {
    this.groupOf = groupOf;
    for (const transport of this.transports.values()) {
      for (const link of [...transport.links]) {
        if (!this.reachable(transport.localId, link.peerId)) this.cut(link);
      }
    }
  }

  heal(): void {
    this.groupOf = null;
  }

  reachable(a: string, b: string): boolean {
    return this.groupOf === null || this.groupOf.get(a) === this.groupOf.get(b);
  }

  dial(from: SimTransport, peerId: string): void {
    this.stats.dials++;
    const target = this.transports.get(peerId);
    const fail = (afterMs: number, reason: string, code: DialFailureCode) =>
      this.clock.after(afterMs, () => {
        if (!from.destroyed) from.events?.onDialFailed(peerId, reason, code);
      });
    if (target === undefined || target.destroyed || target.events === null) {
      fail(0, 'no such peer', 'no-such-peer');
      return;
    }
    if (!this.reachable(from.localId, peerId)) {
      fail(NO_ROUTE_AFTER_MS, 'no route', 'no-route');
      return;
    }
    // Offer and answer through the signalling server, then the connectivity check and handshake: two round trips.
    const setupMs = 4 * this.latencyMs(from.localId, peerId);
    this.clock.after(setupMs, () => {
      if (from.destroyed) return;
      if (target.destroyed || target.events === null) {
        from.events?.onDialFailed(peerId, 'peer left', 'no-such-peer');
        return;
      }
      if (!this.reachable(from.localId, peerId)) {
        from.events?.onDialFailed(peerId, 'no route', 'no-route');
        return;
      }
      const mine = new SimLink(this, from, peerId, true);
      const theirs = new SimLink(this, target, from.localId, false);
      mine.other = theirs;
      theirs.other = mine;
      from.links.add(mine);
      target.links.add(theirs);
      target.events.onOpen(theirs);
      from.events?.onOpen(mine);
    });
  }

  transmit(from: SimLink, to: SimLink, frame: Uint8Array): void {
    if (this.muted.size > 0 && this.mutes(from, frame)) return;
    const now = this.clock.now();
    this.stats.frames++;
    this.stats.bytes += frame.length;
    this.onSend?.(from, frame);
    from.sendingUntil = Math.max(now, from.sendingUntil) + frame.length / this.bytesPerMs;
    const latency = this.latencyMs(from.owner.localId, from.peerId);
    let delay = latency + this.random.next() * this.model.jitterMs;
    while (this.model.loss > 0 && this.random.next() < this.model.loss) {
      this.stats.retransmissions++;
      delay += 2 * latency + RETRANSMIT_BASE_MS;
    }
    const arrival = Math.max(from.sendingUntil + delay, from.lastArrival);
    from.lastArrival = arrival;
    this.clock.after(arrival - now, () => {
      if (!to.closed) to.owner.events?.onMessage(to, frame);
    });
  }

  /** Whether this frame belongs to a muted message (its first frame, or one of the rest). */
  private mutes(from: SimLink, frame: Uint8Array): boolean {
    const payload = frame.byteLength - FRAME_HEADER_BYTES;
    if (from.mutedBytesLeft > 0) {
      from.mutedBytesLeft = Math.max(0, from.mutedBytesLeft - payload);
      return true;
    }
    const type = messageTypeOf(frame);
    if (type === null || !this.muted.has(type)) return false;
    const length = new DataView(frame.buffer, frame.byteOffset, frame.byteLength).getUint32(1);
    from.mutedBytesLeft = length - payload;
    this.stats.mutedMessages++;
    return true;
  }

  unsentBytes(link: SimLink): number {
    return Math.max(0, link.sendingUntil - this.clock.now()) * this.bytesPerMs;
  }

  msUntilBelow(link: SimLink, bytes: number): number {
    return link.sendingUntil - bytes / this.bytesPerMs - this.clock.now();
  }

  /** Closes this end now; the other end learns of it one latency later (its frames meanwhile are lost). */
  close(link: SimLink): void {
    if (link.closed) return;
    this.closeEnd(link, 0);
    const other = link.other;
    if (other !== null) this.closeEnd(other, this.latencyMs(link.owner.localId, link.peerId));
  }

  /** Both ends at once: the path between them is gone. */
  private cut(link: SimLink): void {
    this.closeEnd(link, 0);
    if (link.other !== null) this.closeEnd(link.other, 0);
  }

  private closeEnd(link: SimLink, afterMs: number): void {
    if (afterMs > 0) {
      this.clock.after(afterMs, () => this.closeEnd(link, 0));
      return;
    }
    if (link.closed) return;
    link.closed = true;
    link.owner.links.delete(link);
    // Closed for sending at once; the owner hears of it as an event of its own, as from a real channel.
    this.clock.after(0, () => link.owner.events?.onClose(link));
  }
}
