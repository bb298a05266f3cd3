// A late joiner catches up with a node 1,000+ blocks ahead by block locator, in bounded batches, without asking
// for the whole chain.
import { expect, test } from './fixtures.ts';
import { type ApiWindow, heightOf, openNode, register, roomQuery, testRoom, tipOf } from './peers-harness.ts';

const BLOCKS = 1_000;
/** Signed payments in the seed's last block: enough that the joiner checks them in its verifier worker. */
const PAYMENTS = 100;
const PAYEE = 'a1'.repeat(20);

test(`a late joiner syncs ${BLOCKS} blocks by locator, in batches`, async ({ newNodePage, signalling }, info) => {
  test.setTimeout(240_000);
  // Difficulty 0: every nonce wins, so the seed mines as fast as it can store.
  const query = roomQuery(testRoom('sync', info), 0, signalling);
  const seed = await openNode(await newNodePage(), query);
  await seed.page.evaluate(() => (window as unknown as ApiWindow).blockchain.autoMine(true));
  await expect.poll(() => heightOf(seed), { timeout: 150_000, intervals: [1_000] }).toBeGreaterThan(BLOCKS);
  await seed.page.evaluate(() => (window as unknown as ApiWindow).blockchain.stopMining());
  await seed.page.evaluate(
    async ({ payments, payee }) => {
      const api = (window as unknown as ApiWindow).blockchain;
      for (let i = 0; i < payments; i++) await api.newTransaction({ recipient: payee, amount: 1, info: `pay ${i}` });
      await api.mine();
    },
    { payments: PAYMENTS, payee: PAYEE },
  );
  const seedTip = await tipOf(seed);
  const seedHeight = await heightOf(seed);

  const joiner = await openNode(await newNodePage(), query);
  const started = Date.now();
  await register(joiner, [seed.id]);
  await expect.poll(() => tipOf(joiner), { timeout: 60_000, intervals: [250] }).toBe(seedTip);
  expect(await heightOf(joiner)).toBe(seedHeight);
  const synced = await joiner.page.evaluate(() => (window as unknown as ApiWindow).blockchain.traffic());
  expect(synced.out.messages['get-blocks'] ?? 0).toBeGreaterThanOrEqual(2);
  expect(synced.out.messages['get-chain'] ?? 0).toBe(0);
  const bytesPerBlock = Math.round(synced.in.bytes / seedHeight);
  console.log(`[peers-sync] ${seedHeight} blocks by locator in ${Date.now() - started} ms, ${bytesPerBlock} B a block`);
  // They came as block bytes (binary blocks answers, docs/protocol.md): 191 B a block measured here, 616 as JSON.
  expect(bytesPerBlock).toBeLessThan(350);
  // The payments' signatures went to the verifier worker (a batch that large never stays on the page), and held.
  expect(joiner.page.workers().some((worker) => worker.url().includes('verifier.worker'))).toBe(true);
  const checked = await joiner.page.evaluate(async (payee) => {
    const api = (window as unknown as ApiWindow).blockchain;
    return { paid: api.balance(payee), verified: await api.verify() };
  }, PAYEE);
  expect(checked).toEqual({ paid: PAYMENTS, verified: { valid: true, length: seedHeight } });

  // The seed's resolve() over the same channel: the whole chain comes back in bounded parts, nothing changes.
  const resolved = await joiner.page.evaluate(() => (window as unknown as ApiWindow).blockchain.resolve());
  expect(resolved).toMatchObject({ message: 'Our chain is authoritative', replaced: false, length: seedHeight });
  const after = await joiner.page.evaluate(() => (window as unknown as ApiWindow).blockchain.traffic());
  expect(after.out.messages['get-chain']).toBe(1);
  expect(after.in.messages.chain ?? 0).toBeGreaterThanOrEqual(2);
});
