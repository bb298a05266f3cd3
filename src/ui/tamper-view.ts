// The tamper demo: a sandbox copy of the main chain to edit, its blocks red from the first broken link on, a re-mine
// that repairs the copy with the core's own nonce search on this thread, and why peers still refuse the result.
import { type Block, isCoinbase } from '../core/index.ts';
import type { FullNode } from '../node/index.ts';
import { bind, byId, errorMessage, h, hashChip, setText, shortHash, syncList, type Unbind } from './dom.ts';
import { t } from './i18n/index.ts';
import { tamperTexts as texts } from './i18n/sections/tamper/index.ts';
import { editTransaction, evaluateSandbox, expectedWork, mineSlice, relink, type Verdict } from './tamper-model.ts';

/** Nonces per slice: a few milliseconds of hashing, so the page keeps answering between slices. */
const SLICE = 20_000;
/** Blocks the block picker offers, newest last: a 10,000-block chain would make a useless menu. */
const PICKABLE = 100;
/** Cards drawn from the one before the first edit: the rest of a long broken chain is only counted. */
const CARDS = 12;

type Sandbox = {
  blocks: Block[];
  firstEdited: number | null;
  verdicts: Verdict[];
};
type MiningRun = { index: number; tried: number; controller: AbortController };
type Mined = { blocks: number; tried: number; ms: number; difficulty: number };
type State = { sandbox: Sandbox | null; mining: MiningRun | null; mined: Mined | null; error: string };

function elements(doc: Document) {
  const $ = <T extends HTMLElement>(id: string, type: new () => T) => byId(doc, id, type);
  return {
    section: $('tamper', HTMLElement),
    start: $('tamper-start', HTMLButtonElement),
    reset: $('tamper-reset', HTMLButtonElement),
    form: $('tamper-form', HTMLFormElement),
    block: $('tamper-block', HTMLSelectElement),
    tx: $('tamper-tx', HTMLSelectElement),
    info: $('tamper-info', HTMLInputElement),
    amount: $('tamper-amount', HTMLInputElement),
    remine: $('tamper-remine', HTMLButtonElement),
    cancel: $('tamper-cancel', HTMLButtonElement),
    status: $('tamper-status', HTMLElement),
    work: $('tamper-work', HTMLElement),
    why: $('tamper-why', HTMLElement),
    cards: $('tamper-blocks', HTMLElement),
  };
}
type Elements = ReturnType<typeof elements>;

function reason(verdict: Verdict): string {
  if (verdict.ok) return texts.t('tamper.ok');
  switch (verdict.code) {
    case 'bad-merkle-root':
    case 'broken-link':
    case 'bad-pow':
    case 'bad-signature':
    case 'invalid-parent':
      return texts.t(`tamper.code.${verdict.code}` as Parameters<typeof texts.t>[0]);
    default:
      return texts.t('tamper.code.other', { code: verdict.code });
  }
}

function tamperCard(block: Block): HTMLLIElement {
  return h(
    'li',
    { class: 'tamper-card', 'data-index': String(block.index) },
    h('h3', {}, t('chain.block', { index: block.index })),
    h('p', {}, `${t('chain.hash')}: `, hashChip(block.hash), ' ', h('code', {}, shortHash(block.hash))),
    h(
      'p',
      {},
      `${t('chain.previous')}: `,
      hashChip(block.previousHash),
      ' ',
      h('code', {}, shortHash(block.previousHash)),
    ),
    h('p', {}, `${t('chain.nonce')}: ${block.nonce}`),
    h('p', { class: 'verdict' }),
  );
}

function totalWork(blocks: readonly Block[]): bigint {
  return blocks.reduce((sum, b) => sum + 2n ** BigInt(b.difficulty), 0n);
}

function fillPickers(el: Elements, sandbox: Sandbox): void {
  const blocks = sandbox.blocks.slice(1).slice(-PICKABLE);
  syncList(
    el.block,
    blocks,
    (b) => String(b.index),
    (b) => h('option', { value: String(b.index) }, String(b.index)),
  );
  const block = sandbox.blocks[Number(el.block.value) - 1];
  const txs = block ? [...block.transactions.entries()] : [];
  syncList(
    el.tx,
    txs,
    ([i, tx]) => `${block?.hash}:${i}:${tx.txid}`,
    ([i, tx]) =>
      h(
        'option',
        { value: String(i) },
        texts.t('tamper.txOption', {
          n: i,
          from: isCoinbase(tx) ? t('tx.reward') : shortHash(tx.sender),
          amount: tx.amount,
        }),
      ),
  );
}

function renderStatus(node: FullNode, state: State, el: Elements, sandbox: Sandbox): void {
  const broken = sandbox.verdicts.filter((v) => !v.ok);
  const firstBroken = broken[0];
  const summary = firstBroken
    ? texts.t('tamper.broken', { index: firstBroken.index, count: broken.length })
    : texts.t('tamper.allValid');
  setText(el.status, state.error || texts.t('tamper.status', { count: sandbox.blocks.length, broken: summary }));
  const { mining, mined } = state;
  if (mining) setText(el.work, texts.t('tamper.mining', { index: mining.index, tried: mining.tried.toLocaleString() }));
  else if (mined) {
    setText(
      el.work,
      texts.t('tamper.mined', {
        blocks: mined.blocks,
        tried: mined.tried.toLocaleString(),
        seconds: (mined.ms / 1000).toFixed(2),
        expected: expectedWork(mined.difficulty).toLocaleString(),
      }),
    );
  } else setText(el.work, '');
  const repaired = sandbox.firstEdited !== null && broken.length === 0 && !mining;
  const values = { sandboxWork: totalWork(sandbox.blocks).toString(), honestWork: node.chain.totalWork.toString() };
  setText(el.why, repaired ? texts.t('tamper.whyRefused', values) : '');
}

