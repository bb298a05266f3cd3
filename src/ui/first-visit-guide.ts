// The first-visit guide (issue 15): three short steps (what a node is, mine a block, send a record) in a card under
// the node's Mine/Send buttons, shown once the node is up. It takes no focus and covers nothing, so it never stands
// between a student (or a test) and a control; finishing or skipping it is remembered on the device.
import type { FullNode, FullNodeEvent } from '../node/index.ts';
import { loadSetting, saveSetting } from './display-settings.ts';
import { bind, byId, h, setText, type Unbind } from './dom.ts';
import { t } from './i18n/index.ts';
import type { GuideKey } from './i18n/sections/first-visit-guide/en.ts';
import { guideTexts as texts } from './i18n/sections/first-visit-guide/index.ts';

/** Set once the guide was finished or skipped: it never shows again on this device. */
export const GUIDE_DONE_KEY = 'ui.guide.done';

const STEPS = [
  { title: 'guide.node.title', text: 'guide.node.text', target: null },
  { title: 'guide.mine.title', text: 'guide.mine.text', target: 'mine-once' },
  { title: 'guide.send.title', text: 'guide.send.text', target: 'send-jump' },
] as const satisfies readonly { title: GuideKey; text: GuideKey; target: string | null }[];
export const STEP_COUNT = STEPS.length;
const MINE_STEP = 1;
const SEND_STEP = 2;

/** Where the guide is: a step (0-based), or closed for good. */
export type GuideState = { readonly step: number; readonly closed: boolean };
/** What moves it: the user's buttons, or the node doing what the current step asks. */
export type GuideAction = 'next' | 'back' | 'skip' | 'mined' | 'sent';

/** Whether this visit shows the guide: not once done or skipped here, and never with `?guide=off` (tests, projector). */
export function guideWanted(search: string, done: string | null): boolean {
  return done === null && new URLSearchParams(search).get('guide') !== 'off';
}

/** A step completes by itself only while it is the one shown: mining during step 1 does not skip what a node is. */
export function nextGuideState(state: GuideState, action: GuideAction): GuideState {
  if (state.closed) return state;
  const last = STEP_COUNT - 1;
  switch (action) {
    case 'next':
      return state.step === last ? { step: state.step, closed: true } : { step: state.step + 1, closed: false };
    case 'back':
      return { step: Math.max(0, state.step - 1), closed: false };
    case 'skip':
      return { step: state.step, closed: true };
    case 'mined':
      return state.step === MINE_STEP ? { step: SEND_STEP, closed: false } : state;
    case 'sent':
      return state.step === SEND_STEP ? { step: state.step, closed: true } : state;
  }
}

/** The node's events that complete a step: a block this node mined, a transaction this node made. */
function actionOf(event: FullNodeEvent): GuideAction | null {
  if (event.type === 'block' && event.source === 'local' && event.status === 'main') return 'mined';
  if (event.type === 'transaction' && event.source === 'local') return 'sent';
  return null;
}

function card(doc: Document) {
  const title = h('h3', { id: 'guide-title' });
  const progress = h('p', { class: 'guide-progress' });
  const heading = h('h4', { class: 'guide-step-title' });
  const text = h('p', { class: 'guide-text' });
  const back = h('button', { type: 'button', id: 'guide-back' });
  const next = h('button', { type: 'button', id: 'guide-next' });
  const skip = h('button', { type: 'button', id: 'guide-skip' });
  // The step's words are announced as they change: the mining step completes without any button pressed.
  const step = h('div', { 'aria-live': 'polite' }, progress, heading, text);
  const section = h(
    'section',
    { id: 'guide', class: 'guide', role: 'region', 'aria-labelledby': 'guide-title' },
    title,
    step,
    h('div', { class: 'controls' }, back, next, skip),
  );
  setText(title, texts.t('guide.title'));
  setText(back, texts.t('guide.back'));
  setText(skip, texts.t('guide.skip'));
  // Right under the Mine/Send buttons it points at: a phone's first screen keeps both above the card.
  byId(doc, 'mining-error', HTMLElement).after(section);
  return { section, progress, heading, text, back, next, skip };
}

/** Shows the guide on a first visit; returns what removes it (or nothing to do when it is not wanted). */
export async function mountFirstVisitGuide(node: FullNode, doc: Document): Promise<Unbind> {
  // The guide's state on the node panel: it arrives in a chunk of its own, so a test waits for this to know it settled.
  const panel = byId(doc, 'node', HTMLElement);
  if (!guideWanted(doc.location.search, loadSetting(GUIDE_DONE_KEY))) {
    panel.dataset.guide = 'off';
    return () => {};
  }
  await texts.load();
  panel.dataset.guide = 'open';
  const el = card(doc);
  let state: GuideState = { step: 0, closed: false };
  const targets = STEPS.flatMap((s) => (s.target === null ? [] : [byId(doc, s.target, HTMLElement)]));
  const unbinds: Unbind[] = [];
  const close = () => {
    for (const unbind of unbinds) unbind();
    for (const target of targets) target.classList.remove('guide-target');
    // A keyboard user whose focus was in the card lands on the first action rather than on the page's top.
    const hadFocus = el.section.contains(doc.activeElement);
    el.section.remove();
    panel.dataset.guide = 'closed';
    if (hadFocus) byId(doc, 'mine-once', HTMLElement).focus();
  };
  const render = () => {
    const step = STEPS[state.step] ?? STEPS[0];
    setText(el.progress, texts.t('guide.progress', { step: state.step + 1, total: STEP_COUNT }));
    setText(el.heading, texts.t(step.title));
    setText(el.text, texts.t(step.text, { mine: t('node.mineOnce'), send: t('node.send') }));
    el.back.hidden = state.step === 0;
    setText(el.next, texts.t(state.step === STEP_COUNT - 1 ? 'guide.done' : 'guide.next'));
    for (const target of targets) target.classList.toggle('guide-target', target.id === step.target);
  };
  const act = (action: GuideAction) => {
    state = nextGuideState(state, action);
    if (!state.closed) return render();
    saveSetting(GUIDE_DONE_KEY, action === 'skip' ? 'skipped' : 'done');
    close();
  };
  unbinds.push(
    bind(el.next, 'click', () => act('next')),
    bind(el.back, 'click', () => act('back')),
    bind(el.skip, 'click', () => act('skip')),
    bind<KeyboardEvent>(el.section, 'keydown', (event) => event.key === 'Escape' && act('skip')),
    node.subscribe((event) => {
      const action = actionOf(event);
      if (action) act(action);
    }),
  );
  render();
  return close;
}
