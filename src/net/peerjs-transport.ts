// The Transport over PeerJS: one Peer registered with the signalling server under this node's peer id, one raw
// data channel per peer, dial timeouts, and reconnecting to the signalling server with backoff when it is lost.
//
// Channels use PeerJS's `raw` serialization: frames (frames.ts) reach us exactly as sent, so their size is checked
// before anything parses them. PeerJS's `json` mode refuses messages over ~16 KB and JSON.parse()s whatever
// arrives before we see it; `binary` reassembles chunks with no bound. The dialler picks the serialization of a
// channel, so an incoming channel that is not raw is closed before it opens.
import { BufferedConnection, type DataConnection, Peer, type PeerError } from 'peerjs';
import { type Cancel, type Clock, systemClock } from './clock.ts';
import { MAX_FRAME_BYTES } from './frames.ts';
import type { IceServer, SignallingServer } from './signalling-config.ts';
import type { DialFailureCode, LinkKind, PeerLink, SignallingState, Transport, TransportEvents } from './transport.ts';
import { selectedRoute } from './webrtc-route.ts';

export type PeerJsTransportOptions = {
  readonly peerId: string;
  readonly server: SignallingServer;
  readonly iceServers: readonly IceServer[];
  readonly clock?: Clock;
  /** A dial whose channel has not opened by then is given up. */
  readonly dialTimeoutMs?: number;
  /** PeerJS's own console logging, 0 (none) to 3 (all). */
  readonly debug?: 0 | 1 | 2 | 3;
  /**
   * The secret this page registers its id with (PeerJS makes one when not given): the classroom server's relay
   * admits the page under its id only with it (relay-transport.ts).
   */
  readonly token?: string;
};

const DEFAULT_DIAL_TIMEOUT_MS = 15_000;
/**
 * Reconnecting to the signalling server waits 1 s, 2 s, 4 s, then 5 s between tries. The browser's `online` event
 * reconnects at once (reconnectNow); where it is missed, or comes before a socket can connect, a device back from a
 * 30 s outage waited for its next try, up to 30 s later under the old cap (a classroom spec once read 18 s). A try
 * is one WebSocket to a server that is usually on the LAN.
 */
const RECONNECT_MIN_MS = 1_000;
const RECONNECT_MAX_MS = 5_000;
/** How often drained() looks at the buffer: PeerJS's own queue raises no event when it empties. */
const DRAIN_POLL_MS = 25;
const PEER_UNAVAILABLE_RE = /^Could not connect to peer (.+)$/;
/** How long an open channel waits for the browser to say which candidate pair it uses before it counts as direct. */
const ROUTE_WAIT_MS = 1_000;

class PeerJsLink implements PeerLink {
  readonly peerId: string;

  constructor(
    private readonly connection: DataConnection,
    readonly outbound: boolean,
    private readonly clock: Clock,
    /** `turn` when the browser selected a relay candidate (a TURN server carries it), else `webrtc`. */
    readonly kind: LinkKind,
  ) {
    this.peerId = connection.peer;
  }

  send(frame: Uint8Array): void {
    void this.connection.send(frame);
  }

  bufferedAmount(): number {
    const inChannel = this.connection.dataChannel?.bufferedAmount ?? 0;
    // Frames PeerJS holds back itself (past its 8 MiB mark) count as full frames.
    const inPeerJs = this.connection instanceof BufferedConnection ? this.connection.bufferSize * MAX_FRAME_BYTES : 0;
    return inChannel + inPeerJs;
  }

  drained(lowWater: number): Promise<void> {
    return new Promise((resolve) => {
      const check = () => {
        if (this.bufferedAmount() <= lowWater || !this.connection.open) resolve();
        else this.clock.after(DRAIN_POLL_MS, check);
      };
      check();
    });
  }

  close(): void {
    this.connection.close();
  }
}

export class PeerJsTransport implements Transport {
  readonly localId: string;
  private readonly options: PeerJsTransportOptions;
  private readonly clock: Clock;
  private events: TransportEvents | null = null;
  private peer: Peer | null = null;
  private readonly links = new Map<DataConnection, PeerJsLink>();
  private readonly dials = new Map<string, { readonly connection: DataConnection; readonly cancelTimer: Cancel }>();
  /** Dials asked for before the signalling socket opened, by peer id, with their timeouts. */
  private readonly waitingDials = new Map<string, Cancel>();
  private reconnectAttempts = 0;
  private cancelReconnect: Cancel | null = null;
  private destroyed = false;
  /** What happened between `connectEarly` and `listen`, for `listen`'s events, in order. */
  private heardEarly: Array<(events: TransportEvents) => void> | null = null;

  constructor(options: PeerJsTransportOptions) {
    this.options = options;
    this.localId = options.peerId;
    this.clock = options.clock ?? systemClock;
  }

  listen(events: TransportEvents): void {
    const heard = this.heardEarly ?? [];
    this.heardEarly = null;
    this.events = events;
    if (this.peer === null && this.cancelReconnect === null) this.createPeer();
    for (const tell of heard) tell(events);
  }

