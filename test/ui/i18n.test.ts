import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/ui/i18n/en.ts';
import {
  LANGUAGE_NAMES,
  LANGUAGES,
  loadLanguage,
  loadTable,
  pickLanguage,
  placeholdersOf,
  t,
} from '../../src/ui/i18n/index.ts';
import type { Section } from '../../src/ui/i18n/section.ts';
import { hashPlaygroundTexts } from '../../src/ui/i18n/sections/hash-playground/index.ts';
import { SECTIONS } from '../../src/ui/i18n/sections.ts';

/** The English table of each section of a view loaded on demand, by section name. */
async function englishSections(): Promise<Array<readonly [string, Record<string, string>, Section<string>]>> {
  return Promise.all(
    Object.entries(SECTIONS).map(async ([name, section]) => [name, await section.tables.en(), section] as const),
  );
}

describe('language choice and texts', () => {
  it('prefers ?lang=, then the saved choice, then the browser, then English', () => {
    expect(pickLanguage('?lang=ru', 'en', ['en-US'])).toBe('ru');
    expect(pickLanguage('?lang=xx', 'ru', ['en-US'])).toBe('ru');
    expect(pickLanguage('', null, ['xx-XX', 'ru-RU'])).toBe('ru');
    expect(pickLanguage('', 'xx', ['xx-XX'])).toBe('en');
  });

  it('fills placeholders and leaves unknown ones visible', async () => {
    await loadLanguage('en');
    expect(t('chain.block', { index: 7 })).toBe('Block 7');
    expect(t('chain.block')).toBe('Block {index}');
    await loadLanguage('ru');
    expect(t('chain.block', { index: 7 })).toBe('Блок 7');
  });

  it("chooses plural forms by the language's own rules", async () => {
    await loadLanguage('en');
    expect(t('storage.action.save-blocks', { count: 1, tip: 'ab' })).toBe('Saving 1 block (tip ab)');
    expect(t('storage.action.save-blocks', { count: 5, tip: 'ab' })).toBe('Saving 5 blocks (tip ab)');
    // No count given: the form stays visible rather than guessing.
    expect(t('storage.action.save-blocks', { tip: 'ab' })).toContain('{count, plural,');
    await loadLanguage('ru');
    const russian = [1, 3, 5, 21, 22, 111].map((count) => t('storage.action.save-blocks', { count, tip: 'ab' }));
    expect(russian.map((text) => text.split(' (')[0])).toEqual([
      'Сохранение: 1 блок',
      'Сохранение: 3 блока',
      'Сохранение: 5 блоков',
      'Сохранение: 21 блок',
      'Сохранение: 22 блока',
      'Сохранение: 111 блоков',
    ]);
  });

  it('every language has every English text, with the same placeholders and counts', async () => {
    for (const language of LANGUAGES) {
      const table = await loadTable(language);
      expect(Object.keys(table).sort(), language).toEqual(Object.keys(en).sort());
      for (const key of Object.keys(en) as Array<keyof typeof en>) {
        expect(placeholdersOf(table[key]), `${language}: ${key}`).toEqual(placeholdersOf(en[key]));
      }
    }
  });

  it('every section of a view loaded on demand has every English text in every language, and no page key', async () => {
    const sections = await englishSections();
    expect(sections.length).toBeGreaterThan(0);
    for (const [name, english, section] of sections) {
      for (const key of Object.keys(english))
        expect(Object.hasOwn(en, key), `${name}: ${key} is a page key`).toBe(false);
      for (const language of LANGUAGES) {
        const table: Record<string, string> = await section.tables[language]();
        expect(Object.keys(table).sort(), `${name} ${language}`).toEqual(Object.keys(english).sort());
        for (const key of Object.keys(english)) {
          expect(placeholdersOf(table[key] ?? ''), `${name} ${language}: ${key}`).toEqual(
            placeholdersOf(english[key] ?? ''),
          );
        }
      }
    }
  });

  it('a section speaks the page language and fills its texts as t does', async () => {
    const section = hashPlaygroundTexts;
    await loadLanguage('ru');
    expect(() => section.t('hash.fails')).toThrow(/not loaded/);
    await section.load();
    expect(section.t('hash.fails', { zeros: 3, difficulty: 4 })).toMatch(/^3 /);
    expect(section.has('hash.fails')).toBe(true);
    expect(section.has('chain.block')).toBe(false);
    await loadLanguage('en');
    expect(() => section.t('hash.fails')).toThrow(/not loaded/);
    await section.load();
    expect(section.t('hash.fails', { zeros: 1, difficulty: 4 })).toBe(
      '1 leading zero bit: does not meet difficulty 4.',
    );
  });

  it('the language menu lists every language in its own name', () => {
    const html = readFileSync('index.html', 'utf8');
    const menu = html.slice(
      html.indexOf('<select id="language">'),
      html.indexOf('</select>', html.indexOf('id="language"')),
    );
    const options = [...menu.matchAll(/<option value="(\w+)" lang="[\w-]+">([^<]+)<\/option>/g)];
    expect(options.map(([, code, name]) => [code, name])).toEqual(
      LANGUAGES.map((code) => [code, LANGUAGE_NAMES[code]]),
    );
    expect(LANGUAGES).toEqual(['en', 'ru', 'es', 'pt', 'fr', 'de', 'zh', 'uk']);
    expect(pickLanguage('', null, ['zh-CN', 'en'])).toBe('zh');
    expect(pickLanguage('?lang=uk', 'de', [])).toBe('uk');
  });

  it('every English text is used by the page: by its key, or by a key the code makes from a prefix', async () => {
    const sources = [readFileSync('index.html', 'utf8')];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.ts$/.test(entry.name) && !path.includes(join('ui', 'i18n')))
          sources.push(readFileSync(path, 'utf8'));
      }
    };
    walk('src');
    const code = sources.join('\n');
    const prefixes = [...code.matchAll(/`([a-z-]+(?:\.[a-z-]+)*\.)\$\{/g)].map(([, prefix]) => prefix ?? '');
    const keys = [...Object.keys(en), ...(await englishSections()).flatMap(([, english]) => Object.keys(english))];
    const unused = keys.filter(
      (key) => !code.includes(`'${key}'`) && !code.includes(`"${key}"`) && !prefixes.some((p) => key.startsWith(p)),
    );
    expect(unused).toEqual([]);
  });
});
