// A node belongs to the device, not the tab: opening the app again after its tab was closed resumes that node (same
// id, address and chain), while a second tab opened next to a running one gets a node of its own.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** Eight bits of work: blocks in a few milliseconds. No signalling: these tabs need no peers. */
function roomUrl(): string {
  return `/?room=resume-${Math.random().toString(36).slice(2, 8)}&difficulty=8&signal=none`;
}

async function nodeOf(page: Page): Promise<{ id: string; address: string; tip: string; length: number }> {
  return page.evaluate(async () => {
    const api = window.blockchain;
    if (!api) throw new Error('no window.blockchain');
    await api.ready;
    const { chain, length } = api.chain();
    return { id: api.id, address: api.address, tip: chain.at(-1)?.hash ?? '', length };
  });
}

test('closing the tab and opening the URL again resumes the node; a second open tab gets a new one', async ({
  newNodePage,
}) => {
  // Six page starts on a shared machine.
  test.setTimeout(180_000);
  const url = roomUrl();
  const first = await newNodePage();
  const context = first.context();
  await first.goto(url);
  await first.evaluate(async () => {
    await window.blockchain?.ready;
    await window.blockchain?.mine();
    await window.blockchain?.mine();
  });
  const before = await nodeOf(first);
  expect(before.length).toBe(3);
  await first.close();

  // A new tab of the same browser: no session names a node, the device's registry does.
  const reopened = await context.newPage();
  await reopened.goto(url);
  expect(await nodeOf(reopened)).toEqual(before);
  await expect(reopened.locator('#node-id')).toHaveText(before.id);
  await expect(reopened.locator('#notices')).not.toContainText('gone from this browser');

  // Its reload keeps it; a second tab, opened while this one runs the node, is a node of its own.
  await reopened.reload();
  expect((await nodeOf(reopened)).id).toBe(before.id);
  const second = await context.newPage();
  await second.goto(url);
  const other = await nodeOf(second);
  expect(other.id).not.toBe(before.id);
  expect(other.address).not.toBe(before.address);
  expect(other.length).toBe(1);

  // Both closed: the next tab resumes the one used last (the second tab's, gone out of sight last).
  await reopened.close();
  await second.close();
  const third = await context.newPage();
  await third.goto(url);
  expect([before.id, other.id]).toContain((await nodeOf(third)).id);
  const fourth = await context.newPage();
  await fourth.goto(url);
  const ids = [(await nodeOf(third)).id, (await nodeOf(fourth)).id];
  expect(new Set(ids)).toEqual(new Set([before.id, other.id]));
});
