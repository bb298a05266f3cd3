// One full node: chain, mempool, keys, storage and miner wired together. Every block, local or from a peer,
// goes through the same `acceptBlock`; every change is persisted in order and announced as an event.
import {
  type Added,
  type Block,
  type Blockchain,
  type BlockJson,
  blockToJson,
  type ChainJson,
  createTransaction,
  exportChain,
  generateKeyPair,
  type KeyPair,
  Listeners,
  Mempool,
  type NetworkParams,
  type NodeRole,
  type PreparedBlocks,
  type Result,
  roleOf,
  type Transaction,
} from '../core/index.ts';
import { StorageError } from '../storage/index.ts';
import { type CheckedAppChain, checkAppChainFile } from './chain-files.ts';
import { recheckChain } from './chain-validation.ts';
import type { BlockSource, Listener, NodeEvent } from './events.ts';
import { type CommandResult, FailureCode, failed, HistoryPendingError, refused, succeeded } from './failures.ts';
import { type BranchPlan, MiningLoop } from './mining-loop.ts';
import { NodeSnapshots } from './node-snapshots.ts';
import type { MinerPort, NodeStorePort } from './ports.ts';
import { parseTransactionRequest } from './requests.ts';
import { SAVE_GAP_MS, type SaveBacklog, type SaveChanges, SaveQueue } from './save-queue.ts';
import { nobleVerifier, type SignatureVerifier, verifyBlockSignatures } from './signature-verifier.ts';
import { type HistoryOutcome, type OpenedChain, openChain, type SnapshotPolicy } from './snapshot-start.ts';

export type NodeOptions = {
  readonly params: NetworkParams;
  readonly nodeId: string;
  readonly store: NodeStorePort;
  readonly miner: MinerPort;
  readonly now?: () => number;
  readonly generateKeys?: () => KeyPair;
  /** Checks signatures of block batches at once (WebCrypto in the browser); noble, one by one, by default. */
  readonly verifier?: SignatureVerifier;
  /** The pause between busy saves; SAVE_GAP_MS by default (a test that steps saves one by one passes 0). */
  readonly saveGapMs?: number;
  /** When ledger snapshots are taken; DEFAULT_SNAPSHOT_POLICY (every 256 blocks, 64 deep, at most one per 30 s) by default. */
  readonly snapshotPolicy?: SnapshotPolicy;
};

/** A result, and the save that carries what it changed: the owner's commands wait for that save alone. */
type Saving<T> = { readonly result: T; readonly saved: Promise<void> };

export class BlockchainNode {
  readonly id: string;
  readonly params: NetworkParams;
  readonly chain: Blockchain;
  readonly mempool: Mempool;
  readonly keys: KeyPair;
  private readonly store: NodeStorePort;
  private readonly miner: MinerPort;
  private readonly mining: MiningLoop;
  private readonly now: () => number;
  private readonly events = new Listeners<NodeEvent>('node event');
  private readonly verifier: SignatureVerifier;
  /** Every change to store goes through here: one store transaction at a time, each carrying all that waited. */
  private readonly saves: SaveQueue;
  /** What loading from the store skipped (unreadable records), for the page to tell the user. */
  readonly loadWarnings: readonly string[];
  /** The registered peers the store held when the node was opened (the peer directory keeps them from then on). */
  readonly savedPeers: readonly string[];
  /** Why the stored ledger snapshot could not be started on (damaged), for the page to say; null when it was fine. */
  readonly snapshotDamage: string | null;
  /** The ledger snapshots this node takes, and the history a start on one still reads. */
  private readonly snapshots: NodeSnapshots;

