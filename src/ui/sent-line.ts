// The transaction form's "sent" line: it follows the last transaction the form sent through the node's events,
// pending, in the tip, then confirmed by more blocks; a reorg that drops its block brings it back to pending.
import { type ChainReader, type Transaction, TransactionTracker } from '../core/index.ts';
import { setText, shortHash } from './dom.ts';
import { t } from './i18n/index.ts';

export type SentLine = {
  /** Follows this transaction from now on (the one the form just sent). */
  follow(txid: string): void;
  /** Stops following: the line is free for the form's other messages. */
  clear(): void;
  /** Words where the followed transaction stands now, if one is followed. */
  render(chain: ChainReader, mempool: readonly Transaction[]): void;
};

export function createSentLine(line: HTMLElement): SentLine {
  let tracker: TransactionTracker | null = null;
  /** The last block seen holding the transaction and its count there: after a reorg the line says what was lost. */
  let lastHeld: { readonly index: number; readonly confirmations: number } | null = null;
  return {
    follow(txid) {
      tracker = new TransactionTracker(txid);
      lastHeld = null;
    },
    clear() {
      tracker = null;
      lastHeld = null;
      delete line.dataset.confirmations;
    },
    render(chain, mempool) {
      if (tracker === null) return;
      const txid = shortHash(tracker.txid);
      const place = tracker.placeIn(chain, (id) => mempool.some((tx) => tx.txid === id));
      line.dataset.confirmations = String(place.confirmations);
      if (place.state === 'in-block') lastHeld = { index: place.block.index, confirmations: place.confirmations };
      if (place.state === 'pending') {
        const next = { txid, index: chain.height + 1 };
        const had = lastHeld && { block: lastHeld.index, had: lastHeld.confirmations };
        setText(line, had ? t('tx.pendingAfterReorg', { ...next, ...had }) : t('tx.pending', next));
      } else if (place.state === 'gone') setText(line, t('tx.gone', { txid }));
      else {
        const values = { txid, index: place.block.index, confirmations: place.confirmations };
        setText(line, t(place.confirmations === 1 ? 'tx.inTip' : 'tx.confirmed', values));
      }
    },
  };
}
