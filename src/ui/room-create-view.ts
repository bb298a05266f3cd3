// The new-room form: a teacher names a room and picks its difficulty rule (fixed, or a target time per block with
// retargeting), sees how long a block takes at this device's hash rate as the numbers change, and opens the room's
// link. Every room it makes is one the page's own parser accepts (room-create-model.ts).
import './room-create.css';
import { DEFAULT_PARAMS, DEFAULT_RETARGET, MAX_DIFFICULTY } from '../core/index.ts';
import type { FullNode } from '../node/index.ts';
import { bind, byId, h, setFieldError, setText, type Unbind } from './dom.ts';
import { language } from './i18n/index.ts';
import { roomCreateTexts as texts } from './i18n/sections/room-create/index.ts';
import {
  type DifficultyRule,
  type Duration,
  difficultyForInterval,
  durationOf,
  expectedBlockSeconds,
  expectedHashes,
  type FieldProblem,
  measureHashRate,
  type NetworkParser,
  type RoomField,
  type RoomForm,
  type RoomRules,
  roomLink,
  roomRules,
} from './room-create-model.ts';

/** The estimate's measurement: a few short slices, so the page keeps answering while it runs. */
const MEASURE_SLICES = 4;
const MEASURE_SLICE_MS = 50;

type HashRate = { readonly hashesPerSecond: number; readonly workers: number; readonly source: 'miner' | 'estimate' };

/** A label, its input, and the hints and error under it, which the input names as its description. */
function field(id: string, label: string | HTMLElement, input: HTMLInputElement, ...after: HTMLElement[]): HTMLElement {
  input.id = id;
  input.setAttribute('aria-describedby', after.map((element) => element.id).join(' '));
  return h('div', { class: 'room-create-field' }, h('label', { for: id }, label), input, ...after);
}

function numberInput(min: number, max: number, value: number): HTMLInputElement {
  const attributes = { type: 'number', min: String(min), max: String(max), step: '1', inputmode: 'numeric' };
  return Object.assign(h('input', { ...attributes, autocomplete: 'off' }), { value: String(value) });
}

function ruleChoice(rule: DifficultyRule, text: string): { label: HTMLElement; radio: HTMLInputElement } {
  const radio = h('input', { type: 'radio', name: 'room-create-rule', value: rule });
  return { radio, label: h('label', { class: 'check' }, radio, ' ', h('span', {}, text)) };
}

/** Builds the form inside the section's shell (index.html holds its heading only). */
function build(section: HTMLElement, rules: RoomRules) {
  const error = (id: string) => h('p', { id, class: 'field-error', hidden: '' });
  const hint = (id: string, text: string) => h('p', { id, class: 'hint' }, text);
  const name = h('input', { autocomplete: 'off', spellcheck: 'false', autocapitalize: 'off' });
  const difficulty = numberInput(0, MAX_DIFFICULTY, DEFAULT_PARAMS.difficulty);
  const seconds = numberInput(rules.seconds.min, rules.seconds.max, DEFAULT_RETARGET.targetBlockMs / 1000);
  const fixed = ruleChoice('fixed', texts.t('create.fixed'));
  const target = ruleChoice('target', texts.t('create.target'));
  fixed.radio.checked = true;
  const secondsError = error('room-create-seconds-error');
  const secondsHint = texts.t('create.secondsHint', { window: DEFAULT_RETARGET.windowBlocks });
  const secondsLabel = texts.t('create.seconds', rules.seconds);
  const el = {
    name,
    nameError: error('room-create-name-error'),
    fixed: fixed.radio,
    target: target.radio,
    difficulty,
    difficultyLabel: h('span', {}),
    difficultyError: error('room-create-difficulty-error'),
    seconds,
    secondsField: field(
      'room-create-seconds',
      secondsLabel,
      seconds,
      hint('room-create-seconds-hint', secondsHint),
      secondsError,
    ),
    secondsError,
    estimate: h('div', { class: 'room-create-estimate', 'aria-live': 'polite' }),
    expected: h('p', { id: 'room-create-expected', class: 'room-create-expected' }),
    suggest: h('p', { id: 'room-create-suggest', hidden: '' }),
    rate: h('p', { id: 'room-create-rate', class: 'hint' }),
    private: h('input', { type: 'checkbox', id: 'room-create-private' }),
    miners: h('textarea', {
      id: 'room-create-miners',
      rows: '3',
      spellcheck: 'false',
      autocapitalize: 'off',
      'aria-describedby': 'room-create-miners-hint room-create-miners-error',
    }),
    minersError: error('room-create-miners-error'),
    linkLine: h('p', { class: 'room-create-link-line', hidden: '' }),
    link: h('a', { id: 'room-create-link', href: './' }),
    status: h('p', { id: 'room-create-status', role: 'status' }),
    form: h('form', { id: 'room-create-form', novalidate: '' }),
  };
  const nameField = field(
    'room-create-name',
    texts.t('create.name'),
    name,
    hint('room-create-name-hint', texts.t('create.nameHint')),
    el.nameError,
  );
  const difficultyField = field('room-create-difficulty', el.difficultyLabel, difficulty, el.difficultyError);
  const rule = h(
    'fieldset',
    { class: 'room-create-rule' },
    h('legend', {}, texts.t('create.rule')),
    fixed.label,
    target.label,
    difficultyField,
    el.secondsField,
  );
  // A private room: the genesis commits to the keys allowed to mine (this node's first); everyone else is a user.
  const minersField = h(
    'div',
    { class: 'room-create-field', id: 'room-create-miners-field' },
    h('label', { for: 'room-create-miners' }, texts.t('create.miners')),
    el.miners,
    hint('room-create-miners-hint', texts.t('create.minersHint')),
    el.minersError,
  );
  const access = h(
    'fieldset',
    { id: 'room-create-access', class: 'room-create-access' },
    h('legend', {}, texts.t('create.access')),
    h('label', { class: 'check' }, el.private, ' ', h('span', {}, texts.t('create.private'))),
    minersField,
  );
  el.estimate.append(el.expected, el.suggest);
  el.linkLine.append(texts.t('create.link'), ' ', el.link);
  el.form.append(
    nameField,
    rule,
    access,
    el.estimate,
    el.rate,
    el.linkLine,
    h('button', { type: 'submit' }, texts.t('create.submit')),
    el.status,
  );
  section.append(h('p', { class: 'hint' }, texts.t('create.intro')), el.form);
  return el;
}
type Elements = ReturnType<typeof build>;

