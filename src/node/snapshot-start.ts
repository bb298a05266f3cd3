// Starting on the stored ledger snapshot: a node with a long chain is ready on the snapshot and the blocks after its
// base (a few hundred, however long the chain), then reads, checks and adopts the blocks before the base in the
// background; and the snapshots a node takes as its chain grows, for its next start.
import {
  type Block,
  Blockchain,
  decodeLedgerSnapshot,
  encodeLedgerSnapshot,
  type LedgerSnapshot,
  type NetworkParams,
  SNAPSHOT_FORMAT,
  takeLedgerSnapshot,
} from '../core/index.ts';
import type { NodeStorePort, StoredHistory, StoredNode, StoredSnapshot } from './ports.ts';

/**
 * A snapshot is taken once the chain is this many blocks past the last one's base: a start decodes and replays at
 * most this many (and SNAPSHOT_DEPTH) before it is ready. At 1,000 a 1,000-block tab, with none yet, started in 1.87x
 * a new node's time; a snapshot of a 100,000-block chain costs some tens of milliseconds, once per 30 s at most.
 */
export const SNAPSHOT_EVERY_BLOCKS = 256;
/**
 * Its base lies this far below the tip: a reorg that deep (which would leave the next start reading everything)
 * takes a room's majority mining in secret for minutes.
 */
export const SNAPSHOT_DEPTH = 64;
/**
 * At most one snapshot this often: a 10,000-block sync took one every 1,000 blocks, 0.43 s of its 8.4 s (the txids
 * merged and the bytes hashed each time); now it takes the first, and the next once the sync is long over.
 */
export const SNAPSHOT_MIN_INTERVAL_MS = 30_000;

/** When a node takes its snapshots; tests take them sooner than a node does. */
export type SnapshotPolicy = {
  readonly everyBlocks: number;
  readonly depth: number;
  readonly minIntervalMs: number;
};
export const DEFAULT_SNAPSHOT_POLICY: SnapshotPolicy = {
  everyBlocks: SNAPSHOT_EVERY_BLOCKS,
  depth: SNAPSHOT_DEPTH,
  minIntervalMs: SNAPSHOT_MIN_INTERVAL_MS,
};

/** Stored blocks loaded between two yields to the page while the history is checked (about 10 ms of work). */
const HISTORY_SLICE_BLOCKS = 500;

/** Stored blocks were validated when they arrived; loading them again must not depend on today's clock. */
export const TRUSTED_LOAD_CLOCK = Number.MAX_SAFE_INTEGER;

export type SnapshotStart = {
  readonly chain: Blockchain;
  readonly snapshot: LedgerSnapshot;
  readonly stored: StoredNode;
};

/**
 * Why the stored snapshot could not be started on: `damaged` (unreadable, failed checksum, another genesis: the
 * page says so), or `stale` (its base is no longer on the stored main chain: an ordinary reorg, said to no one).
 */
export type SnapshotProblem = { readonly problem: 'damaged' | 'stale'; readonly detail: string };

/**
 * Stored blocks into `chain`, in order; what the store vouches for skips its block checks. With `connectingOnly`,
 * a block whose parent the chain lacks is left out: on a snapshot, a branch that left the main chain below the base
 * waits for the history (held for a parent, it would only crowd out peers' blocks).
 */
export function addStored(
  chain: Blockchain,
  blocks: readonly Block[],
  sealed: ReadonlySet<Block> | undefined,
  connectingOnly = false,
): void {
  for (const block of blocks) {
    if (chain.hasBlock(block.hash) || (connectingOnly && !chain.hasBlock(block.previousHash))) continue;
    chain.addBlock(block, { now: TRUSTED_LOAD_CLOCK, stored: true, sealed: sealed?.has(block) === true });
  }
}

/** The chain a start on `recent` (the store's loadRecent) runs on, or why there is none. */
export function startOnSnapshot(params: NetworkParams, recent: StoredNode): SnapshotStart | SnapshotProblem {
  const format = recent.snapshot instanceof Uint8Array ? recent.snapshot[0] : undefined;
  // An earlier release's layout is no damage: the whole chain is read, and the next snapshot is of this layout.
  if (format !== undefined && format >= 1 && format < SNAPSHOT_FORMAT) {
    return { problem: 'stale', detail: `the snapshot has an earlier release's format ${format}` };
  }
  const decoded = decodeLedgerSnapshot(recent.snapshot, recent.snapshotIntact === true);
  if (!decoded.ok) return { problem: 'damaged', detail: decoded.detail };
  const snapshot = decoded.value;
  const base = recent.blocks.find((block) => block.hash === snapshot.baseHash);
  if (base === undefined) return { problem: 'stale', detail: `block ${snapshot.baseIndex} is not stored` };
  const started = Blockchain.fromSnapshot(params, snapshot, base);
  if (!started.ok) return { problem: 'damaged', detail: started.detail };
  const chain = started.value;
  // Only what descends from the base: a branch that left the main chain below it waits for the history.
  addStored(chain, recent.blocks, recent.sealed, true);
  if (recent.tipHash !== null && chain.tip.hash !== recent.tipHash) {
    return { problem: 'stale', detail: `the stored tip ${recent.tipHash.slice(0, 16)} does not descend from the base` };
  }
  return { chain, snapshot, stored: recent };
}

