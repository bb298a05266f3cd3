// The node panel and the transactions panel: binds the controls to the node and redraws from its state once per
// animation frame.
import { type Block, ChainError, isCoinbase, RejectCode, type Transaction } from '../core/index.ts';
import type { BrowserNetwork } from '../net/browser-network.ts';
import type { BlockchainNode } from '../node/node.ts';
import type { MiningProgress } from '../node/ports.ts';
import { StorageError } from '../storage/index.ts';
import { transactionLine } from './cards.ts';
import {
  BURST_REDRAW_MS,
  bind,
  byId,
  errorMessage,
  h,
  redrawScheduler,
  setFieldError,
  setText,
  shortHash,
  syncList,
  type Unbind,
} from './dom.ts';
import { t } from './i18n/index.ts';
import { storageErrorText } from './node-notices.ts';

/** Recent blocks whose addresses the recipient field offers: enough for a class, few enough to scan each render. */
const ADDRESS_BLOCKS = 50;
/** Rows of the balances table: the richest accounts; the rest are a scroll away in any explorer, not on a projector. */
const BALANCE_ROWS = 50;

type UiState = { progress: MiningProgress | null; miningActive: boolean };

function elements(doc: Document) {
  const $ = <T extends HTMLElement>(id: string, type: new () => T) => byId(doc, id, type);
  return {
    sections: ['node', 'transactions'].map((id) => $(id, HTMLElement)),
    id: $('node-id', HTMLElement),
    address: $('node-address', HTMLElement),
    balance: $('node-balance', HTMLElement),
    network: $('node-network', HTMLElement),
    peers: $('node-peers', HTMLElement),
    height: $('node-height', HTMLElement),
    chainDetail: $('node-chain-detail', HTMLElement),
    hashRate: $('node-hash-rate', HTMLElement),
    miningStatus: $('mining-status', HTMLElement),
    mineOnce: $('mine-once', HTMLButtonElement),
    autoMine: $('auto-mine', HTMLInputElement),
    stopMining: $('stop-mining', HTMLButtonElement),
    workers: $('workers', HTMLInputElement),
    miningError: $('mining-error', HTMLElement),
    txForm: $('tx-form', HTMLFormElement),
    recipient: $('tx-recipient', HTMLInputElement),
    knownAddresses: $('known-addresses', HTMLDataListElement),
    info: $('tx-info', HTMLInputElement),
    amount: $('tx-amount', HTMLInputElement),
    recipientError: $('tx-recipient-error', HTMLElement),
    infoError: $('tx-info-error', HTMLElement),
    amountError: $('tx-amount-error', HTMLElement),
    txResult: $('tx-result', HTMLElement),
    mempoolSize: $('mempool-size', HTMLElement),
    mempool: $('mempool', HTMLElement),
    balances: $('balances-body', HTMLElement),
  };
}
type Elements = ReturnType<typeof elements>;

/** Addresses seen in the mempool and the last blocks, newest first, without this node's own. */
export function knownAddresses(recent: readonly Block[], pending: readonly Transaction[], own: string): string[] {
  const seen = new Set<string>();
  const note = (tx: Transaction) => {
    if (!isCoinbase(tx)) seen.add(tx.sender);
    seen.add(tx.recipient);
  };
  for (const tx of pending) note(tx);
  for (const block of recent) for (const tx of block.transactions) note(tx);
  seen.delete(own);
  return [...seen];
}

function recentBlocks(node: BlockchainNode, count: number): Block[] {
  const blocks: Block[] = [];
  for (let i = node.chain.height; i >= 1 && blocks.length < count; i--) {
    const block = node.chain.blockAt(i);
    if (block) blocks.push(block);
  }
  return blocks;
}

function renderMining(node: BlockchainNode, ui: UiState, el: Elements): void {
  const rate = ui.progress
    ? t('mining.rate', { rate: (ui.progress.hashRate / 1e6).toFixed(2), workers: ui.progress.workers })
    : t('mining.noRate');
  setText(el.hashRate, rate);
  setText(el.miningStatus, ui.miningActive ? t(node.isAutoMining ? 'mining.auto' : 'mining.once') : t('mining.idle'));
  el.autoMine.checked = node.isAutoMining;
  el.stopMining.disabled = !ui.miningActive;
  if (document.activeElement !== el.workers) el.workers.value = String(node.miningWorkers);
}

function balanceRow(address: string): HTMLTableRowElement {
  return h('tr', {}, h('td', {}, h('code', { title: address }, shortHash(address))), h('td', { class: 'number' }));
}

function renderTransactions(node: BlockchainNode, el: Elements): void {
  const pending = node.mempool.transactions();
  setText(el.mempoolSize, String(pending.length));
  syncList(el.mempool, pending, (tx) => tx.txid, transactionLine);
  const addresses = knownAddresses(recentBlocks(node, ADDRESS_BLOCKS), pending, node.address);
  syncList(
    el.knownAddresses,
    addresses,
    (a) => a,
    (a) => h('option', { value: a }),
  );
  const rows = [...node.chain.balances()].sort((a, b) => b[1] - a[1]).slice(0, BALANCE_ROWS);
  syncList(
    el.balances,
    rows,
    ([address]) => address,
    ([address]) => balanceRow(address),
    (row, [address, balance]) => {
      const cell = row.lastElementChild;
      const own = address === node.address ? ` ${t('tx.you')}` : '';
      if (cell instanceof HTMLElement) setText(cell, `${balance}${own}`);
    },
  );
}

