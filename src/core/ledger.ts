// The state a chain implies: balances and every confirmed txid. Applied and reverted block by block along the main
// chain, so a reorg costs the blocks it touches, not a replay from genesis.
import type { Block } from './block.ts';
import { accept, RejectCode, type Result, reject } from './errors.ts';
import { SortedTxids } from './sorted-txids.ts';
import { isCoinbase } from './transaction.ts';

/** The state a ledger starts from when it does not start at genesis: a snapshot's (ledger-snapshot.ts). */
export type LedgerBase = { readonly balances: ReadonlyMap<string, number>; readonly txids: SortedTxids };

export class Ledger {
  private readonly balances: Map<string, number>;
  private readonly txids = new Set<string>();
  /** Txids confirmed up to a snapshot's base block: never reverted, since no reorg reaches below the base. */
  private readonly baseTxids: SortedTxids;
  /** The balances a block being applied changes, before they are all written (apply's scratch). */
  private readonly changed = new Map<string, number>();

  constructor(base?: LedgerBase) {
    this.balances = new Map(base?.balances);
    this.baseTxids = base?.txids ?? SortedTxids.EMPTY;
  }

  balanceOf(address: string): number {
    return this.balances.get(address) ?? 0;
  }

  hasTransaction(txid: string): boolean {
    return this.txids.has(txid) || this.baseTxids.has(txid);
  }

  /** How many transactions are confirmed. */
  get transactionCount(): number {
    return this.txids.size + this.baseTxids.size;
  }

  /** The balances as they were before `blocks` (the newest applied ones, newest first) were applied. */
  balancesBefore(blocks: readonly Block[]): ReadonlyMap<string, number> {
    const earlier = new Ledger({ balances: this.balances, txids: SortedTxids.EMPTY });
    for (const block of blocks) earlier.revert(block);
    return earlier.balances;
  }

  /** Every address with a non-zero balance. */
  entries(): ReadonlyMap<string, number> {
    return this.balances;
  }

  /** Checks the block's transactions against this state (no duplicates, no balance below zero) and applies them
   *  all, or changes nothing. */
  apply(block: Block): Result<true> {
    // One map reused for every block: a 10,000-block rebuild made as many maps to hold two or three balances.
    const changed = this.changed;
    changed.clear();
    const balance = (address: string) => changed.get(address) ?? this.balanceOf(address);
    for (const tx of block.transactions) {
      if (this.hasTransaction(tx.txid)) {
        return reject(
          RejectCode.DuplicateTransaction,
          `block ${block.index}: transaction ${tx.txid} is already in the chain`,
        );
      }
      if (!isCoinbase(tx)) {
        const available = balance(tx.sender);
        if (available < tx.amount) {
          return reject(
            RejectCode.Overspend,
            `block ${block.index}: ${tx.sender} spends ${tx.amount} but has ${available}`,
          );
        }
        changed.set(tx.sender, available - tx.amount);
      }
      changed.set(tx.recipient, balance(tx.recipient) + tx.amount);
    }
    for (const [address, value] of changed) this.setBalance(address, value);
    for (const tx of block.transactions) this.txids.add(tx.txid);
    return accept(true);
  }

  /** Undoes `apply` of the block at the top of the applied stack. */
  revert(block: Block): void {
    for (let i = block.transactions.length - 1; i >= 0; i--) {
      const tx = block.transactions[i];
      if (tx === undefined) continue;
      this.setBalance(tx.recipient, this.balanceOf(tx.recipient) - tx.amount);
      if (!isCoinbase(tx)) this.setBalance(tx.sender, this.balanceOf(tx.sender) + tx.amount);
      this.txids.delete(tx.txid);
    }
  }

  private setBalance(address: string, value: number): void {
    if (value === 0) this.balances.delete(address);
    else this.balances.set(address, value);
  }
}
