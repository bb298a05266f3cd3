// Two connected nodes both keep mining: whichever finds a block first, the other drops its template at once and
// mines on the new tip, rather than finishing work that would only make a stale branch.
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

type Stats = { templates: number; restartsOnNewTip: number; lastTemplateParent: string };
const statsOf = (node: NodePage): Promise<Stats> =>
  node.page.evaluate(() =>
    (window as unknown as ApiWindow & { blockchain: { miningStats(): Stats } }).blockchain.miningStats(),
  );

test('mining restarts on the new tip when a peer’s block arrives', async ({ newNodePage, signalling }, info) => {
  test.setTimeout(90_000);
  // 2^20 hashes a block: a fraction of a second per block here, long enough that the loser is mid-search.
  const query = roomQuery(testRoom('restart', info), 20, signalling);
  const nodes = [await openNode(await newNodePage(), query), await openNode(await newNodePage(), query)];
  await mesh(nodes);
  for (const node of nodes) await node.page.evaluate(() => (window as unknown as ApiWindow).blockchain.autoMine(true));
  // Bounded wait: with both mining, a block from one reaches the other within seconds.
  await expect
    .poll(async () => (await Promise.all(nodes.map(statsOf))).reduce((n, s) => n + s.restartsOnNewTip, 0), {
      timeout: 60_000,
    })
    .toBeGreaterThan(0);
  for (const node of nodes) await node.page.evaluate(() => (window as unknown as ApiWindow).blockchain.autoMine(false));
  const [a, b] = nodes as [NodePage, NodePage];
  // Both may have found a block at the same height: equal work keeps each on its own first-seen tip, so one more
  // block settles it, as it would in class.
  await a.page.evaluate(() => (window as unknown as ApiWindow).blockchain.mine());
  await expect.poll(async () => (await tipOf(a)) === (await tipOf(b)), { timeout: SPREAD_MS }).toBe(true);
  const restarted = (await Promise.all(nodes.map(statsOf))).find((s) => s.restartsOnNewTip > 0);
  expect(restarted?.templates).toBeGreaterThan(1);
});
