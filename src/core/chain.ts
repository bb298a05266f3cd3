// One node's view of a network: the block tree, the main chain chosen by most cumulative work (the seed's longest
// chain when difficulty is constant; first seen wins a tie), the ledger of that chain, and the blocks waiting for
// a parent. Adding a block reports what a reorg disconnected and connected.
import { type Block, checkBlock, meetsDifficulty } from './block.ts';
import { ancestorTimes, type BlockNode, BlockTree, forkPoint, isBetterTip, pathFrom } from './block-tree.ts';
import { BoundedSet } from './bounded-set.ts';
import type { Added, AddOptions, BlockchainOptions, Reorg } from './chain-types.ts';
import { expectedDifficulty, medianTimePast } from './difficulty.ts';
import { accept, RejectCode, type Rejection, type Result, reject } from './errors.ts';
import { createGenesisBlock } from './genesis.ts';
import { workForDifficulty } from './header.ts';
import { Ledger } from './ledger.ts';
import type { LedgerSnapshot } from './ledger-snapshot.ts';
import { DEFAULT_ORPHAN_LIMITS, type Holding, LOCAL_ORIGIN, OrphanPool } from './orphans.ts';
import type { NetworkParams } from './params.ts';

export type { Added, AddOptions, BlockchainOptions, PreparedBlocks, Reorg } from './chain-types.ts';
export {
  DEFAULT_ORPHAN_LIMITS,
  type Holding,
  LOCAL_ORIGIN,
  MAX_ORPHANS,
  type OrphanLimits,
  orphanByteSize,
} from './orphans.ts';

/** Hashes of blocks found invalid, kept so a peer repeating one costs a lookup; bounded against floods. */
export const MAX_REMEMBERED_INVALID = 10_000;

const HOLDING_WORDS: Readonly<Record<Holding, string>> = {
  held: 'held until it arrives',
  known: 'already held',
  'too-large': 'too large to hold',
};

/**
 * Codes that say the block's body does not match its header: the header's hash may still name a valid block. So do a
 * private room's miner-signature codes: the signature lies outside the hash, and anyone can strip or forge it on a
 * listed miner's block; remembering that hash as invalid would let them shut the real block out.
 */
const BODY_MISMATCH: ReadonlySet<RejectCode> = new Set([
  RejectCode.BadMerkleRoot,
  RejectCode.TooManyTransactions,
  RejectCode.Malformed,
  RejectCode.UnsignedBlock,
  RejectCode.UnlistedMiner,
  RejectCode.BadMinerSignature,
]);

export class Blockchain {
  readonly params: NetworkParams;
  readonly genesis: Block;
  // Replaced, not changed, when a chain started on a snapshot takes over its checked history (adoptHistory).
  private tree: BlockTree;
  private ledger = new Ledger();
  private readonly invalid = new BoundedSet<string>(MAX_REMEMBERED_INVALID);
  private readonly orphans: OrphanPool;
  private main: BlockNode[];
  /** Index of the block in `main[0]`: genesis's 1, or a snapshot's base until the history before it is adopted. */
  private mainBase = 1;
  /** Timestamps before the tree's root (a snapshot's earlierTimes), its parent first: the rules read back into them. */
  private beforeRoot: readonly number[] = [];

  constructor(params: NetworkParams, options: BlockchainOptions = {}) {
    this.params = params;
    this.orphans = new OrphanPool({ ...DEFAULT_ORPHAN_LIMITS, ...options.orphanLimits });
    this.genesis = createGenesisBlock(params);
    this.tree = new BlockTree(this.genesis);
    this.ledger.apply(this.genesis);
    this.main = [this.tree.root];
  }

  /**
   * A chain that starts on a ledger snapshot and its base block, without the blocks before the base: they are
   * neither held nor asked for until `adoptHistory` hands them over. Blocks after the base are added as usual.
   */
  static fromSnapshot(
    params: NetworkParams,
    snapshot: LedgerSnapshot,
    base: Block,
    options: BlockchainOptions = {},
  ): Result<Blockchain> {
    const chain = new Blockchain(params, options);
    if (snapshot.genesisHash !== chain.genesis.hash) {
      return reject(RejectCode.Malformed, 'the ledger snapshot belongs to another genesis');
    }
    if (base.hash !== snapshot.baseHash || base.index !== snapshot.baseIndex) {
      return reject(RejectCode.Malformed, `the snapshot's base block ${snapshot.baseHash.slice(0, 16)} is not stored`);
    }
    if (base.index === 1) return accept(chain);
    chain.tree = new BlockTree(base, snapshot.baseWork - workForDifficulty(base.difficulty));
    chain.ledger = new Ledger(snapshot);
    chain.main = [chain.tree.root];
    chain.mainBase = base.index;
    chain.beforeRoot = snapshot.earlierTimes;
    return accept(chain);
  }

