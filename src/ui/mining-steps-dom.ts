// Mining step by step, its elements: the controls, the candidate, the rows of tries and the tries-per-block table,
// built once by the view (src/ui/mining-steps-view.ts), which only fills and updates them.
import type { Block } from '../core/index.ts';
import { targetHex } from './block-anatomy-model.ts';
import { h, hashChip, shortHash } from './dom.ts';
import type { MiningStepsKey as TextKey } from './i18n/sections/mining-steps/en.ts';
import { miningStepsTexts as texts } from './i18n/sections/mining-steps/index.ts';
import {
  type Attempt,
  barShare,
  FULL_SPEED,
  MAX_LESSON_DIFFICULTY,
  SLOW_SPEEDS,
  type Speed,
  type TriesRecord,
} from './mining-steps-model.ts';

const SERIES_SIZES = [5, 10, 20, 50];
export const DEFAULT_SPEED: Speed = 5;

function select(id: string, options: ReadonlyArray<readonly [string, string]>, value: string): HTMLSelectElement {
  const element = h(
    'select',
    { id },
    ...options.map(([optionValue, text]) => h('option', { value: optionValue }, text)),
  );
  element.value = value;
  return element;
}

function table(caption: TextKey, columns: readonly TextKey[], body: HTMLElement): HTMLElement {
  const head = h('tr', {}, ...columns.map((key) => h('th', { scope: 'col' }, texts.t(key))));
  // A table wider than a phone scrolls on its own, so a keyboard must be able to focus it (WCAG 2.1.1).
  const region = { class: 'steps-table', tabindex: '0', role: 'region', 'aria-label': texts.t(caption) };
  return h('div', region, h('table', {}, h('caption', {}, texts.t(caption)), h('thead', {}, head), body));
}

export function build(section: HTMLElement) {
  const button = (id: string, key: TextKey) => h('button', { id, type: 'button' }, texts.t(key));
  const el = {
    difficulty: h('input', {
      id: 'steps-difficulty',
      type: 'number',
      min: '0',
      max: String(MAX_LESSON_DIFFICULTY),
      step: '1',
      inputmode: 'numeric',
      'aria-describedby': 'steps-difficulty-error steps-room',
    }),
    difficultyError: h('p', { id: 'steps-difficulty-error', class: 'field-error', hidden: '' }),
    room: h('p', { id: 'steps-room', class: 'hint' }),
    speed: select(
      'steps-speed',
      [
        ...SLOW_SPEEDS.map((speed) => [String(speed), texts.t('steps.speedTries', { speed })] as const),
        [FULL_SPEED, texts.t('steps.speedFull')],
      ],
      String(DEFAULT_SPEED),
    ),
    run: button('steps-run', 'steps.start'),
    step: button('steps-step', 'steps.step'),
    stop: button('steps-stop', 'steps.stop'),
    renew: button('steps-new', 'steps.newCandidate'),
    candidate: h('dl', { id: 'steps-candidate', class: 'steps-candidate' }),
    status: h('p', { id: 'steps-status', role: 'status' }),
    count: h('p', { id: 'steps-count', class: 'steps-count' }),
    tries: h('tbody', { id: 'steps-tries' }),
    found: h('div', { id: 'steps-found', class: 'steps-found', hidden: '' }),
    again: button('steps-again', 'steps.again'),
    againResult: h('p', { id: 'steps-again-result', role: 'status' }),
    seriesCount: select(
      'steps-series-count',
      SERIES_SIZES.map((size) => [String(size), String(size)] as const),
      '10',
    ),
    series: button('steps-series', 'steps.seriesMine'),
    seriesStatus: h('p', { id: 'steps-series-status', role: 'status' }),
    summary: h('ul', { id: 'steps-summary', class: 'steps-summary' }),
    records: h('tbody', { id: 'steps-records' }),
  };
  const label = (id: string, key: TextKey) => h('label', { for: id }, texts.t(key));
  el.found.append(h('h3', {}, texts.t('steps.foundTitle')), el.again, el.againResult);
  section.append(
    h('p', { class: 'hint' }, texts.t('steps.intro')),
    h(
      'div',
      { class: 'steps-controls' },
      label('steps-difficulty', 'steps.difficulty'),
      h('div', {}, el.difficulty, el.difficultyError, el.room),
      label('steps-speed', 'steps.speed'),
      el.speed,
      h('div', { class: 'steps-buttons' }, el.run, el.step, el.stop, el.renew),
    ),
    h('h3', {}, texts.t('steps.candidate')),
    el.candidate,
    el.status,
    el.count,
    table('steps.triesCaption', ['steps.nonce', 'steps.hash', 'steps.zeros', 'steps.verdict'], el.tries),
    el.found,
    h('h3', {}, texts.t('steps.seriesTitle')),
    h('p', { class: 'hint' }, texts.t('steps.seriesHint')),
    h('div', { class: 'steps-series' }, label('steps-series-count', 'steps.seriesCount'), el.seriesCount, el.series),
    el.seriesStatus,
    el.summary,
    table(
      'steps.recordsCaption',
      ['steps.block', 'steps.blockDifficulty', 'steps.blockTries', 'steps.blockBar'],
      el.records,
    ),
  );
  return el;
}