function formOf(el: Elements): RoomForm {
  return {
    name: el.name.value,
    rule: el.target.checked ? 'target' : 'fixed',
    difficulty: el.difficulty.value,
    seconds: el.seconds.value,
    miners: el.private.checked ? el.miners.value : '',
  };
}

function durationText(duration: Duration): string {
  if (duration.unit === 'instant') return texts.t('create.instant');
  const format = { style: 'unit', unit: duration.unit, unitDisplay: 'long', maximumSignificantDigits: 2 } as const;
  return new Intl.NumberFormat(language(), format).format(duration.value);
}

function megahashes(rate: HashRate): string {
  return new Intl.NumberFormat(language(), { maximumFractionDigits: 2 }).format(rate.hashesPerSecond / 1e6);
}

function problemText(problem: FieldProblem): string {
  switch (problem.field) {
    case 'name':
      return texts.t(problem.reason === 'empty' ? 'create.nameEmpty' : 'create.nameInvalid');
    case 'difficulty':
      return texts.t('create.difficultyInvalid', { max: problem.max });
    case 'seconds':
      return texts.t('create.targetInvalid', { min: problem.min, max: problem.max });
    case 'miners':
      return texts.t('create.minersInvalid', { value: problem.value, max: problem.max });
  }
}

function renderEstimate(el: Elements, rules: RoomRules, form: RoomForm, rate: HashRate | null): void {
  const difficulty = rules.difficultyOf(form.difficulty);
  const seconds = form.rule === 'target' ? rules.secondsOf(form.seconds) : null;
  el.expected.hidden = difficulty === null;
  el.suggest.hidden = rate === null || seconds === null;
  // Nothing to estimate from until a difficulty is valid: the field's own error says why.
  el.estimate.hidden = el.expected.hidden && el.suggest.hidden;
  if (rate === null) {
    setText(el.expected, texts.t('create.expectedUnknown'));
    setText(el.rate, '');
    return;
  }
  const values = { rate: megahashes(rate), workers: rate.workers };
  setText(el.rate, texts.t(rate.source === 'miner' ? 'create.rateMiner' : 'create.rateEstimate', values));
  el.rate.dataset.hashRate = String(rate.hashesPerSecond);
  if (difficulty !== null) {
    const time = durationText(durationOf(expectedBlockSeconds(difficulty, rate.hashesPerSecond)));
    const hashes = new Intl.NumberFormat(language()).format(expectedHashes(difficulty));
    setText(el.expected, texts.t('create.expected', { time, hashes, difficulty }));
  }
  if (seconds !== null) {
    const suggested = difficultyForInterval(rate.hashesPerSecond, seconds);
    setText(el.suggest, texts.t('create.suggest', { seconds, difficulty: suggested }));
  }
}

type FieldInput = HTMLInputElement | HTMLTextAreaElement;
const ERROR_OF: Readonly<Record<RoomField, (el: Elements) => [HTMLElement, FieldInput]>> = {
  name: (el) => [el.nameError, el.name],
  difficulty: (el) => [el.difficultyError, el.difficulty],
  seconds: (el) => [el.secondsError, el.seconds],
  miners: (el) => [el.minersError, el.miners],
};

