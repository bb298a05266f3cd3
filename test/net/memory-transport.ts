// An in-memory Transport for unit tests: every node of a MemoryHub can dial every other, frames are delivered in
// order one macrotask later, and a test can mute a node (its frames vanish, as when a tab freezes) or watch a
// link's buffer fill.
import type { PeerLink, Transport, TransportEvents } from '../../src/net/transport.ts';

export class MemoryLink implements PeerLink {
  readonly kind = 'in-memory';
  other: MemoryLink | null = null;
  closed = false;
  /** What bufferedAmount() reports: a test sets it to exercise backpressure. */
  buffered = 0;
  private drainWaiters: Array<{ lowWater: number; resolve: () => void }> = [];

  constructor(
    private readonly hub: MemoryHub,
    readonly owner: MemoryTransport,
    readonly peerId: string,
    readonly outbound: boolean,
  ) {}

  send(frame: Uint8Array): void {
    this.sendAnything(frame.slice());
  }

  /** What a hostile peer can put on a raw channel: anything at all, a string, an object. */
  sendAnything(data: unknown): void {
    // Like PeerJS: sending on a closed channel does nothing.
    const other = this.other;
    if (this.closed || other === null || this.hub.isMuted(this.owner.localId)) return;
    this.hub.deliver(() => {
      if (!other.closed) other.owner.receive(other, data);
    });
  }

  bufferedAmount(): number {
    return this.buffered;
  }

  drained(lowWater: number): Promise<void> {
    if (this.buffered <= lowWater) return Promise.resolve();
    return new Promise((resolve) => this.drainWaiters.push({ lowWater, resolve }));
  }

  /** Lets the test empty the buffer, waking senders waiting in drained(). */
  setBuffered(bytes: number): void {
    this.buffered = bytes;
    const waiting = this.drainWaiters;
    this.drainWaiters = waiting.filter((w) => bytes > w.lowWater);
    for (const w of waiting) if (bytes <= w.lowWater) w.resolve();
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.setBuffered(0);
    this.hub.deliver(() => this.owner.closed(this));
    const other = this.other;
    if (other !== null && !other.closed) {
      other.closed = true;
      this.hub.deliver(() => other.owner.closed(other));
    }
  }
}

export class MemoryTransport implements Transport {
  events: TransportEvents | null = null;
  readonly links: MemoryLink[] = [];
  destroyed = false;

  constructor(
    private readonly hub: MemoryHub,
    readonly localId: string,
  ) {}

  listen(events: TransportEvents): void {
    this.events = events;
  }

  dial(peerId: string): void {
    this.hub.deliver(() => {
      const target = this.hub.get(peerId);
      if (this.destroyed) return;
      if (target === undefined || target.events === null || target.destroyed) {
        this.events?.onDialFailed(peerId, 'no such peer');
        return;
      }
      const mine = new MemoryLink(this.hub, this, peerId, true);
      const theirs = new MemoryLink(this.hub, target, this.localId, false);
      mine.other = theirs;
      theirs.other = mine;
      this.links.push(mine);
      target.links.push(theirs);
      // Both ends open even when the callee closes its end at once (a refusal), as a WebRTC channel does.
      target.events.onOpen(theirs);
      this.events?.onOpen(mine);
    });
  }

  destroy(): void {
    this.destroyed = true;
    for (const link of this.links) link.close();
  }

  openLinks(): MemoryLink[] {
    return this.links.filter((l) => !l.closed);
  }

  receive(link: MemoryLink, data: unknown): void {
    this.events?.onMessage(link, data);
  }

  closed(link: MemoryLink): void {
    this.events?.onClose(link);
  }
}

export class MemoryHub {
  private readonly transports = new Map<string, MemoryTransport>();
  private readonly muted = new Set<string>();
  private inFlight = 0;

  create(id: string): MemoryTransport {
    const transport = new MemoryTransport(this, id);
    this.transports.set(id, transport);
    return transport;
  }

  get(id: string): MemoryTransport | undefined {
    return this.transports.get(id);
  }

  /** Frames a muted node sends are lost; it still receives. */
  mute(id: string, muted = true): void {
    if (muted) this.muted.add(id);
    else this.muted.delete(id);
  }

  isMuted(id: string): boolean {
    return this.muted.has(id);
  }

  deliver(action: () => void): void {
    this.inFlight++;
    setTimeout(() => {
      this.inFlight--;
      action();
    }, 0);
  }

  /** Resolves once nothing has been in flight for a few macrotasks in a row (handlers may await in between). */
  async settle(maxTurns = 100_000): Promise<void> {
    let quietTurns = 0;
    for (let turn = 0; turn < maxTurns; turn++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      quietTurns = this.inFlight === 0 ? quietTurns + 1 : 0;
      if (quietTurns >= 3) return;
    }
    throw new Error(`the memory network did not settle within ${maxTurns} turns`);
  }
}
