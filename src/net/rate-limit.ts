// What a peer may make us do for free, per unit of time: token buckets per peer for the requests we serve
// (get-blocks, get-chain), answers nobody asked for, and parentless blocks. Within a bucket everything is as
// before; past it the message is dropped unserved and its sender charged (handlers.ts).
import type { Clock } from './clock.ts';
import type { NetworkConfig } from './config.ts';

/** A parentless block costs at least this many bytes of its bucket: a flood of tiny ones is bounded by count too. */
export const ORPHAN_MIN_COST = 4 * 1024;

const MINUTE_MS = 60_000;

/** `capacity` tokens, refilled continuously at `perMinute`; time comes from the injected clock. */
export class TokenBucket {
  private tokens: number;
  private updatedAt: number;

  constructor(
    private readonly clock: Clock,
    private readonly capacity: number,
    private readonly perMinute: number,
  ) {
    if (!(capacity > 0 && perMinute > 0)) throw new RangeError(`a bucket needs capacity and rate, got ${capacity}`);
    this.tokens = capacity;
    this.updatedAt = clock.now();
  }

  /** Takes `cost` tokens if the bucket holds them; false (and nothing taken) when it does not. */
  take(cost = 1): boolean {
    const now = this.clock.now();
    // A clock that steps back (the system clock can) refills nothing rather than draining the bucket.
    const elapsed = Math.max(0, now - this.updatedAt);
    this.tokens = Math.min(this.capacity, this.tokens + (elapsed * this.perMinute) / MINUTE_MS);
    this.updatedAt = now;
    if (this.tokens < cost) return false;
    this.tokens -= cost;
    return true;
  }

  /** Tokens left now (for tests and the network inspector). */
  level(): number {
    this.take(0);
    return this.tokens;
  }
}

/** What a peer's buckets count. */
export type Limited = 'get-blocks' | 'get-chain' | 'unsolicited' | 'orphan' | 'report';

/** One peer's buckets. */
export class PeerRateLimits {
  private readonly buckets: Readonly<Record<Limited, TokenBucket>>;

  constructor(clock: Clock, config: NetworkConfig) {
    this.buckets = {
      'get-blocks': new TokenBucket(clock, config.getBlocksBurst, config.getBlocksPerMinute),
      'get-chain': new TokenBucket(clock, config.getChainBurst, config.getChainPerMinute),
      unsolicited: new TokenBucket(clock, config.unsolicitedBurst, config.unsolicitedPerMinute),
      orphan: new TokenBucket(clock, config.orphanBurstBytes, config.orphanBytesPerMinute),
      report: new TokenBucket(clock, config.reportBurst, config.reportsPerMinute),
    };
  }

  /** True when the peer may have this one (it is counted); false past its rate. `bytes` matters for orphans only. */
  allow(what: Limited, bytes = 0): boolean {
    return this.buckets[what].take(what === 'orphan' ? Math.max(ORPHAN_MIN_COST, bytes) : 1);
  }

  level(what: Limited): number {
    return this.buckets[what].level();
  }
}

/**
 * Each peer session's buckets, beside the session rather than in it: they live and die with the link, so a peer
 * that reconnects starts a new burst, but keeps every point it was charged (scores are per peer id).
 */
const perSession = new WeakMap<object, PeerRateLimits>();

export function rateLimitsOf(session: object, clock: Clock, config: NetworkConfig): PeerRateLimits {
  let limits = perSession.get(session);
  if (limits === undefined) {
    limits = new PeerRateLimits(clock, config);
    perSession.set(session, limits);
  }
  return limits;
}
