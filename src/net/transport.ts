// The one abstraction over how nodes reach each other: links to peers by id, opened, fed frames, closed. PeerJS
// implements it in the page (peerjs-transport.ts); unit tests use an in-memory one. The network above never
// knows which.

/**
 * What carries a link: a WebRTC data channel straight between the two devices (host or server-reflexive
 * candidates), a WebRTC data channel through a TURN server (`turn`: a relay candidate was selected), the classroom
 * server's WebSocket relay (`relay`: relay-transport.ts), a BroadcastChannel between tabs of one browser, or memory
 * (tests, a simulator).
 */
export type LinkKind = 'webrtc' | 'turn' | 'relay' | 'tab' | 'in-memory';

/**
 * Why a dial never opened, as a code the page words (`dial-failed.<code>` in src/ui/i18n): no signalling server to
 * broker it, no such peer there, the peer refused, no path between the two devices (ICE failed or never finished:
 * a Wi-Fi that isolates its clients, or filters multicast with no STUN), or the relay would not carry it.
 */
export type DialFailureCode = 'no-signalling' | 'no-such-peer' | 'refused' | 'no-route' | 'relay-refused';

/** One open, ordered, reliable channel to one peer. */
export interface PeerLink {
  readonly peerId: string;
  readonly kind: LinkKind;
  /** True when this side dialled. */
  readonly outbound: boolean;
  send(frame: Uint8Array): void;
  /** Bytes accepted by send() and not yet handed to the network. */
  bufferedAmount(): number;
  /** Resolves once bufferedAmount() falls to `lowWater` or below (at once if it already has). */
  drained(lowWater: number): Promise<void>;
  /** Idempotent; the transport then reports onClose for this link. */
  close(): void;
}

export type SignallingState = 'connecting' | 'online' | 'offline' | 'unavailable';

export interface TransportEvents {
  /** A link is open both ways (either side dialled). */
  onOpen(link: PeerLink): void;
  /** Whatever the channel delivered: untrusted and unchecked; the network narrows it. */
  onMessage(link: PeerLink, data: unknown): void;
  /** The link closed, whoever closed it. Called once per opened link. */
  onClose(link: PeerLink): void;
  /** A dial never opened: no such peer, refused, or timed out. `reason` is for developers; `code` for the page. */
  onDialFailed(peerId: string, reason: string, code?: DialFailureCode): void;
  /** How the transport's own way of finding peers (PeerJS: the signalling server) is doing. */
  onSignalling?(state: SignallingState, detail: string): void;
}

export interface Transport {
  /** The id other nodes dial to reach this one. */
  readonly localId: string;
  /** Starts reporting to `events`; links are opened only after this. */
  listen(events: TransportEvents): void;
  /** Opens a link to a peer; the outcome arrives as onOpen or onDialFailed. */
  dial(peerId: string): void;
  /** Closes every link and stops for good. */
  destroy(): void;
}
