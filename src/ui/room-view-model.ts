// The teacher's view of the room as plain data: each node's last report placed on a branch as this node sees the
// chain (its main chain, behind on it, a side branch it knows, or a branch it has not seen), each branch with a
// colour of its own, and each node's share of the room's hash rate. The view draws this and nothing else.
import type { RoomReport } from '../node/index.ts';

/**
 * Where a node's tip sits for this node: its tip, an earlier block of its main chain (catching up), a block of a
 * branch it knows but does not follow, or one it has never seen (a branch built out of its sight).
 */
export type BranchKind = 'tip' | 'behind' | 'side' | 'unseen';

export type RoomRow = RoomReport & {
  readonly branch: BranchKind;
  /** The branch's colour: 0 for this node's main chain, then 1, 2, … per other tip, in order of first row. */
  readonly colour: number;
  /** Its part of the hash rate of the room's fresh reports, 0..1; null while nobody mines. */
  readonly share: number | null;
};

export type RoomBranch = {
  readonly colour: number;
  readonly tip: string;
  readonly height: number;
  readonly kind: BranchKind;
  /** Peer ids of the nodes whose fresh reports name it. */
  readonly nodes: readonly string[];
  /** Their part of the room's hash rate, 0..1; null while nobody mines. */
  readonly share: number | null;
};

export type RoomSummary = {
  readonly rows: readonly RoomRow[];
  /** Branches named by fresh reports: this node's main chain first, then the others by height. */
  readonly branches: readonly RoomBranch[];
  /** Nodes whose report is fresh. */
  readonly live: number;
  readonly stale: number;
  /** Hashes per second of every fresh report together. */
  readonly hashRate: number;
};

/** What the model needs of this node's chain. */
export type ChainView = {
  readonly tipHash: string;
  isOnMainChain(hash: string): boolean;
  hasBlock(hash: string): boolean;
};

/** The node id in a peer id (`r<room tag>-<node id>`): every peer id of a room starts with the same tag. */
export function nodeIdOf(peerId: string): string {
  return peerId.slice(peerId.indexOf('-') + 1);
}

function branchOf(tip: string, chain: ChainView): BranchKind {
  if (tip === chain.tipHash) return 'tip';
  if (chain.isOnMainChain(tip)) return 'behind';
  return chain.hasBlock(tip) ? 'side' : 'unseen';
}

export function summarizeRoom(reports: readonly RoomReport[], chain: ChainView): RoomSummary {
  const fresh = reports.filter((report) => !report.stale);
  const hashRate = fresh.reduce((sum, report) => sum + report.hashRate, 0);
  const shareOf = (rate: number) => (hashRate > 0 ? rate / hashRate : null);
  /** Main chain (tip or behind) is colour 0; every other tip its own, in order of first sight. */
  const colours = new Map<string, number>();
  const colourOf = (tip: string, branch: BranchKind): number => {
    if (branch === 'tip' || branch === 'behind') return 0;
    let colour = colours.get(tip);
    if (colour === undefined) {
      colour = colours.size + 1;
      colours.set(tip, colour);
    }
    return colour;
  };
  const rows = reports.map((report) => {
    const branch = branchOf(report.tip, chain);
    return {
      ...report,
      branch,
      colour: colourOf(report.tip, branch),
      share: report.stale ? null : shareOf(report.hashRate),
    };
  });
  const byColour = new Map<number, RoomRow[]>();
  for (const row of rows) {
    if (row.stale) continue;
    byColour.set(row.colour, [...(byColour.get(row.colour) ?? []), row]);
  }
  const branches = [...byColour.entries()]
    .map(([colour, members]) => {
      const highest = members.reduce((best, row) => (row.height > best.height ? row : best));
      return {
        colour,
        tip: highest.tip,
        height: highest.height,
        kind: colour === 0 ? ('tip' as const) : highest.branch,
        nodes: members.map((row) => row.node),
        share: shareOf(members.reduce((sum, row) => sum + row.hashRate, 0)),
      };
    })
    .sort((a, b) => (a.colour === 0 ? -1 : b.colour === 0 ? 1 : b.height - a.height));
  return { rows, branches, live: fresh.length, stale: reports.length - fresh.length, hashRate };
}

/** Tips to mark in the fork tree: how many live nodes sit on each block, and the branch colour. */
export function tipMarks(summary: RoomSummary): Map<string, { readonly count: number; readonly colour: number }> {
  const marks = new Map<string, { count: number; colour: number }>();
  for (const row of summary.rows) {
    if (row.stale) continue;
    const mark = marks.get(row.tip) ?? { count: 0, colour: row.colour };
    mark.count++;
    marks.set(row.tip, mark);
  }
  return marks;
}
