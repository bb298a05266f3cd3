// Elements for one block or one transaction: built once per key, then reused by syncList.
import type { Block, Transaction } from '../core/index.ts';
import { isCoinbase } from '../core/index.ts';
import { h, hashChip, setText, shortHash } from './dom.ts';
import { t } from './i18n/index.ts';

export function transactionLine(tx: Transaction): HTMLLIElement {
  const from = isCoinbase(tx) ? t('tx.reward') : shortHash(tx.sender);
  const parts: Array<Node | string> = [
    h('code', { title: tx.txid }, shortHash(tx.txid)),
    ` ${from} → `,
    h('code', { title: tx.recipient }, shortHash(tx.recipient)),
    ` ${tx.amount}`,
  ];
  if (tx.info !== '') parts.push(' ', h('q', {}, tx.info));
  return h('li', { class: 'tx' }, ...parts);
}

export function field(label: string, value: Node | string, ...more: Array<Node | string>): HTMLElement[] {
  return [h('dt', {}, label), h('dd', {}, value, ...more)];
}

/** A full hash after its coloured chip: the chip of a previous hash matches the chip of the block it names. */
export function hashValue(hash: string): HTMLElement {
  return h('span', { class: 'hash-value' }, hashChip(hash), ' ', h('code', { class: 'hash' }, hash));
}

/**
 * A block as a card: index, both hashes in full, nonce, difficulty, time, its transactions and their confirmations
 * (one count for all of a block's transactions), which the chain view keeps current with setConfirmations.
 */
export function blockCard(block: Block): HTMLLIElement {
  const title = t('chain.block', { index: block.index });
  return h(
    'li',
    { class: 'block-card', 'data-index': String(block.index) },
    h('h3', {}, title),
    // Opens block anatomy on this block: block-anatomy-view.ts reads the attribute, the href scrolls to the view.
    // Placed over the card's top corner by block-anatomy.css, so the card keeps its height for the transactions.
    h(
      'a',
      {
        class: 'anatomy-open',
        href: '#block-anatomy',
        'data-anatomy-block': String(block.index),
        'aria-label': `${t('anatomy.title')}: ${title}`,
      },
      t('anatomy.title'),
    ),
    h(
      'dl',
      {},
      ...field(t('chain.hash'), hashValue(block.hash)),
      ...field(t('chain.previous'), hashValue(block.previousHash)),
      ...field(t('chain.nonce'), String(block.nonce)),
      ...field(t('chain.difficulty'), t('chain.difficultyValue', { bits: block.difficulty })),
      ...field(t('chain.time'), new Date(block.timestamp).toLocaleString()),
      ...field(t('chain.transactions'), String(block.transactions.length)),
      ...field(t('chain.confirmations'), h('span', { class: 'confirmations' })),
    ),
    // Scrolls inside the fixed-height card, so it must be reachable by keyboard too.
    h(
      'ol',
      { class: 'tx-list', tabindex: '0', 'aria-label': `${title}: ${t('chain.transactions')}` },
      ...block.transactions.map(transactionLine),
    ),
  );
}

/** Shows a block card's confirmations: the main chain's height above its block, plus one. */
export function setConfirmations(card: HTMLElement, confirmations: number): void {
  const count = card.querySelector<HTMLElement>('.confirmations');
  if (count === null) return;
  setText(count, String(confirmations));
  card.dataset.confirmations = String(confirmations);
}
