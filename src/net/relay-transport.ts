// Links through the classroom server's WebSocket relay (scripts/relay-server.mjs): for two pages that cannot open a
// WebRTC channel to each other. One socket to the server carries every relayed link of this page; each frame goes
// out as it would on a data channel, behind the 4-byte id of its link, and what arrives goes to the network as it
// is, through the same frame, message and misbehaviour checks as a WebRTC peer's. The server admits this page under
// its peer id only with the token its PeerJS registration used (docs/protocol.md, "Relay").
import { type Cancel, type Clock, systemClock } from './clock.ts';
import { MAX_FRAME_BYTES } from './frames.ts';
import { isPeerId } from './room.ts';
import type { DialFailureCode, PeerLink, Transport, TransportEvents } from './transport.ts';

/** The part of a WebSocket the relay uses: the browser's, or the `ws` package's in Node tests. */
export interface RelaySocket {
  readonly readyState: number;
  readonly bufferedAmount: number;
  binaryType: string;
  send(data: string | Uint8Array<ArrayBuffer>): void;
  close(code?: number, reason?: string): void;
  addEventListener(type: 'open' | 'message' | 'close' | 'error', listener: (event: unknown) => void): void;
}

export type RelayTransportOptions = {
  readonly localId: string;
  /** ws(s)://host:port/relay: see relaySocketUrl. */
  readonly url: string;
  /** The token this page's PeerJS client registered its id with. */
  readonly token: string;
  readonly clock?: Clock;
  readonly createSocket?: (url: string) => RelaySocket;
  /** A dial the server has not answered by then (or not joined by then) fails. */
  readonly dialTimeoutMs?: number;
};

const LINK_ID_BYTES = 4;
const OPEN = 1;
const DEFAULT_DIAL_TIMEOUT_MS = 8_000;
const RETRY_MIN_MS = 1_000;
const RETRY_MAX_MS = 30_000;
const DRAIN_POLL_MS = 25;
/** scripts/relay-server.mjs: another socket joined under this id, or the id's registration ended. */
const CLOSE_REPLACED = 4001;
const CLOSE_NOT_REGISTERED = 4003;

/** The relay's address on the page's own origin, at `path` (from /peerjs-config.json). */
export function relaySocketUrl(location: { protocol: string; hostname: string; port: string }, path: string): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  const host = location.hostname.includes(':') ? `[${location.hostname}]` : location.hostname;
  return `${scheme}://${host}${location.port === '' ? '' : `:${location.port}`}${path}`;
}

type ServerMessage =
  | { readonly type: 'joined' }
  | { readonly type: 'open'; readonly link: number; readonly peer: string; readonly ref: number | null }
  | { readonly type: 'dial-failed'; readonly ref: number; readonly reason: string }
  | { readonly type: 'closed'; readonly link: number };

const isU32 = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0 && (n as number) <= 0xffffffff;

/** Narrows what the server sent as text; null for anything else (a server of another version). */
export function parseRelayMessage(data: unknown): ServerMessage | null {
  if (typeof data !== 'string') return null;
  let message: unknown;
  try {
    message = JSON.parse(data);
  } catch {
    return null;
  }
  if (typeof message !== 'object' || message === null) return null;
  const { type, link, peer, ref, reason } = message as Record<string, unknown>;
  if (type === 'joined') return { type };
  if (type === 'open' && isU32(link) && isPeerId(peer) && (ref === undefined || isU32(ref)))
    return { type, link, peer, ref: ref ?? null };
  if (type === 'dial-failed' && isU32(ref) && typeof reason === 'string') return { type, ref, reason };
  if (type === 'closed' && isU32(link)) return { type, link };
  return null;
}

class RelayLink implements PeerLink {
  readonly kind = 'relay';
  closed = false;
  constructor(
    readonly peerId: string,
    readonly outbound: boolean,
    readonly linkId: number,
    private readonly transport: RelayTransport,
  ) {}
  send(frame: Uint8Array): void {
    if (!this.closed) this.transport.sendFrame(this.linkId, frame);
  }
  /** What waits in this page's one socket to the server: shared by every relayed link, so counted for each. */
  bufferedAmount(): number {
    return this.closed ? 0 : this.transport.socketBuffered();
  }
  drained(lowWater: number): Promise<void> {
    return new Promise((resolve) => {
      const check = () => {
        if (this.bufferedAmount() <= lowWater) resolve();
        else this.transport.after(DRAIN_POLL_MS, check);
      };
      check();
    });
  }
  close(): void {
    this.transport.closeLink(this, true);
  }
}

