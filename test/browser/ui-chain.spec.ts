// The chain list is windowed: however long the chain, only the cards on screen (plus a few) exist, and scrolling
// reaches the genesis block with the same few cards.
import { expect, test } from './fixtures.ts';
import { mineBlocks, ready, SIZES, shoot, uiRoom } from './ui-harness.ts';

test('the chain list draws only the cards in view, down to the genesis block', async ({ newNodePage }) => {
  test.setTimeout(60_000);
  const page = await newNodePage();
  await page.setViewportSize(SIZES.phone);
  await page.goto(uiRoom('window', 1));
  await ready(page);
  await mineBlocks(page, 40);
  const cards = page.locator('#blocks .block-card');
  await expect(cards.first()).toContainText('Block 41');
  const drawn = await cards.count();
  expect(drawn).toBeGreaterThan(0);
  expect(drawn).toBeLessThan(12);
  await shoot(page, '#chain', 'phone-chain-window-top');

  await page.locator('#chain-viewport').evaluate((viewport) => {
    viewport.scrollTop = viewport.scrollHeight;
  });
  await expect(page.locator('#blocks .block-card[data-index="1"]')).toBeVisible();
  expect(await cards.count()).toBeLessThan(12);
  // Each card's previous hash is the hash of the card below it.
  const links = await page
    .locator('#blocks .block-card')
    .evaluateAll((elements) =>
      elements.map((card) => [...card.querySelectorAll('code.hash')].map((code) => code.textContent)),
    );
  for (let i = 0; i + 1 < links.length; i++) {
    const [, previous] = links[i] ?? [];
    const [hashBelow] = links[i + 1] ?? [];
    expect(previous).toBe(hashBelow);
  }
  await shoot(page, '#chain', 'phone-chain-window-bottom');
});
