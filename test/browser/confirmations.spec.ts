// Confirmations through a reorg: a node cut off from the room sends a transaction and buries it under two blocks of
// its own; when it rejoins, the room's chain has more work, its blocks leave the main chain and the transaction falls
// back to the mempool with 0 confirmations, in the console and on the page, until a block takes it again.
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
import { shoot } from './ui-harness.ts';

/** Where the console puts a transaction: its confirmations in chain(), or 0 in mempool(), or null in neither. */
function consoleConfirmations(node: NodePage, txid: string): Promise<{ chain: number | null; mempool: number | null }> {
  return node.page.evaluate((wanted) => {
    const api = (window as unknown as ApiWindow).blockchain;
    const inChain = api
      .chain()
      .chain.flatMap((block) => block.transactions)
      .find((tx) => tx.txid === wanted);
    const inMempool = api.mempool().find((tx) => tx.txid === wanted);
    return { chain: inChain?.confirmations ?? null, mempool: inMempool?.confirmations ?? null };
  }, txid);
}

function mine(node: NodePage): Promise<{ hash: string; index: number }> {
  return node.page.evaluate(() => (window as unknown as ApiWindow).blockchain.mine());
}

test('confirmations rise and fall through a reorg', async ({ newNodePage, signalling }, info) => {
  test.setTimeout(90_000);
  const query = roomQuery(testRoom('confirmations', info), 1, signalling);
  const room = await openNode(await newNodePage(), query);
  const sender = await openNode(await newNodePage(), query);
  await mesh([room, sender]);
  await sender.page.evaluate(() => (window as unknown as ApiWindow).blockchain.goOffline());
  const { page } = sender;

  // A record (amount 0) sent from the form: pending, 0 confirmations.
  await page.fill('#tx-recipient', room.address);
  await page.fill('#tx-info', 'door=open');
  await page.fill('#tx-amount', '0');
  await page.click('#tx-form button[type=submit]');
  const sentLine = page.locator('#tx-result');
  await expect(sentLine).toHaveAttribute('data-confirmations', '0');
  await expect(sentLine).toContainText('is pending in the mempool: 0 confirmations');
  const [txid] = await page.evaluate(() => (window as unknown as ApiWindow).blockchain.mempool().map((tx) => tx.txid));
  if (txid === undefined) throw new Error('the form sent no transaction');
  expect(await consoleConfirmations(sender, txid)).toEqual({ chain: null, mempool: 0 });

  // Mined alone: 1 in the tip, 2 once a block is on top; the block's card counts along.
  const held = await mine(sender);
  await expect(sentLine).toContainText(`is in block ${held.index}, the tip: 1 confirmation`);
  expect(await consoleConfirmations(sender, txid)).toEqual({ chain: 1, mempool: null });
  await mine(sender);
  await expect(sentLine).toContainText(`is in block ${held.index}: 2 confirmations`);
  await expect(sentLine).toHaveAttribute('data-confirmations', '2');
  const card = page.locator(`.block-card[data-key="${held.hash}"]`);
  await expect(card).toHaveAttribute('data-confirmations', '2');
  await expect(card.locator('.confirmations')).toHaveText('2');
  expect(await consoleConfirmations(sender, txid)).toEqual({ chain: 2, mempool: null });
  await shoot(page, '#transactions', 'confirmations-form-confirmed');
  await shoot(page, '#chain', 'confirmations-chain-confirmed');

  // Meanwhile the room mines three blocks: more work, so rejoining moves the sender onto the room's chain.
  await mine(room);
  await mine(room);
  const roomTip = await mine(room);
  await page.evaluate(() => (window as unknown as ApiWindow).blockchain.goOnline());
  await expect.poll(() => tipOf(sender), { timeout: SPREAD_MS }).toBe(roomTip.hash);

  // The reorg took the confirmations away: back in the mempool, and the card of its block is gone.
  await expect(sentLine).toHaveAttribute('data-confirmations', '0');
  await expect(sentLine).toContainText(
    `A reorg took block ${held.index} off the main chain: transaction ${txid.slice(0, 12)}… is back in the mempool with 0 confirmations (it had 2). It will be in block ${roomTip.index + 1}`,
  );
  await expect(card).toHaveCount(0);
  expect(await consoleConfirmations(sender, txid)).toEqual({ chain: null, mempool: 0 });
  await expect(page.locator(`.block-card[data-key="${roomTip.hash}"]`)).toHaveAttribute('data-confirmations', '1');
  await shoot(page, '#transactions', 'confirmations-form-after-reorg');
  await shoot(page, '#chain', 'confirmations-chain-after-reorg');

  // A block on the room's chain takes it again: 1 confirmation, in a new block.
  const again = await mine(sender);
  expect(again.index).toBe(roomTip.index + 1);
  await expect(sentLine).toContainText(`is in block ${again.index}, the tip: 1 confirmation`);
  expect(await consoleConfirmations(sender, txid)).toEqual({ chain: 1, mempool: null });
  await expect(page.locator(`.block-card[data-key="${roomTip.hash}"]`)).toHaveAttribute('data-confirmations', '2');
});