  private constructor(options: NodeOptions, opened: OpenedChain, mempool: Mempool, keys: KeyPair) {
    const { chain, stored } = opened;
    this.id = options.nodeId;
    this.params = options.params;
    this.store = options.store;
    this.miner = options.miner;
    this.now = options.now ?? (() => Date.now());
    this.verifier = options.verifier ?? nobleVerifier;
    this.chain = chain;
    this.mempool = mempool;
    this.keys = keys;
    this.savedPeers = [...stored.peers];
    this.loadWarnings = stored.warnings ?? [];
    this.snapshotDamage = opened.snapshotDamage;
    this.mining = new MiningLoop({
      chain,
      mempool,
      params: options.params,
      keys,
      miner: options.miner,
      now: this.now,
      emit: (event) => this.events.emit(event),
      admitMined: (block) => this.acceptAndSave(block, 'local', false),
    });
    this.saves = new SaveQueue({
      gapMs: options.saveGapMs ?? SAVE_GAP_MS,
      write: async (changes) => {
        await this.store.save(changes);
        if (changes.tipHash !== undefined) this.announceSaved(changes.tipHash);
      },
      onError: (error) => {
        const message = error instanceof Error ? error.message : String(error);
        this.events.emit({ type: 'storage-error', error: error instanceof StorageError ? error : null, message });
      },
    });
    const port = {
      chain,
      mempool,
      now: this.now,
      emit: (event: NodeEvent) => this.events.emit(event),
      tipMoved: () => this.mining.tipMoved(),
      save: (changes: Omit<SaveChanges, 'mempool'>) => this.queueSave(changes),
    };
    this.snapshots = new NodeSnapshots(port, opened, options);
  }

  /**
   * Rebuilds the node from its store (signatures of stored blocks are not checked again), on its ledger snapshot and
   * the blocks after it where it has one (the rest is checked and adopted after: `history`), or starts it fresh.
   */
  static async open(options: NodeOptions): Promise<BlockchainNode> {
    const opened = await openChain(options.params, options.store);
    performance.mark('node-start:loaded');
    const { chain, stored } = opened;
    const now = (options.now ?? Date.now)();
    const keys = stored.keys ?? (options.generateKeys ?? generateKeyPair)();
    const mempool = new Mempool(chain, { owner: keys.address });
    for (const tx of stored.mempool) mempool.add(tx, now, { signatureChecked: true });
    mempool.takeChanges(); // the store holds these already
    const node = new BlockchainNode(options, opened, mempool, keys);
    // What no longer fits (confirmed, overspent, past the limits) leaves the store too.
    const stale = new Set(stored.mempool.filter((tx) => !mempool.has(tx.txid)).map((tx) => tx.txid));
    const saved = node.saves.add({ mempool: { added: [], removed: [...stale] }, ...(stored.keys ? {} : { keys }) });
    if (!stored.keys) await saved;
    return node;
  }

  get address(): string {
    return this.keys.address;
  }

  get network(): string {
    return this.params.name;
  }

  /** A user of a private room (its key is not listed) sends transactions but never mines. */
  get role(): NodeRole {
    return roleOf(this.params, this.keys.publicKey);
  }

  get isMining(): boolean {
    return this.mining.active;
  }

  get isAutoMining(): boolean {
    return this.mining.auto;
  }

  subscribe(listener: Listener): () => void {
    return this.events.subscribe(listener);
  }

  /**
   * For the node's network: told of each event before every `subscribe` listener (the full node's, and through it
   * the page's), so a block goes on to the peers before any view or client handles it.
   */
  subscribeAhead(listener: Listener): () => void {
    return this.events.subscribeAhead(listener);
  }

  private announceSaved(tipHash: string): void {
    const tip = this.chain.getBlock(tipHash);
    // Every saved tip was admitted first; a block the chain no longer knows of has nothing to announce.
    if (tip !== undefined) this.events.emit({ type: 'saved', tipHash, height: tip.index });
  }

  /** Resolves once everything changed so far has been saved (or the save failed and was reported). */
  whenSaved(): Promise<void> {
    return this.saves.flush();
  }

  /** What the store does not hold yet: at most the one save in flight and the one gathering behind it. */
  saveBacklog(): SaveBacklog {
    return this.saves.backlog();
  }

  balance(address = this.address): number {
    return this.chain.balanceOf(address);
  }

  /**
   * Settles once the chain holds every stored block: at once, unless the node started on its ledger snapshot; then
   * once the blocks before the snapshot's base were read, checked and adopted.
   */
  get history(): Promise<HistoryOutcome> {
    return this.snapshots.history;
  }

  /**
   * Starts reading and checking the history before the snapshot a node started on: its owner calls it once the
   * start is over (FullNode.start), since the read and the rebuild would otherwise share the start's time.
   */
  beginHistoryCheck(): void {
    this.snapshots.begin();
  }

  exportChain(): ChainJson {
    return exportChain(this.wholeMainChain());
  }

