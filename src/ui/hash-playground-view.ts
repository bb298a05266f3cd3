// The hash playground: a text's SHA-256 recomputed on every keystroke, the hex characters that changed since the
// previous keystroke marked (the avalanche effect), and the first bits with their leading zeros judged against a
// difficulty the student picks, by the same rule the chain applies to block hashes.
import { bind, byId, h, setFieldError, setText, type Unbind } from './dom.ts';
import { type HashReading, parseDifficulty, readHash } from './hash-playground-model.ts';
import { hashPlaygroundTexts as texts } from './i18n/sections/hash-playground/index.ts';

/** Bits drawn: enough for every difficulty the playground offers. */
const SHOWN_BITS = 32;

function elements(doc: Document) {
  const $ = <T extends HTMLElement>(id: string, type: new () => T) => byId(doc, id, type);
  return {
    section: $('hash-playground', HTMLElement),
    input: $('hash-input', HTMLTextAreaElement),
    hex: $('hash-hex', HTMLElement),
    changed: $('hash-changed', HTMLElement),
    difficulty: $('hash-difficulty', HTMLInputElement),
    difficultyError: $('hash-difficulty-error', HTMLElement),
    bits: $('hash-bits', HTMLElement),
    required: $('hash-required', HTMLElement),
    verdict: $('hash-verdict', HTMLElement),
  };
}
type Elements = ReturnType<typeof elements>;

/** Hex characters per group: eight groups wrap cleanly on a phone, and the text copied stays one unbroken hash. */
const HEX_GROUP = 8;

/** The hex in groups of eight, each changed character in a <mark>, runs of unchanged ones as plain text. */
function markedHex(reading: HashReading): HTMLElement[] {
  const changed = new Set(reading.changed);
  const groups: HTMLElement[] = [];
  for (let start = 0; start < reading.hex.length; start += HEX_GROUP) {
    const group = h('span', { class: 'hash-hex-group' });
    let plain = '';
    for (let i = start; i < start + HEX_GROUP; i++) {
      const digit = reading.hex[i] ?? '';
      if (!changed.has(i)) {
        plain += digit;
        continue;
      }
      if (plain !== '') group.append(plain);
      plain = '';
      group.append(h('mark', { class: 'hash-changed' }, digit));
    }
    if (plain !== '') group.append(plain);
    groups.push(group);
  }
  return groups;
}

/** The first bits in groups of four, one group per hex character: leading zeros highlighted, and the first
 * `difficulty` bits (the ones the rule needs to be zero) lined above. */
function bitGroups(reading: HashReading): Array<Node | string> {
  const styleOf = (bit: number) =>
    [bit < reading.leadingZeroBits ? 'hash-zero' : '', bit < reading.difficulty ? 'hash-required' : '']
      .filter((name) => name !== '')
      .join(' ');
  const nodes: Array<Node | string> = [];
  for (let start = 0; start < SHOWN_BITS; start += 4) {
    const group = h('span', { class: 'hash-bit-group' });
    let run = '';
    let runStyle = styleOf(start);
    const flush = () => {
      if (run !== '') group.append(runStyle === '' ? run : h('span', { class: runStyle }, run));
      run = '';
    };
    for (let bit = start; bit < start + 4; bit++) {
      if (styleOf(bit) !== runStyle) {
        flush();
        runStyle = styleOf(bit);
      }
      run += reading.bits[bit] ?? '';
    }
    flush();
    nodes.push(group);
    if (start + 4 < SHOWN_BITS) nodes.push(' ');
  }
  return nodes;
}

function verdictText(reading: HashReading): string {
  const values = { zeros: reading.leadingZeroBits, difficulty: reading.difficulty };
  return reading.meetsDifficulty ? texts.t('hash.meets', values) : texts.t('hash.fails', values);
}

function render(el: Elements, reading: HashReading): void {
  el.hex.replaceChildren(...markedHex(reading));
  el.hex.dataset.hex = reading.hex;
  setText(el.changed, texts.t('hash.changed', { changed: reading.changed.length }));
  renderBits(el, reading);
}

function renderBits(el: Elements, reading: HashReading): void {
  el.bits.replaceChildren(...bitGroups(reading));
  setText(el.required, texts.t('hash.required', { difficulty: reading.difficulty }));
  setText(el.verdict, verdictText(reading));
}

/** Shows the playground once its words (their own chunk) are loaded and filled in. */
export async function mountHashPlaygroundView(doc: Document): Promise<Unbind> {
  const el = elements(doc);
  await texts.load();
  texts.translate(el.section);
  el.section.hidden = false;
  let previousHex: string | null = null;
  let difficulty = parseDifficulty(el.difficulty.value) ?? 0;

  const update = (compareWithPrevious: boolean) => {
    const reading = readHash(el.input.value, compareWithPrevious ? previousHex : null, difficulty);
    previousHex = reading.hex;
    render(el, reading);
  };
  const onDifficulty = () => {
    const chosen = parseDifficulty(el.difficulty.value);
    // A bad value keeps the last good difficulty and says what is accepted; nothing the student typed is lost.
    setFieldError(el.difficultyError, el.difficulty, chosen === null ? texts.t('hash.difficultyInvalid') : '');
    if (chosen === null) return;
    difficulty = chosen;
    // Same text, same hash: keep the marks of the last keystroke rather than clearing them.
    const reading = readHash(el.input.value, null, difficulty);
    renderBits(el, reading);
  };

  update(false);
  const unbinds = [bind(el.input, 'input', () => update(true)), bind(el.difficulty, 'input', onDifficulty)];
  return () => {
    for (const unbind of unbinds) unbind();
    el.section.hidden = true;
  };
}