function render(node: FullNode, state: State, el: Elements): void {
  const { sandbox } = state;
  el.form.hidden = sandbox === null;
  el.reset.disabled = sandbox === null;
  el.remine.disabled = state.mining !== null || sandbox?.firstEdited == null;
  el.cancel.disabled = state.mining === null;
  if (!sandbox) {
    setText(el.status, state.error);
    for (const p of [el.work, el.why]) setText(p, '');
    el.cards.replaceChildren();
    return;
  }
  fillPickers(el, sandbox);
  renderStatus(node, state, el, sandbox);
  // From the block before the first edit (its intact link is the contrast), or the last cards before any edit.
  const firstIndex = sandbox.firstEdited === null ? sandbox.blocks.length - CARDS + 1 : sandbox.firstEdited - 1;
  const from = Math.max(1, firstIndex - 1);
  const shown = sandbox.blocks.slice(from, from + CARDS);
  const verdicts = new Map(sandbox.verdicts.map((v) => [v.index, v]));
  syncList(
    el.cards,
    shown,
    (b) => b.hash + String(b.index),
    tamperCard,
    (card, block) => {
      const verdict = verdicts.get(block.index) ?? { index: block.index, ok: true };
      card.classList.toggle('broken', !verdict.ok);
      card.classList.toggle('valid', verdict.ok);
      const text = card.querySelector('.verdict');
      if (text instanceof HTMLElement) setText(text, reason(verdict));
    },
  );
}

async function remine(node: FullNode, state: State, sandbox: Sandbox, redraw: () => void): Promise<void> {
  const from = sandbox.firstEdited;
  if (from === null) return;
  const controller = new AbortController();
  const started = performance.now();
  let tried = 0;
  const run: MiningRun = { index: from, tried: 0, controller };
  state.mining = run;
  for (let i = from - 1; i < sandbox.blocks.length && !controller.signal.aborted; i++) {
    const parent = sandbox.blocks[i - 1];
    const block = sandbox.blocks[i];
    if (!parent || !block) break;
    const template = relink(block, parent.hash);
    run.index = template.index;
    for (let start = 0; !controller.signal.aborted; start += SLICE) {
      const step = mineSlice(template, start, SLICE);
      tried += step.tried;
      run.tried = tried;
      if (step.block) {
        sandbox.blocks[i] = step.block;
        break;
      }
      redraw();
      // Yield to the page between slices: a macrotask, so input and painting get their turn.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
  const difficulty = sandbox.blocks[from - 1]?.difficulty ?? 0;
  state.mined = { blocks: sandbox.blocks.length - from + 1, tried, ms: performance.now() - started, difficulty };
  state.mining = null;
  sandbox.verdicts = evaluateSandbox(sandbox.blocks, from, node.params);
  redraw();
}

/** Shows the demo once its words (their own chunk) are loaded and filled in. */
export async function mountTamperView(node: FullNode, doc: Document): Promise<Unbind> {
  const el = elements(doc);
  await texts.load();
  texts.translate(el.section);
  el.section.hidden = false;
  const state: State = { sandbox: null, mining: null, mined: null, error: '' };
  let frame = 0;
  const redraw = () => {
    if (frame !== 0) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      render(node, state, el);
    });
  };
  const selectTransaction = () => {
    const tx = state.sandbox?.blocks[Number(el.block.value) - 1]?.transactions[Number(el.tx.value)];
    el.info.value = tx?.info ?? '';
    el.amount.value = String(tx?.amount ?? 0);
  };
  const unbinds = [
    bind(el.start, 'click', () => {
      state.mining?.controller.abort();
      const blocks = node.chain.mainChain();
      state.error = blocks.length < 2 ? texts.t('tamper.empty') : '';
      state.sandbox = blocks.length < 2 ? null : { blocks, firstEdited: null, verdicts: [] };
      state.mined = null;
      render(node, state, el);
      el.block.value = String(blocks.length);
      render(node, state, el);
      selectTransaction();
    }),
    bind(el.reset, 'click', () => {
      state.mining?.controller.abort();
      Object.assign(state, { sandbox: null, mining: null, mined: null, error: '' });
      redraw();
    }),
    bind(el.block, 'change', () => {
      render(node, state, el);
      selectTransaction();
    }),
    bind(el.tx, 'change', selectTransaction),
    bind<SubmitEvent>(el.form, 'submit', (event) => {
      event.preventDefault();
      const sandbox = state.sandbox;
      const index = Number(el.block.value);
      const block = sandbox?.blocks[index - 1];
      if (!sandbox || !block || state.mining) return;
      try {
        sandbox.blocks[index - 1] = editTransaction(block, Number(el.tx.value), {
          info: el.info.value,
          amount: Math.max(0, Math.floor(Number(el.amount.value) || 0)),
        });
        sandbox.firstEdited = Math.min(sandbox.firstEdited ?? index, index);
        sandbox.verdicts = evaluateSandbox(sandbox.blocks, sandbox.firstEdited, node.params);
        state.error = '';
        state.mined = null;
      } catch (error) {
        state.error = errorMessage(error);
      }
      redraw();
    }),
    bind(el.remine, 'click', () => {
      if (state.sandbox && !state.mining) void remine(node, state, state.sandbox, redraw);
      redraw();
    }),
    bind(el.cancel, 'click', () => state.mining?.controller.abort()),
    // The honest chain keeps growing: the comparison under a repaired copy follows it.
    node.subscribe((event) => event.type === 'block' && state.sandbox !== null && redraw()),
  ];
  render(node, state, el);
  return () => {
    state.mining?.controller.abort();
    cancelAnimationFrame(frame);
    for (const unbind of unbinds) unbind();
  };
}
