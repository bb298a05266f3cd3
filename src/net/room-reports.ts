// What every node of a room is doing, for a teacher's view of the room: each node reports its own state (height,
// tip, role, mining, hash rate, links) every few seconds, and relays the reports it hears a few hops on, once each.
// A dashboard tab is then one more node of the room that listens; nobody needs a link to everybody (docs/protocol.md,
// "Room reports", has the cost). Reports are for display only: nothing in consensus or peer choice reads them.
import type { Clock } from './clock.ts';
import type { NetworkNode, NodeActivity } from './context.ts';
import type { PeerSession } from './peer-session.ts';
import { MAX_REPORT_HOPS, type ReportMessage } from './protocol.ts';

/** How a node's own reports are paced, and how long others' are shown. Local policy, not protocol. */
export type ReportTiming = {
  /** A changed state is reported no sooner than this after the last report (the heartbeat checks). */
  readonly minIntervalMs: number;
  /** An unchanged state is reported again after this, so a dashboard can tell a live node from a gone one. */
  readonly maxIntervalMs: number;
  /** A report not renewed within this is shown as stale (the node is offline, or cut off from us). */
  readonly staleAfterMs: number;
  /** A report not renewed within this is forgotten. */
  readonly forgetAfterMs: number;
};

export const DEFAULT_REPORT_TIMING: ReportTiming = {
  minIntervalMs: 3_000,
  maxIntervalMs: 15_000,
  staleAfterMs: 40_000,
  forgetAfterMs: 300_000,
};

/** Origins remembered at most: the stalest go first. */
export const MAX_REPORTED_NODES = 256;

/** One node's last report as this node knows it. */
export type RoomReport = {
  /** The reporting node's peer id. */
  readonly node: string;
  /** The origin's clock when it reported, ms since the epoch: orders one origin's reports, never compared across. */
  readonly at: number;
  readonly height: number;
  readonly tip: string;
  /** The tip's cumulative work, decimal. */
  readonly work: string;
  readonly peers: number;
  /** Times it was relayed to reach us: 0 straight from the node (or our own), at most MAX_REPORT_HOPS. */
  readonly hops: number;
  /** Our clock when it arrived. */
  readonly receivedAt: number;
  /** Not renewed within staleAfterMs: offline, or cut off from us (a partition). */
  readonly stale: boolean;
  /** This node's own report. */
  readonly self: boolean;
} & NodeActivity;

type Stored = Omit<RoomReport, 'stale' | 'self'>;

export type RoomReportsOptions = {
  readonly localId: string;
  readonly node: NetworkNode;
  readonly clock: Clock;
  readonly readySessions: () => Iterable<PeerSession>;
  readonly timing?: ReportTiming;
  /** Something changed in the list (a report arrived or went stale is seen on reading). */
  readonly onChange: () => void;
};

const IDLE: NodeActivity = { role: 'miner', mining: false, hashRate: 0 };

export class RoomReports {
  private readonly known = new Map<string, Stored>();
  private readonly timing: ReportTiming;
  /** What we last reported, to tell a change; null before the first. */
  private lastSent: { readonly at: number; readonly state: string } | null = null;

  constructor(private readonly options: RoomReportsOptions) {
    this.timing = options.timing ?? DEFAULT_REPORT_TIMING;
  }

  /** Every node's last report, ours first, then by peer id. */
  list(): RoomReport[] {
    const now = this.options.clock.now();
    this.forgetOld(now);
    const own: RoomReport = { ...this.ownReport(now, 0), receivedAt: now, stale: false, self: true };
    const others = [...this.known.values()]
      .sort((a, b) => (a.node < b.node ? -1 : 1))
      .map((report) => ({ ...report, stale: this.isStale(report, now), self: false }));
    return [own, ...others];
  }

  /** How many links `node` reported it had, if its report is fresh; null when we have none or only a stale one. */
  linksOf(node: string): number | null {
    const report = this.known.get(node);
    return report === undefined || this.isStale(report, this.options.clock.now()) ? null : report.peers;
  }

  /** A peer's report: kept if newer than what we know of its origin, then passed on while hops remain. */
  receive(from: PeerSession, message: ReportMessage): void {
    const { node, at, hops } = message;
    if (node === this.options.localId) return;
    const known = this.known.get(node);
    if (known !== undefined && known.at >= at) return; // heard already, over another link
    const { v: _v, type: _type, hashrate, ...fields } = message;
    this.known.set(node, { ...fields, hashRate: hashrate, receivedAt: this.options.clock.now() });
    this.bound();
    this.options.onChange();
    if (hops + 1 > MAX_REPORT_HOPS) return;
    const onward = { ...message, hops: hops + 1 };
    for (const session of this.options.readySessions()) {
      if (session !== from && session.peerId !== node) session.send(onward);
    }
  }

  /** On each heartbeat: our report to every ready peer, when our state changed or has gone unreported too long. */
  tick(): void {
    const now = this.options.clock.now();
    const report = this.ownReport(now, 0);
    const state = stateKey(report);
    const last = this.lastSent;
    const due =
      last === null ||
      now - last.at >= this.timing.maxIntervalMs ||
      (state !== last.state && now - last.at >= this.timing.minIntervalMs);
    if (!due) return;
    this.lastSent = { at: now, state };
    for (const session of this.options.readySessions()) session.send(toMessage(report));
  }

  /** A peer just became ready: it hears our report and every fresh one we know, so a dashboard fills at once. */
  greet(session: PeerSession): void {
    const now = this.options.clock.now();
    session.send(toMessage(this.ownReport(now, 0)));
    for (const report of this.known.values()) {
      if (!this.isStale(report, now) && report.hops < MAX_REPORT_HOPS && report.node !== session.peerId) {
        session.send(toMessage({ ...report, hops: report.hops + 1 }));
      }
    }
  }

  private ownReport(now: number, hops: number): Omit<Stored, 'receivedAt'> {
    const { chain } = this.options.node;
    let peers = 0;
    for (const _ of this.options.readySessions()) peers++;
    return {
      node: this.options.localId,
      at: Math.max(now, (this.lastSent?.at ?? 0) + 1),
      hops,
      height: chain.height,
      tip: chain.tip.hash,
      work: chain.totalWork.toString(),
      peers,
      ...(this.options.node.activity?.() ?? IDLE),
    };
  }

  /** Not renewed within staleAfterMs. */
  private isStale(report: Stored, now: number): boolean {
    return now - report.receivedAt > this.timing.staleAfterMs;
  }

  private forgetOld(now: number): void {
    for (const [node, report] of this.known) {
      if (now - report.receivedAt > this.timing.forgetAfterMs) this.known.delete(node);
    }
  }

  /** Past MAX_REPORTED_NODES origins, the stalest go. */
  private bound(): void {
    if (this.known.size <= MAX_REPORTED_NODES) return;
    const byAge = [...this.known.values()].sort((a, b) => a.receivedAt - b.receivedAt);
    for (const report of byAge.slice(0, this.known.size - MAX_REPORTED_NODES)) this.known.delete(report.node);
  }
}

/** What a change is: anything but the time and the route. */
function stateKey(report: Omit<Stored, 'receivedAt'>): string {
  const { at: _at, hops: _hops, ...state } = report;
  return JSON.stringify(state);
}

function toMessage(report: Omit<Stored, 'receivedAt'>): Omit<ReportMessage, 'v'> {
  return {
    type: 'report',
    node: report.node,
    at: report.at,
    hops: report.hops,
    height: report.height,
    tip: report.tip,
    work: report.work,
    role: report.role,
    mining: report.mining,
    hashrate: report.hashRate,
    peers: report.peers,
  };
}
