import { describe, expect, it } from 'vitest';
import { en } from '../../src/ui/i18n/en.ts';
import { loadLanguage, pickLanguage, t } from '../../src/ui/i18n/index.ts';
import { ru } from '../../src/ui/i18n/ru.ts';

describe('language choice and texts', () => {
  it('prefers ?lang=, then the saved choice, then the browser, then English', () => {
    expect(pickLanguage('?lang=ru', 'en', ['en-US'])).toBe('ru');
    expect(pickLanguage('?lang=xx', 'ru', ['en-US'])).toBe('ru');
    expect(pickLanguage('', null, ['de-DE', 'ru-RU'])).toBe('ru');
    expect(pickLanguage('', 'fr', ['de-DE'])).toBe('en');
  });

  it('fills placeholders and leaves unknown ones visible', async () => {
    expect(t('chain.block', { index: 7 })).toBe('Block 7');
    expect(t('chain.block')).toBe('Block {index}');
    await loadLanguage('ru');
    expect(t('chain.block', { index: 7 })).toBe('Блок 7');
  });

  it('Russian uses the same placeholders as English in every text', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as Array<keyof typeof en>) expect(names(ru[key]), key).toEqual(names(en[key]));
  });
});
