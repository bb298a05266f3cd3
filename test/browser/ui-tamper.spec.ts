// The tamper demo: an edited block and every later one turn red with the right reason, re-mining repairs the copy,
// and the page says why peers still refuse it. The node's own chain is never touched.
import { expect, test } from './fixtures.ts';
import { openSection } from './sections.ts';
import { mineBlocks, ready, SIZES, shoot, uiRoom } from './ui-harness.ts';

test('editing block 3 breaks it and every later block; re-mining repairs the sandbox copy', async ({ newNodePage }) => {
  test.setTimeout(60_000);
  const page = await newNodePage();
  await page.setViewportSize(SIZES.desktop);
  await page.goto(uiRoom('tamper'));
  await ready(page);
  await mineBlocks(page, 5);
  await openSection(page, 'tamper');
  const tipBefore = await page.evaluate(() => window.blockchain?.chain().chain.at(-1)?.hash);

  await page.click('#tamper-start');
  await page.selectOption('#tamper-block', '3');
  await page.selectOption('#tamper-tx', '0');
  await page.fill('#tamper-info', 'I mined this, honest');
  await page.click('#tamper-apply');

  const card = (index: number) => page.locator(`.tamper-card[data-index="${index}"]`);
  await expect(card(2)).toHaveClass(/valid/);
  await expect(card(3)).toHaveClass(/broken/);
  await expect(card(3)).toContainText('bad-merkle-root');
  for (const index of [4, 5, 6]) {
    await expect(card(index)).toHaveClass(/broken/);
    await expect(card(index)).toContainText('invalid-parent');
  }
  await expect(page.locator('#tamper-status')).toContainText('Broken from block 3: 4 blocks would be refused');
  await shoot(page, '#tamper', 'desktop-tamper-broken');

  await page.click('#tamper-remine');
  for (const index of [3, 4, 5, 6]) await expect(card(index)).toHaveClass(/valid/);
  await expect(page.locator('#tamper-work')).toContainText('nonces tried');
  await expect(page.locator('#tamper-why')).toContainText('only switches to a chain with more work');
  await shoot(page, '#tamper', 'desktop-tamper-remined');

  expect(await page.evaluate(() => window.blockchain?.chain().chain.at(-1)?.hash)).toBe(tipBefore);
});
