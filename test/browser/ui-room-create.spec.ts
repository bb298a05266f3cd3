// The new-room form: a name and a difficulty rule (fixed, or a target time per block with retargeting), the expected
// time per block at this device's hash rate as the numbers change, and the room it opens really has those rules.
import type { Page } from '@playwright/test';
import { difficultyForInterval, durationOf } from '../../src/ui/room-create-model.ts';
import { expect, test } from './fixtures.ts';
import { openSection } from './sections.ts';
import { ready, SIZES, seriousViolations, shoot, uiRoom } from './ui-harness.ts';

/** The rate the form shows, as the number it computed with: the estimate is measured, so it differs per run. */
async function shownHashRate(page: Page): Promise<number> {
  await expect(page.locator('#room-create-rate')).toHaveAttribute('data-hash-rate', /^\d/);
  return Number(await page.locator('#room-create-rate').getAttribute('data-hash-rate'));
}

/** The English words of the form's expected time per block at `difficulty` and `rate`. */
function expectedText(difficulty: number, rate: number): string {
  const duration = durationOf(2 ** difficulty / rate);
  const time =
    duration.unit === 'instant'
      ? 'less than a millisecond'
      : new Intl.NumberFormat('en', {
          style: 'unit',
          unit: duration.unit,
          unitDisplay: 'long',
          maximumSignificantDigits: 2,
        }).format(duration.value);
  const hashes = new Intl.NumberFormat('en').format(2 ** difficulty);
  return `At this device’s hash rate, one block takes ${time} on average (${hashes} hashes expected at difficulty ${difficulty}).`;
}

async function openForm(page: Page): Promise<void> {
  await ready(page);
  await openSection(page, 'room-create');
  await expect(page.locator('#room-create-form')).toBeVisible();
}

/** The room's rules as its genesis block commits to them (the coinbase info is the parameters' fingerprint). */
function genesisRules(page: Page): Promise<string | undefined> {
  return page.evaluate(() => window.blockchainGenesis?.transactions[0]?.info);
}

async function mineOne(page: Page): Promise<number | undefined> {
  return page.evaluate(async () => (await window.blockchain?.mine())?.difficulty);
}

const uniqueName = (prefix: string) => `${prefix}-${Math.random().toString(36).slice(2, 8)}`;

test('a fixed-difficulty room: the expected time follows the difficulty, and the room opened has it', async ({
  newNodePage,
}) => {
  test.setTimeout(180_000);
  const page = await newNodePage();
  await page.setViewportSize(SIZES.desktop);
  await page.goto(uiRoom('create'));
  await openForm(page);
  const rate = await shownHashRate(page);
  expect(rate).toBeGreaterThan(0);
  await expect(page.locator('#room-create-rate')).toContainText('Estimate:');

  const name = uniqueName('lesson');
  await page.fill('#room-create-name', name);
  await page.fill('#room-create-difficulty', '6');
  await expect(page.locator('#room-create-expected')).toHaveText(expectedText(6, rate));
  await page.fill('#room-create-difficulty', '30');
  await expect(page.locator('#room-create-expected')).toHaveText(expectedText(30, rate));
  await page.fill('#room-create-difficulty', '10');
  await expect(page.locator('#room-create-expected')).toHaveText(expectedText(10, rate));
  // The link keeps this page's other settings (here: no signalling) and names the new room's rules only.
  await expect(page.locator('#room-create-link')).toHaveAttribute(
    'href',
    new URL(`/?signal=none&room=${name}&difficulty=10`, page.url()).toString(),
  );

  expect(await seriousViolations(page)).toEqual([]);
  await shoot(page, '#room-create', 'desktop-room-create');

  await page.getByRole('button', { name: 'Create the room and open it' }).click();
  await page.waitForURL((url) => url.searchParams.get('room') === name);
  await ready(page);
  await expect(page.locator('#network-name')).toHaveText(name);
  await expect(page.locator('#genesis-difficulty')).toHaveText('10');
  expect(await genesisRules(page)).toContain(`name=${name};difficulty=10;minDifficulty=1;retarget=none;`);
  expect(await mineOne(page)).toBe(10);
});

test('a target-time room retargets toward the chosen seconds from the chosen start', async ({ newNodePage }) => {
  test.setTimeout(180_000);
  const page = await newNodePage();
  await page.setViewportSize(SIZES.phone);
  await page.goto(uiRoom('create'));
  await ready(page);
  // On a phone the room controls sit behind the menu: the form is one of them.
  await page.locator('#menu-toggle').click();
  await page.locator('#room-new-link').click();
  await expect(page.locator('#room-create-form')).toBeInViewport();
  const rate = await shownHashRate(page);

  const name = uniqueName('target');
  await page.fill('#room-create-name', name);
  await expect(page.locator('#room-create-seconds')).toBeHidden();
  await page.getByLabel('Target time per block: the difficulty follows').check();
  await page.fill('#room-create-difficulty', '5');
  await page.fill('#room-create-seconds', '30');
  await expect(page.locator('#room-create-difficulty')).toHaveAccessibleName(
    'Starting difficulty: leading zero bits (64 at most)',
  );
  await expect(page.locator('#room-create-expected')).toHaveText(expectedText(5, rate));
  await expect(page.locator('#room-create-suggest')).toHaveText(
    `For one block every 30 s from this device alone, the difficulty would settle near ${difficultyForInterval(rate, 30)}; a whole class mining settles higher.`,
  );

  expect(await seriousViolations(page)).toEqual([]);
  await shoot(page, '#room-create', 'phone-room-create');

  await page.getByRole('button', { name: 'Create the room and open it' }).click();
  await page.waitForURL((url) => url.searchParams.get('room') === name);
  await ready(page);
  expect(new URL(page.url()).searchParams.get('target')).toBe('30');
  await expect(page.locator('#genesis-difficulty')).toHaveText('5');
  expect(await genesisRules(page)).toContain(`name=${name};difficulty=5;minDifficulty=1;retarget=30000/10;`);
  // Ten blocks must pass before the first retarget: the next block keeps the starting difficulty.
  expect(await mineOne(page)).toBe(5);
});

