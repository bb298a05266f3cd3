// A node's ledger snapshots: taking one when it is due (after the task that admitted the blocks, so a sync batch
// counts as one), and, after a start on one, reading, checking and adopting the history before its base.
import type { Blockchain, Mempool } from '../core/index.ts';
import type { NodeEvent } from './events.ts';
import type { NodeStorePort, StoredHistory } from './ports.ts';
import type { SaveChanges } from './save-queue.ts';
import {
  checkHistory,
  DEFAULT_SNAPSHOT_POLICY,
  type HistoryOutcome,
  type OpenedChain,
  type SnapshotPolicy,
  SnapshotTaker,
} from './snapshot-start.ts';

/**
 * A snapshot due at the start is taken this long after it: the first from a whole 100,000-block history costs a
 * couple of hundred milliseconds, which the page's first drawing should not wait behind.
 */
const SNAPSHOT_AFTER_START_MS = 2_000;

/** What the snapshots need of their node. */
export type SnapshotsPort = {
  readonly chain: Blockchain;
  readonly mempool: Mempool;
  now(): number;
  emit(event: NodeEvent): void;
  /** The tip moved under the miner's template. */
  tipMoved(): void;
  /** Queues changes with the node's next save. */
  save(changes: Omit<SaveChanges, 'mempool'>): Promise<void>;
};

export class NodeSnapshots {
  /**
   * Settles once the chain holds every stored block: at once, unless it started on a snapshot; then after `begin`
   * and the check.
   */
  readonly history: Promise<HistoryOutcome>;
  /** Starts the history's check; a no-op when there is none to make or it has begun. */
  readonly begin: () => void;
  private taker: SnapshotTaker;
  private readonly policy: SnapshotPolicy;
  /** A snapshot is being taken after the current task, or once the minimum interval is over. */
  private queued = false;
  /** When the last one was taken (Date.now): none yet, so the first is taken at once. */
  private takenAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly port: SnapshotsPort,
    opened: OpenedChain,
    options: { readonly store: NodeStorePort; readonly snapshotPolicy?: SnapshotPolicy },
  ) {
    this.policy = options.snapshotPolicy ?? DEFAULT_SNAPSHOT_POLICY;
    this.taker = new SnapshotTaker(opened.snapshot, this.policy);
    const { store } = options;
    const loadHistory = store.loadHistory;
    if (opened.onSnapshot && loadHistory !== undefined) {
      let begin = (): void => {};
      this.history = new Promise<void>((resolve) => {
        begin = resolve;
      }).then(() => this.adopt(() => loadHistory.call(store)));
      this.begin = begin;
    } else {
      this.history = Promise.resolve({ agreed: true, blocks: 0, warnings: [] });
      this.begin = () => {};
    }
    // A chain that grew past the last snapshot (or never had one) gets it without waiting for its next block.
    void this.history.then(() => setTimeout(() => this.blocksAdmitted(), SNAPSHOT_AFTER_START_MS));
  }

  /**
   * Blocks went in: a snapshot is taken after this task if one is due (or, within the minimum interval of the last,
   * once it is over), and joins the next save.
   */
  blocksAdmitted(): void {
    if (this.queued) return;
    this.queued = true;
    const wait = Math.max(0, this.takenAt + this.policy.minIntervalMs - Date.now());
    setTimeout(() => {
      this.queued = false;
      const snapshot = this.taker.due(this.port.chain);
      if (snapshot === null) return;
      this.takenAt = Date.now();
      void this.port.save({ snapshot });
    }, wait);
  }

  /**
   * Reads every stored block, checks it from genesis and hands the chain over to it (checkHistory). A snapshot the
   * blocks disagree with is dropped: the node follows the blocks, re-checks its mempool, and takes a new snapshot.
   */
  private async adopt(load: () => Promise<StoredHistory>): Promise<HistoryOutcome> {
    const { chain, mempool } = this.port;
    const history = await load();
    const { full, agreed } = await checkHistory(chain, history);
    const tipBefore = chain.tip.hash;
    chain.adoptHistory(full);
    if (!agreed) {
      // No block was disconnected, but every pooled transaction is judged again against the blocks' ledger.
      const dropped = mempool.applyReorg({ disconnected: [], connected: [chain.tip] }, this.port.now());
      if (dropped.length > 0) this.port.emit({ type: 'dropped', transactions: dropped });
      if (chain.tip.hash !== tipBefore) this.port.tipMoved();
      this.taker = new SnapshotTaker(null, this.policy);
      const snapshot = this.taker.due(chain) ?? undefined;
      void this.port.save({ tipHash: chain.tip.hash, ...(snapshot ? { snapshot } : {}) });
    }
    const outcome = { agreed, blocks: history.blocks.length, warnings: history.warnings ?? [] };
    this.port.emit({ type: 'history', ...outcome });
    return outcome;
  }
}