  /** False while the chain runs on a snapshot without the blocks before its base. */
  get historyComplete(): boolean {
    return this.mainBase === 1;
  }

  /** Index of the oldest main-chain block held: 1, or a snapshot's base. */
  get oldestHeld(): number {
    return this.mainBase;
  }

  /**
   * Takes over `full`, a chain of the whole history (built from genesis) that holds every block this one holds:
   * its tree, ledger and main chain replace ours, so every reader of this object sees the history from now on.
   * Blocks held for a parent stay ours.
   */
  adoptHistory(full: Blockchain): void {
    if (!full.historyComplete || full.genesis.hash !== this.genesis.hash) {
      throw new Error('a chain adopts the history of a chain of its own genesis, from genesis');
    }
    this.tree = full.tree;
    this.ledger = full.ledger;
    this.main = full.main;
    this.mainBase = 1;
    this.beforeRoot = [];
  }

  get tip(): Block {
    return this.tipNode.block;
  }

  get height(): number {
    return this.tipNode.block.index;
  }

  get totalWork(): bigint {
    return this.tipNode.totalWork;
  }

  private get tipNode(): BlockNode {
    return this.main[this.main.length - 1] as BlockNode;
  }

  /** The main chain, genesis first (a snapshot's base first while the history before it is missing). */
  mainChain(): Block[] {
    return this.main.map((n) => n.block);
  }

  /** Block of the main chain at an index (genesis is 1); undefined below a snapshot's base while history is missing. */
  blockAt(index: number): Block | undefined {
    return index < this.mainBase ? undefined : this.main[index - this.mainBase]?.block;
  }

  getBlock(hash: string): Block | undefined {
    return this.tree.get(hash)?.block;
  }

  hasBlock(hash: string): boolean {
    return this.tree.has(hash);
  }

  isOnMainChain(hash: string): boolean {
    const node = this.tree.get(hash);
    return node !== undefined && this.main[node.block.index - this.mainBase] === node;
  }

  totalWorkOf(hash: string): bigint | undefined {
    return this.tree.get(hash)?.totalWork;
  }

  /** The timestamp of main-chain block `index`, also below a snapshot's base (as far back as the snapshot kept). */
  timestampAt(index: number): number | undefined {
    return index >= this.mainBase ? this.blockAt(index)?.timestamp : this.beforeRoot[this.mainBase - 1 - index];
  }

  /** The balances as they were at main-chain block `index` (at or above the oldest held). */
  balancesAt(index: number): ReadonlyMap<string, number> {
    const after = this.main.slice(index - this.mainBase + 1).map((node) => node.block);
    return this.ledger.balancesBefore(after.reverse());
  }

  /** Every block known, main chain and branches. */
  knownBlocks(): Block[] {
    return [...this.tree.all()].map((n) => n.block);
  }

  /** Every block known at index `minIndex` and above, main chain and branches, lower first: the fork tree's window. */
  knownBlocksFrom(minIndex: number): Block[] {
    return Array.from(this.tree.fromHeight(minIndex), (n) => n.block);
  }

  isKnownInvalid(hash: string): boolean {
    return this.invalid.has(hash);
  }

  orphanCount(): number {
    return this.orphans.size;
  }

  /** Whether a block is held, waiting for its parent. */
  hasOrphan(hash: string): boolean {
    return this.orphans.has(hash);
  }

  /** Bytes of the blocks held for a parent (as orphanByteSize counts them), in all or from one origin. */
  orphanBytes(origin?: string): number {
    return this.orphans.bytes(origin);
  }

  balanceOf(address: string): number {
    return this.ledger.balanceOf(address);
  }

  balances(): ReadonlyMap<string, number> {
    return this.ledger.entries();
  }

  hasTransaction(txid: string): boolean {
    return this.ledger.hasTransaction(txid);
  }

  /** How many transactions the main chain confirms, coinbases included. */
  get transactionCount(): number {
    return this.ledger.transactionCount;
  }

