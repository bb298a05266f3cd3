// What the network tells the page: peers coming and going, misbehaviour and bans, sync progress, signalling state,
// and every message in or out (the network inspector's feed).
import { Listeners } from '../core/index.ts';
import type { Fault } from './misbehaviour.ts';
import type { MessageType } from './protocol.ts';
import type { LinkKind, SignallingState } from './transport.ts';

/** Why a link ended, as a code with its values; the page words it (src/ui/i18n, `link-end.<code>`). */
export type LinkEnd =
  | { readonly code: 'node-stopped' | 'went-offline' | 'closed-by-peer' | 'replaced' | 'no-status' }
  /** The peer came back (reload, crash, lost network) on a new link under a new session (relink.ts). */
  | { readonly code: 'peer-restarted' }
  /** An inbound peer that had given us nothing new for a while made room for a newcomer (link-slots.ts). */
  | { readonly code: 'evicted' }
  | { readonly code: 'banned'; readonly fault: Fault }
  | { readonly code: 'silent'; readonly ms: number }
  | { readonly code: 'unread-bytes'; readonly bytes: number }
  /** The link itself failed (a send that never drained): `error` is the browser's or PeerJS's own message. */
  | { readonly code: 'link-failed'; readonly error: string };

/** How a sync or a resolve with one peer ended, as a code with its values (`sync.<code>` in src/ui/i18n). */
export type SyncEnd =
  | { readonly code: 'caught-up' | 'resolved' | 'no-progress' | 'disconnected' | 'no-verdict' }
  /** Block `index` was refused or did not follow the one before; for undecodable, `index` is its place in the
   *  peer's answer (a body that does not decode has no index of its own). */
  | { readonly code: 'invalid-block' | 'not-following' | 'undecodable'; readonly index: number }
  /** The peer's chain document was refused whole: `reason` is the core's code. */
  | { readonly code: 'chain-refused'; readonly reason: string }
  /** The peer stopped answering, or the request failed: `error` says how (a developer's line). */
  | { readonly code: 'failed'; readonly error: string };

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
  /** `detail` is the core's own line on what was wrong, for developers. */
  | { readonly type: 'banned'; readonly peerId: string; readonly fault: Fault; readonly detail: string }
  | { readonly type: 'disconnected'; readonly peerId: string; readonly reason: LinkEnd }
  | { readonly type: 'sync'; readonly peerId: string; readonly added: number; readonly outcome: SyncEnd }
  /** A node's report arrived (room-reports.ts): the room's list changed. */
  | { readonly type: 'reports' }
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
