// The first-visit guide (issue 15): three steps shown once the node is up, the mining step completing when this node
// mines, finishing or skipping remembered on the device (a fresh browser context is a new device), never with
// ?guide=off, no serious accessibility violation while open. Screenshots under test-results/ui/.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { ready, SIZES, type SizeName, seriousViolations, shoot, uiRoom } from './ui-harness.ts';

/** The guide's chunk loads after the views: the node panel says when it has decided. */
async function guideSettled(page: Page, state: 'open' | 'closed' | 'off'): Promise<void> {
  await expect(page.locator('#node')).toHaveAttribute('data-guide', state);
}

for (const size of Object.keys(SIZES) as SizeName[]) {
  test(`at ${size} size the guide walks its three steps once and is not shown again`, async ({ newNodePage }) => {
    test.setTimeout(60_000);
    const page = await newNodePage();
    await page.setViewportSize(SIZES[size]);
    const room = uiRoom(`guide-${size}`);
    await page.goto(room);
    await ready(page);
    await guideSettled(page, 'open');
    const guide = page.locator('#guide');
    await expect(guide).toContainText('Step 1 of 3');
    await expect(guide).toContainText('This tab is a full node');
    await expect(page.locator('#guide-back')).toBeHidden();
    // It takes no focus: a keyboard or a test goes on where it was.
    expect(await page.evaluate(() => document.getElementById('guide')?.contains(document.activeElement))).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, '#node', `${size}-guide-step1`);

    await page.click('#guide-next');
    await expect(guide).toContainText('Step 2 of 3');
    await expect(guide).toContainText('Press “Mine one block” above');
    await expect(page.locator('#mine-once')).toHaveClass(/guide-target/);
    await page.click('#guide-back');
    await expect(guide).toContainText('Step 1 of 3');
    await page.click('#guide-next');

    // The step completes by itself when this node mines a block.
    await page.click('#mine-once');
    await expect(page.locator('#node-height')).toHaveText('2');
    await expect(guide).toContainText('Step 3 of 3');
    await expect(page.locator('#send-jump')).toHaveClass(/guide-target/);
    await expect(page.locator('#mine-once')).not.toHaveClass(/guide-target/);
    await expect(page.locator('#guide-next')).toHaveText('Done');
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, '#node', `${size}-guide-step3`);

    if (size === 'phone') {
      // Sending this node's own record finishes the guide.
      await page.fill('#tx-recipient', 'ab'.repeat(20));
      await page.fill('#tx-info', 'hello from the guide');
      await page.click('#tx-form button[type=submit]');
      await expect(page.locator('#mempool-size')).toHaveText('1');
    } else {
      await page.click('#guide-next');
    }
    await guideSettled(page, 'closed');
    await expect(guide).toHaveCount(0);
    await expect(page.locator('.guide-target')).toHaveCount(0);
    expect(await page.evaluate(() => localStorage.getItem('ui.guide.done'))).toBe('done');

    await page.reload();
    await ready(page);
    await guideSettled(page, 'off');
    await expect(guide).toHaveCount(0);
  });
}

test('Skip or Escape closes the guide for good; a new device shows it again; ?guide=off never does', async ({
  newNodePage,
}) => {
  test.setTimeout(60_000);
  const first = await newNodePage();
  await first.goto(uiRoom('guide-skip'));
  await ready(first);
  await guideSettled(first, 'open');
  await first.click('#guide-skip');
  await guideSettled(first, 'closed');
  expect(await first.evaluate(() => localStorage.getItem('ui.guide.done'))).toBe('skipped');
  await first.reload();
  await ready(first);
  await guideSettled(first, 'off');

  // A fresh browser context has fresh storage: a new device, shown the guide again.
  const second = await newNodePage();
  await second.goto(uiRoom('guide-escape'));
  await ready(second);
  await guideSettled(second, 'open');
  await second.focus('#guide-next');
  await second.keyboard.press('Escape');
  await guideSettled(second, 'closed');
  // Focus that was in the card lands on the first action, not on the page's top.
  await expect(second.locator('#mine-once')).toBeFocused();
  expect(await second.evaluate(() => localStorage.getItem('ui.guide.done'))).toBe('skipped');

  const third = await newNodePage();
  await third.goto(`${uiRoom('guide-off')}&guide=off`);
  await ready(third);
  await guideSettled(third, 'off');
  await expect(third.locator('#guide')).toHaveCount(0);
  expect(await third.evaluate(() => localStorage.getItem('ui.guide.done'))).toBeNull();
});