/** Hex digits per line a hash may break into: four lines of sixteen fit a phone's table, one line a desktop's. */
const HASH_GROUP = 16;

/** A try as a row: its hash with the whole zero hex digits highlighted (the part the target is about). */
export function tryRow(attempt: Attempt): HTMLTableRowElement {
  const zeroDigits = Math.floor(attempt.leadingZeroBits / 4);
  const hash = h('code', { class: 'steps-hash' });
  for (let start = 0; start < attempt.hash.length; start += HASH_GROUP) {
    const end = start + HASH_GROUP;
    const zerosEnd = Math.min(Math.max(zeroDigits, start), end);
    if (zerosEnd > start) hash.append(h('span', { class: 'steps-zero' }, attempt.hash.slice(start, zerosEnd)));
    hash.append(attempt.hash.slice(zerosEnd, end));
    if (end < attempt.hash.length) hash.append(h('wbr'));
  }
  const sign = attempt.belowTarget ? '≥' : '<';
  return h(
    'tr',
    { class: attempt.belowTarget ? 'steps-win' : '', 'data-nonce': String(attempt.nonce), 'data-hash': attempt.hash },
    h('td', { class: 'number' }, String(attempt.nonce)),
    h('td', {}, hash),
    h('td', { class: 'number' }, `${attempt.leadingZeroBits} ${sign} ${attempt.difficulty}`),
    h('td', {}, texts.t(attempt.belowTarget ? 'steps.yes' : 'steps.no')),
  );
}

/** A header in hex with the nonce's eight bytes marked: the only bytes a try changes. */
function headerCode(header: string): HTMLElement {
  const attributes = { id: 'steps-header', class: 'steps-header', 'data-header': header };
  return h('code', attributes, header.slice(0, -16), h('mark', {}, header.slice(-16)));
}

/** The candidate as label and value pairs, its header the latest try's (the nonce marked). */
export function candidatePairs(block: Block, header: string): HTMLElement[] {
  const pair = (key: TextKey, ...value: Array<Node | string>) => [h('dt', {}, texts.t(key)), h('dd', {}, ...value)];
  return [
    ...pair('steps.index', String(block.index)),
    ...pair('steps.parent', hashChip(block.previousHash), ' ', h('code', {}, shortHash(block.previousHash))),
    ...pair('steps.transactions', texts.t('steps.transactionsValue', { count: block.transactions.length })),
    ...pair('steps.target', h('code', {}, targetHex(block.difficulty))),
    ...pair('steps.header', headerCode(header)),
  ];
}

/** One mined block of the lesson: its tries as a number and as a bar against 2^difficulty. */
export function recordRow(record: TriesRecord, formatted: (n: number) => string): HTMLTableRowElement {
  const bar = h('span', { style: `width: ${(barShare(record.tries, record.difficulty) * 100).toFixed(1)}%` });
  const numbers = [String(record.block), String(record.difficulty), formatted(record.tries)];
  return h(
    'tr',
    {},
    ...numbers.map((text) => h('td', { class: 'number' }, text)),
    h('td', { class: 'steps-bar', 'aria-hidden': 'true' }, bar),
  );
}
