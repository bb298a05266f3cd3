// The words of a view that loads on demand: its own table per language, in the view's chunk rather than the page's,
// so a first visit carries only the words of its first screen (scripts/check-size.mjs counts the page's table).
// A section speaks the page's language and fills texts the way `t` does (plural forms, `{name}` placeholders).
import { fill, fillMarked, type Language, language } from './index.ts';

export type SectionTable<Key extends string> = { readonly [K in Key]: string };

export interface Section<Key extends string> {
  /** The section's tables, one loader per language: the unit test checks them against English. */
  readonly tables: { readonly [L in Language]: () => Promise<SectionTable<Key>> };
  /** Loads the page language's table; `t` and `translate` answer once it resolves. */
  load(): Promise<void>;
  t(key: Key, values?: Record<string, string | number>): string;
  /** Whether `key` is one of this section's texts: for keys made at run time from a code. */
  has(key: string | undefined): key is Key;
  /** Fills the `data-i18n` text and `data-i18n-label` aria-label of elements under `root` with this section's keys. */
  translate(root: ParentNode): void;
}

export function defineSection<Key extends string>(tables: Section<Key>['tables']): Section<Key> {
  let loaded: { language: Language; table: SectionTable<Key> } | null = null;
  const current = (): SectionTable<Key> => {
    if (loaded === null || loaded.language !== language()) {
      throw new Error('section texts not loaded in the page language: await section.load() first');
    }
    return loaded.table;
  };
  const section: Section<Key> = {
    tables,
    async load() {
      const wanted = language();
      if (loaded?.language === wanted) return;
      loaded = { language: wanted, table: await tables[wanted]() };
    },
    t: (key, values) => fill(current()[key], values),
    has: (key): key is Key => key !== undefined && Object.hasOwn(current(), key),
    translate(root) {
      fillMarked(root, section.has, (key) => section.t(key));
    },
  };
  return section;
}
