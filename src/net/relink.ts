// A peer that comes back (a reload, a crash, a Wi-Fi outage) dials us while we still hold its old link, which may be
// dead and would be dropped only when the heartbeat notices (deadAfterMs). The `session` nonce in `status`, random
// per start of a node, tells the cases apart: a second link from a peer id under a new session is that peer come
// back and takes the old link's place at once; under the same session it is a second link of a live peer (both
// sides dialled at once), and the usual rule keeps one (link-slots.ts). Also the peers worth redialling the moment
// the network is back. Policy and bookkeeping only: the network opens, drops and dials.
import { bytesToHex } from '../core/index.ts';
import type { Clock } from './clock.ts';
import { ProtocolFault } from './misbehaviour.ts';
import type { LinkEnd } from './network-events.ts';
import type { Message } from './protocol.ts';
import { TokenBucket } from './rate-limit.ts';
import type { PeerLink } from './transport.ts';

/** How many times a peer may come back under a new session at once, and then per minute: a crash-and-reload a few
 *  times in a row passes; a peer flapping sessions past it is charged (`flooding`) and its new link closed. */
export const RETURNS_BURST = 3;
export const RETURNS_PER_MINUTE = 6;
/** Peer ids whose returns are counted; past it the longest unseen is forgotten. */
const RETURNS_TRACKED = 1_024;
/** Peers recently linked, redialled when the network is back even if the directory gave up on them meanwhile. */
const RECENT_REMEMBERED = 32;
/** Our own session nonce: 16 random bytes, in the status's hex. */
const SESSION_BYTES = 16;

/** A fresh session nonce for one start of this node. */
export function newSessionNonce(): string {
  return bytesToHex(crypto.getRandomValues(new Uint8Array(SESSION_BYTES)));
}

/** What the policy reads and does of a link's session (a PeerSession). */
export interface SessionLike {
  readonly peerId: string;
  readonly link: PeerLink;
  readonly openedAt: number;
  /** The session nonce of the peer's first status; null before it, or when the peer sent none. */
  readonly sessionNonce: string | null;
  close(reason: LinkEnd): void;
}

/** What to do with a contender (a second link to a peer we hold) once its status says which session it is. */
export type ReturnVerdict =
  /** A new session: the peer came back, the held link is stale. */
  | 'replace'
  /** The same session, or one side said none: a second link of the same start, closed as before. */
  | 'duplicate'
  /** A new session, but the peer came back too often lately. */
  | 'too-often';

/** The network's side: its open sessions by peer id, and what it does on the policy's verdicts. */
export type ReturningPeersHost<S extends SessionLike> = {
  readonly clock: Clock;
  readonly sessions: Map<string, S>;
  /** A session on `link`, our status sent on it. */
  open(link: PeerLink): S;
  /** Drops a held session as the network drops any (directory, events). */
  drop(session: S, reason: LinkEnd): void;
  penalize(session: S, fault: ProtocolFault, detail: string): void;
  /** A link of this peer now holds its slot. */
  opened(peerId: string): void;
};

export class ReturningPeers<S extends SessionLike> {
  /** At most one contender per peer id, waiting for its status; never in the host's sessions. */
  private readonly contenders = new Map<string, S>();
  private readonly returns = new Map<string, TokenBucket>();
  /** Oldest first: re-linking moves a peer to the end. */
  private readonly recent = new Set<string>();

  constructor(private readonly host: ReturningPeersHost<S>) {}

  /**
   * A second link to a peer we hold, which the duplicate rule would close: kept until its status says whether the
   * peer came back under a new session (then it replaces the held link) or not (closed then). False when the held
   * link never told its session, so nothing could tell: the caller closes it at once, as before.
   */
  hearOut(link: PeerLink): boolean {
    const held = this.host.sessions.get(link.peerId);
    if (held?.sessionNonce === null || held === undefined) return false;
    const contender = this.host.open(link);
    const earlier = this.contenders.get(link.peerId);
    this.contenders.set(link.peerId, contender);
    earlier?.close({ code: 'replaced' });
    return true;
  }

