// Links between the tabs of one browser over BroadcastChannels: no signalling server, no WebRTC, so nodes in tabs
// of one browser connect even with `?signal=none` or offline. Every tab of the origin hears the shared channel, and
// can post anything on it under any id, so the shared channel carries only the dial and its accept, each with a
// Diffie-Hellman public key. Each link then runs on a channel of its own, named by a hash of the shared secret:
// a tab that heard the exchange cannot compute the name, so it can neither post on a link nor speak as either end
// of it. What arrives on a link goes to the network as it is, through the same frame, message and misbehaviour
// checks as a WebRTC peer's. TabRoutedTransport sends dials to tabs this way and everything else to PeerJS.
import { ed25519 } from '@noble/curves/ed25519.js';
import { sha512 } from '@noble/hashes/sha2.js';
import { bytesToHex, concatBytes, hexToBytes, isHex, utf8 } from '../core/index.ts';
import type { Cancel, Clock } from './clock.ts';
import type { ChannelLike } from './discovery.ts';
import { isPeerId } from './room.ts';
import type { PeerLink, Transport, TransportEvents } from './transport.ts';

/**
 * An answer to a dial takes one hop through the browser: a tab that has not answered by then is gone or busy. A
 * dial's answers are also watched this long: a second answer means two tabs claim the id, and the link is closed.
 */
export const TAB_DIAL_TIMEOUT_MS = 5_000;

/** Dials answered and waiting for the dialler's `open`, at most: a tab that dials and never opens ties up this many. */
const MAX_HALF_OPEN = 32;

/** On the shared channel: a dial, or its accept, each with the sender's public key (hex, an Ed25519 point). */
type Handshake = { readonly kind: 'dial' | 'accept'; readonly from: string; readonly to: string; readonly key: string };

export function tabLinkChannelName(genesisHash: string): string {
  return `bbc-links:${genesisHash}`;
}

function narrowHandshake(data: unknown): Handshake | null {
  if (typeof data !== 'object' || data === null) return null;
  const { kind, from, to, key } = data as Record<string, unknown>;
  if ((kind !== 'dial' && kind !== 'accept') || !isPeerId(from) || !isPeerId(to) || !isHex(key, 32)) return null;
  return { kind, from, to, key };
}

/**
 * Diffie-Hellman in the Ed25519 group the chain's signatures already use (nothing more to load: X25519 would add
 * 1.4 kB gzip to the page): a key is a scalar and its point, as an Ed25519 key pair expands.
 */
type KeyPair = { readonly scalar: bigint; readonly publicKey: string };

function newKeyPair(): KeyPair {
  const { scalar, pointBytes } = ed25519.utils.getExtendedPublicKey(ed25519.utils.randomSecretKey());
  return { scalar, publicKey: bytesToHex(pointBytes) };
}

/**
 * The link's own channel: sha512 over a label, the shared point and both public keys (the dialler's first), so
 * every dial (a fresh key each) gets a new name and the two links of a crossing dial differ. Throws for a key that
 * is no point, or one of small order (it would share a secret a forger could predict).
 */
function linkChannelName(ours: KeyPair, theirKey: string, diallerKey: string, accepterKey: string): string {
  const theirs = ed25519.Point.fromBytes(hexToBytes(theirKey));
  if (theirs.isSmallOrder()) throw new RangeError('a small-order key shares no secret');
  const shared = theirs.multiply(ours.scalar).toBytes();
  const digest = sha512(concatBytes(utf8('bbc-link/1'), shared, hexToBytes(diallerKey), hexToBytes(accepterKey)));
  return `bbc-link:${bytesToHex(digest.subarray(0, 32))}`;
}

/** Whatever the other tab posts on the link's channel: the kind decides; anything else goes on as a frame would. */
function kindOf(data: unknown): unknown {
  return typeof data === 'object' && data !== null ? (data as { kind?: unknown }).kind : undefined;
}

