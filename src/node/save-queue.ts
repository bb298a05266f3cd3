// The node's saves: one store transaction at a time, and whatever changes while one is in flight joins the next, so
// the store is never more than one transaction behind, however fast blocks and transactions come (issue 12: saved
// one by one, a low-difficulty chain left IndexedDB 2,000 blocks and 2.8 s behind).
import type { Block, KeyPair, MempoolChanges, Transaction } from '../core/index.ts';
import type { NodeSave, StoredSnapshot } from './ports.ts';

/** Changes to save; absent fields are unchanged. */
export type SaveChanges = {
  /** Newly accepted blocks, parents first, and the main chain's tip after them. */
  readonly blocks?: readonly Block[];
  readonly tipHash?: string;
  /**
   * The mempool's changes since those handed over before (Mempool.takeChanges): exact (only a txid absent from the
   * pool is added, only a present one removed), which is what lets a later change cancel an earlier one.
   */
  readonly mempool?: MempoolChanges;
  readonly peers?: readonly string[];
  readonly keys?: KeyPair;
  /** A new ledger snapshot: a later one replaces it in the queue. */
  readonly snapshot?: StoredSnapshot;
};

export type SaveQueueOptions = {
  /** One store transaction, whole or nothing: a rejection means nothing of it was stored. */
  readonly write: (save: NodeSave) => Promise<void>;
  /** A write failed; its changes wait in the queue and go with the next save. */
  readonly onError: (error: unknown) => void;
  /**
   * The pause between a save that committed and the next, while changes keep coming (0: none). Saves back to back
   * at a lesson's low difficulty were 400 IndexedDB transactions a second, whose browser-side garbage made the
   * page's longest collections (issue 12); 4 ms gathers several blocks a save at the same block rate.
   */
  readonly gapMs?: number;
};

/** The node's pause between busy saves (SaveQueueOptions.gapMs): store lag 132.1 -> 63.6 ms median worst at difficulty 8. */
export const SAVE_GAP_MS = 4;

/** What waits in the queue or is in flight, not yet committed. */
export type SaveBacklog = { readonly blocks: number; readonly mempoolChanges: number; readonly saving: boolean };

/** The changes gathered for one save, and the promise its callers wait on. */
type Batch = {
  blocks: Block[];
  tipHash: string | undefined;
  /** txid → the transaction that entered the pool, or null for one that left, relative to the store before it. */
  mempool: Map<string, Transaction | null>;
  peers: readonly string[] | undefined;
  keys: KeyPair | undefined;
  snapshot: StoredSnapshot | undefined;
  readonly settled: Promise<void>;
  readonly settle: () => void;
};

export class SaveQueue {
  /** Gathering: the next save. */
  private next: Batch | null = null;
  /** In flight: the one store transaction under way. */
  private running: Batch | null = null;
  private scheduled = false;

  constructor(private readonly options: SaveQueueOptions) {}

  /**
   * Queues changes for the next save, and resolves once the save carrying them settled: committed, or failed and
   * reported (its changes then ride with the save after it). Never rejects.
   */
  add(changes: SaveChanges): Promise<void> {
    const batch = this.next ?? emptyBatch();
    this.next = batch;
    merge(batch, changes);
    this.schedule();
    return batch.settled;
  }

  /** Resolves once everything queued so far has been tried; what a failed save left is tried again now. */
  flush(): Promise<void> {
    if (this.next === null) return this.running?.settled ?? Promise.resolve();
    this.schedule();
    return this.next.settled;
  }

  /** What the store does not have yet, for the page to show and the bench to measure. */
  backlog(): SaveBacklog {
    const batches = [this.running, this.next].filter((batch): batch is Batch => batch !== null);
    return {
      blocks: batches.reduce((sum, batch) => sum + batch.blocks.length, 0),
      mempoolChanges: batches.reduce((sum, batch) => sum + batch.mempool.size, 0),
      saving: this.running !== null,
    };
  }