test('bad input is named next to its field, keeps what was typed, and opens nothing', async ({ newNodePage }) => {
  test.setTimeout(180_000);
  const page = await newNodePage();
  await page.setViewportSize(SIZES.desktop);
  const start = uiRoom('create');
  await page.goto(start);
  await openForm(page);

  await page.fill('#room-create-name', 'my room!');
  await page.getByLabel('Target time per block: the difficulty follows').check();
  await page.fill('#room-create-difficulty', '70');
  await page.fill('#room-create-seconds', '0');
  await page.getByRole('button', { name: 'Create the room and open it' }).click();

  await expect(page.locator('#room-create-name-error')).toHaveText(
    'Use only letters A–Z and a–z, digits, “_” and “-”, at most 64 of them.',
  );
  await expect(page.locator('#room-create-difficulty-error')).toHaveText('Enter a whole number of bits from 0 to 64.');
  await expect(page.locator('#room-create-seconds-error')).toHaveText(
    'Enter a whole number of seconds from 1 to 3600.',
  );
  await expect(page.locator('#room-create-status')).toHaveText('The room was not created: correct the marked fields.');
  await expect(page.locator('#room-create-name')).toBeFocused();
  for (const id of ['name', 'difficulty', 'seconds'])
    await expect(page.locator(`#room-create-${id}`)).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#room-create-name')).toHaveValue('my room!');
  await expect(page.locator('#room-create-difficulty')).toHaveValue('70');
  await expect(page.locator('#room-create-seconds')).toHaveValue('0');
  await expect(page.locator('.room-create-link-line')).toBeHidden();
  // No valid difficulty, no estimate: the field's error says why.
  await expect(page.locator('.room-create-estimate')).toBeHidden();
  expect(new URL(page.url()).search).toBe(new URL(start, page.url()).search);

  expect(await seriousViolations(page)).toEqual([]);
  await shoot(page, '#room-create', 'desktop-room-create-errors');
  await page.setViewportSize(SIZES.phone);
  expect(await seriousViolations(page)).toEqual([]);
  await shoot(page, '#room-create', 'phone-room-create-errors');

  // Emptied, the name asks for one; corrected, each message goes away as the field is fixed.
  await page.fill('#room-create-name', '');
  await expect(page.locator('#room-create-name-error')).toHaveText('Give the room a name.');
  await page.fill('#room-create-name', 'my-room');
  await expect(page.locator('#room-create-name-error')).toBeHidden();
  await page.fill('#room-create-difficulty', '7');
  await expect(page.locator('#room-create-difficulty-error')).toBeHidden();
  await expect(page.locator('#room-create-expected')).toContainText('(128 hashes expected at difficulty 7)');
  await expect(page.locator('#room-create-seconds-error')).toBeVisible();
  // A fixed room reads no target time: its error goes with the field.
  await page.getByLabel('Fixed: every block needs').check();
  await expect(page.locator('#room-create-seconds-error')).toBeHidden();
  await expect(page.locator('.room-create-link-line')).toBeVisible();
});

test('a private room: this node’s key comes first, a bad key is named, and the room opened lists the miners', async ({
  newNodePage,
}) => {
  test.setTimeout(120_000);
  const page = await newNodePage();
  await page.setViewportSize(SIZES.desktop);
  await page.goto(uiRoom('create-private'));
  await openForm(page);
  await expect(page.locator('#room-create-miners')).toBeHidden();
  await page.getByLabel('A private room: only the keys below may mine').check();
  await expect(page.locator('#room-create-miners')).toBeVisible();
  const miners = page.locator('#room-create-miners');
  const own = await miners.inputValue();
  // This node's own key, as its node panel shows it: the room's creator mines in it.
  expect(own).toMatch(/^[0-9a-f]{64}$/);

  // A node's key belongs to its room's name: the private room keeps this room's name, so these keys mine there.
  const room = new URL(page.url()).searchParams.get('room');
  await expect(page.locator('#room-create-name')).toHaveValue(room ?? '');
  await miners.fill(`${own}\nnot-a-key`);
  await expect(page.locator('#room-create-miners-error')).toHaveText(
    '"not-a-key" is not a public key: each is 64 hex characters, at most 64 keys.',
  );
  await expect(page.locator('.room-create-link-line')).toBeHidden();
  const student = 'cd'.repeat(32);
  await miners.fill(`${own}\n${student}`);
  await expect(page.locator('#room-create-miners-error')).toBeHidden();
  await expect(page.locator('#room-create-link')).toHaveAttribute('href', new RegExp(`miners=${own}%2C${student}`));
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Create the room and open it' }).click();
  await page.waitForURL(/miners=/);
  await ready(page);
  // The genesis commits to both keys; this node is listed, so it mines.
  expect(await genesisRules(page)).toContain(`miners=${[own, student].sort().join(',')}`);
  expect(await mineOne(page)).toBeGreaterThanOrEqual(0);
});
