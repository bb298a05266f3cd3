// Every language of the menu renders the page: its table loads, the page says which language it is in, its own words
// are on the buttons, no placeholder or plural form is left unfilled anywhere, and the menu keeps the choice.
import { LANGUAGE_NAMES, LANGUAGES, loadTable } from '../../src/ui/i18n/index.ts';
import { expect, test } from './fixtures.ts';
import { mineBlocks, ready, SIZES, shoot, uiRoom } from './ui-harness.ts';

/** `{name}` or `{count, plural, …}` in visible text: a text the page failed to fill. */
const UNFILLED = /\{\w+(?:\}|, plural,)/;

test('the page renders in each of its languages, with nothing left unfilled', async ({ newNodePage }) => {
  test.setTimeout(120_000);
  const page = await newNodePage();
  await page.setViewportSize(SIZES.desktop);
  for (const language of LANGUAGES) {
    await page.goto(`${uiRoom(`lang-${language}`)}&lang=${language}`);
    await ready(page);
    await mineBlocks(page, 2);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    const table = await loadTable(language);
    await expect(page.locator('#node-title')).toHaveText(table['node.title']);
    await expect(page.locator('#mine-once')).toHaveText(table['node.mineOnce']);
    await expect(page.locator('#language')).toHaveValue(language);
    const text = (await page.locator('body').textContent()) ?? '';
    expect(text.match(UNFILLED)?.[0] ?? null, `${language}: unfilled text`).toBeNull();
    await shoot(page, '#node', `desktop-${language}-node`);
  }
  // Each option is the language's own name.
  const options = await page.locator('#language option').allTextContents();
  expect(options).toEqual(LANGUAGES.map((code) => LANGUAGE_NAMES[code]));
});

test('a language chosen in the menu is remembered without ?lang=', async ({ newNodePage }) => {
  const page = await newNodePage();
  await page.goto(uiRoom('lang-choice'));
  await ready(page);
  await page.selectOption('#language', 'de');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await page.goto(uiRoom('lang-choice'));
  await ready(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.locator('#mine-once')).not.toHaveText('Mine one block');
});