  /**
   * The main chain from genesis. Throws while a start on the ledger snapshot still reads the blocks before its base
   * (a second or a few, `history`): a chain without them is no chain to hand anyone.
   */
  wholeMainChain(): Block[] {
    if (!this.chain.historyComplete) throw new HistoryPendingError(this.chain.oldestHeld);
    return this.chain.mainChain();
  }

  /** Checks a chain file of any room with that room's rules, signatures in one batch, on this node's clock. */
  checkChainFile(text: string): Promise<CheckedAppChain | null> {
    return checkAppChainFile(text, this.now(), this.verifier);
  }

  /**
   * Stored blocks are loaded without checking their signatures again; this replays the main chain from genesis
   * with every rule, signatures included, for whoever distrusts the device's storage. Signatures go through the
   * rule's reference check (the core's, in noble), not the batch verifier whose verdicts admitted them.
   */
  async verifyChain(): Promise<{ valid: true; length: number } | { valid: false; code: string; detail: string }> {
    await this.history;
    const result = await recheckChain(this.exportChain(), this.params, this.now());
    return result.ok
      ? { valid: true, length: result.value.height }
      : { valid: false, code: result.code, detail: result.detail };
  }

  /** The seed's POST /transactions/new: signs with this node's key, admits to the mempool, and says which block
   *  it is headed for; a failure names the bad field, or carries the chain's rejection code. */
  async newTransaction(
    request: unknown,
  ): Promise<CommandResult<{ index: number; txid: string; transaction: Transaction }>> {
    const fields = parseTransactionRequest(request, this.params, this.address);
    if (!fields.ok) return fields;
    const now = this.now();
    const tx = createTransaction(this.keys, { ...fields.value, timestamp: now, nonce: randomNonce() }, this.params);
    const { result: admitted, saved } = this.admitTransaction(tx, 'local');
    if (!admitted.ok) return refused(admitted.code, admitted.detail);
    // Its own save, not whatever peers' traffic queued after it.
    await saved;
    return succeeded({ index: this.chain.height + 1, txid: tx.txid, transaction: tx });
  }

  /** Admits a transaction (a peer's, or our own) to the mempool. */
  acceptTransaction(tx: Transaction, source: BlockSource): Result<Transaction> {
    return this.admitTransaction(tx, source).result;
  }

  private admitTransaction(tx: Transaction, source: BlockSource): Saving<Result<Transaction>> {
    const result = this.mempool.add(tx, this.now());
    if (!result.ok) return { result, saved: Promise.resolve() };
    const saved = this.queueSave({});
    this.events.emit({ type: 'transaction', transaction: tx, source });
    this.events.emit({ type: 'mempool', size: this.mempool.size });
    return { result, saved };
  }

  /**
   * Many blocks at once (a sync batch, an imported chain), prepared by `prepareBlocks`: their signatures were checked
   * together by the verifier, then each block goes through the same checks as `acceptBlock`. A block with a bad
   * signature is checked again by the core, so it is refused with the core's own reason. What the batch accepted
   * joins the next save, with the tip it leads to and the mempool's changes: a 10,000-block sync is tens of
   * writes, not twenty thousand.
   */
  async acceptBlocks(batch: PreparedBlocks, source: BlockSource, origin?: string): Promise<Array<Result<Added>>> {
    const verified = await batch.signatures;
    const accepted: Block[] = [];
    const results = batch.blocks.map((block, i) => {
      const result = this.admitBlock(block, source, verified[i] === true, origin);
      if (result.ok) accepted.push(...result.value.accepted);
      return result;
    });
    this.saveAdmitted(accepted);
    return results;
  }

  /**
   * Starts checking the signatures of a batch; the handle goes to `acceptBlocks` when its turn comes, so a sync
   * decodes and checks its next batch while this one is admitted.
   */
  prepareBlocks(blocks: readonly Block[]): PreparedBlocks {
    return { blocks, signatures: this.checkSignatures(blocks) };
  }

  /** Per block, whether all its signatures hold; a verifier that fails vouches for none, and the core checks each. */
  private checkSignatures(blocks: readonly Block[]): Promise<boolean[]> {
    return verifyBlockSignatures(blocks, this.params, this.verifier).catch(() => blocks.map(() => false));
  }

  /** Every block goes through here, our own mined ones included: validate, store, update the mempool, announce. */
  acceptBlock(
    block: Block,
    source: BlockSource,
    /** `origin`: who sent it (a peer's id), so blocks held for a parent are bounded per sender. */
    options: { readonly signaturesChecked?: boolean; readonly origin?: string } = {},
  ): Result<Added> {
    return this.acceptAndSave(block, source, options.signaturesChecked === true, options.origin).result;
  }

