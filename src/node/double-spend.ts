// The paper's 51% attack as a lesson run on real nodes: the attacker pays a victim in public, goes dark with its
// accomplices, mines a private branch from before the payment in which the same coins go to a wallet of its own,
// and rejoins. With more work than the room's branch, every node reorganises onto it and the payment is undone;
// with less, the private branch goes stale. An accomplice goes dark from its own page, keeping its link to the
// attacker, and mines on the private branch as soon as its first block arrives. Loaded on demand (FullNode.doubleSpend).
import { type Block, createTransaction, generateKeyPair, type Transaction, TransactionTracker } from '../core/index.ts';
import type { RoomReport } from '../net/network.ts';
import { peerIdsFromReferences } from '../net/room.ts';
import type { BlockSource, FullNodeListener } from './events.ts';
import { type CommandResult, FailureCode, failed, succeeded } from './failures.ts';
import type { BlockchainNode } from './node.ts';

export type AttackStage = 'ready' | 'paid' | 'dark' | 'assisting' | 'rejoining' | 'done';

/** How it ended, in figures the page words: whose branch had more work, and by how much. */
export type AttackVerdict = {
  readonly outcome: 'succeeded' | 'failed';
  /** Blocks of the attacker's branch above the fork, and of the room's longest other branch. */
  readonly privateBlocks: number;
  readonly publicBlocks: number;
  /**
   * The attacking side's share of the blocks found while it was dark, or, with none found, of the hash rates the
   * nodes reported (null: none reported).
   */
  readonly share: number | null;
  /** The payment's confirmations on this node now: 0 once undone. */
  readonly paymentConfirmations: number;
};

export type AttackState = {
  readonly stage: AttackStage;
  readonly payment: {
    readonly txid: string;
    readonly recipient: string;
    readonly amount: number;
    readonly place: 'pending' | 'in-block' | 'gone';
    readonly confirmations: number;
  } | null;
  /** The block the private branch grows from: the parent of the payment's block (or the tip, if it was pending). */
  readonly fork: { readonly hash: string; readonly height: number } | null;
  /** Where the double spend sends the coins, and where the private branch's rewards go. */
  readonly loot: string | null;
  readonly accomplices: readonly string[];
  /** The attacker this node helps, as an accomplice (its peer id); null for the attacker itself. */
  readonly assisting: string | null;
  /** Blocks the room's branch already had above the fork when the attacker went dark: the head start to beat. */
  readonly publicAtDark: number;
  readonly privateBlocks: number;
  /** Private blocks after which the attacker rejoins by itself. */
  readonly target: number;
  readonly share: number | null;
  readonly verdict: AttackVerdict | null;
};

/** What the lesson uses of its full node. */
export type AttackHost = {
  readonly node: BlockchainNode;
  setOnline(on: boolean, keepLinksTo: readonly string[]): CommandResult<boolean>;
  resolve(): Promise<unknown>;
  roomReports(): RoomReport[];
  linkedPeers(): readonly string[];
  subscribe(listener: FullNodeListener): () => void;
  /** The node's clock: now, and a wait. */
  now(): number;
  sleep(ms: number): Promise<void>;
};

export const MAX_PRIVATE_BLOCKS = 50;
/** How long a rejoining attacker waits for a link outside its group before judging what it has. */
const REJOIN_LINK_MS = 30_000;
/** After the room's chains were asked for, time for the longer branch to arrive and be adopted. */
const SETTLE_MS = 2_000;
const POLL_MS = 250;