class TabLink implements PeerLink {
  readonly kind = 'tab';
  closed = false;
  constructor(
    readonly peerId: string,
    readonly outbound: boolean,
    readonly channel: ChannelLike,
    private readonly transport: TabTransport,
  ) {}
  send(frame: Uint8Array): void {
    if (!this.closed) this.channel.postMessage({ kind: 'frame', frame });
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

type HalfOpen = { readonly peerId: string; readonly channel: ChannelLike; readonly cancel: Cancel };

/** Our dial in flight: its fresh key pair, and once answered the link it opened and the key that answered. */
type Dial = {
  readonly keys: KeyPair;
  cancel: Cancel;
  answered: { readonly link: TabLink; readonly key: string } | null;
};

export type TabTransportOptions = {
  readonly localId: string;
  /** The shared channel (tabLinkChannelName) every tab of the origin hears. */
  readonly channel: ChannelLike;
  readonly clock: Clock;
  /** Opens each link's own channel by name: the browser's BroadcastChannel unless given (tests pass a fake). */
  readonly openChannel?: (name: string) => ChannelLike;
};

export class TabTransport implements Transport {
  readonly localId: string;
  private readonly channel: ChannelLike;
  private readonly clock: Clock;
  private readonly openChannel: (name: string) => ChannelLike;
  /** Answers dials: one key pair for the life of the tab; the dialler's key is fresh per dial, so names never repeat. */
  /** Made at the first dial answered, not at start: the curve's first multiplication builds its tables (~100 ms). */
  private ownKeys: KeyPair | null = null;
  private events: TransportEvents | null = null;
  private readonly links = new Set<TabLink>();
  private readonly dials = new Map<string, Dial>();
  /** Dials we answered, by link channel name, until the dialler opens: one per dialling id at a time. */
  private readonly halfOpen = new Map<string, HalfOpen>();
  private destroyed = false;

  constructor(options: TabTransportOptions) {
    this.localId = options.localId;
    this.channel = options.channel;
    this.clock = options.clock;
    this.openChannel = options.openChannel ?? ((name) => new BroadcastChannel(name));
  }
  private keysNow(): KeyPair {
    this.ownKeys ??= newKeyPair();
    return this.ownKeys;
  }

  listen(events: TransportEvents): void {
    this.events = events;
    this.channel.addEventListener('message', (event) => this.receive(narrowHandshake(event.data)));
  }

  dial(peerId: string): void {
    if (this.destroyed) return;
    const current = this.dials.get(peerId);
    if (this.linkedWith(peerId, true) || (current !== undefined && current.answered === null)) return;
    // An answered dial is watched for a second answer until its timer; a new dial to the same tab replaces it.
    current?.cancel();
    const dial: Dial = { keys: newKeyPair(), cancel: () => {}, answered: null };
    dial.cancel = this.clock.after(TAB_DIAL_TIMEOUT_MS, () => {
      if (this.dials.get(peerId) === dial) this.dials.delete(peerId);
      if (dial.answered === null) {
        this.events?.onDialFailed(peerId, `no answer from that tab within ${TAB_DIAL_TIMEOUT_MS} ms`);
      }
    });
    this.dials.set(peerId, dial);
    this.post({ kind: 'dial', from: this.localId, to: peerId, key: dial.keys.publicKey });
  }

  destroy(): void {
    if (this.destroyed) return;
    for (const link of [...this.links]) this.closeLink(link, true);
    for (const dial of this.dials.values()) dial.cancel();
    this.dials.clear();
    for (const { channel, cancel } of this.halfOpen.values()) {
      cancel();
      channel.close();
    }
    this.halfOpen.clear();
    this.destroyed = true;
    this.channel.close();
  }

  /** For TabLink and this transport: closes `link` once, telling the other tab unless it told us. */
  closeLink(link: TabLink, tellPeer: boolean): void {
    if (link.closed) return;
    link.closed = true;
    this.links.delete(link);
    if (tellPeer) link.channel.postMessage({ kind: 'close' });
    link.channel.close();
    this.events?.onClose(link);
  }

  private post(handshake: Handshake): void {
    if (!this.destroyed) this.channel.postMessage(handshake);
  }

  private receive(handshake: Handshake | null): void {
    if (handshake === null || this.destroyed || handshake.to !== this.localId || handshake.from === this.localId)
      return;
    if (handshake.kind === 'dial') this.answerDial(handshake);
    else this.accepted(handshake);
  }

  /**
   * Another tab dials us: open the link's channel, answer with our key, and wait there for the dialler's open. One
   * answered dial per id at a time, and none while a link with that id is open: a second link under a linked tab's
   * id could only come from another tab claiming it (of two links to a peer the network may keep the newcomer's),
   * and a tab that reloaded closed its links on leaving, or is dropped as silent within seconds if it could not.
   * Crossing dials (both tabs dial before either link opens) still get both links, and the network keeps one.
   */
  private answerDial({ from, key }: Handshake): void {
    if (this.halfOpen.size >= MAX_HALF_OPEN || this.linkedWith(from)) return;
    for (const answered of this.halfOpen.values()) if (answered.peerId === from) return;
    let name: string;
    try {
      name = linkChannelName(this.keysNow(), key, key, this.keysNow().publicKey);
    } catch {
      return; // no point, or a small-order one: no secret to share
    }
    const channel = this.openChannel(name);
    const cancel = this.clock.after(TAB_DIAL_TIMEOUT_MS, () => {
      this.halfOpen.delete(name);
      channel.close();
    });
    this.halfOpen.set(name, { peerId: from, channel, cancel });
    let link: TabLink | null = null;
    channel.addEventListener('message', ({ data }) => {
      if (link !== null) {
        this.onLinkMessage(link, data);
        return;
      }
      // Only the dialler knows the name: its open is the first thing it posts, and it makes the link.
      if (kindOf(data) !== 'open' || !this.halfOpen.has(name)) return;
      cancel();
      this.halfOpen.delete(name);
      link = this.open(from, false, channel);
    });
    this.post({ kind: 'accept', from: this.localId, to: from, key: this.keysNow().publicKey });
  }

  /** Our dial is answered: open the link's channel and say open there, the first message the other end hears. */
  private accepted({ from, key }: Handshake): void {
    const dial = this.dials.get(from);
    if (dial === undefined) return;
    if (dial.answered !== null) {
      // A second tab answers as `from`: one of them is not who it says, and we cannot tell which. Neither keeps us.
      if (dial.answered.key !== key) dial.answered.link.close();
      return;
    }
    let name: string;
    try {
      name = linkChannelName(dial.keys, key, dial.keys.publicKey, key);
    } catch {
      return;
    }
    const channel = this.openChannel(name);
    channel.postMessage({ kind: 'open' });
    const link = this.open(from, true, channel);
    dial.answered = { link, key };
    channel.addEventListener('message', ({ data }) => this.onLinkMessage(link, data));
  }

  /** An open link with `peerId`: dialled by us (`outbound`), by it, or either (undefined). */
  private linkedWith(peerId: string, outbound?: boolean): boolean {
    for (const link of this.links) {
      if (link.peerId === peerId && (outbound === undefined || link.outbound === outbound)) return true;
    }
    return false;
  }

  private open(peerId: string, outbound: boolean, channel: ChannelLike): TabLink {
    const link = new TabLink(peerId, outbound, channel, this);
    this.links.add(link);
    this.events?.onOpen(link);
    return link;
  }

  /**
   * A message on a link's own channel, which only the other end can post on: a frame goes to the network as it is
   * (a non-binary one is a bad frame there, as on a WebRTC channel), and so does anything else it posts.
   */
  private onLinkMessage(link: TabLink, data: unknown): void {
    if (link.closed) return;
    const kind = kindOf(data);
    if (kind === 'close') this.closeLink(link, false);
    else if (kind === 'frame') this.events?.onMessage(link, (data as { frame?: unknown }).frame);
    else if (kind !== 'open') this.events?.onMessage(link, data);
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