  private acceptAndSave(
    block: Block,
    source: BlockSource,
    signaturesChecked: boolean,
    origin?: string,
  ): Saving<Result<Added>> {
    const result = this.admitBlock(block, source, signaturesChecked, origin);
    return { result, saved: result.ok ? this.saveAdmitted(result.value.accepted) : Promise.resolve() };
  }

  /** Validates and adds a block, updates the mempool and mining, and announces it; storing is the caller's. */
  private admitBlock(block: Block, source: BlockSource, signaturesChecked: boolean, origin?: string): Result<Added> {
    const result = this.chain.addBlock(block, { now: this.now(), trusted: signaturesChecked, origin });
    if (!result.ok) return result;
    const { reorg, accepted, status } = result.value;
    const dropped = this.mempool.applyReorg(reorg, this.now());
    if (dropped.length > 0) this.events.emit({ type: 'dropped', transactions: dropped });
    // The template now builds on a stale tip: restart on the new one.
    if (reorg.connected.length > 0 && source !== 'local') this.mining.tipMoved();
    for (const b of accepted) {
      const bStatus = b === block ? status : this.chain.isOnMainChain(b.hash) ? 'main' : 'side';
      this.events.emit({ type: 'block', block: b, status: bStatus, reorg, source });
    }
    this.events.emit({ type: 'mempool', size: this.mempool.size });
    return result;
  }

  /** Queues admitted blocks with the tip as it is now, and what they changed in the mempool, for one save. */
  private saveAdmitted(blocks: readonly Block[]): Promise<void> {
    if (blocks.length === 0) return Promise.resolve();
    this.snapshots.blocksAdmitted();
    return this.queueSave({ blocks, tipHash: this.chain.tip.hash });
  }

  /** The seed's GET /mine: mines one block on the current tip and resolves with it once it is stored. If
   *  auto-mining is on, resolves with the next block this node mines. */
  async mine(): Promise<CommandResult<BlockJson>> {
    if (this.role === 'user') return failed(FailureCode.NotAMiner);
    const mined = await this.mining.mineOne();
    if (!mined.ok) return mined;
    await mined.value.saved;
    return succeeded(blockToJson(mined.value.block));
  }

  setAutoMine(requested: boolean): void {
    // A user's node never starts its miner: the page disables the control, and a script asking is ignored.
    this.mining.setAuto(requested && this.role === 'miner');
  }

  /** Stops auto-mining and any mine() in progress (those resolve with MiningStopped). */
  stopMining(): void {
    this.mining.stop();
  }

  /** Mines a branch of its own from `plan.parent` on (the 51% lesson), or the tip again with null. */
  mineBranch(plan: BranchPlan | null): void {
    this.mining.setBranch(plan);
  }

  get branchPlan(): BranchPlan | null {
    return this.mining.branchPlan;
  }

  setMiningWorkers(count: unknown): CommandResult<number> {
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > MAX_MINING_WORKERS) {
      return failed(FailureCode.WorkersInvalid, 'workers', { value: String(count), max: MAX_MINING_WORKERS });
    }
    this.miner.setWorkerCount(count);
    return succeeded(count);
  }

  /** Templates mined on, how many a peer's block cut short, and the parent of the latest one. */
  miningStats(): { templates: number; restartsOnNewTip: number; lastTemplateParent: string } {
    return this.mining.statsNow();
  }

  get miningWorkers(): number {
    return this.miner.workerCount;
  }

  /** Keeps the registered peers (the peer directory's list) in the store, in order with every other write. */
  savePeers(peerIds: readonly string[]): void {
    void this.queueSave({ peers: [...peerIds] });
  }

  /**
   * Queues changes, with whatever the mempool changed since the last save was queued (admissions, blocks, reorgs
   * and evictions all change it), and returns the save that will carry them. A failure is reported as a
   * `storage-error` and its changes go with the next save.
   */
  private queueSave(changes: Omit<SaveChanges, 'mempool'>): Promise<void> {
    return this.saves.add({ ...changes, mempool: this.mempool.takeChanges() });
  }
}

/** More workers than this is a typo, not a machine. */
export const MAX_MINING_WORKERS = 64;

function randomNonce(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
}