export class DoubleSpendAttack {
  private stage: AttackStage = 'ready';
  private payment: { tx: Transaction; tracker: TransactionTracker } | null = null;
  private fork: Block | null = null;
  private firstPrivate: string | null = null;
  private privateTip: Block | null = null;
  private loot: string | null = null;
  private accomplices: string[] = [];
  private assisting: string | null = null;
  private target = 3;
  private publicAtDark = 0;
  private publicRate: number | null = null;
  private verdict: AttackVerdict | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly host: AttackHost) {
    host.subscribe((event) => {
      if (event.type !== 'block' && event.type !== 'saved' && event.type !== 'reports') return;
      if (event.type === 'block') this.onBlock(event.block, event.status, event.source);
      this.changed();
    });
  }

  /** Called on every change of the state (a block, a stage, a report). */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  state(): AttackState {
    const { chain } = this.host.node;
    const place = this.payment?.tracker.placeIn(chain, (txid) => this.host.node.mempool.has(txid));
    return {
      stage: this.stage,
      payment:
        this.payment === null || place === undefined
          ? null
          : {
              txid: this.payment.tx.txid,
              recipient: this.payment.tx.recipient,
              amount: this.payment.tx.amount,
              place: place.state,
              confirmations: place.confirmations,
            },
      fork: this.fork === null ? null : { hash: this.fork.hash, height: this.fork.index },
      loot: this.loot,
      accomplices: [...this.accomplices],
      assisting: this.assisting,
      publicAtDark: this.publicAtDark,
      privateBlocks: this.privateBlocks(),
      target: this.target,
      // Once judged, the share the race was run at: the attacker no longer mines, so a live share would say 0.
      share: this.verdict === null ? this.share() : this.verdict.share,
      verdict: this.verdict,
    };
  }

  /**
   * Step 1: pays the victim in public (all this node's coins unless `amount` says less) and stops mining here, so the
   * room, not the attacker, confirms the payment.
   */
  async pay(request: { recipient?: unknown; amount?: unknown }): Promise<CommandResult<AttackState>> {
    if (this.stage !== 'ready') return failed(FailureCode.AttackStage, null, { stage: this.stage });
    if (this.host.node.role !== 'miner') return failed(FailureCode.NotAMiner);
    const { node } = this.host;
    const amount = request.amount ?? node.balance();
    const wasMining = node.isAutoMining;
    node.setAutoMine(false);
    const sent = await node.newTransaction({ recipient: request.recipient, amount, info: 'payment' });
    if (!sent.ok) {
      node.setAutoMine(wasMining); // a refused payment changes nothing
      return sent;
    }
    this.payment = { tx: sent.value.transaction, tracker: new TransactionTracker(sent.value.txid) };
    this.setStage('paid');
    return succeeded(this.state());
  }

  /**
   * Step 2: goes dark, keeping links to `accomplices` (node or peer ids), and mines a branch from before the
   * payment whose first block sends the coins the payment spent to a new wallet of the attacker's. After `blocks`
   * private blocks it rejoins by itself.
   */
  goDark(options: { accomplices?: unknown; blocks?: unknown } = {}): CommandResult<AttackState> {
    if (this.stage !== 'paid' || this.payment === null) {
      return failed(FailureCode.AttackStage, null, { stage: this.stage });
    }
    const blocks = options.blocks ?? this.target;
    if (typeof blocks !== 'number' || !Number.isInteger(blocks) || blocks < 1 || blocks > MAX_PRIVATE_BLOCKS) {
      return failed(FailureCode.AttackBlocksInvalid, 'blocks', { value: String(blocks), max: MAX_PRIVATE_BLOCKS });
    }
    const accomplices = this.peerIdsOf(options.accomplices ?? []);
    if (!Array.isArray(accomplices)) return failed(FailureCode.PeerIdInvalid, 'accomplices', { id: accomplices.bad });
    const { node } = this.host;
    const place = this.payment.tracker.placeIn(node.chain, (txid) => node.mempool.has(txid));
    if (place.state === 'gone') return failed(FailureCode.AttackPaymentGone);
    // Confirmed first, as the lesson has it: the private branch then starts beside the payment's block, and an
    // accomplice knows its first block by that (a branch beside its own).
    if (place.state === 'pending') return failed(FailureCode.AttackPaymentPending);
    const fork = node.chain.getBlock(place.block.previousHash);
    if (fork === undefined) return failed(FailureCode.AttackPaymentGone);
    const coins = balanceAfter(node, fork);
    if (coins < this.payment.tx.amount) return failed(FailureCode.AttackPaymentGone);
    const wallet = generateKeyPair();
    const doubleSpend = createTransaction(
      node.keys,
      { recipient: wallet.address, amount: coins, info: 'double spend', timestamp: this.host.now(), nonce: 0 },
      node.params,
    );
    this.publicRate = this.measuredPublicRate(accomplices);
    const dark = this.host.setOnline(false, accomplices);
    if (!dark.ok) return dark;
    this.fork = fork;
    this.publicAtDark = node.chain.height - fork.index;
    this.loot = wallet.address;
    this.accomplices = accomplices;
    this.target = blocks;
    this.firstPrivate = null;
    this.privateTip = null;
    node.mineBranch({ parent: fork.hash, transactions: [doubleSpend], minerAddress: wallet.address });
    node.setAutoMine(true);
    this.setStage('dark');
    return succeeded(this.state());
  }

  /**
   * An accomplice's step: goes dark keeping only the link to `attacker` (a node or peer id) and, once the private
   * branch's first block arrives from it, mines on that branch. Rejoins with the attacker (rejoin()).
   */
  assist(attacker: unknown): CommandResult<AttackState> {
    if (this.stage !== 'ready') return failed(FailureCode.AttackStage, null, { stage: this.stage });
    if (this.host.node.role !== 'miner') return failed(FailureCode.NotAMiner);
    const peers = this.peerIdsOf([attacker]);
    const peer = Array.isArray(peers) ? peers[0] : undefined;
    if (peer === undefined) return failed(FailureCode.PeerIdInvalid, 'accomplices', { id: String(attacker) });
    this.host.node.setAutoMine(false);
    const dark = this.host.setOnline(false, [peer]);
    if (!dark.ok) return dark;
    this.assisting = peer;
    this.accomplices = [peer];
    this.setStage('assisting');
    return succeeded(this.state());
  }

  /**
   * Step 3: links to the room again, offers it the private branch, and judges which branch the room kept. The side
   * keeps mining its branch until then, as the room keeps mining its own: a side that stopped at the door would hand
   * the room the seconds a relink takes (at a lesson's difficulty, several blocks of a lone miner on a freed core).
   */
  async rejoin(): Promise<CommandResult<AttackState>> {
    if (this.stage !== 'dark' && this.stage !== 'assisting') {
      return failed(FailureCode.AttackStage, null, { stage: this.stage });
    }
    const { node } = this.host;
    const share = this.share();
    this.setStage('rejoining');
    this.host.setOnline(true, []);
    const outside = () => this.host.linkedPeers().some((peer) => !this.accomplices.includes(peer));
    for (let waited = 0; waited < REJOIN_LINK_MS && !outside(); waited += POLL_MS) await this.host.sleep(POLL_MS);
    await this.host.resolve();
    await this.host.sleep(SETTLE_MS);
    node.setAutoMine(false);
    node.mineBranch(null);
    const privateBlocks = this.privateBlocks();
    const won = this.firstPrivate !== null && node.chain.isOnMainChain(this.firstPrivate);
    const publicBlocks = this.longestOtherBranch();
    // The race itself measures the shares best: blocks each side found while apart (the rates nodes report are
    // estimates, taken on devices whose load changes).
    const raced = privateBlocks + Math.max(0, publicBlocks - this.publicAtDark);
    this.verdict = {
      outcome: won ? 'succeeded' : 'failed',
      privateBlocks,
      publicBlocks,
      share: raced > 0 ? privateBlocks / raced : share,
      paymentConfirmations: this.state().payment?.confirmations ?? 0,
    };
    this.setStage('done');
    return succeeded(this.state());
  }

  /** Back to the start for another round: online, and mining on the tip again once mining is turned on. */
  reset(): AttackState {
    if (this.stage === 'dark' || this.stage === 'assisting') {
      this.host.node.setAutoMine(false);
      this.host.setOnline(true, []);
    }
    this.host.node.mineBranch(null);
    this.payment = null;
    this.fork = null;
    this.firstPrivate = null;
    this.privateTip = null;
    this.loot = null;
    this.accomplices = [];
    this.assisting = null;
    this.publicRate = null;
    this.publicAtDark = 0;
    this.verdict = null;
    this.setStage('ready');
    return this.state();
  }

  /**
   * While dark, the private branch grows by every block on its tip, this node's or a partner's (a dark node hears
   * only its group), and this node mines on the newest. The attacker's branch starts with its own block beside the
   * payment's; an accomplice's, with the first block beside its chain that the attacker sends.
   */
  private onBlock(block: Block, status: 'main' | 'side', source: BlockSource): void {
    if (this.stage !== 'dark' && this.stage !== 'assisting' && this.stage !== 'rejoining') return;
    const { node } = this.host;
    if (this.privateTip === null) {
      const attackersFirst =
        this.stage === 'dark' && source === 'local' && block.transactions[0]?.recipient === this.loot;
      const partnersFirst = this.stage === 'assisting' && source === 'peer' && status === 'side';
      if (!attackersFirst && !partnersFirst) return;
      this.firstPrivate = block.hash;
      this.fork ??= node.chain.getBlock(block.previousHash) ?? null;
    } else if (block.previousHash !== this.privateTip.hash) {
      return;
    }
    const first = this.privateTip === null;
    this.privateTip = block;
    if (source === 'peer') {
      node.mineBranch({ parent: block.hash, transactions: [], minerAddress: this.loot ?? node.address });
      if (first) node.setAutoMine(true);
    }
    if (this.stage === 'dark' && this.privateBlocks() >= this.target) void this.rejoin();
  }

  /** Blocks of the private branch above the fork, as far as it got. */
  private privateBlocks(): number {
    return this.fork === null || this.privateTip === null ? 0 : this.privateTip.index - this.fork.index;
  }

  /** The longest branch above the fork that is not the private one, in blocks. */
  private longestOtherBranch(): number {
    const { chain } = this.host.node;
    const fork = this.fork;
    if (fork === null) return 0;
    let longest = 0;
    for (const block of chain.knownBlocksFrom(fork.index + 1)) {
      let first: Block | undefined = block;
      while (first !== undefined && first.index > fork.index + 1) first = chain.getBlock(first.previousHash);
      if (first === undefined || first.hash === this.firstPrivate || first.previousHash !== fork.hash) continue;
      longest = Math.max(longest, block.index - fork.index);
    }
    return longest;
  }

  /** The attacking side's share: its live rates against what the rest of the room reported when it went dark. */
  private share(): number | null {
    const reports = this.host.roomReports();
    const group = new Set(this.accomplices);
    const ours = reports
      .filter((report) => report.self || (group.has(report.node) && !report.stale))
      .reduce((sum, report) => sum + report.hashRate, 0);
    const theirs = this.publicRate ?? this.measuredPublicRate(this.accomplices);
    return theirs === null || ours + theirs === 0 ? null : ours / (ours + theirs);
  }

  private measuredPublicRate(group: readonly string[]): number | null {
    const others = this.host
      .roomReports()
      .filter((report) => !report.self && !report.stale && !group.includes(report.node));
    return others.length === 0 ? null : others.reduce((sum, report) => sum + report.hashRate, 0);
  }

  /** Room peer ids of node ids, peer ids or invite links; or the first that is none, as the page shows it. */
  private peerIdsOf(ids: unknown): string[] | { readonly bad: string } {
    if (!Array.isArray(ids)) return { bad: JSON.stringify(ids) ?? String(ids) };
    return peerIdsFromReferences(ids, this.host.node.chain.genesis.hash);
  }

  private setStage(stage: AttackStage): void {
    this.stage = stage;
    this.changed();
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}

/** This node's coins on the main chain just after `fork`: its balance now, less what the blocks above changed. */
function balanceAfter(node: BlockchainNode, fork: Block): number {
  let coins = node.balance();
  for (let index = node.chain.height; index > fork.index; index--) {
    for (const tx of node.chain.blockAt(index)?.transactions ?? []) {
      if (tx.recipient === node.address) coins -= tx.amount;
      if (tx.sender === node.address) coins += tx.amount;
    }
  }
  return coins;
}