type PendingDial = { readonly peerId: string; readonly cancel: Cancel; sent: boolean };

export class RelayTransport implements Transport {
  readonly localId: string;
  private readonly options: RelayTransportOptions;
  private readonly clock: Clock;
  private readonly createSocket: (url: string) => RelaySocket;
  private events: TransportEvents | null = null;
  private socket: RelaySocket | null = null;
  private joined = false;
  private readonly links = new Map<number, RelayLink>();
  /** Dials by their ref, until the server answers. */
  private readonly dials = new Map<number, PendingDial>();
  private lastRef = 0;
  private retryMs = RETRY_MIN_MS;
  private cancelRetry: Cancel = () => {};
  /** Set by connect(), cleared when the server says our registration is gone: then only connect() tries again. */
  private wanted = false;
  private destroyed = false;

  constructor(options: RelayTransportOptions) {
    if (!isPeerId(options.localId)) throw new TypeError(`no peer id: ${JSON.stringify(options.localId)}`);
    this.options = options;
    this.localId = options.localId;
    this.clock = options.clock ?? systemClock;
    this.createSocket = options.createSocket ?? ((url) => new WebSocket(url));
  }

  listen(events: TransportEvents): void {
    this.events = events;
  }

  /** True once the server admitted this page: dials go out, and other pages can reach it. */
  get isJoined(): boolean {
    return this.joined;
  }

  /**
   * Opens the socket and joins, unless it is open: call once this page is registered on the signalling server
   * (the relay checks that registration), and again whenever it registers anew.
   */
  connect(): void {
    if (this.destroyed) return;
    this.wanted = true;
    if (this.socket !== null) return;
    this.cancelRetry();
    this.open();
  }

  dial(peerId: string): void {
    if (this.destroyed) return;
    for (const dial of this.dials.values()) if (dial.peerId === peerId) return;
    const ref = ++this.lastRef;
    const timeoutMs = this.options.dialTimeoutMs ?? DEFAULT_DIAL_TIMEOUT_MS;
    const cancel = this.clock.after(timeoutMs, () => {
      if (this.dials.delete(ref)) {
        const why = this.joined ? 'no answer' : 'not joined';
        this.fail(peerId, `relay: ${why} within ${timeoutMs} ms`, 'relay-refused');
      }
    });
    const dial: PendingDial = { peerId, cancel, sent: false };
    this.dials.set(ref, dial);
    if (this.joined) this.sendDial(ref, dial);
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.cancelRetry();
    for (const dial of this.dials.values()) dial.cancel();
    this.dials.clear();
    for (const link of [...this.links.values()]) this.closeLink(link, false);
    this.socket?.close(1000, 'page leaving');
    this.socket = null;
  }

  /** For RelayLink. */
  sendFrame(linkId: number, frame: Uint8Array): void {
    const socket = this.socket;
    if (socket === null || socket.readyState !== OPEN) return;
    // The server closes the socket on a larger one; frames.ts never makes one, so this is our own bug.
    if (frame.length > MAX_FRAME_BYTES)
      throw new RangeError(`a frame of ${frame.length} bytes exceeds ${MAX_FRAME_BYTES}`);
    const data = new Uint8Array(LINK_ID_BYTES + frame.length);
    new DataView(data.buffer).setUint32(0, linkId);
    data.set(frame, LINK_ID_BYTES);
    socket.send(data);
  }

  /** For RelayLink. */
  socketBuffered(): number {
    return this.socket?.bufferedAmount ?? 0;
  }

  /** For RelayLink. */
  after(ms: number, run: () => void): void {
    this.clock.after(ms, run);
  }

