// Block anatomy: one block of the main chain taken apart. Its header field by field, the 92 bytes the core encoded
// (each field in its colour and number), the hash and the target with their leading zeros, the Merkle tree from
// the transactions up to the header's root with one transaction's path marked, and the block's JSON. Chain cards
// open it on their block through a link carrying `data-anatomy-block` (cards.ts); it follows the tip as it grows.
import './block-anatomy.css';
import { type Block, blockToJson } from '../core/index.ts';
import type { FullNode } from '../node/index.ts';
import {
  type HeaderPart,
  headerParts,
  merkleDrawing,
  parseHeight,
  readZeros,
  shownBits,
  targetHex,
  type ZeroReading,
} from './block-anatomy-model.ts';
import { drawTree, markPath } from './block-anatomy-tree.ts';
import { BURST_REDRAW_MS, bind, byId, h, redrawScheduler, setFieldError, setText, type Unbind } from './dom.ts';
import { blockAnatomyTexts as texts } from './i18n/sections/block-anatomy/index.ts';

/** The attribute of the chain cards' links (cards.ts writes it as a literal, so the page's chunk stays small). */
const OPEN_ATTRIBUTE = 'data-anatomy-block';

function heading(key: Parameters<typeof texts.t>[0]): HTMLElement {
  return h('h3', { 'data-i18n': key });
}

/** The view's elements, built here: index.html holds only the section and its title. */
function build(section: HTMLElement) {
  const el = {
    section,
    form: h('form', { class: 'anatomy-picker', novalidate: '' }),
    heightLabel: h('label', { for: 'anatomy-height' }),
    height: h('input', {
      id: 'anatomy-height',
      type: 'number',
      min: '1',
      step: '1',
      inputmode: 'numeric',
      autocomplete: 'off',
      'aria-describedby': 'anatomy-height-error',
    }),
    newest: h('button', { type: 'button', 'data-i18n': 'anatomy.newest' }),
    heightError: h('p', { id: 'anatomy-height-error', class: 'field-error', hidden: '' }),
    status: h('p', { id: 'anatomy-status', role: 'status' }),
    fields: h('ol', { id: 'anatomy-fields', class: 'anatomy-fields' }),
    legend: h('ul', { id: 'anatomy-legend', class: 'anatomy-legend', 'data-i18n-label': 'anatomy.legend' }),
    bytes: h('p', { id: 'anatomy-bytes', class: 'anatomy-bytes' }),
    hash: h('code', { id: 'anatomy-hash', class: 'anatomy-hex' }),
    hashBitsCaption: h('p', { class: 'anatomy-caption' }),
    hashBits: h('code', { id: 'anatomy-hash-bits', class: 'anatomy-bits' }),
    hashZeros: h('p', { id: 'anatomy-hash-zeros' }),
    targetCaption: h('p', { class: 'anatomy-caption' }),
    target: h('code', { id: 'anatomy-target', class: 'anatomy-hex' }),
    targetBitsCaption: h('p', { class: 'anatomy-caption' }),
    targetBits: h('code', { id: 'anatomy-target-bits', class: 'anatomy-bits' }),
    targetZeros: h('p', { id: 'anatomy-target-zeros' }),
    tree: h('div', { id: 'anatomy-tree', class: 'anatomy-tree scroll-region', tabindex: '0', role: 'group' }),
    pathTitle: h('h4', { id: 'anatomy-path-title' }),
    path: h('ol', { id: 'anatomy-path', class: 'anatomy-path', 'aria-labelledby': 'anatomy-path-title' }),
    pathRoot: h('p', { id: 'anatomy-path-root' }),
    json: h('pre', { id: 'anatomy-json', class: 'anatomy-json scroll-region', tabindex: '0' }),
  };
  el.form.append(
    el.heightLabel,
    h(
      'span',
      { class: 'anatomy-picker-row' },
      el.height,
      h('button', { type: 'submit', 'data-i18n': 'anatomy.show' }),
      el.newest,
    ),
    el.heightError,
  );
  const hashCaption = h('p', { class: 'anatomy-caption', 'data-i18n': 'anatomy.hash' });
  section.append(
    h('p', { class: 'hint', 'data-i18n': 'anatomy.intro' }),
    el.form,
    el.status,
    heading('anatomy.fieldsTitle'),
    el.fields,
    heading('anatomy.bytesTitle'),
    h('p', { class: 'hint', 'data-i18n': 'anatomy.bytesHint' }),
    el.legend,
    el.bytes,
    heading('anatomy.powTitle'),
    hashCaption,
    h('p', {}, el.hash),
    el.hashBitsCaption,
    h('p', {}, el.hashBits),
    el.hashZeros,
    el.targetCaption,
    h('p', {}, el.target),
    el.targetBitsCaption,
    h('p', {}, el.targetBits),
    el.targetZeros,
    heading('anatomy.merkleTitle'),
    h('p', { class: 'hint', 'data-i18n': 'anatomy.merkleHint' }),
    el.tree,
    el.pathTitle,
    el.path,
    el.pathRoot,
    heading('anatomy.jsonTitle'),
    el.json,
  );
  return el;
}
type Elements = ReturnType<typeof build>;

