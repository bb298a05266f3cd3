// A returning tab with a long chain starts on its ledger snapshot: ready on the blocks after the snapshot's base, it
// says it is checking the blocks before it until it has, and then holds its whole chain; a snapshot damaged on disk
// is passed over with a notice, and the whole chain is read instead; a stale one (its base not on the stored chain,
// as after a reorg) is passed over without a word, and replaced.
import type { Page } from '@playwright/test';
import { SNAPSHOT_DEPTH, SNAPSHOT_EVERY_BLOCKS } from '../../src/node/snapshot-start.ts';
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

/** The node's IndexedDB database (src/storage/registry.ts names it). */
function nodeDatabase(page: Page): Promise<string> {
  return page.evaluate(() => `bbc-node-${window.blockchain?.network}-${window.blockchain?.id}`);
}

/** The stored snapshot record's fields, its bytes as numbers (what page.evaluate carries). */
type SnapshotRecord = { readonly fields: Record<string, unknown>; readonly bytes: number[] };

/** Reads, or with `replacement` overwrites, the `ledger-snapshot` record of database `name` on `page`'s origin. */
function snapshotRecord(page: Page, name: string, replacement: SnapshotRecord | null = null): Promise<SnapshotRecord> {
  return page.evaluate(
    async ([database, written]) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(database);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction('meta', 'readwrite');
      const meta = tx.objectStore('meta');
      if (written !== null) meta.put({ ...written.fields, bytes: Uint8Array.from(written.bytes) }, 'ledger-snapshot');
      const read = meta.get('ledger-snapshot');
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
      const { bytes, ...fields } = read.result as { bytes: Uint8Array };
      return { fields, bytes: [...bytes] };
    },
    [name, replacement] as const,
  );
}

/**
 * The stored snapshot once none is due: a node that mined past its last snapshot within the minimum interval takes the
 * next soon after its restart, and that one would overwrite a record the test wrote before it.
 */
async function settledSnapshot(page: Page, database: string): Promise<SnapshotRecord> {
  const blocksPastDue = async (): Promise<number> => {
    const { fields } = await snapshotRecord(page, database);
    return page
      .evaluate((baseHash) => {
        const chain = window.blockchain?.chain().chain ?? [];
        const base = chain.find((block) => block.hash === baseHash)?.index ?? 0;
        return { base, height: chain.at(-1)?.index ?? 0 };
      }, fields.baseHash)
      .then(({ base, height }) => height - SNAPSHOT_DEPTH - (base + SNAPSHOT_EVERY_BLOCKS));
  };
  await expect.poll(blocksPastDue, { timeout: 30_000 }).toBeLessThan(0);
  return snapshotRecord(page, database);
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
  const database = await nodeDatabase(page);
  await page.reload();
  await page.evaluate(() => window.blockchain?.history);
  // Flip the last byte of the stored snapshot: its checksum no longer holds.
  const { fields, bytes } = await settledSnapshot(page, database);
  bytes[bytes.length - 1] = (bytes[bytes.length - 1] as number) ^ 0xff;
  await snapshotRecord(page, database, { fields, bytes });

  await page.reload();
  await page.evaluate(() => window.blockchain?.ready);
  await expect(page.locator('#notice-list')).toContainText('could not be used');
  expect(await page.evaluate(() => window.blockchain?.history)).toEqual({ agreed: true, blocks: 0 });
  expect(await page.evaluate(() => window.blockchain?.chain().chain.at(-1)?.hash)).toBe(tip);
  await page.screenshot({ path: test.info().outputPath('snapshot-damaged.png') });
});

test('a stale ledger snapshot is passed over without a word: the whole chain is read, and a new snapshot taken', async ({
  newNodePage,
}) => {
  test.setTimeout(180_000);
  const url = roomUrl('snapshot-stale');
  const page = await newNodePage();
  await recordNotices(page);
  await page.goto(url);
  await page.evaluate(() => window.blockchain?.ready);
  const tip = await minedAndSaved(page, BLOCKS);
  const database = await nodeDatabase(page);
  const own = await snapshotRecord(page, database);
  await page.close();

  // Another node of the same room, mining alone on another device: a genuine snapshot, whose base this node never
  // stored, as a snapshot's base is gone from the stored chain after a reorg it was not retaken for.
  const other = await newNodePage();
  await other.goto(url);
  await other.evaluate(() => window.blockchain?.ready);
  await minedAndSaved(other, 400);
  const foreign = await snapshotRecord(other, await nodeDatabase(other));
  expect(foreign.fields.baseHash).not.toBe(own.fields.baseHash);
  await other.close();

  const reopened = await page.context().newPage();
  await recordNotices(reopened);
  await reopened.goto(url);
  await reopened.evaluate(() => window.blockchain?.history);
  await settledSnapshot(reopened, database);
  await snapshotRecord(reopened, database, foreign);
  await reopened.reload();
  await reopened.evaluate(() => window.blockchain?.ready);
  // Read from every block, with nothing to tell: no damage, no start on a snapshot.
  expect(await reopened.evaluate(() => window.blockchain?.history)).toEqual({ agreed: true, blocks: 0 });
  expect(await reopened.evaluate(() => window.blockchain?.chain().chain.at(-1)?.hash)).toBe(tip);
  const shown = await reopened.evaluate(() => (window as NoticeWindow).shownNotices ?? []);
  expect(shown.filter((text) => /snapshot|could not be used/.test(text))).toEqual([]);
  // Its own snapshot replaces the stale one, and the next start is on it.
  await expect
    .poll(async () => (await snapshotRecord(reopened, database)).fields.baseHash, { timeout: 30_000 })
    .not.toBe(foreign.fields.baseHash);
  await reopened.reload();
  await reopened.evaluate(() => window.blockchain?.ready);
  const history = await reopened.evaluate(() => window.blockchain?.history);
  expect(history?.agreed).toBe(true);
  expect(history?.blocks).toBeGreaterThan(0);
  expect(await reopened.evaluate(() => window.blockchain?.chain().chain.at(-1)?.hash)).toBe(tip);
});
