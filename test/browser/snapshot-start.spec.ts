// A returning tab with a long chain starts on its ledger snapshot: ready on the blocks after the snapshot's base, it
// says it is checking the blocks before it until it has, and then holds its whole chain; a snapshot damaged on disk
// is passed over with a notice, and the whole chain is read instead.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** One bit of work: a thousand blocks in a few seconds. */
function roomUrl(name: string): string {
  return `/?room=${name}-${Math.random().toString(36).slice(2, 8)}&difficulty=1`;
}

/** Well past the first snapshot (taken once the chain is 256 blocks past genesis, 64 below the tip). */
const BLOCKS = 1_100;

type NoticeWindow = Window & { shownNotices?: string[] };

/** Records every notice the page shows, even one withdrawn a moment later. */
async function recordNotices(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shown: string[] = [];
    (window as NoticeWindow).shownNotices = shown;
    new MutationObserver((changes) => {
      for (const change of changes) {
        for (const node of change.addedNodes) if (node instanceof HTMLLIElement) shown.push(node.textContent ?? '');
      }
    }).observe(document, { childList: true, subtree: true });
  });
}

async function minedAndSaved(page: Page, height: number): Promise<string> {
  await page.evaluate(() => window.blockchain?.autoMine(true));
  await expect
    .poll(() => page.evaluate(() => window.blockchain?.storage().height ?? 0), { timeout: 60_000 })
    .toBeGreaterThanOrEqual(height);
  await page.evaluate(() => window.blockchain?.autoMine(false));
  // Every block stored, and the snapshot taken after the admitting task with them.
  const stored = () =>
    page.evaluate(() => {
      const storage = window.blockchain?.storage();
      return storage !== undefined && storage.saved?.tipHash === storage.tipHash;
    });
  await expect.poll(stored).toBe(true);
  await page.waitForTimeout(500);
  return page.evaluate(() => window.blockchain?.storage().tipHash ?? '');
}

test('a returning tab starts on its ledger snapshot, says so until the history is checked, then holds it all', async ({
  newNodePage,
}) => {
  test.setTimeout(120_000);
  const page = await newNodePage();
  await recordNotices(page);
  await page.goto(roomUrl('snapshot'));
  await page.evaluate(() => window.blockchain?.ready);
  const tip = await minedAndSaved(page, BLOCKS);

  await page.reload();
  await page.evaluate(() => window.blockchain?.ready);
  const history = await page.evaluate(() => window.blockchain?.history);
  expect(history?.agreed).toBe(true);
  expect(history?.blocks).toBeGreaterThanOrEqual(BLOCKS - 1);
  const shown = await page.evaluate(() => (window as NoticeWindow).shownNotices ?? []);
  expect(shown.some((text) => text.includes('started on its ledger snapshot'))).toBe(true);
  // Withdrawn once done: the list keeps no "being checked" line.
  await expect(page.locator('#notice-list')).not.toContainText('being read and checked');
  const chain = await page.evaluate(() => window.blockchain?.chain());
  expect(chain?.chain[0]?.index).toBe(1);
  expect(chain?.chain.at(-1)?.hash).toBe(tip);
  expect(await page.evaluate(() => window.blockchain?.verify())).toMatchObject({ valid: true });
  await page.evaluate(() => window.blockchain?.mine());
  await expect(page.locator('#node-height')).toHaveText(String((chain?.length ?? 0) + 1));
});

test('a ledger snapshot damaged on disk is passed over with a notice: the whole chain is read', async ({
  newNodePage,
}) => {
  test.setTimeout(120_000);
  const page = await newNodePage();
  await page.goto(roomUrl('snapshot-damaged'));
  await page.evaluate(() => window.blockchain?.ready);
  const tip = await minedAndSaved(page, BLOCKS);
  const database = await page.evaluate(() => `bbc-node-${window.blockchain?.network}-${window.blockchain?.id}`);
  await page.reload();
  await page.evaluate(() => window.blockchain?.history);
  // Flip the last byte of the stored snapshot (its checksum no longer holds), with this tab's node closed.
  await page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(name);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction('meta', 'readwrite');
    const meta = tx.objectStore('meta');
    const read = meta.get('ledger-snapshot');
    read.onsuccess = () => {
      const record = read.result as { baseHash: string; bytes: Uint8Array };
      const bytes = record.bytes.slice();
      bytes[bytes.length - 1] = (bytes[bytes.length - 1] as number) ^ 0xff;
      meta.put({ ...record, bytes }, 'ledger-snapshot');
    };
    await new Promise((resolve) => {
      tx.oncomplete = resolve;
    });
    db.close();
  }, database);

  await page.reload();
  await page.evaluate(() => window.blockchain?.ready);
  await expect(page.locator('#notice-list')).toContainText('could not be used');
  expect(await page.evaluate(() => window.blockchain?.history)).toEqual({ agreed: true, blocks: 0 });
  expect(await page.evaluate(() => window.blockchain?.chain().chain.at(-1)?.hash)).toBe(tip);
  await page.screenshot({ path: test.info().outputPath('snapshot-damaged.png') });
});
