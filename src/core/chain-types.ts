// What adding a block to a Blockchain takes and tells (chain.ts): its options, its verdict, a reorg.
import type { Block } from './block.ts';
import type { OrphanLimits } from './orphans.ts';

export type Reorg = { readonly disconnected: readonly Block[]; readonly connected: readonly Block[] };

export type Added = {
  readonly block: Block;
  /** 'main' when the block ends up on the main chain, 'side' when it is kept on a branch with less work. */
  readonly status: 'main' | 'side';
  /** How the main chain changed, including blocks that were waiting for this one. */
  readonly reorg: Reorg;
  /** Every block this call added to the tree, parents first: this one and the held blocks it let in. */
  readonly accepted: readonly Block[];
};

export type AddOptions = {
  /** The local clock, in ms: blocks dated further ahead than params.maxFutureMs are refused for now. */
  readonly now: number;
  /** Signatures already checked: a batch verified at once. Each sender must still be its key's address. */
  readonly trusted?: boolean;
  /**
   * Blocks this node validated in full before and kept in its own storage: signatures and the sender-key binding are
   * not checked again (verifyChain checks everything on demand); hashes, proof of work, root and ledger still are.
   */
  readonly stored?: boolean;
  /**
   * A stored block whose bytes are vouched for as the very bytes this node validated in full and then wrote (its
   * store checksums them): checkBlock (version, proof of work, root, coinbase, transactions) is not run again. Its
   * place in the tree (index, difficulty, time) and the ledger still are. Implies `stored`.
   */
  readonly sealed?: boolean;
  /**
   * Who sent the block (a peer's id), opaque to the core: blocks held for a parent are bounded per origin, so one
   * sender's flood evicts only its own. LOCAL_ORIGIN when absent.
   */
  readonly origin?: string | undefined;
};

export type BlockchainOptions = {
  /** Bounds of the blocks held for a parent; DEFAULT_ORPHAN_LIMITS for what is not given. */
  readonly orphanLimits?: Partial<OrphanLimits>;
};

/**
 * Blocks whose signatures are being checked ahead of their admission (a node's `prepareBlocks`), handed back to its
 * `acceptBlocks`: the batch and its verdicts (one per block: all its signatures hold) travel together.
 */
export type PreparedBlocks = {
  readonly blocks: readonly Block[];
  readonly signatures: Promise<readonly boolean[]>;
};