  /** The contender on `link`, if it is one. */
  contenderOn(link: PeerLink): S | undefined {
    const contender = this.contenders.get(link.peerId);
    return contender?.link === link ? contender : undefined;
  }

  isContender(session: S): boolean {
    return this.contenders.get(session.peerId) === session;
  }

  /**
   * A contender's first message, which must be its status: true when the contender now holds the peer's slot in the
   * host's sessions (the message then goes to the usual handlers); false when it was closed.
   */
  settle(contender: S, message: Message): boolean {
    this.contenders.delete(contender.peerId);
    const held = this.host.sessions.get(contender.peerId);
    if (message.type !== 'status') this.host.penalize(contender, ProtocolFault.NoStatus, 'a second link');
    const verdict = message.type === 'status' && held !== undefined ? this.verdict(held, message.session) : null;
    if (verdict === 'too-often') {
      this.host.penalize(contender, ProtocolFault.Flooding, 'came back under a new session past its rate');
    }
    if (held === undefined || verdict !== 'replace') {
      contender.close({ code: 'replaced' });
      return false;
    }
    this.host.drop(held, { code: 'peer-restarted' });
    this.host.sessions.set(contender.peerId, contender);
    this.host.opened(contender.peerId);
    return true;
  }

  /**
   * The peer's held session was dropped (its link closed, went silent): a contender waiting for its status takes the
   * slot it left, as a link that had just opened.
   */
  vacated(peerId: string): void {
    const contender = this.contenders.get(peerId);
    if (contender === undefined || this.host.sessions.has(peerId)) return;
    this.contenders.delete(peerId);
    this.host.sessions.set(peerId, contender);
    this.host.opened(peerId);
  }

  /** A contender's link closed before it settled; false when `link` is no contender's. */
  closed(link: PeerLink): boolean {
    const contender = this.contenderOn(link);
    if (contender === undefined) return false;
    this.contenders.delete(link.peerId);
    contender.close({ code: 'closed-by-peer' });
    return true;
  }

  /** Closes the contenders that have not said their session within `waitMs`; every one for 0 (stop, offline). */
  dismiss(waitMs: number): void {
    const now = this.host.clock.now();
    for (const contender of [...this.contenders.values()]) {
      if (waitMs > 0 && now - contender.openedAt <= waitMs) continue;
      this.contenders.delete(contender.peerId);
      contender.close({ code: 'no-status' });
    }
  }

  /** The peer is banned: its contender, if any, goes with the rest of its links; true when there was one. */
  banned(peerId: string, reason: LinkEnd): boolean {
    this.recent.delete(peerId);
    const contender = this.contenders.get(peerId);
    if (contender === undefined) return false;
    this.contenders.delete(peerId);
    contender.close(reason);
    return true;
  }

  /** The peer finished its status exchange: it is worth redialling first when the network comes back. */
  linked(peerId: string): void {
    this.recent.delete(peerId);
    this.recent.add(peerId);
    const oldest = this.recent.values().next().value;
    if (this.recent.size > RECENT_REMEMBERED && oldest !== undefined) this.recent.delete(oldest);
  }

  /** It was evicted: not redialled for having been linked. */
  forget(peerId: string): void {
    this.recent.delete(peerId);
  }

  /** Peers linked lately, oldest first. */
  recentlyLinked(): string[] {
    return [...this.recent];
  }

  /** The verdict on a contender that says it is session `nonce` of the peer `held` links to. */
  private verdict(held: S, nonce: string | undefined): ReturnVerdict {
    if (nonce === undefined || held.sessionNonce === null || nonce === held.sessionNonce) return 'duplicate';
    return this.bucketOf(held.peerId).take() ? 'replace' : 'too-often';
  }

  private bucketOf(peerId: string): TokenBucket {
    const bucket = this.returns.get(peerId) ?? new TokenBucket(this.host.clock, RETURNS_BURST, RETURNS_PER_MINUTE);
    // Re-inserted on every use: the map's first entry is the one unseen longest.
    this.returns.delete(peerId);
    this.returns.set(peerId, bucket);
    const oldest = this.returns.keys().next().value;
    if (this.returns.size > RETURNS_TRACKED && oldest !== undefined) this.returns.delete(oldest);
    return bucket;
  }
}
