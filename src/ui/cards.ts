// Elements for one block or one transaction: built once per key, then reused by syncList.
import type { Block, Transaction } from '../core/index.ts';
import { isCoinbase } from '../core/index.ts';
import { h, shortHash } from './dom.ts';

export function transactionLine(tx: Transaction): HTMLLIElement {
  const from = isCoinbase(tx) ? 'reward' : shortHash(tx.sender);
  const parts: Array<Node | string> = [
    h('code', { title: tx.txid }, shortHash(tx.txid)),
    ` ${from} → `,
    h('code', { title: tx.recipient }, shortHash(tx.recipient)),
    ` ${tx.amount}`,
  ];
  if (tx.info !== '') parts.push(' ', h('q', {}, tx.info));
  return h('li', { class: 'tx' }, ...parts);
}

function field(label: string, value: Node | string): HTMLElement[] {
  return [h('dt', {}, label), h('dd', {}, value)];
}

/** A block as a card: the previous hash is shown in full so it visibly matches the hash of the card below. */
export function blockCard(block: Block): HTMLLIElement {
  const txs = h('ol', { class: 'tx-list' }, ...block.transactions.map(transactionLine));
  return h(
    'li',
    { class: 'block-card', 'data-index': String(block.index) },
    h('h3', {}, `Block ${block.index}`),
    h(
      'dl',
      {},
      ...field('Hash', h('code', { class: 'hash' }, block.hash)),
      ...field('Previous hash', h('code', { class: 'hash' }, block.previousHash)),
      ...field('Proof (nonce)', String(block.nonce)),
      ...field('Difficulty', `${block.difficulty} zero bits`),
      ...field('Time', new Date(block.timestamp).toLocaleString()),
      ...field('Transactions', String(block.transactions.length)),
    ),
    txs,
  );
}
