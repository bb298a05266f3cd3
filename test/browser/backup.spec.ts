// Lost data is told and recoverable: a backup downloaded from the page (private key only past a warning), the node's
// database deleted behind the app's back, and the reopened page says what was lost and restores the same address and
// chain from that file. A file that is no good backup is refused and changes nothing.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { openSection } from './sections.ts';

function roomUrl(): string {
  return `/?room=backup-${Math.random().toString(36).slice(2, 8)}&difficulty=8&signal=none`;
}

async function nodeOf(page: Page): Promise<{ id: string; address: string; network: string; chain: unknown[] }> {
  return page.evaluate(async () => {
    const api = window.blockchain;
    if (!api) throw new Error('no window.blockchain');
    await api.ready;
    return { id: api.id, address: api.address, network: api.network, chain: api.chain().chain };
  });
}

test('a node whose database was deleted is told lost, and its downloaded backup brings the same address and chain back', async ({
  newNodePage,
}) => {
  // Six page starts on a shared machine.
  test.setTimeout(180_000);
  const url = roomUrl();
  const page = await newNodePage();
  const context = page.context();
  await page.goto(url);
  await page.evaluate(async () => {
    await window.blockchain?.ready;
    for (let i = 0; i < 3; i++) await window.blockchain?.mine();
  });
  const before = await nodeOf(page);
  expect(before.chain).toHaveLength(4);

  // The private key leaves the page only on the second click, past the warning.
  await openSection(page, 'chain-files');
  await page.click('#backup-download');
  await expect(page.locator('#backup-warning')).toBeVisible();
  await expect(page.locator('#backup-warning')).toContainText('private key');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#backup-confirm')]);
  expect(download.suggestedFilename()).toBe(`backup-${before.network}-${before.id}.json`);
  const backupPath = await download.path();
  const backupText = await readFile(backupPath, 'utf8');
  expect(JSON.parse(backupText).backup).toMatchObject({ nodeId: before.id, address: before.address });
  await page.close();

  // Behind the app's back: another page of the origin deletes the node's database.
  const other = await context.newPage();
  await other.goto('/favicon.svg');
  const deleted = await other.evaluate(
    (name) =>
      new Promise<string>((resolve) => {
        const request = indexedDB.deleteDatabase(name);
        request.onsuccess = () => resolve('deleted');
        request.onerror = () => resolve(`error ${request.error?.name}`);
        request.onblocked = () => resolve('blocked');
      }),
    `bbc-node-${before.network}-${before.id}`,
  );
  expect(deleted).toBe('deleted');
  await other.close();

  // Reopened: the device resumes that node, finds no key, says so, and runs a new node meanwhile.
  const reopened = await context.newPage();
  await reopened.goto(url);
  const meanwhile = await nodeOf(reopened);
  expect(meanwhile.id).not.toBe(before.id);
  expect(meanwhile.address).not.toBe(before.address);
  await expect(reopened.locator('#notices')).toContainText(`The data of node ${before.id}`);
  // The backup panel opens by itself to name the lost node.
  await expect(reopened.locator('#backup-lost')).toContainText(before.id);
  await openSection(reopened, 'devices');
  await expect(reopened.locator('#device-list li', { hasText: before.id })).toContainText('data lost');

  // A file that is no good backup is refused, and nothing changes.
  const tampered = JSON.parse(backupText);
  tampered.backup.nodeId = 'n-mallory';
  await reopened.setInputFiles('#backup-open', {
    name: 'tampered.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(tampered)),
  });
  await expect(reopened.locator('#backup-result')).toContainText('Not restored, nothing was changed');
  const refused = await reopened.evaluate(async (text) => {
    try {
      await window.blockchain?.restore(text);
      return 'restored';
    } catch (error) {
      return (error as { code?: string }).code;
    }
  }, '{"chain": []}');
  expect(refused).toBe('not-a-backup');
  expect((await nodeOf(reopened)).id).toBe(meanwhile.id);

  // The downloaded backup: the page restores the node under its own id and switches to it.
  await Promise.all([reopened.waitForEvent('load'), reopened.setInputFiles('#backup-open', backupPath)]);
  const restored = await nodeOf(reopened);
  expect(restored).toEqual(before);
  await expect(reopened.locator('#node-address')).toHaveText(before.address);
  await expect(reopened.locator('#notices')).not.toContainText('gone from this browser');
  expect(await reopened.evaluate(() => window.blockchain?.verify())).toEqual({ valid: true, length: 4 });
});
