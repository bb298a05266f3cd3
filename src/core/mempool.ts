// Transactions waiting for a block. Admits only what is valid against the tip including the spends already
// pending; after a reorg, transactions of disconnected blocks that are still valid come back (the seed lost them).
// Bounded in count and bytes, with a small share for senders who hold no coins (docs/protocol.md, "Mempool limits"),
// and journals its changes so a store can save them incrementally instead of rewriting the pool.
import type { Blockchain, Reorg } from './chain.ts';
import { accept, RejectCode, type Result, reject } from './errors.ts';
import { checkTransaction, isCoinbase, type Transaction } from './transaction.ts';

export type MempoolLimits = {
  /** Transactions in the pool. */
  readonly maxCount: number;
  /** Bytes of the pool, each transaction counted as its payload and signature (`transactionBytes`). */
  readonly maxBytes: number;
  /** Transactions of senders with no confirmed coins, together: their records cost nothing to make. */
  readonly unfundedMaxCount: number;
  readonly unfundedMaxBytes: number;
  /** Pending transactions of one sender with no confirmed coins. */
  readonly unfundedPerSender: number;
};

/**
 * 5,000 transactions or 2 MB, whichever comes first: ten blocks of 500 at the default rules. A quarter of that for
 * senders with no coins, 4 pending each: a fresh key is free, so only the total share bounds a flood of them, and
 * it cannot push out a paying sender's transaction or the node's own.
 */
export const DEFAULT_MEMPOOL_LIMITS: MempoolLimits = {
  maxCount: 5_000,
  maxBytes: 2_000_000,
  unfundedMaxCount: 1_250,
  unfundedMaxBytes: 500_000,
  unfundedPerSender: 4,
};

export type MempoolOptions = {
  /** The node's own address: its transactions are never refused for room while peers' can be evicted. */
  readonly owner?: string;
  readonly limits?: Partial<MempoolLimits>;
};

/** What entered the pool (in arrival order) and what left it since the last `takeChanges`, each net of the other. */
export type MempoolChanges = {
  readonly added: readonly Transaction[];
  readonly removed: readonly string[];
};

/** The bytes a transaction is counted as: its payload, the signature's length byte and the signature (its leaf). */
export function transactionBytes(tx: Transaction): number {
  return tx.payload.length + 1 + tx.signature.length;
}

/** A transaction a reorg returned to the pool and the new chain refused, with the refusal's code. */
export type DroppedTransaction = { readonly transaction: Transaction; readonly code: RejectCode };

type Entry = { readonly tx: Transaction; readonly bytes: number; readonly own: boolean; readonly unfunded: boolean };

export class Mempool {
  private readonly chain: Blockchain;
  private readonly limits: MempoolLimits;
  private readonly owner: string | null;
  private pool = new Map<string, Entry>();
  private pendingOut = new Map<string, number>();
  private unfundedBySender = new Map<string, number>();
  private bytes = 0;
  private unfunded = { count: 0, bytes: 0 };
  /**
   * Net changes since the last take: a txid maps to its transaction if it entered, to null if it left. A second
   * change to the same txid undoes the first (added then removed, or removed then added back), so the entry goes.
   */
  private journal = new Map<string, Transaction | null>();

  constructor(chain: Blockchain, options: MempoolOptions = {}) {
    this.chain = chain;
    this.limits = { ...DEFAULT_MEMPOOL_LIMITS, ...options.limits };
    this.owner = options.owner ?? null;
  }

  get size(): number {
    return this.pool.size;
  }

  /** Bytes held, as `transactionBytes` counts them. */
  get byteSize(): number {
    return this.bytes;
  }

  has(txid: string): boolean {
    return this.pool.has(txid);
  }

  /** In arrival order. */
  transactions(): Transaction[] {
    return [...this.pool.values()].map((entry) => entry.tx);
  }

  /** Spendable balance: confirmed balance less what pending transactions already spend. */
  available(address: string): number {
    return this.chain.balanceOf(address) - (this.pendingOut.get(address) ?? 0);
  }

  add(tx: Transaction, now: number, options: { readonly signatureChecked?: boolean } = {}): Result<Transaction> {
    if (isCoinbase(tx)) return reject(RejectCode.BadCoinbase, 'a coinbase only comes inside a block');
    if (this.pool.has(tx.txid) || this.chain.hasTransaction(tx.txid)) {
      return reject(RejectCode.DuplicateTransaction, `transaction ${tx.txid} is already known`);
    }
    if (tx.timestamp > now + this.chain.params.maxFutureMs) {
      return reject(RejectCode.TimeTooNew, `transaction ${tx.txid} is dated in the future`);
    }
    // Room before the signature: in a flood past the limits, a refusal then costs no verification (~2 ms each).
    const own = tx.sender === this.owner;
    const entry: Entry = {
      tx,
      bytes: transactionBytes(tx),
      own,
      unfunded: !own && this.chain.balanceOf(tx.sender) === 0,
    };
    const quota = entry.unfunded ? this.unfundedRefusal(entry) : null;
    if (quota !== null) return reject(RejectCode.TooManyTransactions, quota);
    const evicted = this.fits(entry.bytes, 0, 0) ? [] : own ? this.evictionsFor(entry.bytes) : null;
    if (evicted === null) return reject(RejectCode.TooManyTransactions, 'the mempool is full');
    const checked = checkTransaction(tx, this.chain.params, options.signatureChecked === true);
    if (!checked.ok) return checked;
    const available = this.available(tx.sender);
    if (available < tx.amount) {
      return reject(
        RejectCode.Overspend,
        `${tx.sender} has ${available} spendable, the transaction spends ${tx.amount}`,
      );
    }
    for (const victim of evicted) this.remove(victim);
    this.insert(entry);
    return accept(tx);
  }

