// The page on a phone (issue 10, "Phones"; issue 15, "A first screen for students"): at 360×640 the first screen is
// this node's state and its Mine/Send actions, nothing scrolls sideways, room/language/theme live behind one menu,
// and the page still answers a tap while mining with the CPU throttled 4×. Screenshots under test-results/phone/.
import type { Page } from '@playwright/test';
import { keepMining, measureTapDelays, PHONE_DIFFICULTY, PHONE_THROTTLE, throttleCpu } from '../../bench/phone.ts';
import { median } from '../../bench/registry.ts';
import { expect, test } from './fixtures.ts';
import { mineBlocks, ready, seriousViolations, uiRoom } from './ui-harness.ts';

const SHOTS = 'test-results/phone';
const PHONE = { width: 360, height: 640 };
/**
 * For the median tap, far above the 100 ms goal (bench/phone.ts measures it): a test asserts behaviour, the bench
 * keeps the figure, and a machine shared by many runs makes single taps wait a second now and then.
 */
const GENEROUS_TAP_MS = 1_000;

/** Fails naming the element when any part of it lies outside the first screen. */
async function expectOnFirstScreen(page: Page, selector: string): Promise<void> {
  const box = await page.locator(selector).boundingBox();
  expect(box, `${selector} is laid out`).not.toBeNull();
  if (!box) return;
  const inside = box.x >= 0 && box.y >= 0 && box.x + box.width <= PHONE.width && box.y + box.height <= PHONE.height;
  expect(inside, `${selector} at ${JSON.stringify(box)} is on the first ${PHONE.width}×${PHONE.height} screen`).toBe(
    true,
  );
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(clientWidth);
}

test.describe('on a phone', () => {
  test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

  test('the first screen is the node and its actions; the menu holds room, language and theme', async ({
    newNodePage,
  }) => {
    test.setTimeout(120_000);
    const page = await newNodePage();
    await page.goto(uiRoom('phone'));
    await ready(page);
    await mineBlocks(page, 2);
    await expect(page.locator('#node-height')).toHaveText('3');
    for (const selector of ['#node-balance', '#node-height', '#node-peers', '#mine-once', '#auto-mine', '#send-jump']) {
      await expectOnFirstScreen(page, selector);
    }
    await expectNoSidewaysScroll(page);
    // Notices that need nothing done (best-effort storage, offline use) take one line, which can be dismissed.
    const line = page.locator('#notice-line');
    await expect(line).toBeVisible();
    expect((await line.boundingBox())?.height).toBeLessThan(60);
    await page.screenshot({ path: `${SHOTS}/phone-first-screen.png` });
    await page.tap('#notice-dismiss');
    await expect(line).toBeHidden();

    // The whole section navigation wraps on the screen's width.
    for (const link of await page.locator('#section-nav a').all()) {
      const box = await link.boundingBox();
      expect(box && box.x + box.width <= PHONE.width, `${await link.textContent()} fits the width`).toBe(true);
    }

    await expect(page.locator('#language')).toBeHidden();
    await page.tap('#menu-toggle');
    await expect(page.locator('#menu-toggle')).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('#language')).toBeVisible();
    await expect(page.locator('#room-input')).toBeVisible();
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: `${SHOTS}/phone-menu.png` });
    // With the menu open axe sees all of the page's controls.
    expect(await seriousViolations(page)).toEqual([]);
    await page.tap('#theme-toggle');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.screenshot({ path: `${SHOTS}/phone-menu-dark.png` });

    await page.selectOption('#language', 'ru');
    await expect(page).toHaveURL(/lang=ru/);
    await ready(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.locator('#mine-once')).toHaveText('Намайнить блок');
    // The node resumed from storage; the menu is closed again after the reload.
    await expect(page.locator('#node-height')).toHaveText('3');
    await expect(page.locator('#language')).toBeHidden();
    await expectOnFirstScreen(page, '#mine-once');
    await expectNoSidewaysScroll(page);

    // "Send…" starts a transaction: the recipient field of the form further down gets the focus.
    await page.tap('#send-jump');
    await expect(page.locator('#tx-recipient')).toBeFocused();
    await expect(page.locator('#tx-recipient')).toBeInViewport();
  });

  test(`the page answers a tap while mining with the CPU throttled ${PHONE_THROTTLE}×`, async ({ newNodePage }) => {
    test.setTimeout(120_000);
    const page = await newNodePage();
    await page.goto(uiRoom('phone-taps', PHONE_DIFFICULTY));
    await ready(page);
    await keepMining(page);
    const unthrottled = await measureTapDelays(page, 3, true);
    await throttleCpu(page, PHONE_THROTTLE);
    const throttled = await measureTapDelays(page, 5, true);
    await throttleCpu(page, 1);
    console.log(
      `tap delays while mining: unthrottled ${unthrottled.join(' ')} ms; throttled ${throttled.join(' ')} ms`,
    );
    // Each tap opened or closed the menu (measureTapDelays checks), and a typical tap waited far less than a second
    // even on a loaded machine: a page that stopped answering while mining (a long synchronous loop) fails here.
    expect(median(unthrottled)).toBeLessThan(GENEROUS_TAP_MS);
    expect(median(throttled)).toBeLessThan(GENEROUS_TAP_MS);
    // Still mining: the taps were measured under load.
    await expect(page.locator('#auto-mine')).toBeChecked();
  });
});

test('at desktop size the header shows room, language and display controls without a menu', async ({ newNodePage }) => {
  test.setTimeout(60_000);
  const page = await newNodePage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(uiRoom('desktop'));
  await ready(page);
  await mineBlocks(page, 2);
  await expect(page.locator('#menu-toggle')).toBeHidden();
  for (const control of ['#room-input', '#language', '#theme-toggle', '#projector-toggle']) {
    await expect(page.locator(control)).toBeVisible();
  }
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: `${SHOTS}/desktop-first-screen.png` });
});
