// What a node needs from its edges, as narrow structural types: IndexedDB, the worker pool and (later) the network
// are injected, so unit tests run a whole node in Node with in-memory fakes.
import type { Block, KeyPair, Transaction } from '../core/index.ts';
import type { NodeSave, StoredSnapshot } from '../storage/index.ts';

export type { NodeSave, StoredSnapshot };

export type StoredNode = {
  readonly blocks: readonly Block[];
  /** Blocks whose stored bytes are vouched for as what this node validated (checksummed): their checks are skipped. */
  readonly sealed?: ReadonlySet<Block>;
  readonly tipHash: string | null;
  readonly mempool: readonly Transaction[];
  readonly keys: KeyPair | null;
  readonly peers: readonly string[];
  /** What the load skipped (unreadable records), in English; none when absent. */
  readonly warnings?: readonly string[];
  /** The stored ledger snapshot's bytes, if any (core decodeLedgerSnapshot checks them). */
  readonly snapshot?: unknown;
  /** The store found the snapshot's checksum to hold (hashed off the main thread): the decode need not hash it. */
  readonly snapshotIntact?: boolean;
};

/** Every stored block, read after a start on a snapshot. */
export type StoredHistory = Pick<StoredNode, 'blocks' | 'sealed' | 'warnings'>;

export interface NodeStorePort {
  load(): Promise<StoredNode>;
  /**
   * What a start on the stored ledger snapshot needs (the newest blocks, back to the snapshot's base), or null
   * when there is none. A store without it (a test's) always loads everything.
   */
  loadRecent?(): Promise<StoredNode | null>;
  /** Every stored block: what a node started on a snapshot checks and adopts once it is ready. */
  loadHistory?(): Promise<StoredHistory>;
  /**
   * Everything the node changed since its last save, in one transaction: blocks (parents first) with the tip they
   * lead to, the mempool's net changes, the peers, the keys. The node runs one at a time (save-queue.ts).
   */
  save(changes: NodeSave): Promise<void>;
}

export type MiningProgress = {
  /** Hashes per second, smoothed. */
  readonly hashRate: number;
  readonly noncesTried: number;
  readonly workers: number;
  readonly elapsedMs: number;
};

export interface MinerPort {
  /** Resolves with the template carrying a winning nonce, or null once `signal` aborts. */
  mine(
    template: Block,
    options: { readonly signal: AbortSignal; readonly onProgress?: (progress: MiningProgress) => void },
  ): Promise<Block | null>;
  setWorkerCount(count: number): void;
  readonly workerCount: number;
}
