// A partition a teacher can show: one node goes offline, both sides mine, the node comes back, and everyone
// converges on the chain with the most work; the transactions of the losing side's blocks return to its mempool.
import { expect, test } from './fixtures.ts';
import {
  type ApiWindow,
  heightOf,
  mempoolOf,
  mesh,
  type NodePage,
  openNode,
  peersOf,
  roomQuery,
  SPREAD_MS,
  testRoom,
  tipOf,
} from './peers-harness.ts';

test('an offline node rejoins, adopts the most-work chain and gets its orphaned transactions back', async ({
  newNodePage,
  signalling,
}, info) => {
  test.setTimeout(120_000);
  const query = roomQuery(testRoom('partition', info), 1, signalling);
  const nodes: NodePage[] = [];
  for (let i = 0; i < 4; i++) nodes.push(await openNode(await newNodePage(), query));
  await mesh(nodes);
  const [a, b, c, d] = nodes;
  if (!a || !b || !c || !d) throw new Error('four nodes');

  await c.page.evaluate(() => (window as unknown as ApiWindow).blockchain.goOffline());
  await expect.poll(() => peersOf(c)).toEqual([]);
  for (const node of [a, b, d]) await expect.poll(() => peersOf(node), { timeout: SPREAD_MS }).toHaveLength(2);

  // C's side: one block carrying a transaction only C knows.
  const { txid } = await c.page.evaluate(
    (recipient) => (window as unknown as ApiWindow).blockchain.newTransaction({ recipient, info: 'written offline' }),
    a.address,
  );
  const cBlock = await c.page.evaluate(() => (window as unknown as ApiWindow).blockchain.mine());
  expect(cBlock.transactions.map((tx) => tx.txid)).toContain(txid);
  // The other side: two blocks, more work.
  await a.page.evaluate(() => (window as unknown as ApiWindow).blockchain.mine());
  const aTip = await a.page.evaluate(() => (window as unknown as ApiWindow).blockchain.mine());
  for (const node of [b, d]) await expect.poll(() => tipOf(node), { timeout: SPREAD_MS }).toBe(aTip.hash);
  expect(await tipOf(c)).toBe(cBlock.hash);
  expect(await mempoolOf(a)).not.toContain(txid);

  await c.page.evaluate(() => (window as unknown as ApiWindow).blockchain.goOnline());
  for (const node of nodes) await expect.poll(() => tipOf(node), { timeout: SPREAD_MS }).toBe(aTip.hash);
  expect(await heightOf(c)).toBe(3);
  await expect.poll(() => mempoolOf(c), { timeout: SPREAD_MS }).toContain(txid);
  // Back in C's mempool, it spreads again.
  for (const node of [a, b, d]) await expect.poll(() => mempoolOf(node), { timeout: SPREAD_MS }).toContain(txid);
});
