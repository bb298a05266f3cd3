// Every view of the classroom UI at phone and desktop sizes, light, dark and projector: screenshots for a person to
// look at (test-results/ui/), no serious accessibility violations, and an invite QR code that decodes to the link.
import jsQR from 'jsqr';
import { expect, test } from './fixtures.ts';
import { openSection } from './sections.ts';
import { mineBlocks, ready, SIZES, type SizeName, seriousViolations, shoot, uiRoom } from './ui-harness.ts';

const VIEWS = ['#node', '#transactions', '#chain', '#fork-tree', '#tamper', '#peers', '#inspector', '#settings'];

for (const size of Object.keys(SIZES) as SizeName[]) {
  test(`every view at ${size} size, light and dark, has no serious accessibility violations`, async ({
    newNodePage,
  }) => {
    // axe over every section of the page, twice: about a minute on a loaded machine.
    test.setTimeout(120_000);
    const page = await newNodePage();
    await page.setViewportSize(SIZES[size]);
    await page.goto(uiRoom(`views-${size}`));
    await ready(page);
    await page.evaluate(() =>
      window.blockchain?.newTransaction({ recipient: 'ab'.repeat(20), info: 'door sensor: open', amount: 0 }),
    );
    await mineBlocks(page, 3);
    await expect(page.locator('#node-height')).toHaveText('4');
    await expect(page.locator('.block-card').first()).toContainText('Block 4');
    await page.screenshot({ path: `test-results/ui/${size}-page.png` });
    for (const view of VIEWS) {
      await openSection(page, view.slice(1));
      await shoot(page, view, `${size}-${view.slice(1)}`);
    }
    expect(await seriousViolations(page)).toEqual([]);

    // At phone width the display controls are behind the page menu.
    if (await page.locator('#menu-toggle').isVisible()) await page.click('#menu-toggle');
    await page.click('#theme-toggle');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await shoot(page, '#chain', `${size}-dark-chain`);
    await shoot(page, '#node', `${size}-dark-node`);
    expect(await seriousViolations(page)).toEqual([]);

    await page.click('#projector-toggle');
    await expect(page.locator('html')).toHaveAttribute('data-projector', 'true');
    await page.reload();
    await ready(page);
    // Both choices are saved on the device.
    await expect(page.locator('html')).toHaveAttribute('data-projector', 'true');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await shoot(page, '#node', `${size}-projector-node`);
  });
}

test('the invite QR code decodes to the invite link', async ({ newNodePage, signalling }) => {
  const page = await newNodePage();
  const signal = `http://${signalling.host}:${signalling.port}${signalling.path}`;
  await page.goto(
    `/?room=qr-${Math.random().toString(36).slice(2, 8)}&difficulty=4&signal=${encodeURIComponent(signal)}`,
  );
  await ready(page);
  await openSection(page, 'peers');
  const invite = page.locator('#invite-link');
  await expect(invite).toHaveAttribute('href', /peer=/);
  const href = await invite.getAttribute('href');
  // The encoder loads on demand: wait until the canvas says which link it drew.
  await expect(page.locator('#invite-qr')).toHaveAttribute('data-drawn', href ?? '');
  const pixels = await page.locator('#invite-qr').evaluate((canvas: HTMLCanvasElement) => {
    const context = canvas.getContext('2d');
    const image = context?.getImageData(0, 0, canvas.width, canvas.height);
    return image ? { data: [...image.data], width: image.width, height: image.height } : null;
  });
  if (!pixels) throw new Error('the QR canvas has no pixels');
  const code = jsQR(Uint8ClampedArray.from(pixels.data), pixels.width, pixels.height);
  expect(code?.data).toBe(href);
});

test('the page speaks Russian with ?lang=ru', async ({ newNodePage }) => {
  const page = await newNodePage();
  await page.setViewportSize(SIZES.phone);
  await page.goto(`${uiRoom('lang')}&lang=ru`);
  await ready(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.locator('#node-title')).toHaveText('Этот узел');
  await expect(page.locator('#mine-once')).toHaveText('Намайнить блок');
  await shoot(page, '#node', 'phone-ru-node');
});
