// The 51% attack, step by step, on this node (src/node/double-spend.ts does the work): pay a victim in public, go
// dark with accomplices and mine a private branch that spends the same coins elsewhere, rejoin, and see which branch
// the room kept and why. Every node also lists the payments a reorg undid here: the victim watches its own go.
// Types only from the node: a value import would split the page's own modules into shared chunks (+2 kB gzip).
import type { DroppedTransaction } from '../core/index.ts';
import type { AttackState, CommandResult, DoubleSpendAttack, FullNode } from '../node/index.ts';
import {
  BURST_REDRAW_MS,
  bind,
  byId,
  h,
  redrawScheduler,
  setFieldError,
  setText,
  shortHash,
  type Unbind,
} from './dom.ts';
import { failureText } from './failures.ts';
import type { AttackKey } from './i18n/sections/attack/en.ts';
import { attackTexts as texts } from './i18n/sections/attack/index.ts';
import './attack.css';

const OVERSPEND = 'overspend';
const DEFAULT_PRIVATE_BLOCKS = '3';
const MAJORITY = 0.5;

const text = (key: AttackKey, id?: string) => h('p', { 'data-i18n': key, ...(id ? { id } : {}) });
const heading = (key: AttackKey) => h('h3', { 'data-i18n': key });
const label = (id: string, key: AttackKey) => h('label', { for: id, 'data-i18n': key });
const button = (id: string, key: AttackKey) => h('button', { id, type: 'button', 'data-i18n': key });
const status = (id: string) => h('p', { id, role: 'status', class: 'attack-status' });
const error = (id: string) => h('p', { id, class: 'field-error', hidden: '' });

function build(section: HTMLElement) {
  const el = {
    share: status('attack-share'),
    recipient: h('input', {
      id: 'attack-recipient',
      list: 'attack-addresses',
      autocomplete: 'off',
      spellcheck: 'false',
    }),
    addresses: h('datalist', { id: 'attack-addresses' }),
    amount: h('input', { id: 'attack-amount', type: 'number', min: '1', step: '1', inputmode: 'numeric' }),
    pay: button('attack-pay', 'attack.pay'),
    payError: error('attack-pay-error'),
    payment: status('attack-payment'),
    accomplices: h('fieldset', { id: 'attack-accomplices', class: 'attack-accomplices' }),
    blocks: h('input', { id: 'attack-blocks', type: 'number', min: '1', max: '50', value: DEFAULT_PRIVATE_BLOCKS }),
    goDark: button('attack-go-dark', 'attack.goDark'),
    darkError: error('attack-dark-error'),
    dark: status('attack-dark'),
    attacker: h('select', { id: 'attack-attacker' }),
    assist: button('attack-assist', 'attack.assist'),
    assistError: error('attack-assist-error'),
    rejoin: button('attack-rejoin', 'attack.rejoin'),
    verdict: status('attack-verdict'),
    reset: button('attack-reset', 'attack.reset'),
    dropped: h('ul', { id: 'attack-dropped', class: 'attack-dropped' }),
  };
  section.append(
    text('attack.intro'),
    el.share,
    h(
      'div',
      { class: 'attack-step' },
      heading('attack.step1'),
      text('attack.hint1', 'attack-hint1'),
      label('attack-recipient', 'attack.recipient'),
      el.recipient,
      el.addresses,
      label('attack-amount', 'attack.amount'),
      el.amount,
      el.pay,
      el.payError,
      el.payment,
    ),
    h(
      'div',
      { class: 'attack-step' },
      heading('attack.step2'),
      text('attack.hint2'),
      el.accomplices,
      label('attack-blocks', 'attack.blocks'),
      el.blocks,
      el.goDark,
      el.darkError,
      el.dark,
    ),
    h(
      'div',
      { class: 'attack-step' },
      heading('attack.assistTitle'),
      text('attack.assistHint'),
      label('attack-attacker', 'attack.assistPick'),
      el.attacker,
      el.assist,
      el.assistError,
    ),
    h('div', { class: 'attack-step' }, heading('attack.step3'), el.rejoin, el.verdict, el.reset),
    heading('attack.droppedTitle'),
    el.dropped,
  );
  return el;
}
type Elements = ReturnType<typeof build>;

function shareText(share: number | null): string {
  return share === null ? texts.t('attack.shareNone') : texts.t('attack.share', { share: Math.round(share * 100) });
}