/** How the background check of the history before a snapshot's base ended. */
export type HistoryOutcome = {
  /** The history's ledger and tip are what the snapshot said: false means the node follows the blocks now. */
  readonly agreed: boolean;
  readonly blocks: number;
  readonly warnings: readonly string[];
};

/** How a node's chain was opened: on the stored snapshot, or from every stored block. */
export type OpenedChain = {
  readonly chain: Blockchain;
  readonly stored: StoredNode;
  /** The snapshot the chain started on (the next is taken from it); null after a full load. */
  readonly snapshot: LedgerSnapshot | null;
  readonly onSnapshot: boolean;
  /** Why a stored snapshot could not be started on, when it was damaged (a stale one is no news). */
  readonly snapshotDamage: string | null;
};

/** Opens on the stored snapshot where there is one that leads to the stored tip, and from every block otherwise. */
export async function openChain(params: NetworkParams, store: NodeStorePort): Promise<OpenedChain> {
  const recent = (await store.loadRecent?.()) ?? null;
  const started = recent === null ? null : startOnSnapshot(params, recent);
  if (started !== null && 'chain' in started) {
    return { ...started, onSnapshot: true, snapshotDamage: null };
  }
  const stored = await store.load();
  const chain = new Blockchain(params);
  addStored(chain, stored.blocks, stored.sealed);
  // A stored snapshot a full load meets was damaged or stale (or lies behind an earlier release's loose records):
  // decoding it again would only cost the start its checksum. The first snapshot is taken from the whole history.
  return {
    chain,
    stored,
    snapshot: null,
    onSnapshot: false,
    snapshotDamage: started?.problem === 'damaged' ? started.detail : null,
  };
}

/** Yields to the page's other tasks (input, the network, the views) between slices of a long check. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Builds the whole chain from genesis out of every stored block, a slice at a time, then adds what `chain` took in
 * meanwhile (parents first, in one task, so nothing slips between), and says whether the two agree: same tip, work,
 * balances and confirmed transactions. Resolves with the full chain; the caller adopts it either way (the blocks are
 * the truth; a snapshot that disagrees with them was wrong).
 */
export async function checkHistory(
  chain: Blockchain,
  history: StoredHistory,
): Promise<{ full: Blockchain; agreed: boolean }> {
  const full = new Blockchain(chain.params);
  for (let from = 0; from < history.blocks.length; from += HISTORY_SLICE_BLOCKS) {
    addStored(full, history.blocks.slice(from, from + HISTORY_SLICE_BLOCKS), history.sealed);
    await nextTask();
  }
  addStored(full, chain.knownBlocksFrom(chain.oldestHeld), undefined);
  const agreed =
    full.tip.hash === chain.tip.hash &&
    full.totalWork === chain.totalWork &&
    full.transactionCount === chain.transactionCount &&
    sameBalances(full.balances(), chain.balances());
  return { full, agreed };
}

function sameBalances(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [address, amount] of a) if (b.get(address) !== amount) return false;
  return true;
}

/**
 * Takes a node's snapshots: one at SNAPSHOT_DEPTH below the tip once the chain is SNAPSHOT_EVERY_BLOCKS past the
 * last one's base, from that one (a merge of the blocks between) or, the first time, from the whole history.
 */
export class SnapshotTaker {
  constructor(
    private last: LedgerSnapshot | null,
    private readonly policy: SnapshotPolicy = DEFAULT_SNAPSHOT_POLICY,
  ) {}

  /** The snapshot to store now, or null when none is due (or the chain can make none yet). */
  due(chain: Blockchain): StoredSnapshot | null {
    const baseIndex = chain.height - this.policy.depth;
    if (baseIndex < (this.last?.baseIndex ?? 1) + this.policy.everyBlocks) return null;
    const snapshot = takeLedgerSnapshot(chain, baseIndex, this.last);
    if (snapshot === null) return null;
    this.last = snapshot;
    return { baseHash: snapshot.baseHash, bytes: encodeLedgerSnapshot(snapshot) };
  }
}