  /** Starts the next save after the current task's other changes joined it: one admit often makes several. */
  private schedule(): void {
    if (this.scheduled || this.running !== null) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      this.pump();
    });
  }

  /** The next save, after the gap: what comes meanwhile joins it (schedule() waits for this one). */
  private pumpAfterGap(): void {
    const gapMs = this.options.gapMs ?? 0;
    if (gapMs <= 0) {
      this.pump();
      return;
    }
    this.scheduled = true;
    setTimeout(() => {
      this.scheduled = false;
      this.pump();
    }, gapMs);
  }

  private pump(): void {
    const batch = this.next;
    if (this.running !== null || batch === null) return;
    this.next = null;
    const save = toSave(batch);
    if (save === null) {
      batch.settle(); // everything in it cancelled out
      return;
    }
    this.running = batch;
    // Through `then`, so that a write that throws instead of rejecting is a failure like any other.
    Promise.resolve()
      .then(() => this.options.write(save))
      .then(
        () => this.finish(batch, { ok: true }),
        (error: unknown) => this.finish(batch, { ok: false, error }),
      );
  }

  private finish(batch: Batch, outcome: { readonly ok: true } | { readonly ok: false; readonly error: unknown }): void {
    this.running = null;
    if (outcome.ok) {
      batch.settle();
      this.pumpAfterGap();
      return;
    }
    this.options.onError(outcome.error);
    const later = this.next;
    this.next = later === null ? carriedOver(batch) : combined(batch, later);
    batch.settle();
    // A store that keeps failing (closed, full) is tried again when something new comes, not in a loop.
    if (later !== null) this.pump();
  }
}

function emptyBatch(): Batch {
  let settle = (): void => {};
  const settled = new Promise<void>((resolve) => {
    settle = resolve;
  });
  const nothing = { peers: undefined, keys: undefined, snapshot: undefined };
  return { blocks: [], tipHash: undefined, mempool: new Map(), ...nothing, settled, settle };
}

function merge(batch: Batch, changes: SaveChanges): void {
  // One by one, not push(...blocks): a 10,000-block sync batch would pass 10,000 arguments.
  for (const block of changes.blocks ?? []) batch.blocks.push(block);
  if (changes.tipHash !== undefined) batch.tipHash = changes.tipHash;
  for (const tx of changes.mempool?.added ?? []) toggle(batch.mempool, tx.txid, tx);
  for (const txid of changes.mempool?.removed ?? []) toggle(batch.mempool, txid, null);
  if (changes.peers !== undefined) batch.peers = changes.peers;
  if (changes.keys !== undefined) batch.keys = changes.keys;
  if (changes.snapshot !== undefined) batch.snapshot = changes.snapshot;
}

/**
 * Applies an exact change to net changes: a second change to a txid undoes the first (added then removed before the
 * save: nothing to write; removed then added back: the store already holds it).
 */
function toggle(changes: Map<string, Transaction | null>, txid: string, tx: Transaction | null): void {
  if (changes.has(txid)) changes.delete(txid);
  else changes.set(txid, tx);
}

/** A failed save's changes, to go with the next one (its callers were told when it failed). */
function carriedOver(failed: Batch): Batch {
  return combined(failed, emptyBatch());
}

/** A failed save's changes followed by those that came while it was in flight, for the callers of the latter. */
function combined(failed: Batch, later: Batch): Batch {
  const mempool = new Map(failed.mempool);
  for (const [txid, tx] of later.mempool) toggle(mempool, txid, tx);
  return {
    blocks: [...failed.blocks, ...later.blocks],
    tipHash: later.tipHash ?? failed.tipHash,
    mempool,
    peers: later.peers ?? failed.peers,
    keys: later.keys ?? failed.keys,
    snapshot: later.snapshot ?? failed.snapshot,
    settled: later.settled,
    settle: later.settle,
  };
}

/** The store's form of a batch; null when nothing is left to write. */
function toSave(batch: Batch): NodeSave | null {
  const added: Transaction[] = [];
  const removed: string[] = [];
  for (const [txid, tx] of batch.mempool) {
    if (tx === null) removed.push(txid);
    else added.push(tx);
  }
  const save: NodeSave = {
    ...(batch.blocks.length > 0 ? { blocks: batch.blocks } : {}),
    ...(batch.tipHash === undefined ? {} : { tipHash: batch.tipHash }),
    ...(added.length > 0 ? { mempoolAdded: added } : {}),
    ...(removed.length > 0 ? { mempoolRemoved: removed } : {}),
    ...(batch.peers === undefined ? {} : { peers: batch.peers }),
    ...(batch.keys === undefined ? {} : { keys: batch.keys }),
    ...(batch.snapshot === undefined ? {} : { snapshot: batch.snapshot }),
  };
  return Object.keys(save).length > 0 ? save : null;
}