  /**
   * Registers with the signalling server before the node is there to listen (a tab's start, while it loads its
   * chain), and dials `dialing` (an invite's peer) as soon as the server answers: the socket's handshake and the
   * channel's are then under way while the chain loads. What happens meanwhile (the server's answer, links opened
   * either way, their messages) is kept and told to `listen`'s events when they come. An early dial that fails is not
   * told: the node's network dials that peer itself once it starts.
   */
  connectEarly(dialing: readonly string[] = []): void {
    if (this.events !== null || this.peer !== null || this.destroyed) return;
    const heard: Array<(events: TransportEvents) => void> = [];
    this.heardEarly = heard;
    this.events = {
      onOpen: (link) => heard.push((events) => events.onOpen(link)),
      onMessage: (link, data) => heard.push((events) => events.onMessage(link, data)),
      onClose: (link) => heard.push((events) => events.onClose(link)),
      onDialFailed: () => {},
      onSignalling: (state, detail) => heard.push((events) => events.onSignalling?.(state, detail)),
    };
    this.createPeer();
    for (const peerId of dialing) this.dial(peerId);
  }

  dial(peerId: string): void {
    const peer = this.peer;
    if (peer === null || peer.disconnected || peer.destroyed || this.destroyed) {
      this.events?.onDialFailed(peerId, 'not connected to the signalling server', 'no-signalling');
      return;
    }
    if (this.dials.has(peerId) || this.waitingDials.has(peerId)) return;
    // PeerJS drops, without a word, signalling messages sent before its socket to the server is open: an offer made
    // that early never leaves, and the dial would hang until its timeout. Such a dial waits for `open` instead.
    if (!peer.open) {
      const timeoutMs = this.options.dialTimeoutMs ?? DEFAULT_DIAL_TIMEOUT_MS;
      const cancelTimer = this.clock.after(timeoutMs, () => {
        if (this.waitingDials.delete(peerId)) {
          this.events?.onDialFailed(peerId, `not on the signalling server within ${timeoutMs} ms`, 'no-signalling');
        }
      });
      this.waitingDials.set(peerId, cancelTimer);
      return;
    }
    this.adopt(peer.connect(peerId, { serialization: 'raw', reliable: true }), true);
  }

  /** The peers of the dials waiting for the signalling server, no longer waiting (their timeouts cancelled). */
  private takeWaiting(): string[] {
    const peerIds = [...this.waitingDials.keys()];
    for (const cancelTimer of this.waitingDials.values()) cancelTimer();
    this.waitingDials.clear();
    return peerIds;
  }

  /** Dials that waited for the signalling server, now that it is there. */
  private dialWaiting(): void {
    for (const peerId of this.takeWaiting()) this.dial(peerId);
  }

  /** The signalling server is gone before the waiting dials could start: they fail now, and are retried later. */
  private failWaiting(reason: string): void {
    for (const peerId of this.takeWaiting()) this.events?.onDialFailed(peerId, reason, 'no-signalling');
  }

  /**
   * The browser is back online: try the signalling server now instead of at the next backoff step. With `fresh`, a
   * socket that still looks connected is replaced too: after an outage its TCP connection waits out a retransmission
   * backoff (seconds after a 30 s outage) before anything sent on it, a dial's offer included, gets through. The
   * server takes the same id back on the new socket, as after any reconnect (scripts/peer-reopen.mjs).
   */
  reconnectNow(fresh = false): void {
    if (this.destroyed) return;
    this.cancelReconnect?.();
    this.cancelReconnect = null;
    this.reconnectAttempts = 0;
    const peer = this.peer;
    if (fresh) {
      // Dials made while the network was gone sent their offers into it: each would hold its peer's slot until
      // its timeout, then back off, long after the network is back. They end now and are redialled at once.
      for (const peerId of [...this.dials.keys()]) {
        this.failDial(peerId, 'the signalling socket was renewed', 'no-signalling');
      }
      if (peer !== null && !peer.destroyed && !peer.disconnected) peer.disconnect();
    }
    this.reconnect();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.cancelReconnect?.();
    this.takeWaiting();
    for (const { connection, cancelTimer } of this.dials.values()) {
      cancelTimer();
      connection.close();
    }
    this.dials.clear();
    for (const link of [...this.links.values()]) link.close();
    this.peer?.destroy();
    this.peer = null;
  }

  private signalling(state: SignallingState, detail: string): void {
    this.events?.onSignalling?.(state, detail);
  }