function render(node: BlockchainNode, net: BrowserNetwork | null, ui: UiState, el: Elements): void {
  setText(el.id, node.id);
  setText(el.address, node.address);
  setText(el.balance, String(node.balance()));
  setText(el.network, node.network);
  setText(el.peers, String(net ? net.network.peerInfo().length : 0));
  setText(el.height, String(node.chain.height));
  setText(el.chainDetail, t('node.chainValue', { tip: shortHash(node.chain.tip.hash) }));
  renderMining(node, ui, el);
  renderTransactions(node, el);
}

/** Which form field an error names: the node's messages start with the field ("amount must be …"). */
function fieldOf(error: unknown): 'recipient' | 'info' | 'amount' | null {
  if (error instanceof ChainError) return error.code === RejectCode.Overspend ? 'amount' : null;
  const match = /^(recipient|info|amount)\b/.exec(errorMessage(error));
  return (match?.[1] as 'recipient' | 'info' | 'amount' | undefined) ?? null;
}

function bindTransactionForm(node: BlockchainNode, el: Elements, redraw: () => void): Unbind {
  const fields = {
    recipient: [el.recipientError, el.recipient],
    info: [el.infoError, el.info],
    amount: [el.amountError, el.amount],
  } as const;
  const clear = () => {
    for (const [message, input] of Object.values(fields)) setFieldError(message, input, '');
  };
  return bind<SubmitEvent>(el.txForm, 'submit', async (event) => {
    event.preventDefault();
    clear();
    setText(el.txResult, '');
    const amountText = el.amount.value.trim();
    const amount = amountText === '' ? 0 : Number(amountText);
    try {
      const { index, txid } = await node.newTransaction({
        recipient: el.recipient.value.trim(),
        info: el.info.value,
        amount,
      });
      setText(el.txResult, t('tx.sent', { txid: shortHash(txid), index }));
      el.info.value = '';
    } catch (error) {
      const field = fieldOf(error);
      if (field) {
        const [message, input] = fields[field];
        setFieldError(message, input, errorMessage(error));
        input.focus();
      } else setText(el.txResult, errorMessage(error));
    }
    redraw();
  });
}

function bindMiningControls(node: BlockchainNode, el: Elements, redraw: () => void): Unbind[] {
  const report = (error: unknown) => setFieldError(el.miningError, null, errorMessage(error));
  return [
    bind(el.mineOnce, 'click', () => {
      setFieldError(el.miningError, null, '');
      node.mine().catch(report);
      redraw();
    }),
    bind(el.autoMine, 'change', () => {
      node.setAutoMine(el.autoMine.checked);
      redraw();
    }),
    bind(el.stopMining, 'click', () => {
      node.stopMining();
      redraw();
    }),
    bind(el.workers, 'change', () => {
      try {
        node.setMiningWorkers(Number(el.workers.value));
        setFieldError(el.miningError, el.workers, '');
      } catch (error) {
        setFieldError(el.miningError, el.workers, errorMessage(error));
      }
      redraw();
    }),
  ];
}

export type NoticeAction = { readonly label: string; readonly run: () => void };

/** Adds a line to the page's notices, with a button when there is something to do about it. */
/**
 * Adds a notice to the page, unless the same text is already showing: a failing save repeats its error on every
 * write, and the service worker can report one waiting update twice (from registering and from an update check).
 */
export function notice(doc: Document, text: string, kind: 'info' | 'warning' = 'info', action?: NoticeAction): void {
  const list = byId(doc, 'notices', HTMLElement);
  for (const shown of list.children) if (shown instanceof HTMLElement && shown.dataset.text === text) return;
  const item = h('li', { class: `notice ${kind}`, 'data-text': text }, text);
  if (action) {
    const button = h('button', { type: 'button' }, action.label);
    bind(button, 'click', action.run);
    item.append(' ', button);
  }
  list.append(item);
}

/** Shows the node on the page; returns the function that unbinds everything. */
export function mountNodeView(node: BlockchainNode, net: BrowserNetwork | null, doc: Document): Unbind {
  const el = elements(doc);
  for (const section of el.sections) section.hidden = false;
  const ui: UiState = { progress: null, miningActive: node.isMining };
  // What the user does shows in the next frame; what the node does (thousands of blocks in a sync) a few times a second.
  const redraw = redrawScheduler(() => render(node, net, ui, el));
  const nodeChanged = redrawScheduler(() => render(node, net, ui, el), BURST_REDRAW_MS);
  const unsubscribe = node.subscribe((event) => {
    if (event.type === 'mining-progress') ui.progress = event.progress;
    if (event.type === 'mining') {
      ui.miningActive = event.active;
      if (!event.active) ui.progress = null;
    }
    if (event.type === 'storage-error') {
      const text = event.error instanceof StorageError ? storageErrorText(event.error) : event.message;
      notice(doc, t('notice.saveFailed', { error: text }), 'warning');
    }
    nodeChanged.schedule();
  });
  const unbinds = [
    unsubscribe,
    bindTransactionForm(node, el, redraw.schedule),
    ...bindMiningControls(node, el, redraw.schedule),
    redraw.cancel,
    nodeChanged.cancel,
  ];
  if (net) unbinds.push(net.network.subscribe((event) => event.type === 'peers' && nodeChanged.schedule()));
  render(node, net, ui, el);
  return () => {
    for (const unbind of unbinds) unbind();
  };
}
