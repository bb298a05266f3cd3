// The fork tree after a partition heals: both sides mined, the side with less work lost, and its block stays in
// the tree as a stale branch with the reason the other side won.
import { expect, test } from './fixtures.ts';
import { type ApiWindow, mesh, openNode, roomQuery, SPREAD_MS, testRoom, tipOf } from './peers-harness.ts';
import { openSection } from './sections.ts';
import { SIZES, shoot } from './ui-harness.ts';

test('a healed partition leaves a stale branch in the fork tree, explained by cumulative work', async ({
  newNodePage,
  signalling,
}, info) => {
  test.setTimeout(90_000);
  const query = roomQuery(testRoom('ui-fork', info), 1, signalling);
  const a = await openNode(await newNodePage(), query);
  const b = await openNode(await newNodePage(), query);
  await mesh([a, b]);
  await b.page.evaluate(() => (window as unknown as ApiWindow).blockchain.goOffline());

  await b.page.evaluate(() => (window as unknown as ApiWindow).blockchain.mine());
  await a.page.evaluate(() => (window as unknown as ApiWindow).blockchain.mine());
  const aTip = await a.page.evaluate(() => (window as unknown as ApiWindow).blockchain.mine());

  await b.page.evaluate(() => (window as unknown as ApiWindow).blockchain.goOnline());
  await expect.poll(() => tipOf(b), { timeout: SPREAD_MS }).toBe(aTip.hash);

  await b.page.setViewportSize(SIZES.desktop);
  await openSection(b.page, 'fork-tree');
  const tree = b.page.locator('#fork-drawing');
  await expect(tree.locator('.fork-node.stale')).toHaveCount(1);
  await expect(tree.locator('.fork-node.main')).toHaveCount(3);
  await expect(tree.locator('.fork-node.tip')).toHaveAttribute('data-hash', aTip.hash);
  await expect(b.page.locator('#fork-why')).toContainText('most cumulative work');
  await shoot(b.page, '#fork-tree', 'desktop-fork-stale');
  await b.page.setViewportSize(SIZES.phone);
  await shoot(b.page, '#fork-tree', 'phone-fork-stale');
});
