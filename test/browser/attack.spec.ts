// The 51% lesson with three real nodes: an attacker pays a victim from the page, waits for the room to confirm it,
// goes dark and mines a private branch that sends the same coins to a wallet of its own, and rejoins. With most of
// the hash rate (more mining workers) the room reorganises onto its branch and the victim's payment is undone as a
// double spend; with little, its branch goes stale and the payment stands. A third node only watches.
import type { Page } from '@playwright/test';
import type { AttackState } from '../../src/node/index.ts';
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
import { SIZES, shoot } from './ui-harness.ts';

/** About 4 million hashes a block: a fraction of a second for a worker, so the race is decided by the workers. */
const DIFFICULTY = 22;
const REWARD = 50;

type LessonWindow = ApiWindow & {
  blockchain: ApiWindow['blockchain'] & {
    workers(count: number): number;
    attack: { state(): Promise<AttackState> };
    dropped(): Array<{ txid: string; code: string }>;
  };
};

function attackState(node: NodePage): Promise<AttackState> {
  return node.page.evaluate(() => (window as unknown as LessonWindow).blockchain.attack.state());
}

async function setWorkers(node: NodePage, count: number): Promise<void> {
  await node.page.evaluate((n) => (window as unknown as LessonWindow).blockchain.workers(n), count);
}

/** This node's balance, and what its coinbases in the main chain earned it: equal unless someone paid it. */
async function earnings(node: NodePage): Promise<{ balance: number; mined: number }> {
  return node.page.evaluate((reward) => {
    const api = (window as unknown as LessonWindow).blockchain;
    const mined = api.chain().chain.filter((block) => block.transactions[0]?.recipient === api.address).length;
    return { balance: api.balance(), mined: mined * reward };
  }, REWARD);
}

/** The room's chains hold the payment, or not. */
function holdsTransaction(node: NodePage, txid: string): Promise<boolean> {
  return node.page.evaluate(
    (id) =>
      (window as unknown as LessonWindow).blockchain
        .chain()
        .chain.some((block) => block.transactions.some((tx) => tx.txid === id)),
    txid,
  );
}

/** Three nodes; the attacker earns coins and pays the victim through the page; the room confirms the payment. */
async function paidAndConfirmed(
  newNodePage: () => Promise<Page>,
  query: string,
  workers: { attacker: number; victim: number },
) {
  const attacker = await openNode(await newNodePage(), query);
  const victim = await openNode(await newNodePage(), query);
  const watcher = await openNode(await newNodePage(), query);
  await mesh([attacker, victim, watcher]);
  // Workers start with the first template: set before the attacker earns its coins, they are warm for the race.
  await setWorkers(attacker, workers.attacker);
  await setWorkers(victim, workers.victim);
  await attacker.page.evaluate(() => (window as unknown as ApiWindow).blockchain.mine());
  await attacker.page.evaluate(() => (window as unknown as ApiWindow).blockchain.mine());
  await victim.page.evaluate(() => (window as unknown as ApiWindow).blockchain.autoMine(true));

  const page = attacker.page;
  await page.setViewportSize(SIZES.desktop);
  await expect(page.locator('#attack-pay')).toBeEnabled();
  await page.locator('#attack-recipient').fill(victim.address);
  await page.locator('#attack-pay').click();
  await expect(page.locator('#attack-payment')).toContainText('Payment');
  await expect
    .poll(async () => (await attackState(attacker)).payment?.confirmations ?? 0, { timeout: SPREAD_MS })
    .toBeGreaterThanOrEqual(1);
  await expect(page.locator('#attack-payment')).toContainText('confirmation');
  const txid = (await attackState(attacker)).payment?.txid ?? '';
  await expect.poll(() => holdsTransaction(victim, txid), { timeout: SPREAD_MS }).toBe(true);
  return { attacker, victim, watcher, txid };
}

/**
 * Goes dark from the page, to mine `margin` private blocks more than the room's branch already has above the fork
 * (the room kept mining while the payment was being confirmed).
 */
async function goDarkFromPage(attacker: NodePage, margin: number): Promise<number> {
  const page = attacker.page;
  const blocks = ((await attackState(attacker)).payment?.confirmations ?? 0) + margin;
  await page.locator('#attack-blocks').fill(String(blocks));
  await page.locator('#attack-go-dark').click();
  await expect(page.locator('#attack-dark-error')).toBeHidden();
  await expect.poll(async () => (await attackState(attacker)).stage).not.toBe('paid');
  return blocks;
}

/** Both nodes on one tip (read together: the room may still be mining). */
async function sameTip(a: NodePage, b: NodePage): Promise<boolean> {
  const [tipA, tipB] = await Promise.all([tipOf(a), tipOf(b)]);
  return tipA === tipB;
}

