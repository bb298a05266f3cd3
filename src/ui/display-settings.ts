// Display choices a teacher makes once per device: language, dark or light, projector mode (large type). Saved in
// localStorage; the theme follows prefers-color-scheme until someone picks one.
import { bind, byId, type Unbind } from './dom.ts';
import { type Language, pickLanguage } from './i18n/index.ts';

/** index.html's inline script reads the first two before the first paint: rename them there too. */
const KEYS = { theme: 'ui.theme', projector: 'ui.projector', language: 'ui.language' } as const;

type Theme = 'light' | 'dark';

/** localStorage can be unavailable (privacy modes); the page then simply forgets choices. */
function load(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function save(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Not saved: the choice holds for this page only.
  }
}

/** For other per-device choices (the first-visit guide's flag), with the same forgiving storage. */
export { load as loadSetting, save as saveSetting };

export function startLanguage(location: Pick<Location, 'search'>, languages: readonly string[]): Language {
  return pickLanguage(location.search, load(KEYS.language), languages);
}

function systemTheme(): Theme {
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function savedTheme(): Theme | null {
  const theme = load(KEYS.theme);
  return theme === 'dark' || theme === 'light' ? theme : null;
}

/** Applies the saved theme and projector mode to <html>; call before the first render. */
export function applyDisplaySettings(doc: Document): void {
  const root = doc.documentElement;
  root.dataset.theme = savedTheme() ?? systemTheme();
  root.dataset.projector = String(load(KEYS.projector) === 'true');
}

export function bindDisplayControls(doc: Document, current: Language): Unbind {
  const root = doc.documentElement;
  const theme = byId(doc, 'theme-toggle', HTMLButtonElement);
  const projector = byId(doc, 'projector-toggle', HTMLButtonElement);
  const language = byId(doc, 'language', HTMLSelectElement);
  const show = () => {
    theme.setAttribute('aria-pressed', String(root.dataset.theme === 'dark'));
    projector.setAttribute('aria-pressed', String(root.dataset.projector === 'true'));
  };
  language.value = current;
  show();
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  const unbinds = [
    bind(theme, 'click', () => {
      const next: Theme = root.dataset.theme === 'dark' ? 'light' : 'dark';
      root.dataset.theme = next;
      save(KEYS.theme, next);
      show();
    }),
    bind(projector, 'click', () => {
      const next = root.dataset.projector !== 'true';
      root.dataset.projector = String(next);
      save(KEYS.projector, String(next));
      show();
    }),
    bind(media, 'change', () => {
      if (savedTheme() !== null) return;
      root.dataset.theme = systemTheme();
      show();
    }),
    bind(language, 'change', () => {
      // Every text is drawn in the chosen language from the start: a reload (the node resumes from storage).
      save(KEYS.language, language.value);
      const url = new URL(window.location.href);
      url.searchParams.set('lang', language.value);
      window.location.assign(url);
    }),
  ];
  return () => {
    for (const unbind of unbinds) unbind();
  };
}
