// The page of one node: binds the controls to the node and redraws from its state once per animation frame.
import { ChainError, RejectCode } from '../core/index.ts';
import type { BlockchainNode } from '../node/node.ts';
import type { MiningProgress } from '../node/ports.ts';
import { blockCard, transactionLine } from './cards.ts';
import { bind, byId, errorMessage, h, setFieldError, setText, shortHash, syncList, type Unbind } from './dom.ts';

/** Blocks drawn in the chain list; the full chain view with windowed rendering is the classroom UI's. */
const BLOCKS_SHOWN = 30;

type UiState = { progress: MiningProgress | null; miningActive: boolean };

function elements(doc: Document) {
  const $ = <T extends HTMLElement>(id: string, type: new () => T) => byId(doc, id, type);
  return {
    sections: ['node', 'transactions', 'chain'].map((id) => $(id, HTMLElement)),
    id: $('node-id', HTMLElement),
    address: $('node-address', HTMLElement),
    balance: $('node-balance', HTMLElement),
    height: $('node-height', HTMLElement),
    tip: $('node-tip', HTMLElement),
    miningStatus: $('mining-status', HTMLElement),
    mineOnce: $('mine-once', HTMLButtonElement),
    autoMine: $('auto-mine', HTMLInputElement),
    stopMining: $('stop-mining', HTMLButtonElement),
    workers: $('workers', HTMLInputElement),
    miningError: $('mining-error', HTMLElement),
    txForm: $('tx-form', HTMLFormElement),
    recipient: $('tx-recipient', HTMLInputElement),
    info: $('tx-info', HTMLInputElement),
    amount: $('tx-amount', HTMLInputElement),
    recipientError: $('tx-recipient-error', HTMLElement),
    infoError: $('tx-info-error', HTMLElement),
    amountError: $('tx-amount-error', HTMLElement),
    txResult: $('tx-result', HTMLElement),
    mempoolSize: $('mempool-size', HTMLElement),
    mempool: $('mempool', HTMLElement),
    blocks: $('blocks', HTMLElement),
    notices: $('notices', HTMLElement),
  };
}
type Elements = ReturnType<typeof elements>;

function render(node: BlockchainNode, ui: UiState, el: Elements): void {
  setText(el.id, node.id);
  setText(el.address, node.address);
  setText(el.balance, String(node.balance()));
  setText(el.height, String(node.chain.height));
  setText(el.tip, shortHash(node.chain.tip.hash));
  const rate = ui.progress ? `${(ui.progress.hashRate / 1e6).toFixed(2)} MH/s on ${ui.progress.workers} worker(s)` : '';
  setText(el.miningStatus, ui.miningActive ? `mining${node.isAutoMining ? ' continuously' : ''} ${rate}` : 'idle');
  el.autoMine.checked = node.isAutoMining;
  el.stopMining.disabled = !ui.miningActive;
  if (document.activeElement !== el.workers) el.workers.value = String(node.miningWorkers);
  const pending = node.mempool.transactions();
  setText(el.mempoolSize, String(pending.length));
  syncList(el.mempool, pending, (tx) => tx.txid, transactionLine);
  const blocks: ReturnType<typeof node.chain.mainChain> = [];
  for (let i = node.chain.height; i >= 1 && blocks.length < BLOCKS_SHOWN; i--) {
    const block = node.chain.blockAt(i);
    if (block) blocks.push(block);
  }
  syncList(el.blocks, blocks, (b) => b.hash, blockCard);
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
      setText(el.txResult, `Transaction ${shortHash(txid)} will be in block ${index}.`);
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

export function notice(doc: Document, text: string, kind: 'info' | 'warning' = 'info'): void {
  byId(doc, 'notices', HTMLElement).append(h('li', { class: `notice ${kind}` }, text));
}

/** Shows the node on the page; returns the function that unbinds everything. */
export function mountNodeView(node: BlockchainNode, doc: Document): Unbind {
  const el = elements(doc);
  for (const section of el.sections) section.hidden = false;
  const ui: UiState = { progress: null, miningActive: node.isMining };
  let frame = 0;
  const redraw = () => {
    if (frame !== 0) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      render(node, ui, el);
    });
  };
  const unsubscribe = node.subscribe((event) => {
    if (event.type === 'mining-progress') ui.progress = event.progress;
    if (event.type === 'mining') {
      ui.miningActive = event.active;
      if (!event.active) ui.progress = null;
    }
    if (event.type === 'storage-error') notice(doc, `Could not save: ${event.message}`, 'warning');
    redraw();
  });
  const unbinds = [unsubscribe, bindTransactionForm(node, el, redraw), ...bindMiningControls(node, el, redraw)];
  render(node, ui, el);
  return () => {
    cancelAnimationFrame(frame);
    for (const unbind of unbinds) unbind();
  };
}
