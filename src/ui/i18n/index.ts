// The page's language: chosen once at start (?lang=, then the saved choice, then the browser's), then every text
// comes from that language's table through `t`.
import { en, type MessageKey, type Messages } from './en.ts';
import { ru } from './ru.ts';

export type { MessageKey } from './en.ts';

export const LANGUAGES = { en, ru } as const;
export type Language = keyof typeof LANGUAGES;

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

let current: Messages = en;
let currentLanguage: Language = 'en';

export function setLanguage(language: Language): void {
  current = LANGUAGES[language];
  currentLanguage = language;
}

export function language(): Language {
  return currentLanguage;
}

/** The text for `key` with `{name}` replaced by `values.name`. */
export function t(key: MessageKey, values: Record<string, string | number> = {}): string {
  return current[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Whether `key` names a text: for keys made at run time from a code. */
export function isMessageKey(key: string | undefined): key is MessageKey {
  return key !== undefined && Object.hasOwn(en, key);
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
