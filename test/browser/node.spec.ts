// One tab is a complete, persistent node: transactions through the console API and the page are mined and survive a
// reload; tabs are separate nodes; a duplicated tab gets a node of its own.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { openSection } from './sections.ts';

/** Eight bits of work: blocks in a few milliseconds, so the test is about behaviour, not speed. */
function roomUrl(name: string): string {
  return `/?room=${name}-${Math.random().toString(36).slice(2, 8)}&difficulty=8`;
}

async function nodeIdOf(page: Page): Promise<string> {
  return page.evaluate(async () => {
    await window.blockchain?.ready;
    return window.blockchain?.id ?? '';
  });
}

const RECIPIENT = 'ab'.repeat(20);

test('transactions from the console API and from the page are mined into block 2 and survive a reload', async ({
  newNodePage,
}) => {
  const page = await newNodePage();
  await page.goto(roomUrl('node'));
  const id = await nodeIdOf(page);
  expect(id).toMatch(/^n-/);
  await expect(page.locator('#node-id')).toHaveText(id);

  const viaApi = await page.evaluate(() =>
    window.blockchain?.newTransaction({ recipient: 'ab'.repeat(20), info: 'thermometer-7: 21.5C' }),
  );
  expect(viaApi).toEqual({
    message: 'Transaction will be added to Block 2',
    index: 2,
    txid: expect.stringMatching(/^[0-9a-f]{64}$/),
  });

  await page.fill('#tx-recipient', RECIPIENT);
  await page.fill('#tx-info', 'door sensor: open');
  await page.click('#tx-form button[type=submit]');
  await expect(page.locator('#tx-result')).toContainText('will be in block 2');
  await expect(page.locator('#mempool-size')).toHaveText('2');

  await page.click('#mine-once');
  await expect(page.locator('#node-height')).toHaveText('2');
  await expect(page.locator('#mempool-size')).toHaveText('0');
  const block2 = await page.evaluate(() => window.blockchain?.chain().chain[1]);
  expect(block2?.transactions.map((t) => t.info)).toEqual(['', 'thermometer-7: 21.5C', 'door sensor: open']);
  await expect(page.locator('.block-card').first()).toContainText('Block 2');

  await page.reload();
  expect(await nodeIdOf(page)).toBe(id);
  // The page's first script read the node's blocks before the app loaded, and the store took that read over.
  const pageRead = await page.evaluate(() => performance.getEntriesByName('node-start:page-read').length);
  expect(pageRead).toBe(1);
  const afterReload = await page.evaluate(() => window.blockchain?.chain());
  expect(afterReload?.length).toBe(2);
  expect(afterReload?.chain[1]).toEqual(block2);
  await expect(page.locator('#node-height')).toHaveText('2');
});

test('the page names the bad field of a transaction', async ({ newNodePage }) => {
  const page = await newNodePage();
  await page.goto(roomUrl('form'));
  await nodeIdOf(page);
  // Value moves to an address only (a record of 0 may name a label, as the paper's devices do).
  await page.fill('#tx-recipient', 'not-an-address');
  await page.fill('#tx-amount', '5');
  await page.click('#tx-form button[type=submit]');
  await expect(page.locator('#tx-recipient-error')).toContainText('recipient must be an address');
  await expect(page.locator('#tx-recipient')).toHaveAttribute('aria-invalid', 'true');
  await page.fill('#tx-recipient', 'x'.repeat(65));
  await page.fill('#tx-amount', '0');
  await page.click('#tx-form button[type=submit]');
  await expect(page.locator('#tx-recipient-error')).toContainText('a label of 1 to 64 characters');
  await page.fill('#tx-recipient', RECIPIENT);
  await page.fill('#tx-amount', '5');
  await page.click('#tx-form button[type=submit]');
  await expect(page.locator('#tx-amount-error')).toContainText('overspend');
  await expect(page.locator('#tx-recipient-error')).toBeHidden();
});

test('two tabs of one browser are two nodes that link over BroadcastChannel with no server; a duplicated tab gets a node of its own', async ({
  newNodePage,
}) => {
  const first = await newNodePage();
  // No signalling server at all: the tabs link over the browser's BroadcastChannel.
  const url = `${roomUrl('tabs')}&signal=none`;
  await first.goto(url);
  const second = await first.context().newPage();
  await second.goto(url);
  const [firstId, secondId] = [await nodeIdOf(first), await nodeIdOf(second)];
  expect(firstId).not.toBe(secondId);
  const firstPeer = await first.evaluate(() => window.blockchain?.peerId);
  await expect
    .poll(() =>
      second.evaluate(() =>
        window.blockchain
          ?.peerInfo()
          .filter((p) => p.ready)
          .map((p) => p.id),
      ),
    )
    .toEqual([firstPeer]);
  const mined = await first.evaluate(() => window.blockchain?.mine());
  await expect.poll(() => second.evaluate(() => window.blockchain?.chain().chain.at(-1)?.hash)).toBe(mined?.hash);

  // window.open copies sessionStorage, as "Duplicate tab" does: the copy names the first tab's node.
  const [duplicate] = await Promise.all([
    first.context().waitForEvent('page'),
    first.evaluate(() => window.open(window.location.href)),
  ]);
  const duplicateId = await nodeIdOf(duplicate);
  expect([firstId, secondId]).not.toContain(duplicateId);
  await expect(duplicate.locator('#notices')).toContainText(`copy of a tab that runs node ${firstId}`);

  // Every node of this room on this device is listed, and the running ones cannot be deleted.
  await first.reload();
  expect(await nodeIdOf(first)).toBe(firstId);
  await openSection(first, 'devices');
  const devices = first.locator('#device-list li');
  await expect(devices).toHaveCount(3);
  await expect(first.locator('#device-list li', { hasText: firstId })).toContainText('this tab');
  await expect(
    first.locator('#device-list li', { hasText: secondId }).getByRole('button', { name: 'Delete' }),
  ).toBeDisabled();
});