/** Shows the plan's refusals next to the fields already touched; the rest wait until a submit touches them. */
function renderPlan(el: Elements, rules: RoomRules, touched: ReadonlySet<RoomField>, pageUrl: string): boolean {
  const form = formOf(el);
  const plan = rules.plan(form);
  const problems = plan.ok ? [] : plan.problems;
  for (const [fieldName, errorOf] of Object.entries(ERROR_OF) as Array<[RoomField, (typeof ERROR_OF)['name']]>) {
    const [message, input] = errorOf(el);
    const problem = problems.find((candidate) => candidate.field === fieldName);
    const shown =
      problem !== undefined && touched.has(fieldName) && (fieldName !== 'seconds' || form.rule === 'target');
    setFieldError(message, input, shown ? problemText(problem) : '');
  }
  el.linkLine.hidden = !plan.ok;
  if (plan.ok) {
    const link = roomLink(pageUrl, plan.search);
    el.link.href = link;
    setText(el.link, link);
  }
  return plan.ok;
}

function renderRule(el: Elements): void {
  el.miners.disabled = !el.private.checked;
  const minersField = el.miners.parentElement;
  if (minersField) minersField.hidden = !el.private.checked;
  const target = el.target.checked;
  el.secondsField.hidden = !target;
  el.seconds.disabled = !target;
  setText(
    el.difficultyLabel,
    texts.t(target ? 'create.startDifficulty' : 'create.difficulty', { max: MAX_DIFFICULTY }),
  );
}

/** The page's JavaScript kernel for a moment, a slice at a time, times the node's workers. */
async function estimateHashRate(workers: number): Promise<HashRate> {
  let perThread = 0;
  for (let slice = 0; slice < MEASURE_SLICES; slice++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    perThread += measureHashRate(() => performance.now(), MEASURE_SLICE_MS) / MEASURE_SLICES;
  }
  return { hashesPerSecond: perThread * workers, workers, source: 'estimate' };
}

/**
 * Shows the form once its words (their own chunk) are loaded. `parse` is the page's URL parser (room.ts
 * parseNetwork), handed over rather than imported: importing it here made the bundler move the core and the i18n
 * modules out of the page's chunk into shared ones, 2 kB gzip more on a first visit.
 */
export async function mountRoomCreateView(node: FullNode, doc: Document, parse: NetworkParser): Promise<Unbind> {
  const section = byId(doc, 'room-create', HTMLElement);
  const headerLink = byId(doc, 'room-new-link', HTMLAnchorElement);
  await texts.load();
  texts.translate(section);
  const rules = roomRules(parse);
  const el = build(section, rules);
  // The teacher's own key is the first miner. A node's key belongs to its room's name, so a private room takes this
  // room's name: the keys students copied here are the ones that mine there.
  el.miners.value = node.snapshot().publicKey;
  const keepRoomName = () => {
    if (el.private.checked) el.name.value = node.snapshot().network;
    el.name.readOnly = el.private.checked;
  };
  const pageUrl = () => doc.defaultView?.location.href ?? doc.URL;
  const touched = new Set<RoomField>();
  const progress = node.snapshot().mining.progress;
  let rate: HashRate | null =
    progress === null ? null : { hashesPerSecond: progress.hashRate, workers: progress.workers, source: 'miner' };
  const render = () => {
    renderRule(el);
    renderEstimate(el, rules, formOf(el), rate);
    return renderPlan(el, rules, touched, pageUrl());
  };
  render();
  section.hidden = false;
  headerLink.hidden = false;

  const unbinds = [
    node.subscribe((event) => {
      if (event.type !== 'mining-progress' || event.progress.hashRate <= 0) return;
      rate = { hashesPerSecond: event.progress.hashRate, workers: event.progress.workers, source: 'miner' };
      renderEstimate(el, rules, formOf(el), rate);
    }),
    bind(el.private, 'change', keepRoomName),
    bind(el.form, 'input', (event) => {
      const fieldName = (Object.keys(ERROR_OF) as RoomField[]).find((key) => ERROR_OF[key](el)[1] === event.target);
      if (fieldName !== undefined) touched.add(fieldName);
      setText(el.status, '');
      render();
    }),
    bind(el.form, 'submit', (event) => {
      event.preventDefault();
      for (const fieldName of Object.keys(ERROR_OF) as RoomField[]) touched.add(fieldName);
      if (render()) {
        doc.defaultView?.location.assign(el.link.href);
        return;
      }
      setText(el.status, texts.t('create.fix'));
      el.form.querySelector<FieldInput>('[aria-invalid="true"]')?.focus();
    }),
  ];
  if (rate === null) {
    const estimated = await estimateHashRate(node.snapshot().mining.workers);
    // The miner may have reported while the estimate ran: its own rate is the better figure.
    if (rate === null) {
      rate = estimated;
      renderEstimate(el, rules, formOf(el), rate);
    }
  }
  return () => {
    for (const unbind of unbinds) unbind();
    section.hidden = true;
    headerLink.hidden = true;
  };
}
