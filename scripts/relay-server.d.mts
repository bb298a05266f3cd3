// Types of scripts/relay-server.mjs, for the TypeScript tests that start it.
import type { EventEmitter } from 'node:events';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';

export declare const RELAY_PATH: '/relay';
export declare const MAX_FRAME_BYTES: number;
export declare const MAX_LINKS_PER_MEMBER: number;
export declare const MAX_MEMBERS: number;
export declare const MAX_BUFFERED_PER_MEMBER: number;
export declare const MAX_BUFFERED_TOTAL: number;
export declare const CLOSE_REPLACED: 4001;
export declare const CLOSE_NOT_REGISTERED: 4003;
export declare const CLOSE_TOO_SLOW: 4008;
export declare const CLOSE_RELAY_FULL: 4009;
export declare const CLOSE_JOIN_TIMEOUT: 4010;

/** Who owns which peer id: the PeerJS server's registrations (peerRegistry), or a fake in tests. */
export type RelayRegistry = {
  owns(id: string, token: string): boolean;
  /** Hears every registration that ends, so its relay membership ends too. */
  onEnded?(listener: (id: string, token: string) => void): void;
};

export type RelayServerOptions = {
  registry: RelayRegistry;
  maxLinksPerMember?: number;
  maxMembers?: number;
  /** Bytes queued for one member before it is closed as too slow (4008). */
  maxBufferedPerMember?: number;
  /** Bytes queued for all members before the one with the most waiting is closed (4009). */
  maxBufferedTotal?: number;
  /** Above this much queued for a member, the members sending to it are paused. */
  pauseSendersAbove?: number;
  /** How long senders wait on a reader that does not drain before it is closed as too slow (4008). */
  maxStallMs?: number;
  joinTimeoutMs?: number;
  heartbeatMs?: number;
};

export type RelayStats = {
  relayedFrames: number;
  relayedBytes: number;
  closedTooSlow: number;
  members: number;
  links: number;
  bufferedBytes: number;
};

export type RelayServer = {
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Peer ids of the members of one room (the part of a peer id before its first '-'). */
  members(room: string): string[];
  linkCount(): number;
  stats(): RelayStats;
  close(): void;
};

export declare function peerRegistry(peerServer: EventEmitter): Required<RelayRegistry>;
export declare function createRelayServer(options: RelayServerOptions): RelayServer;
export declare function attachRelay(
  httpServer: Server,
  peerServer: EventEmitter,
  options?: Omit<RelayServerOptions, 'registry'>,
): RelayServer;