function paymentText(node: FullNode, state: AttackState): string {
  const { payment } = state;
  if (payment === null) return '';
  const txid = shortHash(payment.txid);
  if (payment.place === 'pending') return texts.t('attack.pending', { txid });
  if (payment.place === 'gone') return texts.t('attack.gone', { txid });
  const height = node.chain.height - payment.confirmations + 1;
  return texts.t('attack.inBlock', { txid, height, confirmations: payment.confirmations });
}

function darkText(state: AttackState): string {
  if (state.stage === 'rejoining') return texts.t('attack.rejoining');
  if (state.stage === 'assisting' && state.assisting !== null) {
    const attacker = state.assisting;
    if (state.privateBlocks === 0) return texts.t('attack.assistWaiting', { attacker });
    return texts.t('attack.assisting', { attacker, blocks: state.privateBlocks });
  }
  if (state.fork === null || state.loot === null || state.stage !== 'dark') return '';
  const progress = texts.t('attack.dark', {
    height: state.fork.height,
    blocks: state.privateBlocks,
    target: state.target,
    loot: state.loot,
  });
  return `${progress} ${texts.t('attack.behind', { blocks: state.publicAtDark })}`;
}

function verdictText(state: AttackState): string {
  const { verdict } = state;
  if (verdict === null) return '';
  const counts = { private: verdict.privateBlocks, public: verdict.publicBlocks };
  if (verdict.outcome === 'succeeded') return texts.t('attack.succeeded', counts);
  if (verdict.share === null) return texts.t('attack.failed', counts);
  // A majority loses only by rejoining too soon; a minority falls further behind the longer it mines.
  const why = verdict.share >= MAJORITY ? 'attack.failedEarly' : 'attack.failedShare';
  return `${texts.t('attack.failed', counts)} ${texts.t(why, { share: Math.round(verdict.share * 100) })}`;
}

function droppedItem({ transaction, code }: DroppedTransaction): HTMLElement {
  const reason = code === OVERSPEND ? texts.t('attack.droppedOverspend') : texts.t('attack.droppedOther', { code });
  return h(
    'li',
    { 'data-txid': transaction.txid, 'data-code': code },
    texts.t('attack.dropped', {
      amount: transaction.amount,
      sender: shortHash(transaction.sender),
      recipient: shortHash(transaction.recipient),
      txid: shortHash(transaction.txid),
      reason,
    }),
  );
}

/** The linked peers an accomplice may follow, keeping the one chosen. */
function renderAttackers(el: Elements, peers: readonly string[]): void {
  const shown = [...el.attacker.options].map((option) => option.value);
  if (shown.join() === peers.join()) return;
  const chosen = el.attacker.value;
  el.attacker.replaceChildren(...peers.map((peer) => h('option', { value: peer }, peer)));
  if (peers.includes(chosen)) el.attacker.value = chosen;
}

/** The linked peers as checkboxes, keeping what was ticked; frozen once the attacker went dark with them. */
function renderAccomplices(el: Elements, peers: readonly string[], stage: AttackState['stage']): void {
  const ticked = new Set(checkedAccomplices(el));
  const shown = [...el.accomplices.querySelectorAll('input')].map((input) => input.value);
  const editable = stage === 'ready' || stage === 'paid';
  if (editable && shown.join() !== peers.join()) {
    const legend = h('legend', {}, texts.t('attack.accomplices'));
    const boxes = peers.map((peer) => {
      const box = h('input', { type: 'checkbox', value: peer, id: `attack-accomplice-${peer}` });
      box.checked = ticked.has(peer);
      box.disabled = stage !== 'paid';
      return h('label', { class: 'attack-accomplice' }, box, ` ${peer}`);
    });
    el.accomplices.replaceChildren(legend, ...(boxes.length > 0 ? boxes : [h('p', {}, texts.t('attack.noPeers'))]));
  }
}

function checkedAccomplices(el: Elements): string[] {
  return [...el.accomplices.querySelectorAll('input')].filter((box) => box.checked).map((box) => box.value);
}

/** Addresses the victim may have: every miner and recipient of the chain but this node. */
function renderAddresses(el: Elements, node: FullNode): void {
  const known = new Set<string>();
  for (const [address] of node.chain.balances()) if (address !== node.address) known.add(address);
  if (el.addresses.childElementCount === known.size) return;
  el.addresses.replaceChildren(...[...known].map((address) => h('option', { value: address })));
}