function badge(part: Pick<HeaderPart, 'number'>): HTMLElement {
  return h('span', { class: 'anatomy-badge', 'aria-hidden': 'true' }, String(part.number));
}

function fieldName(part: HeaderPart): string {
  return texts.t(`anatomy.field.${part.name}`);
}

function shownValue(part: HeaderPart): string {
  if (part.name !== 'timestamp') return part.value;
  return `${part.value} (${new Date(Number(part.value)).toLocaleString()})`;
}

function renderFields(el: Elements, parts: readonly HeaderPart[]): void {
  el.fields.replaceChildren(
    ...parts.map((part) =>
      h(
        'li',
        { class: `anatomy-field field-${part.number}`, 'data-field': part.name },
        h(
          'span',
          { class: 'anatomy-field-head' },
          badge(part),
          h('strong', {}, fieldName(part)),
          h(
            'span',
            { class: 'anatomy-field-at' },
            texts.t('anatomy.bytesAt', { from: part.offset, to: part.offset + part.size - 1 }),
          ),
        ),
        h('code', { class: 'anatomy-field-value' }, shownValue(part)),
        h('span', { class: 'anatomy-field-explain' }, texts.t(`anatomy.explain.${part.name}`)),
      ),
    ),
  );
  el.legend.replaceChildren(
    ...parts.map((part) => h('li', { class: `field-${part.number}` }, badge(part), fieldName(part))),
  );
  // Each field's bytes as one group in its colour, opened by its number and (for screen readers) its name.
  el.bytes.replaceChildren(
    ...parts.flatMap((part) => [
      h(
        'span',
        { class: `anatomy-byte-group field-${part.number}`, 'data-field': part.name, title: fieldName(part) },
        badge(part),
        h('span', { class: 'visually-hidden' }, `${fieldName(part)}:`),
        ...part.bytes.flatMap((byte) => [' ', h('span', { class: 'anatomy-byte' }, byte)]),
      ),
      ' ',
    ]),
  );
}

/** Hex with its whole leading zero digits in a <mark>. */
function markedHex(target: HTMLElement, reading: ZeroReading): void {
  const zeros = reading.hex.slice(0, reading.zeroDigits);
  target.replaceChildren(
    ...(zeros === '' ? [] : [h('mark', { class: 'anatomy-zero' }, zeros)]),
    reading.hex.slice(zeros.length),
  );
}

/** The first `count` bits in groups of four (one per hex digit), the leading zero bits in a <mark>. */
function markedBits(target: HTMLElement, reading: ZeroReading, count: number): void {
  const groups: Array<Node | string> = [];
  for (let start = 0; start < count; start += 4) {
    const group = h('span', { class: 'anatomy-bit-group' });
    const zeros = Math.max(0, Math.min(4, reading.zeroBits - start));
    if (zeros > 0) group.append(h('mark', { class: 'anatomy-zero' }, reading.bits.slice(start, start + zeros)));
    group.append(reading.bits.slice(start + zeros, start + 4));
    groups.push(group, start + 4 < count ? ' ' : '');
  }
  target.replaceChildren(...groups);
}

function renderWork(el: Elements, block: Block): void {
  const hash = readZeros(block.hash);
  const target = readZeros(targetHex(block.difficulty));
  const count = shownBits(Math.max(hash.zeroBits, target.zeroBits));
  markedHex(el.hash, hash);
  el.hash.dataset.hash = block.hash;
  markedBits(el.hashBits, hash, count);
  setText(el.hashBitsCaption, texts.t('anatomy.bits', { count }));
  setText(el.hashZeros, texts.t('anatomy.hashZeros', { zeros: hash.zeroBits, difficulty: block.difficulty }));
  setText(el.targetCaption, texts.t('anatomy.target', { difficulty: block.difficulty }));
  markedHex(el.target, target);
  markedBits(el.targetBits, target, count);
  setText(el.targetBitsCaption, texts.t('anatomy.bits', { count }));
  setText(el.targetZeros, texts.t('anatomy.targetZeros', { difficulty: block.difficulty }));
}

