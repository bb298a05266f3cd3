// Who gets one of a node's link slots: links this node dialled keep a reserve that strangers dialling in cannot
// fill, the tabs of this browser share a cap, and a newcomer that finds the slots full takes the place of the least
// useful idle peer, or is refused. Policy only: the network opens, drops and dials as the verdicts say.
import type { Clock } from './clock.ts';
import type { NetworkConfig } from './config.ts';
import type { NodeNews } from './context.ts';
import { SourceCooldown } from './misbehaviour.ts';
import type { PeerDirectory } from './peer-directory.ts';
import type { PeerLink } from './transport.ts';

/** What the policy reads of one open link (a PeerSession). */
export interface SlotHolder {
  readonly peerId: string;
  readonly link: PeerLink;
  readonly openedAt: number;
  /** When it last gave us a block or transaction new to us; null if it never did. */
  readonly lastServedAt: number | null;
  readonly claimedWork: bigint;
  knows(id: string): boolean;
  servedNew(now: number): void;
}

/**
 * A new link is accepted (perhaps replacing the peer's other link, perhaps evicting an idle peer to make room) or
 * refused: a second link to a peer that loses to the first, no slot, or a fresh tab id during a tab ban's cool-down.
 */
export type SlotVerdict<S> =
  | { readonly kind: 'accept'; readonly replaces: S | null; readonly evicts: S | null }
  | { readonly kind: 'refuse'; readonly why: 'duplicate' | 'full' | 'tab-cooldown' };

export type LinkSlotsOptions = {
  readonly localId: string;
  readonly config: NetworkConfig;
  readonly clock: Clock;
  readonly directory: Pick<PeerDirectory, 'namedByUser' | 'served' | 'dialingCount' | 'dueForDial'>;
  /** How many links a peer last reported (room-reports.ts), null when unknown: a settled node skips full ones. */
  readonly reportedLinks?: (peerId: string) => number | null;
};

/** A limit on how many open links of one kind there may be. */
type Group = { readonly limit: number; readonly holds: (holder: SlotHolder) => boolean };

/** Of two links to one peer (both dialled at once), both sides keep the one dialled by the smaller id. */
function preferredLink(localId: string, a: PeerLink, b: PeerLink): PeerLink {
  const dialler = (link: PeerLink) => (link.outbound ? localId : link.peerId);
  return dialler(a) <= dialler(b) ? a : b;
}

/**
 * Negative when `a` is worth less than `b`: it gave us something new longer ago (never is longest ago), then it
 * claims less work, then it linked later (a long-standing link is the harder one for an attacker to have).
 */
function byUsefulness(a: SlotHolder, b: SlotHolder): number {
  const servedA = a.lastServedAt ?? Number.NEGATIVE_INFINITY;
  const servedB = b.lastServedAt ?? Number.NEGATIVE_INFINITY;
  if (servedA !== servedB) return servedA < servedB ? -1 : 1;
  if (a.claimedWork !== b.claimedWork) return a.claimedWork < b.claimedWork ? -1 : 1;
  return b.openedAt - a.openedAt;
}

export class LinkSlots {
  private readonly localId: string;
  private readonly config: NetworkConfig;
  private readonly clock: Clock;
  private readonly directory: LinkSlotsOptions['directory'];
  private readonly reportedLinks: (peerId: string) => number | null;
  /** Every tab link comes from this same browser: the one source of links this node can tell apart. */
  private readonly tabs: SourceCooldown;
  /** When a settled node last dialled a peer nobody named (toDial). */
  private lastSettledDialAt = Number.NEGATIVE_INFINITY;

  constructor(options: LinkSlotsOptions) {
    this.localId = options.localId;
    this.config = options.config;
    this.clock = options.clock;
    this.directory = options.directory;
    this.reportedLinks = options.reportedLinks ?? (() => null);
    this.tabs = new SourceCooldown(options.config.tabBanCooldownMs);
  }

  /** The verdict on a link that just opened, given the links open now (by peer id). */
  admit<S extends SlotHolder>(link: PeerLink, open: ReadonlyMap<string, S>): SlotVerdict<S> {
    const existing = open.get(link.peerId);
    if (existing) {
      // The peer already holds a slot: the link that wins keeps it, whichever way it was dialled.
      const keepsExisting = preferredLink(this.localId, existing.link, link) === existing.link;
      return keepsExisting
        ? { kind: 'refuse', why: 'duplicate' }
        : { kind: 'accept', replaces: existing, evicts: null };
    }
    const now = this.clock.now();
    const named = this.directory.namedByUser(link.peerId);
    if (link.kind === 'tab' && !named && !this.tabs.admits(link.peerId, now)) {
      return { kind: 'refuse', why: 'tab-cooldown' };
    }
    const holders = [...open.values()];
    const full = this.groupsFor(link).filter((group) => holders.filter(group.holds).length >= group.limit);
    if (full.length === 0) return { kind: 'accept', replaces: null, evicts: null };
    // We dial only into free slots, so our own link finds none only in a race, or when it is to a peer the user
    // named (fillConnections dials those past the cap): only they may push out a link we chose ourselves.
    if (link.outbound && !named) return { kind: 'refuse', why: 'full' };
    const evicts = this.leastUseful(
      holders.filter((h) => (named || !h.link.outbound) && full.every((group) => group.holds(h))),
      now,
    );
    return evicts === null ? { kind: 'refuse', why: 'full' } : { kind: 'accept', replaces: null, evicts };
  }