  private createPeer(): void {
    const { server, iceServers, debug = 0 } = this.options;
    this.signalling('connecting', `${server.host}:${server.port}${server.path}`);
    const peer = new Peer(this.localId, {
      host: server.host,
      port: server.port,
      path: server.path,
      secure: server.secure,
      key: server.key,
      debug,
      ...(this.options.token === undefined ? {} : { token: this.options.token }),
      config: {
        iceServers: iceServers.map((s) => ({ ...s, urls: typeof s.urls === 'string' ? s.urls : [...s.urls] })),
      },
    });
    this.peer = peer;
    peer.on('open', () => {
      this.reconnectAttempts = 0;
      this.signalling('online', `registered as ${this.localId}`);
      this.dialWaiting();
    });
    peer.on('connection', (connection) => this.adopt(connection, false));
    peer.on('disconnected', () => {
      this.failWaiting('lost the signalling server');
      this.signalling('offline', 'lost the signalling server');
      this.scheduleReconnect();
    });
    // PeerJS destroys a Peer that never reached the server: build a new one after the backoff.
    peer.on('close', () => {
      if (this.peer === peer) this.peer = null;
      this.failWaiting('the signalling connection closed');
      if (!this.destroyed) this.scheduleReconnect();
    });
    peer.on('error', (error) => this.onPeerError(peer, error));
  }

  private onPeerError(peer: Peer, error: PeerError<string>): void {
    switch (error.type) {
      case 'peer-unavailable': {
        const peerId = PEER_UNAVAILABLE_RE.exec(error.message)?.[1];
        if (peerId !== undefined) this.failDial(peerId, 'no such peer on the signalling server', 'no-such-peer');
        return;
      }
      case 'unavailable-id':
        // Usually our own previous page, not yet expired by the server: start over under the same id later.
        this.signalling('offline', `peer id ${this.localId} is still taken on the server`);
        peer.destroy();
        return;
      case 'network':
      case 'server-error':
      case 'socket-error':
      case 'socket-closed':
        this.signalling('offline', error.message);
        this.scheduleReconnect();
        return;
      case 'browser-incompatible':
      case 'invalid-id':
      case 'invalid-key':
      case 'ssl-unavailable':
        this.signalling('unavailable', error.message);
        return;
      default:
        console.warn(`PeerJS: ${error.type}: ${error.message}`);
    }
  }

  private scheduleReconnect(): void {
    if (this.destroyed || this.cancelReconnect !== null) return;
    const delay = Math.min(RECONNECT_MAX_MS, RECONNECT_MIN_MS * 2 ** this.reconnectAttempts);
    this.reconnectAttempts++;
    this.signalling('connecting', `retrying the signalling server in ${delay} ms`);
    this.cancelReconnect = this.clock.after(delay, () => {
      this.cancelReconnect = null;
      this.reconnect();
    });
  }

  private reconnect(): void {
    const peer = this.peer;
    if (peer === null || peer.destroyed) this.createPeer();
    else if (peer.disconnected) peer.reconnect();
  }

  private failDial(peerId: string, reason: string, code: DialFailureCode): void {
    const dial = this.dials.get(peerId);
    if (dial === undefined) return;
    this.dials.delete(peerId);
    dial.cancelTimer();
    dial.connection.close();
    this.events?.onDialFailed(peerId, reason, code);
  }

  private adopt(connection: DataConnection, outbound: boolean): void {
    if (connection.serialization !== 'raw' || this.destroyed) {
      connection.close();
      if (outbound) this.events?.onDialFailed(connection.peer, 'refused', 'refused');
      return;
    }
    const timeoutMs = this.options.dialTimeoutMs ?? DEFAULT_DIAL_TIMEOUT_MS;
    const cancelTimer = this.clock.after(timeoutMs, () => {
      if (this.links.has(connection)) return;
      if (outbound) this.failDial(connection.peer, `no channel within ${timeoutMs} ms`, 'no-route');
      else connection.close();
    });
    if (outbound) this.dials.set(connection.peer, { connection, cancelTimer });
    // What arrives between the channel's open and the link's (the route lookup) waits here, in order.
    let early: unknown[] | null = [];
    connection.on('open', () => {
      cancelTimer();
      // The link opens once the browser says which route it took, so the network knows it from the start.
      void selectedRoute(connection.peerConnection, this.clock, ROUTE_WAIT_MS).then((route) => {
        if (this.destroyed || !connection.open) return;
        if (this.dials.get(connection.peer)?.connection === connection) this.dials.delete(connection.peer);
        const link = new PeerJsLink(connection, outbound, this.clock, route === 'turn' ? 'turn' : 'webrtc');
        this.links.set(connection, link);
        this.events?.onOpen(link);
        const waiting = early ?? [];
        early = null;
        for (const data of waiting) if (this.links.get(connection) === link) this.events?.onMessage(link, data);
      });
    });
    connection.on('data', (data) => {
      const link = this.links.get(connection);
      if (link) this.events?.onMessage(link, data);
      else early?.push(data);
    });
    connection.on('close', () => {
      cancelTimer();
      early = null;
      const link = this.links.get(connection);
      if (link) {
        this.links.delete(connection);
        this.events?.onClose(link);
      } else if (outbound) {
        // ICE failed (PeerJS closes the channel on negotiation-failed), or it closed before its route was known.
        this.failDial(connection.peer, 'closed before opening', 'no-route');
      }
    });
    connection.on('error', (error) => {
      console.warn(`PeerJS channel to ${connection.peer}: ${error.type}: ${error.message}`);
      connection.close();
    });
  }
}
