// Links between the tabs of one browser over a BroadcastChannel: no signalling server, no WebRTC, so nodes in tabs
// of one browser connect even with `?signal=none` or offline. Every tab of the origin hears every message, so each
// carries its sender and addressee; a tab keeps only what is addressed to it and narrows it field by field (another
// tab is as untrusted as any peer). TabRoutedTransport sends dials to tabs this way and everything else to PeerJS.
import type { Cancel, Clock } from './clock.ts';
import type { ChannelLike } from './discovery.ts';
import { isPeerId } from './room.ts';
import type { PeerLink, Transport, TransportEvents } from './transport.ts';

/** An answer to a dial takes one hop through the browser: a tab that has not answered by then is gone or busy. */
export const TAB_DIAL_TIMEOUT_MS = 5_000;

/**
 * `dialler` names the link: two tabs that dial each other at once have two links, one dialled by each, until the
 * network keeps one (the one dialled by the smaller id) and closes the other.
 */
type Envelope = {
  readonly kind: 'dial' | 'accept' | 'close' | 'frame';
  readonly from: string;
  readonly to: string;
  readonly dialler: string;
  readonly frame?: Uint8Array;
};

export function tabLinkChannelName(genesisHash: string): string {
  return `bbc-links:${genesisHash}`;
}

const KINDS: ReadonlySet<unknown> = new Set(['dial', 'accept', 'close', 'frame']);

function narrowEnvelope(data: unknown): Envelope | null {
  if (typeof data !== 'object' || data === null) return null;
  const { kind, from, to, dialler, frame } = data as Record<string, unknown>;
  if (!KINDS.has(kind) || !isPeerId(from) || !isPeerId(to) || (dialler !== from && dialler !== to)) return null;
  if (kind !== 'frame') return { kind: kind as Envelope['kind'], from, to, dialler };
  return frame instanceof Uint8Array ? { kind, from, to, dialler, frame } : null;
}

function linkKey(peerId: string, outbound: boolean): string {
  return `${outbound ? 'out' : 'in'}:${peerId}`;
}

class TabLink implements PeerLink {
  readonly kind = 'tab';
  closed = false;
  constructor(
    readonly peerId: string,
    readonly outbound: boolean,
    private readonly transport: TabTransport,
  ) {}
  send(frame: Uint8Array): void {
    if (!this.closed) this.transport.post('frame', this, frame);
  }
  /** postMessage hands the frame to the browser at once: nothing waits on this side. */
  bufferedAmount(): number {
    return 0;
  }
  drained(): Promise<void> {
    return Promise.resolve();
  }
  close(): void {
    this.transport.closeLink(this, true);
  }
}

export type TabTransportOptions = {
  readonly localId: string;
  readonly channel: ChannelLike;
  readonly clock: Clock;
};

export class TabTransport implements Transport {
  readonly localId: string;
  private readonly channel: ChannelLike;
  private readonly clock: Clock;
  private events: TransportEvents | null = null;
  private readonly links = new Map<string, TabLink>();
  private readonly pendingDials = new Map<string, Cancel>();
  private destroyed = false;

  constructor(options: TabTransportOptions) {
    this.localId = options.localId;
    this.channel = options.channel;
    this.clock = options.clock;
  }

  listen(events: TransportEvents): void {
    this.events = events;
    this.channel.addEventListener('message', (event) => this.receive(narrowEnvelope(event.data)));
  }

  dial(peerId: string): void {
    if (this.destroyed || this.links.has(linkKey(peerId, true)) || this.pendingDials.has(peerId)) return;
    const cancel = this.clock.after(TAB_DIAL_TIMEOUT_MS, () => {
      this.pendingDials.delete(peerId);
      this.events?.onDialFailed(peerId, `no answer from that tab within ${TAB_DIAL_TIMEOUT_MS} ms`);
    });
    this.pendingDials.set(peerId, cancel);
    this.send('dial', peerId, this.localId);
  }

  destroy(): void {
    if (this.destroyed) return;
    for (const link of [...this.links.values()]) this.closeLink(link, true);
    for (const cancel of this.pendingDials.values()) cancel();
    this.pendingDials.clear();
    this.destroyed = true;
    this.channel.close();
  }

  /** For TabLink: a message on `link`. */
  post(kind: Envelope['kind'], link: TabLink, frame?: Uint8Array): void {
    this.send(kind, link.peerId, link.outbound ? this.localId : link.peerId, frame);
  }

  /** For TabLink and this transport: closes `link` once, telling the other tab unless it told us. */
  closeLink(link: TabLink, tellPeer: boolean): void {
    if (link.closed) return;
    link.closed = true;
    this.links.delete(linkKey(link.peerId, link.outbound));
    if (tellPeer) this.post('close', link);
    this.events?.onClose(link);
  }

  private send(kind: Envelope['kind'], to: string, dialler: string, frame?: Uint8Array): void {
    if (this.destroyed) return;
    this.channel.postMessage(
      frame === undefined
        ? { kind, from: this.localId, to, dialler }
        : { kind, from: this.localId, to, dialler, frame },
    );
  }

  private open(peerId: string, outbound: boolean): void {
    const link = new TabLink(peerId, outbound, this);
    this.links.set(linkKey(peerId, outbound), link);
    this.events?.onOpen(link);
  }

  private receive(envelope: Envelope | null): void {
    if (envelope === null || this.destroyed || envelope.to !== this.localId || envelope.from === this.localId) return;
    const { from } = envelope;
    const outbound = envelope.dialler === this.localId;
    const link = this.links.get(linkKey(from, outbound));
    switch (envelope.kind) {
      case 'dial':
        if (outbound) return;
        // A tab that reloaded dials again under the same id: its old link is dead, this one replaces it.
        if (link) this.closeLink(link, false);
        this.send('accept', from, from);
        this.open(from, false);
        return;
      case 'accept': {
        const cancel = this.pendingDials.get(from);
        if (!outbound || cancel === undefined) return;
        cancel();
        this.pendingDials.delete(from);
        this.open(from, true);
        return;
      }
      case 'frame':
        if (link && envelope.frame) this.events?.onMessage(link, envelope.frame);
        return;
      case 'close':
        if (link) this.closeLink(link, false);
        return;
    }
  }
}

/**
 * One transport over two: dials to peers known to be tabs of this browser go over the tab channel, every other
 * dial over `remote` (PeerJS, or nothing with ?signal=none). Links from either reach the same events.
 */
export class TabRoutedTransport implements Transport {
  readonly localId: string;
  private readonly tabPeers = new Set<string>();

  constructor(
    private readonly tabs: TabTransport,
    private readonly remote: Transport,
  ) {
    if (tabs.localId !== remote.localId) throw new TypeError('both transports must carry the same peer id');
    this.localId = tabs.localId;
  }

  /** Peers that announced themselves on this browser's tab channel (discovery's hello): dialled over it. */
  markTabPeers(peerIds: readonly string[]): void {
    for (const id of peerIds) this.tabPeers.add(id);
  }

  listen(events: TransportEvents): void {
    this.tabs.listen(events);
    this.remote.listen(events);
  }

  dial(peerId: string): void {
    if (this.tabPeers.has(peerId)) this.tabs.dial(peerId);
    else this.remote.dial(peerId);
  }

  destroy(): void {
    this.tabs.destroy();
    this.remote.destroy();
  }
}
