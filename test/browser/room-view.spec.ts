// The teacher's view of the room (?view=room): a 6-node room, one node cut off mines a longer branch while the room
// mines a shorter one; the view shows the cut-off node apart, and after the heal every node on one branch, the
// room's own block left stale in its fork tree, and a badge counting the nodes on the tip.
import { expect, test } from './fixtures.ts';
import {
  type ApiWindow,
  mesh,
  type NodePage,
  openNode,
  roomQuery,
  SPREAD_MS,
  testRoom,
  tipOf,
} from './peers-harness.ts';
import { SIZES, seriousViolations, shoot } from './ui-harness.ts';

/** Reports go out at most every 3 s on the heartbeat, and the view redraws within half a second. */
const REPORT_MS = 20_000;

test('the room view shows every node of a 6-node room on the right branch through a partition and its heal', async ({
  newNodePage,
  signalling,
}, info) => {
  test.setTimeout(240_000);
  const query = roomQuery(testRoom('room-view', info), 1, signalling);
  const dashboard = await openNode(await newNodePage(), `${query}&view=room`);
  const nodes: NodePage[] = [dashboard];
  for (let i = 0; i < 5; i++) nodes.push(await openNode(await newNodePage(), query));
  await mesh(nodes);
  const page = dashboard.page;
  await page.setViewportSize(SIZES.desktop);
  const rows = page.locator('#room-view tbody tr');

  // Alone on the page: the other sections are hidden, the room view lists all six, this node first.
  await expect(page.locator('#room-view')).toBeVisible();
  await expect(page.locator('#chain')).toBeHidden();
  await expect(rows).toHaveCount(6, { timeout: REPORT_MS });
  await expect(rows.first()).toHaveAttribute('data-node', dashboard.peerId);
  for (const node of nodes) await expect(page.locator(`tr[data-node="${node.peerId}"]`)).toBeVisible();

  const [, miner, , , , loner] = nodes as [NodePage, NodePage, NodePage, NodePage, NodePage, NodePage];
  await loner.page.evaluate(() => (window as unknown as ApiWindow).blockchain.goOffline());
  for (let i = 0; i < 2; i++) await loner.page.evaluate(() => (window as unknown as ApiWindow).blockchain.mine());
  const roomBlock = await miner.page.evaluate(() => (window as unknown as ApiWindow).blockchain.mine());
  await expect.poll(() => tipOf(dashboard), { timeout: SPREAD_MS }).toBe(roomBlock.hash);

  // The room's nodes report the new tip; the loner, cut off, still shows what it said before: one block behind.
  const rowOf = (node: NodePage) => page.locator(`tr[data-node="${node.peerId}"]`);
  await expect(rowOf(miner)).toHaveAttribute('data-branch', 'tip', { timeout: REPORT_MS });
  await expect(rowOf(loner)).toHaveAttribute('data-branch', 'behind');
  await expect(page.locator('#room-summary')).toContainText('6 nodes report');
  await shoot(page, '#room-view', 'desktop-room-view-partition');

  // The loner's branch has more work: every node takes it, the room's block goes stale, all six sit on one tip.
  await loner.page.evaluate(() => (window as unknown as ApiWindow).blockchain.goOnline());
  const lonerTip = await tipOf(loner);
  for (const node of nodes) await expect.poll(() => tipOf(node), { timeout: SPREAD_MS }).toBe(lonerTip);
  await expect(page.locator('#room-view tbody tr[data-branch="tip"]')).toHaveCount(6, { timeout: REPORT_MS });
  await expect(page.locator('#room-summary')).toContainText('on 1 branch');
  const tree = page.locator('#room-tree');
  await expect(tree.locator('.fork-node.stale')).toHaveAttribute('data-hash', roomBlock.hash);
  await expect(tree.locator(`.fork-mark[data-hash="${lonerTip}"]`)).toHaveAttribute('data-count', '6');
  await expect(page.locator('#room-branches li')).toHaveCount(1);
  expect(await seriousViolations(page)).toEqual([]);
  await shoot(page, '#room-view', 'desktop-room-view-healed');
  await page.setViewportSize(SIZES.phone);
  await shoot(page, '#room-view', 'phone-room-view-healed');
  if (await page.locator('#menu-toggle').isVisible()) await page.click('#menu-toggle');
  await page.click('#theme-toggle');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await shoot(page, '#room-view', 'phone-dark-room-view-healed');
  expect(await seriousViolations(page)).toEqual([]);
});
