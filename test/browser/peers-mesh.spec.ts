// Four app nodes in one room: a transaction made on one reaches every mempool, a block mined on another reaches
// every chain; and nodes of a room find each other through the signalling server with nobody registering anyone.
import { expect, test } from './fixtures.ts';
import {
  type ApiWindow,
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

test('four nodes: a transaction reaches every mempool, a mined block every chain', async ({
  newNodePage,
  signalling,
}, info) => {
  test.setTimeout(90_000);
  const query = roomQuery(testRoom('mesh', info), 1, signalling);
  const nodes: NodePage[] = [];
  for (let i = 0; i < 4; i++) nodes.push(await openNode(await newNodePage(), query));
  await mesh(nodes);
  const [a, b] = nodes;
  if (!a || !b) throw new Error('four nodes');

  const { txid } = await a.page.evaluate(
    (recipient) => (window as unknown as ApiWindow).blockchain.newTransaction({ recipient, info: 'sensor-1: 20C' }),
    b.address,
  );
  for (const node of nodes) await expect.poll(() => mempoolOf(node), { timeout: SPREAD_MS }).toContain(txid);

  const block = await b.page.evaluate(() => (window as unknown as ApiWindow).blockchain.mine());
  expect(block.transactions.map((tx) => tx.txid)).toContain(txid);
  for (const node of nodes) {
    await expect.poll(() => tipOf(node), { timeout: SPREAD_MS }).toBe(block.hash);
    await expect.poll(() => mempoolOf(node), { timeout: SPREAD_MS }).toEqual([]);
  }
});

test('nodes of a room find each other through the signalling server’s list, unregistered', async ({
  newNodePage,
  signalling,
}, info) => {
  const query = roomQuery(testRoom('discover', info), 1, signalling);
  const a = await openNode(await newNodePage(), query);
  const b = await openNode(await newNodePage(), query);
  await expect.poll(() => peersOf(a), { timeout: SPREAD_MS }).toEqual([b.peerId]);
  await expect.poll(() => peersOf(b), { timeout: SPREAD_MS }).toEqual([a.peerId]);
  // Another room on the same server stays apart.
  const stranger = await openNode(await newNodePage(), roomQuery(testRoom('elsewhere', info), 1, signalling));
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  expect(await peersOf(stranger)).toEqual([]);
  expect(await peersOf(a)).toEqual([b.peerId]);
});
