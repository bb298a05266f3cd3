// The narrow interface between a node and its storage, and the shape of what a node gets back when it opens.
//
// A NodeStore keeps one node's state:
//   - every valid block the node knows (main chain and branches), in the order the core accepted them, so parents
//     always come before children and a replay into a fresh Blockchain never meets an orphan;
//   - the tip hash, written in the same transaction as the blocks that lead to it;
//   - the mempool, the node's Ed25519 secret key, its known peer ids, and free-form settings.
//
// A node writes through `save`: whatever changed since its last save (new blocks, the tip, transactions that entered
// or left the mempool, the peers, the keys) in one transaction. Writes are whole or nothing: a tab killed mid-write reopens with the state before that write. Every method that
// touches storage rejects with a StorageError (`code` for the program, `message` for the user). Implementations:
// `openIndexedDbStore` (the browser) and `createMemoryStore` (tests); both go through the same record codecs, so
// they decode, skip and deduplicate alike. The IndexedDB layout (stores, keys, compaction of blocks into segments)
// is described in constants.ts and block-log.ts.
import type { Block, KeyPair, Transaction } from '../core/index.ts';

export type LoadedNode = {
  /** All stored blocks in insertion order (parents before children). The genesis is never stored. */
  readonly blocks: readonly Block[];
  /**
   * The blocks read from storage whose bytes a checksum vouches for as what this node validated and wrote: a rebuild
   * may skip their block checks (AddOptions.sealed). Empty where nothing vouches (the memory store, old records).
   */
  readonly sealed: ReadonlySet<Block>;
  /** The tip as last saved; the chain rebuilt from `blocks` should end there. */
  readonly tipHash: string | null;
  /** In arrival order. Signatures were checked when the transactions arrived. */
  readonly mempool: readonly Transaction[];
  /** Null on a fresh node: the caller makes a key pair and saves it. */
  readonly keys: KeyPair | null;
  readonly peers: readonly string[];
  readonly settings: Readonly<Record<string, unknown>>;
  /** The stored ledger snapshot's bytes (core decodeLedgerSnapshot checks them), undefined when there is none. */
  readonly snapshot: unknown;
  /** True when the store checked the snapshot's checksum itself (off the main thread) and it holds. */
  readonly snapshotIntact?: boolean;
  /** Stored blocks that could not be decoded and were left out (their descendants then wait as orphans). */
  readonly droppedBlocks: number;
  /** Mempool entries that could not be decoded and were left out. */
  readonly droppedTransactions: number;
  /** One sentence per kind of record skipped or ignored, for the log or the UI; empty when all was read. */
  readonly warnings: readonly string[];
};

/**
 * One save: what changed since the last one, written in one transaction. Absent fields are unchanged. The mempool
 * changes are net of each other (a txid is either added or removed, never both), so each is one record's work.
 */
export type NodeSave = {
  /** New blocks in the order the core accepted them (parents first); blocks already stored are skipped. */
  readonly blocks?: readonly Block[];
  /** The main chain's tip after `blocks`; required with blocks. */
  readonly tipHash?: string;
  /** Transactions that entered the mempool, in arrival order. */
  readonly mempoolAdded?: readonly Transaction[];
  /** Txids of transactions that left it (confirmed, dropped by a reorg, evicted). */
  readonly mempoolRemoved?: readonly string[];
  /** The known peer ids, replacing those stored. */
  readonly peers?: readonly string[];
  /** Stored with the public half, so loading needs no scalar multiplication. */
  readonly keys?: KeyPair;
  /** A new ledger snapshot, replacing the stored one: its base block's hash and its bytes. */
  readonly snapshot?: StoredSnapshot;
};

export type StoredSnapshot = { readonly baseHash: string; readonly bytes: Uint8Array };

/** Stored blocks read after a start on a snapshot: all of them, as `load` reads them. */
export type StoredHistory = Pick<LoadedNode, 'blocks' | 'sealed' | 'droppedBlocks' | 'warnings'>;

export interface NodeStore {
  /** Everything stored, read in one transaction, so it is one consistent snapshot. */
  load(): Promise<LoadedNode>;
  /**
   * What a start on the stored ledger snapshot needs: everything `load` reads, except that `blocks` holds only the
   * newest ones, back to (at least) the snapshot's base block. Null when there is no snapshot to start on.
   */
  loadRecent(): Promise<LoadedNode | null>;
  /** Every stored block, after `loadRecent`: the history a start on a snapshot checks and adopts once it is ready. */
  loadHistory(): Promise<StoredHistory>;
  /**
   * Everything in `changes`, in one transaction. A block that is already stored is skipped, so saving a reorg's
   * connected blocks again is harmless. Argument errors (a tip that is not a hash, blocks without a tip) throw at
   * the call.
   */
  save(changes: NodeSave): Promise<void>;
  /** `save({ blocks, tipHash })`. */
  saveBlocks(blocks: readonly Block[], tipHash: string): Promise<void>;
  /** `save({ keys })`. */
  saveKeys(keys: KeyPair): Promise<void>;
  /** `save({ peers: ids })`. */
  savePeers(ids: readonly string[]): Promise<void>;
  /** Any structured-cloneable value; `undefined` removes the setting. */
  saveSetting(key: string, value: unknown): Promise<void>;
  /** One setting as saved, `undefined` when there is none: what a part of the node reads when it is first used. */
  loadSetting(key: string): Promise<unknown>;
  /** Lets go of the database; later calls reject with code 'closed'. */
  close(): void;
}