  /**
   * Hashes of main-chain blocks a peer can use to find where our chains part: the last ten, then exponentially
   * sparser back to genesis (Bitcoin's block locator), newest first. About 2 log2(height) hashes.
   */
  locator(): string[] {
    const hashes: string[] = [];
    let step = 1;
    for (let index = this.height; index > 1 && index >= this.mainBase; index -= step) {
      hashes.push((this.main[index - this.mainBase] as BlockNode).block.hash);
      if (hashes.length >= 10) step *= 2;
    }
    hashes.push(this.genesis.hash);
    return hashes;
  }

  /** The newest block of our main chain that a peer's locator names: where its chain and ours agree. */
  forkPointOf(locator: readonly string[]): Block {
    for (const hash of locator) {
      if (this.isOnMainChain(hash)) return (this.tree.get(hash) as BlockNode).block;
    }
    return this.genesis;
  }

  /** Up to `limit` main-chain blocks after the block `hash` (which must be on the main chain), oldest first. */
  mainChainAfter(hash: string, limit: number): Block[] {
    const node = this.tree.get(hash);
    if (!node || !this.isOnMainChain(hash)) return [];
    const next = node.block.index - this.mainBase + 1;
    return this.main.slice(next, next + limit).map((n) => n.block);
  }

  /** Difficulty and earliest timestamp a child of `parentHash` must have. */
  nextBlockRules(parentHash: string): { difficulty: number; minTimestamp: number } | undefined {
    const parent = this.tree.get(parentHash);
    if (!parent) return undefined;
    const times = ancestorTimes(parent, this.beforeRoot);
    return { difficulty: expectedDifficulty(this.params, times), minTimestamp: medianTimePast(times) };
  }

  /**
   * Validates a block and adds it to the tree; moves the main chain to the most-work valid tip. A block whose
   * parent is unknown is held (and rejected with unknown-parent) until the parent arrives.
   */
  addBlock(block: Block, options: AddOptions): Result<Added> {
    const before = this.tipNode;
    const added = this.connect(block, options);
    if (!added.ok) return added;
    const node = added.value;
    const failure = this.activateBestChain(node);
    const adopted = this.orphans.size === 0 ? [] : this.adoptOrphansOf(node, options);
    // The block's own branch failed the ledger checks (overspend, duplicate): it was pruned, say why.
    if (failure && !this.tree.has(block.hash)) return failure;
    return accept({
      block,
      status: this.isOnMainChain(block.hash) ? 'main' : 'side',
      reorg: this.diff(before, this.tipNode),
      accepted: adopted.length === 0 ? [block] : [block, ...adopted].filter((b) => this.tree.has(b.hash)),
    });
  }

  private connect(block: Block, options: AddOptions): Result<BlockNode> {
    const fail = (code: RejectCode, detail: string, remember = true): Rejection => {
      if (remember) this.invalid.add(block.hash);
      return reject(code, `block ${block.index} ${block.hash.slice(0, 16)}: ${detail}`);
    };
    if (this.tree.has(block.hash)) return reject(RejectCode.DuplicateBlock, `block ${block.hash} is already known`);
    if (this.invalid.has(block.hash))
      return reject(RejectCode.InvalidParent, `block ${block.hash} was found invalid before`);
    if (this.invalid.has(block.previousHash)) return fail(RejectCode.InvalidParent, 'its parent is invalid');
    const parent = this.tree.get(block.previousHash);
    if (!parent) {
      // Work before memory: nothing is kept that did not cost its sender at least the network's least work. Its
      // real difficulty is unknown without the parent; no chain of these rules has less than minDifficulty.
      if (block.difficulty < this.params.minDifficulty) {
        return fail(RejectCode.BadDifficulty, `difficulty ${block.difficulty} is below ${this.params.minDifficulty}`);
      }
      if (!meetsDifficulty(block)) {
        return fail(RejectCode.BadPow, `hash has fewer than ${block.difficulty} leading zero bits`);
      }
      const held = this.orphans.hold(block, options.origin ?? LOCAL_ORIGIN);
      return reject(
        RejectCode.UnknownParent,
        `block ${block.index}: parent ${block.previousHash} is unknown; ${HOLDING_WORDS[held]}`,
      );
    }
    if (block.index !== parent.block.index + 1) {
      return fail(RejectCode.BadIndex, `index must be ${parent.block.index + 1}`);
    }
    const rules = this.nextBlockRules(parent.block.hash);
    if (rules && block.difficulty !== rules.difficulty) {
      return fail(RejectCode.BadDifficulty, `difficulty ${block.difficulty} should be ${rules.difficulty}`);
    }
    if (rules && block.timestamp < rules.minTimestamp) {
      return fail(RejectCode.BadTimestamp, `dated before the median of the last blocks (${rules.minTimestamp})`);
    }
    if (block.timestamp > options.now + this.params.maxFutureMs) {
      // Not remembered as invalid: the same block becomes acceptable as the clock moves on.
      return fail(RejectCode.TimeTooNew, `dated ${block.timestamp - options.now} ms in the future`, false);
    }
    if (options.sealed !== true) {
      const stored = options.stored === true;
      const checked = checkBlock(block, this.params, {
        skipSignatures: stored || options.trusted === true,
        skipKeyBinding: stored,
      });
      if (!checked.ok) {
        if (!BODY_MISMATCH.has(checked.code)) this.invalid.add(block.hash);
        return checked;
      }
    }
    return accept(this.tree.insert(block, parent));
  }

