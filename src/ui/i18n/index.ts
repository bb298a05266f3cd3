// The page's language: chosen once at start (?lang=, then the saved choice, then the browser's), then every text
// comes from that language's table through `t`. Each table is its own chunk, loaded at start: a page carries the
// words of one language only (scripts/check-size.mjs counts the largest).
import type { MessageKey, Messages } from './en.ts';

export type { MessageKey } from './en.ts';

const TABLES = {
  en: () => import('./en.ts').then((module) => module.en),
  ru: () => import('./ru.ts').then((module) => module.ru),
} as const satisfies Record<string, () => Promise<Messages>>;
export type Language = keyof typeof TABLES;
export const LANGUAGES: readonly Language[] = ['en', 'ru'];

function isLanguage(value: string | null | undefined): value is Language {
  return value === 'en' || value === 'ru';
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

/** Loads a language's table and makes it the one `t` reads; the page does this once, before any text. */
export async function loadLanguage(language: Language): Promise<void> {
  const table = await TABLES[language]();
  current = table;
  currentLanguage = language;
}

function table(): Messages {
  if (current === null) throw new Error('no language loaded yet: await loadLanguage() first');
  return current;
}

export function language(): Language {
  return currentLanguage;
}

/** The text for `key` with `{name}` replaced by `values.name`. */
export function t(key: MessageKey, values: Record<string, string | number> = {}): string {
  return table()[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Whether `key` names a text: for keys made at run time from a code. */
export function isMessageKey(key: string | undefined): key is MessageKey {
  return key !== undefined && Object.hasOwn(table(), key);
}

/** Fills every `data-i18n="key"` element's text (and `data-i18n-label` as aria-label) from the current language. */
export function translatePage(root: Document): void {
  root.documentElement.lang = currentLanguage;
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const key = element.dataset.i18n;
    if (isMessageKey(key)) element.textContent = t(key);
  }
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    const key = element.dataset.i18nLabel;
    if (isMessageKey(key)) element.setAttribute('aria-label', t(key));
  }
  root.title = t('app.title');
}
