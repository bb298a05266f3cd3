// What a peer's bad input costs it: points per fault, a score per peer, and the session's ban list. A rejection
// that an honest peer can cause (a block we lack the parent of, one we already have, a clock ahead of ours, a
// transaction our mempool has or cannot afford) costs nothing.
import { RejectCode } from '../core/index.ts';

/** Past this a peer is disconnected and ignored until the page reloads. */
export const BAN_THRESHOLD = 100;

/** Faults of the transport and protocol, besides the core's rejection codes. */
export const ProtocolFault = {
  /** Frames that break the stream (not binary, wrong version, out of order): it cannot be followed any more. */
  BadFrame: 'bad-frame',
  /** A message over the size limit: its remaining frames cannot be told apart from garbage, as for bad-frame. */
  Oversized: 'oversized',
  /** Not UTF-8 JSON, or not a message of this protocol: dropped, the stream goes on. */
  Malformed: 'malformed',
  /** Anything but status before status. */
  NoStatus: 'no-status',
  /**
   * A peer that asks for our whole chain again while we are still sending it, or that asks (get-blocks, get-chain)
   * or sends parentless blocks faster than its rate limit (rate-limit.ts).
   */
  Flooding: 'flooding',
  /** An answer (blocks, chain) to no request of ours, past its rate limit: an honest node never sends one. */
  Unsolicited: 'unsolicited',
} as const;
export type ProtocolFault = (typeof ProtocolFault)[keyof typeof ProtocolFault];

export type Fault = ProtocolFault | RejectCode;

/** Where a rejection happened: the same code weighs differently for a relayed transaction and for a block. */
export type FaultContext = 'block' | 'transaction' | 'chain' | 'protocol';

const PROTOCOL_POINTS: Readonly<Record<ProtocolFault, number>> = {
  'bad-frame': BAN_THRESHOLD,
  oversized: BAN_THRESHOLD,
  malformed: 10,
  'no-status': 10,
  flooding: 20,
  unsolicited: 10,
};

/**
 * Codes that say nothing bad about the sender of a block (held, already known, or early for our clock). A block is
 * held for its parent only after its proof of work passed (at least the network's minimum), so holding cost the
 * sender work, and what one sender can make us hold is bounded in bytes (src/core/orphans.ts).
 */
const HARMLESS_FOR_BLOCKS: ReadonlySet<RejectCode> = new Set([
  RejectCode.UnknownParent,
  RejectCode.DuplicateBlock,
  RejectCode.TimeTooNew,
]);

/**
 * Codes that say nothing bad about the sender of a transaction: it may have seen it, our view of balances may lag
 * or lead its own, our clock may be behind, our mempool may be full.
 */
const HARMLESS_FOR_TRANSACTIONS: ReadonlySet<RejectCode> = new Set([
  RejectCode.DuplicateTransaction,
  RejectCode.Overspend,
  RejectCode.TimeTooNew,
  RejectCode.TooManyTransactions,
]);

/** Garbage rather than forgery: cheap to make, so cheap to forgive a few times. */
const SHAPE_CODES: ReadonlySet<RejectCode> = new Set([RejectCode.Malformed]);
/** A chain document that does not add up, without costing its sender any work. */
const DOCUMENT_CODES: ReadonlySet<RejectCode> = new Set([RejectCode.BadLength, RejectCode.Empty, RejectCode.BadHash]);

function isProtocolFault(fault: Fault): fault is ProtocolFault {
  return Object.hasOwn(PROTOCOL_POINTS, fault);
}

/** Points for a fault; 0 when an honest peer could have caused it. */
export function penaltyFor(fault: Fault, context: FaultContext): number {
  if (isProtocolFault(fault)) return PROTOCOL_POINTS[fault];
  if (context === 'transaction' && HARMLESS_FOR_TRANSACTIONS.has(fault)) return 0;
  if (context !== 'transaction' && HARMLESS_FOR_BLOCKS.has(fault)) return 0;
  if (fault === RejectCode.WrongGenesis) return BAN_THRESHOLD;
  if (SHAPE_CODES.has(fault)) return 10;
  if (DOCUMENT_CODES.has(fault)) return 20;
  // Everything else is forged or broken data that costs a real node nothing to avoid: bad-pow, bad-signature,
  // bad-merkle-root, bad-coinbase, broken-link, a block that overspends or builds on an invalid one.
  return 50;
}

/** Scores of the session's peers and the ids banned so far; bounded so a flood of fresh ids cannot grow it forever. */
export class Misbehaviour {
  private readonly scores = new Map<string, number>();
  private readonly banned = new Set<string>();

  constructor(private readonly maxTracked = 10_000) {}

  scoreOf(peerId: string): number {
    return this.scores.get(peerId) ?? 0;
  }

  isBanned(peerId: string): boolean {
    return this.banned.has(peerId);
  }

  bannedIds(): string[] {
    return [...this.banned];
  }

  /** Adds points; returns the new score and whether this call crossed the threshold. */
  add(peerId: string, points: number): { readonly score: number; readonly bannedNow: boolean } {
    const score = this.scoreOf(peerId) + points;
    this.scores.set(peerId, score);
    const bannedNow = score >= BAN_THRESHOLD && !this.banned.has(peerId);
    if (bannedNow) this.banned.add(peerId);
    this.trim();
    return { score, bannedNow };
  }

  private trim(): void {
    for (const map of [this.scores, this.banned]) {
      while (map.size > this.maxTracked) {
        const oldest = map.keys().next().value;
        if (oldest === undefined) break;
        map.delete(oldest);
      }
    }
  }
}

/**
 * Bans are per peer id, and a page makes fresh ids at will. Where the node can tell that links share one source
 * (every tab link comes from a tab of this same browser), a ban there makes the source's ids not linked before it
 * wait `cooldownMs`: a misbehaving page gets one ban per cool-down, not one per fresh id at once. Ids linked before
 * the ban (an honest tab reloading keeps its id) are not held up.
 */
export class SourceCooldown {
  private bannedAt = Number.NEGATIVE_INFINITY;
  /** When each id was first let in; bounded like the scores. */
  private readonly firstLinked = new Map<string, number>();

  constructor(
    private readonly cooldownMs: number,
    private readonly maxTracked = 1_024,
  ) {}

  /** A peer of this source was banned at `now`. */
  banned(now: number): void {
    this.bannedAt = now;
  }

  /** Whether `peerId` of this source may link now; an id let in is remembered as linked from then on. */
  admits(peerId: string, now: number): boolean {
    const first = this.firstLinked.get(peerId);
    if (first !== undefined && first <= this.bannedAt) return true;
    if (now - this.bannedAt < this.cooldownMs) return false;
    if (first === undefined) {
      this.firstLinked.set(peerId, now);
      const oldest = this.firstLinked.keys().next().value;
      if (this.firstLinked.size > this.maxTracked && oldest !== undefined) this.firstLinked.delete(oldest);
    }
    return true;
  }
}