  /**
   * Moves the main chain to the best tip whose ledger checks pass. The new block is almost always the only
   * candidate; only after a branch failed its ledger checks is the whole tree searched again. Returns the first
   * ledger failure met, if any.
   */
  private activateBestChain(candidate: BlockNode): Rejection | null {
    if (!isBetterTip(candidate, this.tipNode)) return null;
    const failure = this.switchTo(candidate);
    if (!failure) return null;
    for (;;) {
      let best = this.tipNode;
      for (const node of this.tree.all()) if (isBetterTip(node, best)) best = node;
      if (best === this.tipNode || !this.switchTo(best)) return failure;
    }
  }

  /** Reverts to the fork point and applies the branch. On a ledger failure it restores the old chain, prunes the
   *  failing block and its descendants as invalid, and returns the rejection. */
  private switchTo(target: BlockNode): Rejection | null {
    const oldTip = this.tipNode;
    // Almost every block extends the tip: one block to apply, nothing to revert, no paths to walk.
    if (target.parent === oldTip) {
      const result = this.ledger.apply(target.block);
      if (!result.ok) {
        for (const bad of this.tree.removeSubtree(target)) this.invalid.add(bad.hash);
        return result;
      }
      this.main.push(target);
      return null;
    }
    const fork = forkPoint(oldTip, target);
    const disconnected = pathFrom(fork, oldTip);
    for (const node of [...disconnected].reverse()) this.ledger.revert(node.block);
    const applied: BlockNode[] = [];
    for (const node of pathFrom(fork, target)) {
      const result = this.ledger.apply(node.block);
      if (!result.ok) {
        for (const n of applied.reverse()) this.ledger.revert(n.block);
        for (const n of disconnected) this.ledger.apply(n.block);
        for (const bad of this.tree.removeSubtree(node)) this.invalid.add(bad.hash);
        return result;
      }
      applied.push(node);
    }
    // In place: the common case appends one block, and copying a 10,000-block array per block is quadratic.
    this.main.length = fork.block.index - this.mainBase + 1;
    for (const node of applied) this.main.push(node);
    return null;
  }

  private diff(from: BlockNode, to: BlockNode): Reorg {
    if (from === to) return { disconnected: [], connected: [] };
    if (to.parent === from) return { disconnected: [], connected: [to.block] };
    const fork = forkPoint(from, to);
    return {
      disconnected: pathFrom(fork, from)
        .map((n) => n.block)
        .reverse(),
      connected: pathFrom(fork, to).map((n) => n.block),
    };
  }

  private adoptOrphansOf(node: BlockNode, options: AddOptions): Block[] {
    const adopted: Block[] = [];
    const queue = [node.block.hash];
    for (let parentHash = queue.pop(); parentHash !== undefined; parentHash = queue.pop()) {
      for (const orphan of this.orphans.takeChildrenOf(parentHash)) {
        const connected = this.connect(orphan, options);
        if (!connected.ok) continue;
        this.activateBestChain(connected.value);
        adopted.push(orphan);
        queue.push(orphan.hash);
      }
    }
    return adopted;
  }
}

/** The chain as its readers (the network, the page) see it: every query, no way to add a block. */
export type ChainReader = Omit<Blockchain, 'addBlock'>;
