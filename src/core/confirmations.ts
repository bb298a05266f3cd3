// Confirmations, Bitcoin's convention: a transaction in the main chain's tip has 1, each block on top adds 1, one in
// the mempool has 0. They follow the main chain, so a reorg that drops a transaction's block takes them away.
import type { Block, BlockJson } from './block.ts';
import { blockToJson } from './block.ts';
import type { ChainReader } from './chain.ts';
import type { TransactionJson } from './transaction.ts';

export type ConfirmedTransactionJson = TransactionJson & { readonly confirmations: number };
export type ConfirmedBlockJson = Omit<BlockJson, 'transactions'> & { transactions: ConfirmedTransactionJson[] };
/** The seed's {chain, length} with each transaction's confirmations. */
export type ConfirmedChainJson = { chain: ConfirmedBlockJson[]; length: number };

/** Confirmations of a transaction in the main-chain block at `blockIndex` when the tip is at `tipHeight`. */
export function confirmationsAt(blockIndex: number, tipHeight: number): number {
  if (blockIndex > tipHeight) throw new RangeError(`block ${blockIndex} is above the tip ${tipHeight}`);
  return tipHeight - blockIndex + 1;
}

/** The main chain (genesis first, as `mainChain()` gives it) as JSON, each transaction with its confirmations. */
export function exportChainWithConfirmations(mainChain: readonly Block[]): ConfirmedChainJson {
  const tipHeight = mainChain.at(-1)?.index ?? 0;
  const chain = mainChain.map((block): ConfirmedBlockJson => {
    const json = blockToJson(block);
    const confirmations = confirmationsAt(block.index, tipHeight);
    return { ...json, transactions: json.transactions.map((tx) => ({ ...tx, confirmations })) };
  });
  return { chain, length: chain.length };
}

/** Where a transaction stands for this node: in a main-chain block, waiting in the mempool, or in neither. */
export type TransactionPlace =
  | { readonly state: 'in-block'; readonly block: Block; readonly confirmations: number }
  | { readonly state: 'pending'; readonly confirmations: 0 }
  | { readonly state: 'gone'; readonly confirmations: 0 };

export type PlaceReader = Pick<ChainReader, 'height' | 'blockAt' | 'hasTransaction' | 'isOnMainChain'>;

/**
 * Follows one transaction along the main chain. The block found last is remembered: while it stays on the main chain
 * each look costs O(1); after a reorg moved the transaction, one walk down from the tip finds it (as many blocks as
 * its confirmations). The ledger's txid set says in O(1) whether the main chain holds it at all.
 */
export class TransactionTracker {
  private found: Block | null = null;

  constructor(readonly txid: string) {}

  placeIn(chain: PlaceReader, inMempool: (txid: string) => boolean): TransactionPlace {
    if (!chain.hasTransaction(this.txid)) {
      this.found = null;
      return { state: inMempool(this.txid) ? 'pending' : 'gone', confirmations: 0 };
    }
    if (this.found === null || !chain.isOnMainChain(this.found.hash)) this.found = this.findInMainChain(chain);
    if (this.found === null) return { state: 'gone', confirmations: 0 };
    return { state: 'in-block', block: this.found, confirmations: confirmationsAt(this.found.index, chain.height) };
  }

  private findInMainChain(chain: PlaceReader): Block | null {
    for (let index = chain.height; index >= 1; index--) {
      const block = chain.blockAt(index);
      if (block?.transactions.some((tx) => tx.txid === this.txid)) return block;
    }
    return null;
  }
}
