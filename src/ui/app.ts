// The node panel and the transactions panel: binds the controls to the node and redraws from its state once per
// animation frame.
import { type Block, type ChainReader, isCoinbase, type Transaction } from '../core/index.ts';
import type { FullNode, FullNodeEvent, MiningState, NodeFailure, NodeSnapshot } from '../node/index.ts';
import { transactionLine } from './cards.ts';
import {
  BURST_REDRAW_MS,
  bind,
  byId,
  h,
  redrawScheduler,
  setFieldError,
  setText,
  shortHash,
  syncList,
  type Unbind,
} from './dom.ts';
import { failureText } from './failures.ts';
import { t } from './i18n/index.ts';
import { storageErrorText } from './node-notices.ts';
import { createSentLine, type SentLine } from './sent-line.ts';
import { createMiningWakeLock } from './wake-lock.ts';

/** Recent blocks whose addresses the recipient field offers: enough for a class, few enough to scan each render. */
const ADDRESS_BLOCKS = 50;
/** Rows of the balances table: the richest accounts; the rest are a scroll away in any explorer, not on a projector. */
const BALANCE_ROWS = 50;

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
    sendJump: $('send-jump', HTMLButtonElement),
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

/**
 * What the node and transactions panels never show. Room reports come several times a second in a class (every node's,
 * passed on over a few links), and each had redrawn and laid out both panels in every tab: frames that eight tabs on
 * two cores then spent when a block arrived, and that delayed it there (bench/propagation.ts).
 */
const NOT_ON_NODE_PANEL: ReadonlySet<FullNodeEvent['type']> = new Set([
  'traffic',
  'reports',
  'saved',
  'sync',
  'signalling',
  'misbehaviour',
  'registered-peers',
  'dial-failures',
  'notice',
]);

/** Whether an event may change what the node and transactions panels show, so they redraw for it. */
export function changesNodePanel(event: FullNodeEvent): boolean {
  return !NOT_ON_NODE_PANEL.has(event.type);
}

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

function recentBlocks(chain: ChainReader, count: number): Block[] {
  const blocks: Block[] = [];
  for (let i = chain.height; i >= 1 && blocks.length < count; i--) {
    const block = chain.blockAt(i);
    if (block) blocks.push(block);
  }
  return blocks;
}

function renderMining(mining: MiningState, el: Elements): void {
  const rate = mining.progress
    ? t('mining.rate', { rate: (mining.progress.hashRate / 1e6).toFixed(2), workers: mining.progress.workers })
    : t('mining.noRate');
  setText(el.hashRate, rate);
  setText(el.miningStatus, mining.active ? t(mining.auto ? 'mining.auto' : 'mining.once') : t('mining.idle'));
  el.autoMine.checked = mining.auto;
  el.stopMining.disabled = !mining.active;
  if (document.activeElement !== el.workers) el.workers.value = String(mining.workers);
}

function balanceRow(address: string): HTMLTableRowElement {
  return h('tr', {}, h('td', {}, h('code', { title: address }, shortHash(address))), h('td', { class: 'number' }));
}

function renderTransactions(chain: ChainReader, snapshot: NodeSnapshot, el: Elements): void {
  const pending = snapshot.mempool;
  setText(el.mempoolSize, String(pending.length));
  syncList(el.mempool, pending, (tx) => tx.txid, transactionLine);
  const addresses = knownAddresses(recentBlocks(chain, ADDRESS_BLOCKS), pending, snapshot.address);
  syncList(
    el.knownAddresses,
    addresses,
    (a) => a,
    (a) => h('option', { value: a }),
  );
  const rows = [...chain.balances()].sort((a, b) => b[1] - a[1]).slice(0, BALANCE_ROWS);
  syncList(
    el.balances,
    rows,
    ([address]) => address,
    ([address]) => balanceRow(address),
    (row, [address, balance]) => {
      const cell = row.lastElementChild;
      const own = address === snapshot.address ? ` ${t('tx.you')}` : '';
      if (cell instanceof HTMLElement) setText(cell, `${balance}${own}`);
    },
  );
}

function render(node: FullNode, el: Elements, sentLine: SentLine): NodeSnapshot {
  const snapshot = node.snapshot();
  setText(el.id, snapshot.id);
  setText(el.address, snapshot.address);
  setText(el.balance, String(snapshot.balance));
  setText(el.network, snapshot.network);
  setText(el.peers, String(snapshot.peers.length));
  setText(el.height, String(snapshot.tip.height));
  setText(el.chainDetail, t('node.chainValue', { count: snapshot.tip.height, tip: shortHash(snapshot.tip.hash) }));
  renderMining(snapshot.mining, el);
  // A user of a private room cannot mine: the controls say so (private-room-view.ts words the role in full).
  const user = snapshot.role === 'user';
  el.mineOnce.disabled = el.autoMine.disabled = user;
  el.mineOnce.title = user ? t('failure.not-a-miner') : '';
  renderTransactions(node.chain, snapshot, el);
  sentLine.render(node.chain, snapshot.mempool);
  return snapshot;
}

/** The form field a failure is about, where the form has one. */
function fieldOf(failure: NodeFailure): 'recipient' | 'info' | 'amount' | null {
  const { field } = failure;
  return field === 'recipient' || field === 'info' || field === 'amount' ? field : null;
}

