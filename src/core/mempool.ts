// Transactions waiting for a block. Admits only what is valid against the tip including the spends already
// pending; after a reorg, transactions of disconnected blocks that are still valid come back (the seed lost them).
import type { Blockchain, Reorg } from './chain.ts';
import { accept, RejectCode, type Result, reject } from './errors.ts';
import { checkTransaction, isCoinbase, type Transaction } from './transaction.ts';

export const DEFAULT_MEMPOOL_LIMIT = 5_000;

export class Mempool {
  private readonly chain: Blockchain;
  private readonly limit: number;
  private pool = new Map<string, Transaction>();
  private pendingOut = new Map<string, number>();

  constructor(chain: Blockchain, limit = DEFAULT_MEMPOOL_LIMIT) {
    this.chain = chain;
    this.limit = limit;
  }

  get size(): number {
    return this.pool.size;
  }

  has(txid: string): boolean {
    return this.pool.has(txid);
  }

  /** In arrival order. */
  transactions(): Transaction[] {
    return [...this.pool.values()];
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
    const checked = checkTransaction(tx, this.chain.params, options.signatureChecked === true);
    if (!checked.ok) return checked;
    const available = this.available(tx.sender);
    if (available < tx.amount) {
      return reject(
        RejectCode.Overspend,
        `${tx.sender} has ${available} spendable, the transaction spends ${tx.amount}`,
      );
    }
    if (this.pool.size >= this.limit) return reject(RejectCode.TooManyTransactions, 'the mempool is full');
    this.pool.set(tx.txid, tx);
    this.pendingOut.set(tx.sender, (this.pendingOut.get(tx.sender) ?? 0) + tx.amount);
    return accept(tx);
  }

  /**
   * Brings the pool in line with a changed main chain: transactions of disconnected blocks first (they are older),
   * then the pool as it was, each admitted again against the new tip. Returns what no longer fits.
   */
  applyReorg(reorg: Reorg, now: number): Transaction[] {
    if (reorg.disconnected.length === 0 && reorg.connected.length === 0) return [];
    const candidates = [
      ...[...reorg.disconnected].reverse().flatMap((block) => block.transactions.filter((tx) => !isCoinbase(tx))),
      ...this.pool.values(),
    ];
    this.pool = new Map();
    this.pendingOut = new Map();
    const dropped: Transaction[] = [];
    for (const tx of candidates) {
      const result = this.add(tx, now, { signatureChecked: true });
      if (!result.ok && !this.chain.hasTransaction(tx.txid)) dropped.push(tx);
    }
    return dropped;
  }

  /** Up to `max` transactions for a block dated `timestamp`, in arrival order. */
  selectForBlock(max: number, timestamp: number): Transaction[] {
    const chosen: Transaction[] = [];
    for (const tx of this.pool.values()) {
      if (chosen.length >= max) break;
      if (tx.timestamp <= timestamp + this.chain.params.maxFutureMs) chosen.push(tx);
    }
    return chosen;
  }
}

/** The mempool as its readers see it: what is pending, no way to add or remove. */
export type MempoolReader = Pick<Mempool, 'size' | 'has' | 'transactions' | 'available'>;