  /**
   * Brings the pool in line with a changed main chain: transactions of disconnected blocks first (they are older),
   * then the pool as it was, each admitted again against the new tip. Returns what no longer fits, each with the
   * code it was refused with (a double spend: Overspend, its sender's coins spent by a transaction of the new chain).
   */
  applyReorg(reorg: Reorg, now: number): DroppedTransaction[] {
    if (reorg.disconnected.length === 0 && reorg.connected.length === 0) return [];
    const candidates = [
      ...[...reorg.disconnected].reverse().flatMap((block) => block.transactions.filter((tx) => !isCoinbase(tx))),
      ...this.transactions(),
    ];
    for (const entry of [...this.pool.values()]) this.remove(entry);
    const dropped: DroppedTransaction[] = [];
    for (const tx of candidates) {
      const result = this.add(tx, now, { signatureChecked: true });
      if (!result.ok && !this.chain.hasTransaction(tx.txid)) dropped.push({ transaction: tx, code: result.code });
    }
    return dropped;
  }

  /** Up to `max` transactions for a block dated `timestamp`, in arrival order. */
  selectForBlock(max: number, timestamp: number): Transaction[] {
    const chosen: Transaction[] = [];
    for (const { tx } of this.pool.values()) {
      if (chosen.length >= max) break;
      if (tx.timestamp <= timestamp + this.chain.params.maxFutureMs) chosen.push(tx);
    }
    return chosen;
  }

  /** The changes since the last call, net of each other, and a fresh start for the next: what a save writes. */
  takeChanges(): MempoolChanges {
    const added: Transaction[] = [];
    const removed: string[] = [];
    for (const [txid, tx] of this.journal) {
      if (tx === null) removed.push(txid);
      else added.push(tx);
    }
    this.journal = new Map();
    return { added, removed };
  }

  /** Why a transaction of a sender with no coins finds no room in their share; null when it does. */
  private unfundedRefusal(entry: Entry): string | null {
    const { unfundedMaxCount, unfundedMaxBytes, unfundedPerSender } = this.limits;
    if ((this.unfundedBySender.get(entry.tx.sender) ?? 0) >= unfundedPerSender) {
      return `${entry.tx.sender} holds no coins and has ${unfundedPerSender} transactions pending`;
    }
    if (this.unfunded.count >= unfundedMaxCount || this.unfunded.bytes + entry.bytes > unfundedMaxBytes) {
      return 'the share of the mempool for senders without coins is full';
    }
    return null;
  }

  /** Whether `bytes` more fit once `freedCount` transactions of `freedBytes` are gone. */
  private fits(bytes: number, freedCount: number, freedBytes: number): boolean {
    return (
      this.pool.size - freedCount < this.limits.maxCount && this.bytes - freedBytes + bytes <= this.limits.maxBytes
    );
  }

  /**
   * Peers' transactions whose eviction makes room for one of the node's own of `bytes`, oldest first and those of
   * senders without coins before the rest; null if evicting every peer's transaction is not enough (then none goes).
   */
  private evictionsFor(bytes: number): Entry[] | null {
    const peers = [...this.pool.values()].filter((entry) => !entry.own);
    const order = [...peers.filter((entry) => entry.unfunded), ...peers.filter((entry) => !entry.unfunded)];
    const victims: Entry[] = [];
    let freed = 0;
    for (const entry of order) {
      if (this.fits(bytes, victims.length, freed)) return victims;
      victims.push(entry);
      freed += entry.bytes;
    }
    return this.fits(bytes, victims.length, freed) ? victims : null;
  }

  private insert(entry: Entry): void {
    const { tx } = entry;
    this.pool.set(tx.txid, entry);
    this.pendingOut.set(tx.sender, (this.pendingOut.get(tx.sender) ?? 0) + tx.amount);
    this.bytes += entry.bytes;
    if (entry.unfunded) this.countUnfunded(entry, 1);
    this.record(tx.txid, tx);
  }

  private remove(entry: Entry): void {
    const { tx } = entry;
    this.pool.delete(tx.txid);
    const out = (this.pendingOut.get(tx.sender) ?? 0) - tx.amount;
    if (out === 0) this.pendingOut.delete(tx.sender);
    else this.pendingOut.set(tx.sender, out);
    this.bytes -= entry.bytes;
    if (entry.unfunded) this.countUnfunded(entry, -1);
    this.record(tx.txid, null);
  }

  private countUnfunded(entry: Entry, sign: 1 | -1): void {
    this.unfunded.count += sign;
    this.unfunded.bytes += sign * entry.bytes;
    const pending = (this.unfundedBySender.get(entry.tx.sender) ?? 0) + sign;
    if (pending === 0) this.unfundedBySender.delete(entry.tx.sender);
    else this.unfundedBySender.set(entry.tx.sender, pending);
  }

  /** Every change is an exact one (an absent txid added, a present one removed), so a repeat undoes the first. */
  private record(txid: string, tx: Transaction | null): void {
    if (this.journal.has(txid)) this.journal.delete(txid);
    else this.journal.set(txid, tx);
  }
}

/** The mempool as its readers see it: what is pending, no way to add or remove. */
export type MempoolReader = Pick<Mempool, 'size' | 'has' | 'transactions' | 'available'>;
