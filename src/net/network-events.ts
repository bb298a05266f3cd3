// What the network tells the page: peers coming and going, misbehaviour and bans, sync progress, signalling state,
// and every message in or out (the network inspector's feed).
import { Listeners } from '../core/index.ts';
import type { Fault } from './misbehaviour.ts';
import type { MessageType } from './protocol.ts';
import type { LinkKind, SignallingState } from './transport.ts';

export type PeerInfo = {
  readonly id: string;
  /** What carries the link: WebRTC, a channel between tabs of this browser, memory. */
  readonly link: LinkKind;
  readonly outbound: boolean;
  /** False until the peer's status arrived. */
  readonly ready: boolean;
  readonly height: number | null;
  /** The most work we know its chain has, as a decimal string. */
  readonly work: string;
  readonly score: number;
  readonly latencyMs: number | null;
};

export type NetworkEvent =
  /** The links changed: one opened, finished its status exchange, or closed. */
  | { readonly type: 'links'; readonly peers: readonly PeerInfo[] }
  | { readonly type: 'online'; readonly online: boolean }
  | { readonly type: 'signalling'; readonly state: SignallingState; readonly detail: string }
  | {
      readonly type: 'misbehaviour';
      readonly peerId: string;
      readonly fault: Fault;
      readonly points: number;
      readonly score: number;
      readonly detail: string;
    }
  | { readonly type: 'banned'; readonly peerId: string; readonly reason: string }
  | { readonly type: 'disconnected'; readonly peerId: string; readonly reason: string }
  | { readonly type: 'sync'; readonly peerId: string; readonly added: number; readonly outcome: string }
  /** Every message in or out, for the network inspector. */
  | {
      readonly type: 'traffic';
      readonly peerId: string;
      readonly direction: 'in' | 'out';
      readonly messageType: MessageType;
      readonly bytes: number;
    };

export type NetworkListener = (event: NetworkEvent) => void;

/** A listener set where one failing listener (a UI bug) cannot stop the others or the network. */
export class NetworkEvents extends Listeners<NetworkEvent> {
  constructor() {
    super('network event');
  }
}

type Direction = 'in' | 'out';

/** Messages and bytes per type and direction since start: the network inspector's totals. */
export class TrafficCounter {
  private readonly totals = { in: new Map<MessageType, number>(), out: new Map<MessageType, number>() };
  private bytes = { in: 0, out: 0 };

  /** Feed it every network event; it keeps the traffic ones. */
  readonly listener: NetworkListener = (event) => {
    if (event.type !== 'traffic') return;
    const counts = this.totals[event.direction];
    counts.set(event.messageType, (counts.get(event.messageType) ?? 0) + 1);
    this.bytes[event.direction] += event.bytes;
  };

  snapshot(): { readonly [D in Direction]: { readonly messages: Record<string, number>; readonly bytes: number } } {
    return {
      in: { messages: Object.fromEntries(this.totals.in), bytes: this.bytes.in },
      out: { messages: Object.fromEntries(this.totals.out), bytes: this.bytes.out },
    };
  }
}