function render(el: Elements, node: FullNode, state: AttackState): void {
  setText(el.share, shareText(state.share));
  setText(el.payment, paymentText(node, state));
  setText(el.dark, darkText(state));
  setText(el.verdict, verdictText(state));
  el.verdict.dataset.outcome = state.verdict?.outcome ?? '';
  el.pay.disabled = state.stage !== 'ready';
  el.recipient.disabled = state.stage !== 'ready';
  el.amount.disabled = state.stage !== 'ready';
  el.goDark.disabled = state.stage !== 'paid';
  el.blocks.disabled = state.stage !== 'paid';
  el.rejoin.disabled = state.stage !== 'dark' && state.stage !== 'assisting';
  el.reset.disabled = state.stage === 'ready' || state.stage === 'rejoining';
  const peers = node
    .snapshot()
    .peers.filter((peer) => peer.ready)
    .map((peer) => peer.id);
  el.assist.disabled = state.stage !== 'ready' || peers.length === 0;
  el.attacker.disabled = el.assist.disabled;
  renderAccomplices(el, peers, state.stage);
  for (const box of el.accomplices.querySelectorAll('input')) box.disabled = state.stage !== 'paid';
  if (state.stage === 'ready') renderAttackers(el, peers);
  renderAddresses(el, node);
  const dropped = node.dropped();
  const shown = dropped.map(({ transaction }) => transaction.txid).join();
  if (el.dropped.dataset.shown !== shown || el.dropped.childElementCount === 0) {
    el.dropped.dataset.shown = shown;
    el.dropped.replaceChildren(
      ...(dropped.length === 0 ? [h('li', {}, texts.t('attack.droppedNone'))] : dropped.map(droppedItem)),
    );
  }
}

/** Runs a step; its failure goes under the step's field, in the page's language. */
async function step(
  run: () => Promise<CommandResult<AttackState>> | CommandResult<AttackState>,
  message: HTMLElement,
  field: HTMLElement | null,
): Promise<void> {
  setFieldError(message, null, '');
  const result = await run();
  if (!result.ok) setFieldError(message, field, failureText(result.failure));
}

function amountOf(input: HTMLInputElement): number | string | undefined {
  const value = input.value.trim();
  if (value === '') return undefined;
  const amount = Number(value);
  return Number.isFinite(amount) ? amount : value;
}

function controls(el: Elements, attack: DoubleSpendAttack): Unbind[] {
  return [
    bind(el.pay, 'click', () => {
      const request = { recipient: el.recipient.value.trim(), amount: amountOf(el.amount) };
      const field = el.recipient.value.trim() === '' ? el.recipient : el.amount;
      void step(() => attack.pay(request), el.payError, field);
    }),
    bind(el.goDark, 'click', () => {
      const options = { accomplices: checkedAccomplices(el), blocks: Number(el.blocks.value) };
      void step(() => attack.goDark(options), el.darkError, el.blocks);
    }),
    bind(el.assist, 'click', () => void step(() => attack.assist(el.attacker.value), el.assistError, el.attacker)),
    bind(el.rejoin, 'click', () => void step(() => attack.rejoin(), el.darkError, null)),
    bind(el.reset, 'click', () => {
      attack.reset();
      setFieldError(el.payError, null, '');
      setFieldError(el.darkError, null, '');
      setFieldError(el.assistError, null, '');
    }),
  ];
}

export async function mountAttackView(node: FullNode, doc: Document): Promise<Unbind> {
  const section = byId(doc, 'attack', HTMLElement);
  const [attack] = await Promise.all([node.doubleSpend(), texts.load()]);
  const el = build(section);
  texts.translate(section);
  const redraw = redrawScheduler(() => render(el, node, attack.state()), BURST_REDRAW_MS, section);
  render(el, node, attack.state());
  const unbinds = [
    ...controls(el, attack),
    attack.onChange(redraw.schedule),
    node.subscribe((event) => {
      if (event.type === 'dropped' || event.type === 'links' || event.type === 'block') redraw.schedule();
    }),
  ];
  section.hidden = false;
  return () => {
    for (const unbind of unbinds) unbind();
    redraw.cancel();
    section.hidden = true;
  };
}