test('with most of the hash rate, the attacker’s private branch undoes the payment as a double spend', async ({
  newNodePage,
  signalling,
}, info) => {
  test.setTimeout(240_000);
  const query = roomQuery(testRoom('attack-strong', info), DIFFICULTY, signalling);
  // Eight workers against one, on two cores, give the attacker about 0.63-0.71 of the blocks, not 8/9: its pool
  // shares the cores with every page's main thread. At such a share a long race is won more surely than a short one
  // (the room's count grows at (1-p)/p of the attacker's): 40 blocks ahead are lost in about 4 % of runs at 0.6 and
  // 0.1 % at 0.67, where 6 ahead were lost in a third and a sixth (a CI run read 9 private to 15 public at 0.53).
  const { attacker, victim, watcher, txid } = await paidAndConfirmed(newNodePage, query, { attacker: 8, victim: 1 });
  const victimBefore = await earnings(victim);
  expect(victimBefore.balance).toBeGreaterThan(victimBefore.mined);

  const blocks = await goDarkFromPage(attacker, 40);
  const verdict = attacker.page.locator('#attack-verdict');
  await expect(verdict).toHaveAttribute('data-outcome', /./, { timeout: 120_000 });
  const state = await attackState(attacker);
  // The race's own figures, for a run that loses it: blocks each side found, and the share they imply.
  console.log(`[attack.spec] target ${blocks} private blocks; verdict ${JSON.stringify(state.verdict)}`);
  await expect(verdict).toHaveAttribute('data-outcome', 'succeeded');
  await expect(verdict).toContainText('The attack succeeded');
  // The attacker mines on while it rejoins, as the room does: its branch may end longer than the target.
  expect(state.verdict?.privateBlocks).toBeGreaterThanOrEqual(blocks);
  expect(state.verdict?.paymentConfirmations).toBe(0);

  // One chain in the room again, the attacker's, without the payment; the victim saw it undone as a double spend.
  await expect.poll(() => sameTip(victim, attacker), { timeout: SPREAD_MS }).toBe(true);
  await expect.poll(() => sameTip(watcher, attacker), { timeout: SPREAD_MS }).toBe(true);
  expect(await holdsTransaction(victim, txid)).toBe(false);
  const dropped = await victim.page.evaluate(() => (window as unknown as LessonWindow).blockchain.dropped());
  expect(dropped).toContainEqual(expect.objectContaining({ txid, code: 'overspend' }));
  await expect(victim.page.locator(`#attack-dropped li[data-txid="${txid}"]`)).toContainText('double spend');
  const victimAfter = await earnings(victim);
  expect(victimAfter.balance).toBe(victimAfter.mined);
  await expect(victim.page.locator('#fork-drawing .fork-node.stale').first()).toBeAttached();
  expect(await victim.page.evaluate(() => (window as unknown as ApiWindow).blockchain.verify())).toMatchObject({
    valid: true,
  });

  await shoot(attacker.page, '#attack', 'desktop-attack-succeeded');
  await victim.page.setViewportSize(SIZES.phone);
  await shoot(victim.page, '#attack', 'phone-attack-victim');
});

test('with little of the hash rate, the private branch goes stale and the payment stands', async ({
  newNodePage,
  signalling,
}, info) => {
  test.setTimeout(240_000);
  const query = roomQuery(testRoom('attack-weak', info), DIFFICULTY, signalling);
  // One worker against eight: the room races ahead, and the attacker rejoins by hand, far behind.
  const { attacker, victim, txid } = await paidAndConfirmed(newNodePage, query, { attacker: 1, victim: 8 });

  await goDarkFromPage(attacker, 30);
  await expect.poll(async () => (await attackState(attacker)).share ?? 1, { timeout: SPREAD_MS }).toBeLessThan(0.5);
  await attacker.page.locator('#attack-rejoin').click();
  const verdict = attacker.page.locator('#attack-verdict');
  await expect(verdict).toHaveAttribute('data-outcome', /./, { timeout: 60_000 });
  await expect(verdict).toHaveAttribute('data-outcome', 'failed');
  await expect(verdict).toContainText('The attack failed');
  await expect(verdict).toContainText('falls behind');
  const state = await attackState(attacker);
  expect(state.verdict?.publicBlocks).toBeGreaterThan(state.verdict?.privateBlocks ?? 0);

  await expect.poll(() => holdsTransaction(attacker, txid), { timeout: SPREAD_MS }).toBe(true);
  expect(await holdsTransaction(victim, txid)).toBe(true);
  const victimAfter = await earnings(victim);
  expect(victimAfter.balance).toBeGreaterThan(victimAfter.mined);
  await shoot(attacker.page, '#attack', 'desktop-attack-failed');
});