  /**
   * Candidates to dial now: due ones while links plus dials in progress are under the cap. With none free, a peer
   * the user named is still dialled, one at a time, when an idle link could make room for it: its link evicts that
   * one on opening (admit), so gossiped or listed peers holding our own slots cannot keep it out.
   */
  toDial(open: ReadonlyMap<string, SlotHolder>, exclude: (peerId: string) => boolean): string[] {
    const dialing = this.directory.dialingCount();
    const free = this.config.maxConnections - open.size - dialing;
    if (free > 0 && this.settled(open, dialing)) return this.settledDials(free, exclude);
    if (free > 0) return this.directory.dueForDial(free, exclude);
    if (dialing > 0 || this.leastUseful([...open.values()], this.clock.now()) === null) return [];
    return this.directory.dueForDial(1, (id) => exclude(id) || !this.directory.namedByUser(id));
  }

  /**
   * Enough links, and its reserve of links it dialled itself filled (dials under way counted): strangers filling
   * the inbound slots must not slow the dials that keep a node from being surrounded (eclipse.test.ts).
   */
  private settled(open: ReadonlyMap<string, SlotHolder>, dialing: number): boolean {
    let outbound = dialing;
    for (const holder of open.values()) if (holder.link.outbound) outbound++;
    const reserve = this.config.maxConnections - this.config.maxInbound;
    return open.size + dialing >= this.config.settledLinks && outbound >= reserve;
  }

  /**
   * A settled node's dials: every peer the user named that is due, and one other per settledDialMs at most, never
   * one that reported its slots full. Such a dial would make it evict an idle link, and the evicted node, settled
   * too, dial in turn: one free slot going round the room. Two nodes with a free slot each link instead.
   */
  private settledDials(free: number, exclude: (peerId: string) => boolean): string[] {
    const named = this.directory.dueForDial(free, (id) => exclude(id) || !this.directory.namedByUser(id));
    const now = this.clock.now();
    if (named.length === free || now - this.lastSettledDialAt < this.config.settledDialMs) return named;
    const full = (id: string) => (this.reportedLinks(id) ?? 0) >= this.config.maxConnections;
    // dueForDial has marked the named ones as being dialled: it does not offer them again.
    const other = this.directory.dueForDial(1, (id) => exclude(id) || full(id));
    if (other.length > 0) this.lastSettledDialAt = now;
    return [...named, ...other];
  }

  /** Credits the peers a block or transaction new to the node came from: call before the relay marks the rest. */
  credit(news: NodeNews, open: ReadonlyMap<string, SlotHolder>): void {
    const id = news.type === 'block' ? news.block.hash : news.transaction.txid;
    const now = this.clock.now();
    for (const holder of open.values()) {
      if (!holder.knows(id)) continue;
      holder.servedNew(now);
      this.directory.served(holder.peerId);
    }
  }

  /** A tab of this browser was banned: fresh tab ids wait out the cool-down. */
  tabBanned(): void {
    this.tabs.banned(this.clock.now());
  }

  /** The limits a new link counts against: every link; inbound ones; tab links. */
  private groupsFor(link: PeerLink): Group[] {
    const groups: Group[] = [{ limit: this.config.maxConnections, holds: () => true }];
    if (!link.outbound) groups.push({ limit: this.config.maxInbound, holds: (h) => !h.link.outbound });
    if (link.kind === 'tab') groups.push({ limit: this.config.maxTabLinks, holds: (h) => h.link.kind === 'tab' });
    return groups;
  }

  /**
   * The idle link worth least among `candidates`, or null. Idle: linked for over idleEvictMs and nothing new from
   * it for as long. A peer the user named is never a candidate, and a peer with more work that is worth having
   * serves its blocks when we sync from it, so only what it gave counts, never what it claims.
   */
  private leastUseful<S extends SlotHolder>(candidates: readonly S[], now: number): S | null {
    const idleMs = this.config.idleEvictMs;
    const idle = candidates.filter(
      (h) =>
        now - h.openedAt > idleMs &&
        (h.lastServedAt === null || now - h.lastServedAt > idleMs) &&
        !this.directory.namedByUser(h.peerId),
    );
    return idle.sort(byUsefulness)[0] ?? null;
  }
}
