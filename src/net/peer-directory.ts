// The peers worth dialling: registered ones (the seed's /nodes/register: kept, and saved through a port, so a
// reload dials them again), invited ones (an invite link: kept for the session) and discovered ones (dropped after
// repeated failures), each with its dial state and a backoff that doubles after every failure. The one list of
// peers a node has; ids are room peer ids (room.ts), checked by the caller.
import type { Clock } from './clock.ts';
import type { NetworkConfig } from './config.ts';

/** How a peer became known; the first two are redialled for as long as the page lives. */
export type PeerOrigin = 'registered' | 'invited' | 'discovered';

/** Where registered peers are kept between visits (the node's store). */
export interface RegisteredPeersPort {
  /** The whole list, in registration order, each time it changes. */
  save(peerIds: readonly string[]): void;
}

type Candidate = {
  explicit: boolean;
  /** It once gave us a block or transaction we did not have: dialled before peers that never did. */
  served: boolean;
  /** Failed dials (or links that closed before the status exchange) in a row. */
  failures: number;
  nextDialAt: number;
  dialingSince: number | null;
};

export type PeerDirectoryOptions = {
  readonly clock: Clock;
  readonly config: NetworkConfig;
  /** Registered peers saved before (room peer ids). */
  readonly registered?: readonly string[];
  readonly port?: RegisteredPeersPort;
};

export class PeerDirectory {
  private readonly candidates = new Map<string, Candidate>();
  /** Registered ids, saved as they are: a ban forgets a peer for dialling, not the user's registration. */
  private readonly registeredIds = new Set<string>();
  private readonly clock: Clock;
  private readonly config: NetworkConfig;
  private readonly port: RegisteredPeersPort | null;

  constructor(options: PeerDirectoryOptions) {
    this.clock = options.clock;
    this.config = options.config;
    this.port = options.port ?? null;
    for (const peerId of options.registered ?? []) {
      this.registeredIds.add(peerId);
      this.remember(peerId, true);
    }
  }

  /** Remembers a peer; registering or inviting an id again makes it due at once. */
  add(peerId: string, origin: PeerOrigin): void {
    const explicit = origin !== 'discovered';
    if (origin === 'registered' && !this.registeredIds.has(peerId)) {
      this.registeredIds.add(peerId);
      this.port?.save(this.registered());
    }
    this.remember(peerId, explicit);
  }

  /** Registered peers, in registration order. */
  registered(): string[] {
    return [...this.registeredIds];
  }

  private remember(peerId: string, explicit: boolean): void {
    const known = this.candidates.get(peerId);
    if (known) {
      if (explicit) {
        known.explicit = true;
        known.nextDialAt = this.clock.now();
      }
      return;
    }
    this.candidates.set(peerId, {
      explicit,
      served: false,
      failures: 0,
      nextDialAt: this.clock.now(),
      dialingSince: null,
    });
    this.evictOverflow();
  }

  /** Registered or invited: the user named it, so it is never evicted for a stranger (link-slots.ts). */
  namedByUser(peerId: string): boolean {
    return this.registeredIds.has(peerId) || this.candidates.get(peerId)?.explicit === true;
  }

  /** It gave us something new: our own dials prefer it to ids anyone can put in gossip or on the server's list. */
  served(peerId: string): void {
    const known = this.candidates.get(peerId);
    if (known) known.served = true;
  }

  forget(peerId: string): void {
    this.candidates.delete(peerId);
  }

  /** A link opened, whoever dialled: the peer is worth redialling if it is lost. */
  opened(peerId: string): void {
    const known = this.candidates.get(peerId);
    if (known) known.dialingSince = null;
    else this.remember(peerId, false);
  }

  /** The status exchange completed: the peer is good, its failures are forgiven. */
  ready(peerId: string): void {
    const known = this.candidates.get(peerId);
    if (known) known.failures = 0;
  }

  /**
   * The link closed: redial soon if it had worked, later and later if it never did. A peer that refused our dial
   * (no slot for us, link-slots.ts, or offline) frees a slot only once a link of its own has idled for idleEvictMs:
   * asked before then, or forgotten and heard of again on the server's list and asked at once, a late joiner in a
   * full room would cost every full peer an RTCPeerConnection every few seconds. So it waits at least that long,
   * and stays known however often it refuses.
   */
  closed(peerId: string, outcome: 'worked' | 'failed' | 'refused'): void {
    if (outcome !== 'worked') {
      this.failed(peerId, outcome === 'refused');
      return;
    }
    const known = this.candidates.get(peerId);
    if (!known) return;
    known.dialingSince = null;
    known.failures = 0;
    known.nextDialAt = this.clock.now() + this.config.redialMinMs;
  }

  dialFailed(peerId: string): void {
    this.failed(peerId);
  }

  /** After going online again: everyone is due now. */
  retryAllNow(): void {
    const now = this.clock.now();
    for (const candidate of this.candidates.values()) {
      candidate.nextDialAt = now;
      candidate.dialingSince = null;
    }
  }

  /** Dials in progress; one that outlived the dial timeout (the transport never answered) counts as failed. */
  dialingCount(): number {
    const now = this.clock.now();
    let count = 0;
    for (const [peerId, candidate] of [...this.candidates]) {
      if (candidate.dialingSince === null) continue;
      if (now - candidate.dialingSince > this.config.dialTimeoutMs) this.failed(peerId);
      else count++;
    }
    return count;
  }

  /**
   * Up to `count` peers to dial now, each then marked as being dialled: registered and invited ones first, then
   * those that served us before (squatters' gossip and listed ids cannot crowd them out of our own links), then
   * the fewest failures.
   */
  dueForDial(count: number, exclude: (peerId: string) => boolean): string[] {
    const now = this.clock.now();
    const due = [...this.candidates]
      .filter(([peerId, c]) => c.dialingSince === null && c.nextDialAt <= now && !exclude(peerId))
      .sort(
        ([, a], [, b]) =>
          Number(b.explicit) - Number(a.explicit) || Number(b.served) - Number(a.served) || a.failures - b.failures,
      )
      .slice(0, count);
    for (const [, candidate] of due) candidate.dialingSince = now;
    return due.map(([peerId]) => peerId);
  }

  /** It dialled us while we had no slot for it: if it served us before, it is worth our own dial now. */
  dialledUs(peerId: string): void {
    const known = this.candidates.get(peerId);
    if (known?.served && known.dialingSince === null) known.nextDialAt = this.clock.now();
  }

  private failed(peerId: string, refused = false): void {
    const known = this.candidates.get(peerId);
    if (!known) return;
    known.dialingSince = null;
    known.failures++;
    if (!refused && !known.explicit && known.failures >= this.config.maxDialFailures) {
      this.candidates.delete(peerId);
      return;
    }
    const backoff = Math.min(this.config.redialMaxMs, this.config.redialMinMs * 2 ** (known.failures - 1));
    known.nextDialAt = this.clock.now() + (refused ? Math.max(backoff, this.config.idleEvictMs) : backoff);
  }

  /**
   * Past the size limit, the oldest discovered peer not being dialled goes first; ones that served us go last, so a
   * flood of gossiped ids cannot push out the peers that proved useful.
   */
  private evictOverflow(): void {
    for (const spare of [(c: Candidate) => !c.served, () => true]) {
      for (const [peerId, candidate] of this.candidates) {
        if (this.candidates.size <= this.config.maxKnownPeers) return;
        if (!candidate.explicit && candidate.dialingSince === null && spare(candidate)) this.candidates.delete(peerId);
      }
    }
  }
}