  /** For RelayLink and this transport: closes `link` once, telling the server unless it told us. */
  closeLink(link: RelayLink, tellServer: boolean): void {
    if (link.closed) return;
    link.closed = true;
    this.links.delete(link.linkId);
    if (tellServer && this.socket?.readyState === OPEN) {
      this.socket.send(JSON.stringify({ type: 'close', link: link.linkId }));
    }
    this.events?.onClose(link);
  }

  private fail(peerId: string, reason: string, code: DialFailureCode): void {
    this.events?.onDialFailed(peerId, reason, code);
  }

  private sendDial(ref: number, dial: PendingDial): void {
    dial.sent = true;
    this.socket?.send(JSON.stringify({ type: 'dial', ref, to: dial.peerId }));
  }

  private open(): void {
    const socket = this.createSocket(this.options.url);
    socket.binaryType = 'arraybuffer';
    this.socket = socket;
    socket.addEventListener('open', () => {
      if (this.socket !== socket) return;
      socket.send(JSON.stringify({ type: 'join', id: this.localId, token: this.options.token }));
    });
    socket.addEventListener('message', (event) => {
      if (this.socket !== socket) return;
      const data = typeof event === 'object' && event !== null && 'data' in event ? event.data : undefined;
      if (data instanceof ArrayBuffer) this.receiveFrame(data);
      else this.receiveControl(parseRelayMessage(data));
    });
    socket.addEventListener('close', (event) => {
      if (this.socket !== socket) return;
      const code = typeof event === 'object' && event !== null && 'code' in event ? event.code : undefined;
      this.lost(code === CLOSE_REPLACED || code === CLOSE_NOT_REGISTERED);
    });
    // 'error' is always followed by 'close', which decides what happens next.
    socket.addEventListener('error', () => {});
  }

  private receiveControl(message: ServerMessage | null): void {
    if (message === null) return;
    switch (message.type) {
      case 'joined':
        this.joined = true;
        this.retryMs = RETRY_MIN_MS;
        for (const [ref, dial] of this.dials) if (!dial.sent) this.sendDial(ref, dial);
        return;
      case 'open': {
        const dial = message.ref === null ? undefined : this.dials.get(message.ref);
        if (dial !== undefined && message.ref !== null) {
          this.dials.delete(message.ref);
          dial.cancel();
        }
        const link = new RelayLink(message.peer, dial !== undefined, message.link, this);
        this.links.set(message.link, link);
        this.events?.onOpen(link);
        return;
      }
      case 'dial-failed': {
        const dial = this.dials.get(message.ref);
        if (dial === undefined) return;
        this.dials.delete(message.ref);
        dial.cancel();
        const code = message.reason === 'no-such-peer' ? 'no-such-peer' : 'relay-refused';
        this.fail(dial.peerId, `relay: ${message.reason}`, code);
        return;
      }
      case 'closed': {
        const link = this.links.get(message.link);
        if (link !== undefined) this.closeLink(link, false);
        return;
      }
    }
  }

  private receiveFrame(data: ArrayBuffer): void {
    if (data.byteLength <= LINK_ID_BYTES) return;
    const link = this.links.get(new DataView(data).getUint32(0));
    if (link !== undefined) this.events?.onMessage(link, new Uint8Array(data, LINK_ID_BYTES));
  }

  /** The socket closed: its links end, dials waiting on it fail, and it reopens unless the server sent us away. */
  private lost(sentAway: boolean): void {
    this.socket = null;
    this.joined = false;
    for (const link of [...this.links.values()]) this.closeLink(link, false);
    for (const [ref, dial] of [...this.dials]) {
      dial.cancel();
      this.dials.delete(ref);
      this.fail(dial.peerId, 'relay: the connection to the server closed', 'relay-refused');
    }
    if (this.destroyed) return;
    if (sentAway) {
      // Our registration is gone or another socket took our id: the next registration calls connect() again.
      this.wanted = false;
      return;
    }
    if (!this.wanted) return;
    const delay = this.retryMs * (0.8 + 0.2 * Math.random());
    this.retryMs = Math.min(RETRY_MAX_MS, this.retryMs * 2);
    this.cancelRetry = this.clock.after(delay, () => {
      if (this.socket === null && !this.destroyed) this.open();
    });
  }
}

/** A fresh secret for one page's registration: 128 random bits, hex. */
export function newRelayToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}
