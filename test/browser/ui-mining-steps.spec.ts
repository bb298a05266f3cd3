// Mining step by step: a sandbox candidate tried nonce by nonce (each row's hash recomputed here from the header
// the page shows), then found at full speed, mined again at full speed with a rate, tries per block over a series,
// and a Stop the page answers while it hashes at full speed.
import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';
import { NONCE_OFFSET } from '../../src/core/index.ts';
import { expect, test } from './fixtures.ts';
import { openSection } from './sections.ts';
import { ready, SIZES, seriousViolations, shoot, uiRoom } from './ui-harness.ts';

const DIFFICULTY = 8;
/** Nonces the slow mode must show before its block: the test picks a candidate whose first winner comes later. */
const SLOW_NONCES = 10;
/** Nonces between the last one the test waits for and the winner: at 5 a second, six seconds for the pause to land
 *  on a loaded machine before the block is found. */
const MARGIN = 30;

/** The header with `nonce` in its last eight bytes, as the chain encodes it (docs/chain-format.md). */
function withNonce(headerHex: string, nonce: number): Buffer {
  const header = Buffer.from(headerHex, 'hex');
  header.writeBigUInt64BE(BigInt(nonce), NONCE_OFFSET);
  return header;
}
const sha256Hex = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
/** The target rule, written here from its definition: hash < 2^(256 - difficulty). */
const belowTarget = (hash: string, difficulty: number) => BigInt(`0x${hash}`) < 2n ** BigInt(256 - difficulty);

function firstWinningNonce(headerHex: string, difficulty: number): number {
  for (let nonce = 0; ; nonce++) if (belowTarget(sha256Hex(withNonce(headerHex, nonce)), difficulty)) return nonce;
}

/** Buttons are pressed from the keyboard: it is how the lesson must work, and no layout shift elsewhere on the page
 *  can move a key press onto another element. */
const press = (page: Page, selector: string) => page.locator(selector).press('Enter');

const headerShown = (page: Page) => page.locator('#steps-header').getAttribute('data-header');

/** A candidate whose first winning nonce is past the slow part, found by this test's own SHA-256. */
async function candidateForSlowMining(page: Page): Promise<{ header: string; winner: number }> {
  for (;;) {
    const header = await headerShown(page);
    if (header === null) throw new Error('the candidate shows no header');
    const winner = firstWinningNonce(header, DIFFICULTY);
    if (winner >= SLOW_NONCES + MARGIN) return { header, winner };
    await press(page, '#steps-new');
    await expect(page.locator('#steps-header')).not.toHaveAttribute('data-header', header);
  }
}