function bindTransactionForm(node: FullNode, el: Elements, sentLine: SentLine, redraw: () => void): Unbind {
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
    sentLine.clear();
    setText(el.txResult, '');
    const amountText = el.amount.value.trim();
    const amount = amountText === '' ? 0 : Number(amountText);
    const sent = await node.newTransaction({ recipient: el.recipient.value.trim(), info: el.info.value, amount });
    if (sent.ok) {
      // The line follows the transaction from here: pending, in a block, confirmed by more (render words it).
      sentLine.follow(sent.value.txid);
      el.info.value = '';
    } else {
      const field = fieldOf(sent.failure);
      if (field) {
        const [message, input] = fields[field];
        setFieldError(message, input, failureText(sent.failure));
        input.focus();
      } else setText(el.txResult, failureText(sent.failure));
    }
    redraw();
  });
}

function bindMiningControls(node: FullNode, el: Elements, redraw: () => void): Unbind[] {
  return [
    bind(el.mineOnce, 'click', () => {
      setFieldError(el.miningError, null, '');
      void node.mine().then((mined) => {
        if (!mined.ok) setFieldError(el.miningError, null, failureText(mined.failure));
      });
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
      const set = node.setMiningWorkers(Number(el.workers.value));
      setFieldError(el.miningError, el.workers, set.ok ? '' : failureText(set.failure));
      redraw();
    }),
  ];
}

export type NoticeAction = { readonly label: string; readonly run: () => void };

/**
 * Adds a notice to the page, unless the same text is already showing: a failing save repeats its error on every
 * write, and the service worker can report one waiting update twice (from registering and from an update check).
 * A notice with something to do shows in full; the others share one line (the newest, and how many there are) that
 * opens to the whole list and can be dismissed until the next one arrives, so they never fill a phone's first screen.
 */
export function notice(doc: Document, text: string, kind: 'info' | 'warning' = 'info', action?: NoticeAction): void {
  const container = byId(doc, 'notices', HTMLElement);
  for (const shown of container.querySelectorAll<HTMLElement>('[data-text]')) if (shown.dataset.text === text) return;
  const item = h('li', { class: `notice ${kind}`, 'data-text': text }, text);
  if (action) {
    const button = h('button', { type: 'button' }, action.label);
    bind(button, 'click', action.run);
    item.append(' ', button);
    byId(doc, 'notice-actions', HTMLElement).append(item);
    return;
  }
  byId(doc, 'notice-list', HTMLElement).append(item);
  refreshNoticeLine(doc, true);
}

/** Takes back a notice that no longer holds (a check that has finished); the line shows what is left, if anything. */
export function withdrawNotice(doc: Document, text: string): void {
  const list = byId(doc, 'notice-list', HTMLElement);
  for (const shown of list.querySelectorAll<HTMLElement>('[data-text]'))
    if (shown.dataset.text === text) shown.remove();
  refreshNoticeLine(doc, false);
}

/** The line names the newest warning while there is one (an info arriving later does not hide it), else the newest. */
function refreshNoticeLine(doc: Document, show: boolean): void {
  const list = byId(doc, 'notice-list', HTMLElement);
  const line = byId(doc, 'notice-line', HTMLElement);
  const warnings = list.querySelectorAll<HTMLElement>('.warning');
  const named = warnings[warnings.length - 1] ?? (list.lastElementChild as HTMLElement | null);
  line.classList.toggle('warning', warnings.length > 0);
  setText(byId(doc, 'notice-line-text', HTMLElement), named?.dataset.text ?? '');
  setText(byId(doc, 'notice-line-count', HTMLElement), list.children.length > 1 ? `(${list.children.length})` : '');
  if (named === null) line.hidden = true;
  else if (show) line.hidden = false;
}

/** The notice line's dismiss button: hides the line until a new notice shows it again. */
export function bindNoticeLine(doc: Document): Unbind {
  const line = byId(doc, 'notice-line', HTMLElement);
  return bind(byId(doc, 'notice-dismiss', HTMLButtonElement), 'click', () => {
    line.hidden = true;
  });
}

/** Shows the node on the page; returns the function that unbinds everything. */
export function mountNodeView(node: FullNode, doc: Document): Unbind {
  const el = elements(doc);
  for (const section of el.sections) section.hidden = false;
  // What the user does shows in the next frame; what the node does (thousands of blocks in a sync) a few times a second.
  // A phone asleep stops the tab's mining: the screen stays on while "Keep mining" is on (where browsers allow it).
  const screen = createMiningWakeLock(navigator.wakeLock, () => doc.visibilityState === 'visible');
  const sentLine = createSentLine(el.txResult);
  const draw = () => screen.setMining(render(node, el, sentLine).mining.auto);
  const redraw = redrawScheduler(draw);
  const nodeChanged = redrawScheduler(draw, BURST_REDRAW_MS);
  const unsubscribe = node.subscribe((event) => {
    if (event.type === 'storage-error') {
      const text = event.error ? storageErrorText(event.error) : event.message;
      notice(doc, t('notice.saveFailed', { error: text }), 'warning');
    }
    if (changesNodePanel(event)) nodeChanged.schedule();
  });
  const unbinds = [
    unsubscribe,
    bindTransactionForm(node, el, sentLine, redraw.schedule),
    // The node panel's Send starts a transaction: the form is further down the page (a screen away on a phone).
    bind(el.sendJump, 'click', () => el.recipient.focus()),
    ...bindMiningControls(node, el, redraw.schedule),
    redraw.cancel,
    nodeChanged.cancel,
    bind(doc, 'visibilitychange', screen.visibilityChanged),
    () => screen.setMining(false),
  ];
  draw();
  return () => {
    for (const unbind of unbinds) unbind();
  };
}
