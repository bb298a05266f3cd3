// The page's language: chosen once at start (?lang=, then the saved choice, then the browser's), then every text
// comes from that language's table through `t`. Each table is its own chunk, loaded at start: a page carries the
// words of one language only (scripts/check-size.mjs counts the largest).
import type { MessageKey, Messages } from './en.ts';

export type { MessageKey } from './en.ts';

const TABLES = {
  en: () => import('./en.ts').then((module) => module.en),
  ru: () => import('./ru.ts').then((module) => module.ru),
  es: () => import('./es.ts').then((module) => module.es),
  pt: () => import('./pt.ts').then((module) => module.pt),
  fr: () => import('./fr.ts').then((module) => module.fr),
  de: () => import('./de.ts').then((module) => module.de),
  zh: () => import('./zh.ts').then((module) => module.zh),
  uk: () => import('./uk.ts').then((module) => module.uk),
} as const satisfies Record<string, () => Promise<Messages>>;
export type Language = keyof typeof TABLES;

/** Each language in its own name, as the language menu (index.html) lists it. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  ru: 'Русский',
  es: 'Español',
  pt: 'Português',
  fr: 'Français',
  de: 'Deutsch',
  zh: '中文（简体）',
  uk: 'Українська',
};
export const LANGUAGES = Object.keys(TABLES) as readonly Language[];

function isLanguage(value: string | null | undefined): value is Language {
  return value !== null && value !== undefined && Object.hasOwn(TABLES, value);
}

/** The first of: `?lang=`, the saved choice, the browser's preferred languages; English otherwise. */
export function pickLanguage(search: string, saved: string | null, preferred: readonly string[]): Language {
  const asked = new URLSearchParams(search).get('lang');
  if (isLanguage(asked)) return asked;
  if (isLanguage(saved)) return saved;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

let current: Messages | null = null;
let currentLanguage: Language = 'en';
/** Texts that came after the page's table, in its language (the panels below the first screen): `t` reads them too. */
let later: Readonly<Record<string, string>> = {};

/** A language's table, loaded (its own chunk). */
export function loadTable(language: Language): Promise<Messages> {
  return TABLES[language]();
}

/** Loads a language's table and makes it the one `t` reads; the page does this once, before any text. */
export async function loadLanguage(language: Language): Promise<void> {
  const table = await loadTable(language);
  current = table;
  currentLanguage = language;
  later = {};
}

/** Adds texts of the page's language that arrive in a chunk of their own; `t` and `translatePage` read them after. */
export function addTexts(texts: Readonly<Record<string, string>>): void {
  later = { ...later, ...texts };
}

function table(): Messages {
  if (current === null) throw new Error('no language loaded yet: await loadLanguage() first');
  return current;
}

export function language(): Language {
  return currentLanguage;
}

/**
 * ICU's plural form, `{count, plural, one {# block} other {# blocks}}`: `#` is the number, the branch is the one
 * Intl.PluralRules names for it in the page's language (`other` where that one is missing). A branch may hold
 * plain `{name}` placeholders, filled afterwards.
 */
const PLURAL = /\{(\w+), plural,((?:\s*(?:zero|one|two|few|many|other) \{(?:[^{}]|\{\w+\})*\})+)\s*\}/g;
const PLURAL_BRANCH = /(zero|one|two|few|many|other) \{((?:[^{}]|\{\w+\})*)\}/g;
const pluralRules = new Map<Language, Intl.PluralRules>();

function pluralForm(language: Language, branches: string, value: string | number | undefined): string | null {
  const count = typeof value === 'number' ? value : Number(value);
  if (value === undefined || Number.isNaN(count)) return null;
  let rules = pluralRules.get(language);
  if (rules === undefined) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  const forms = new Map([...branches.matchAll(PLURAL_BRANCH)].map(([, category, text]) => [category, text]));
  const form = forms.get(rules.select(count)) ?? forms.get('other');
  return form === undefined ? null : form.replaceAll('#', String(value));
}

/** `text` with its plural forms chosen and `{name}` replaced by `values.name`, in the page's language. */
export function fill(text: string, values: Record<string, string | number> = {}): string {
  const counted = text.replace(PLURAL, (whole, name: string, branches: string) => {
    return pluralForm(currentLanguage, branches, values[name]) ?? whole;
  });
  return counted.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The text for `key` with its plural forms chosen and `{name}` replaced by `values.name`. */
export function t(key: MessageKey, values: Record<string, string | number> = {}): string {
  const text = (table() as Readonly<Record<string, string>>)[key] ?? later[key];
  if (text === undefined) throw new Error(`no text for ${key} yet: its chunk is not loaded (addTexts)`);
  return fill(text, values);
}

/** The names a text fills: `{name}` placeholders and the counts of its plural forms. */
export function placeholdersOf(text: string): string[] {
  const names = new Set<string>();
  for (const [, name] of text.matchAll(/\{(\w+)(?:\}|, plural,)/g)) if (name !== undefined) names.add(name);
  return [...names].sort();
}

/** Whether `key` names a text: for keys made at run time from a code. */
export function isMessageKey(key: string | undefined): key is MessageKey {
  return key !== undefined && (Object.hasOwn(table(), key) || Object.hasOwn(later, key));
}

/**
 * Fills the text of every `data-i18n="key"` element under `root`, and the aria-label of every `data-i18n-label` one,
 * whose key `has` knows, with `text(key)`: the page's table here, a section's in section.ts.
 */
export function fillMarked<Key extends string>(
  root: ParentNode,
  has: (key: string | undefined) => key is Key,
  text: (key: Key) => string,
): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const key = element.dataset.i18n;
    if (has(key)) element.textContent = text(key);
  }
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    const key = element.dataset.i18nLabel;
    if (has(key)) element.setAttribute('aria-label', text(key));
  }
}

/** Fills every `data-i18n="key"` element's text (and `data-i18n-label` as aria-label) from the current language. */
export function translatePage(root: Document): void {
  root.documentElement.lang = currentLanguage;
  fillMarked(root, isMessageKey, (key) => t(key));
  root.title = t('app.title');
}