type State = { block: Block | null; following: boolean; selected: number | null };

function renderBlock(el: Elements, state: State, block: Block): void {
  const sameBlock = state.block?.hash === block.hash;
  state.block = block;
  if (!sameBlock) state.selected = null;
  el.section.dataset.index = String(block.index);
  el.section.dataset.hash = block.hash;
  renderFields(el, headerParts(block));
  renderWork(el, block);
  const drawing = merkleDrawing(block, state.selected);
  if (!sameBlock) drawTree(el, block, drawing);
  markPath(el, block, drawing);
  setText(el.json, JSON.stringify(blockToJson(block), null, 2));
}

/**
 * Shows block anatomy once its words (their own chunk) are loaded and filled in; on the block of `opener()`, the
 * chain card's link clicked before this view's code had arrived, if one was.
 */
export async function mountBlockAnatomyView(
  node: FullNode,
  doc: Document,
  opener: () => Element | null = () => null,
): Promise<Unbind> {
  const section = byId(doc, 'block-anatomy', HTMLElement);
  await texts.load();
  const el = build(section);
  texts.translate(section);
  const state: State = { block: null, following: true, selected: null };

  const show = (height: number) => {
    const block = node.chain.blockAt(height);
    if (block) renderBlock(el, state, block);
  };
  /** The picker's limit and the status follow the tip; the block shown too while it is the newest one wanted. */
  const refresh = () => {
    const tip = node.chain.height;
    el.height.max = String(tip);
    setText(el.heightLabel, texts.t('anatomy.height', { tip }));
    const height = state.following || state.block === null ? tip : Math.min(state.block.index, tip);
    const shown = node.chain.blockAt(height);
    // A reorg may put another block at the height shown: show the main chain's.
    if (shown && shown.hash !== state.block?.hash) renderBlock(el, state, shown);
    if (state.block === null) return;
    if (doc.activeElement !== el.height) el.height.value = String(state.block.index);
    setText(
      el.status,
      state.following
        ? texts.t('anatomy.showingTip', { index: state.block.index })
        : texts.t('anatomy.showing', { index: state.block.index, tip }),
    );
  };
  const pick = (text: string) => {
    const tip = node.chain.height;
    const choice = parseHeight(text, tip);
    // A bad height keeps the block shown and the text typed, and says what is accepted.
    setFieldError(el.heightError, el.height, choice.ok ? '' : texts.t('anatomy.heightInvalid', { tip }));
    if (!choice.ok) return;
    state.following = false;
    show(choice.height);
    refresh();
  };
  const blocksArrived = redrawScheduler(refresh, BURST_REDRAW_MS, section);
  const unbinds = [
    bind(el.form, 'submit', (event) => {
      event.preventDefault();
      pick(el.height.value);
    }),
    bind(el.newest, 'click', () => {
      setFieldError(el.heightError, el.height, '');
      state.following = true;
      el.height.value = String(node.chain.height);
      refresh();
    }),
    bind(el.tree, 'click', (event) => {
      const button = event.target instanceof Element ? event.target.closest<HTMLElement>('.anatomy-tx') : null;
      if (button === null || state.block === null) return;
      state.selected = Number(button.dataset.tx);
      markPath(el, state.block, merkleDrawing(state.block, state.selected));
    }),
    // A chain card's link: its href scrolls here, this shows its block.
    bind(doc, 'click', (event) => {
      const link = event.target instanceof Element ? event.target.closest<HTMLElement>(`[${OPEN_ATTRIBUTE}]`) : null;
      if (link === null) return;
      el.height.value = link.getAttribute(OPEN_ATTRIBUTE) ?? '';
      pick(el.height.value);
    }),
    node.subscribe((event) => {
      if (event.type === 'block') blocksArrived.schedule();
    }),
    blocksArrived.cancel,
  ];
  refresh();
  const asked = opener()?.getAttribute(OPEN_ATTRIBUTE);
  if (asked) {
    el.height.value = asked;
    pick(asked);
  }
  section.hidden = false;
  return () => {
    for (const unbind of unbinds) unbind();
    section.hidden = true;
  };
}