test('slow mining shows nonces one by one, then a valid block; tries per block average out', async ({
  newNodePage,
}) => {
  // Two whole-page axe scans and a series of blocks take a while on a loaded machine.
  test.setTimeout(300_000);
  const page = await newNodePage();
  await page.setViewportSize(SIZES.desktop);
  await page.goto(uiRoom('steps'));
  await ready(page);
  await openSection(page, 'mining-steps');
  await expect(page.locator('#steps-run')).toBeVisible();
  await expect(page.locator('#steps-difficulty')).toHaveValue('4');
  await page.fill('#steps-difficulty', String(DIFFICULTY));
  await expect(page.locator('#steps-candidate')).toContainText(`${'0'.repeat(DIFFICULTY / 4)}${'f'.repeat(4)}`);
  const { header, winner } = await candidateForSlowMining(page);

  // Every change of the tries table, as the nonce on its top row: one new nonce per change is "one by one".
  await page.locator('#steps-tries').evaluate((body) => {
    const seen: string[] = [];
    Object.assign(window, { stepsSeen: seen });
    new MutationObserver(() => seen.push(body.firstElementChild?.getAttribute('data-nonce') ?? '')).observe(body, {
      childList: true,
    });
  });
  await page.selectOption('#steps-speed', '5');
  await press(page, '#steps-run');
  await expect(page.locator('#steps-run')).toHaveText('Pause');
  await expect(page.locator(`#steps-tries tr[data-nonce="${SLOW_NONCES - 1}"]`)).toBeAttached({ timeout: 30_000 });
  await press(page, '#steps-run');
  await expect(page.locator('#steps-run')).toHaveText('Resume');
  const seen = await page.evaluate(() => (window as unknown as { stepsSeen: string[] }).stepsSeen);
  expect(seen.length).toBeGreaterThanOrEqual(SLOW_NONCES);
  expect(seen).toEqual(seen.map((_, i) => String(i)));

  // One more by hand; every row is the candidate's header with its nonce, hashed, and judged by the target rule.
  await press(page, '#steps-step');
  await expect(page.locator('#steps-tries tr').first()).toHaveAttribute('data-nonce', String(seen.length));
  await expect(page.locator('#steps-status')).toHaveText(
    `Paused after ${seen.length + 1} tries. One try steps on; Resume goes on.`,
  );
  const rows = await page.locator('#steps-tries tr').evaluateAll((trs) =>
    trs.map((tr) => ({
      nonce: Number(tr.getAttribute('data-nonce')),
      hash: tr.getAttribute('data-hash') ?? '',
      cells: [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''),
    })),
  );
  expect(rows.length).toBeGreaterThanOrEqual(SLOW_NONCES);
  for (const row of rows) {
    expect(row.hash).toBe(sha256Hex(withNonce(header, row.nonce)));
    expect(belowTarget(row.hash, DIFFICULTY)).toBe(false);
    expect(row.cells[0]).toBe(String(row.nonce));
    expect(row.cells[1]).toBe(row.hash);
    expect(row.cells[2]).toMatch(new RegExp(`^\\d < ${DIFFICULTY}$`));
    expect(row.cells[3]).toBe('no');
  }

  // The rest at full speed: the block found is the first winning nonce, and its header hashes below the target.
  await page.selectOption('#steps-speed', 'full');
  await press(page, '#steps-run');
  await expect(page.locator('#steps-found')).toBeVisible({ timeout: 30_000 });
  const winning = page.locator('#steps-tries tr').first();
  await expect(winning).toHaveAttribute('data-nonce', String(winner));
  const foundHeader = (await headerShown(page)) ?? '';
  expect(foundHeader).toBe(withNonce(header, winner).toString('hex'));
  const foundHash = sha256Hex(Buffer.from(foundHeader, 'hex'));
  expect(belowTarget(foundHash, DIFFICULTY)).toBe(true);
  await expect(winning).toHaveAttribute('data-hash', foundHash);
  await expect(winning.locator('td').last()).toHaveText('yes');
  await expect(page.locator('#steps-status')).toContainText(`Block found: nonce ${winner}, after ${winner + 1} tries.`);

  await press(page, '#steps-again');
  await expect(page.locator('#steps-again-result')).toContainText(`Nonce ${winner} again, after ${winner + 1} tries`);

  // Ten more blocks at full speed: the table lists all eleven and the average against 2^8.
  await page.selectOption('#steps-series-count', '10');
  await press(page, '#steps-series');
  await expect(page.locator('#steps-series-status')).toHaveText('10 blocks mined.', { timeout: 30_000 });
  await expect(page.locator('#steps-records tr')).toHaveCount(11);
  // The table writes counts as the page's language does: 1,023 in English (a winner past 999 happens).
  await expect(page.locator('#steps-records tr').last().locator('td').nth(2)).toHaveText(
    new Intl.NumberFormat('en').format(winner + 1),
  );
  await expect(page.locator('#steps-summary li')).toHaveText([
    new RegExp(`^Difficulty ${DIFFICULTY}: 11 blocks, [\\d,]+ tries on average; 2\\^${DIFFICULTY} = 256 expected\\.$`),
  ]);

  expect(await seriousViolations(page)).toEqual([]);
  await shoot(page, '#mining-steps', 'desktop-mining-steps');

  await page.setViewportSize(SIZES.phone);
  expect(await seriousViolations(page)).toEqual([]);
  await shoot(page, '#mining-steps', 'phone-mining-steps');

  // Full speed at difficulty 20 (a million tries a block) keeps answering clicks: Stop ends the series.
  await page.fill('#steps-difficulty', '20');
  await page.selectOption('#steps-series-count', '50');
  await press(page, '#steps-series');
  await expect(page.locator('#steps-series-status')).toHaveText(/^Block \d+ of 50: /);
  await press(page, '#steps-stop');
  await expect(page.locator('#steps-series-status')).toHaveText(/^Stopped: \d+ of 50 blocks mined\.$/);
  await expect(page.locator('#steps-series')).toBeEnabled();
});
