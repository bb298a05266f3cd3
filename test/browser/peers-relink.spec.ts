// A peer's page is killed (its renderer crashes: no unload, no channel closed, nothing said) and reopened with the
// same node. The other node still holds the dead link, which its heartbeat would drop only after 10 s of silence;
// the reopened node's new link, under a new session nonce, must replace it at once (src/net/relink.ts).
import { sessionNodeKey } from '../../src/storage/constants.ts';
import { expect, test } from './fixtures.ts';
import {
  type ApiWindow,
  type NodePage,
  openNode,
  peersOf,
  register,
  roomQuery,
  SPREAD_MS,
  testRoom,
  tipOf,
} from './peers-harness.ts';

/** The heartbeat's verdict on a silent link (config.deadAfterMs): relinking must beat it by far. */
const DEAD_AFTER_MS = 10_000;
const RELINKED_WITHIN_MS = 5_000;

/**
 * The renderer dies as in a crash or an OOM kill, and the node is opened again in a new tab of the same browser
 * context, its session naming that node (what a reload or "Resume here" does). The tab is made before the crash, so
 * only the crash, the page load and the node's start lie between the two.
 */
async function crashAndReopen(node: NodePage, room: string): Promise<{ reopened: NodePage; readyAt: number }> {
  const { page } = node;
  const tab = await page.context().newPage();
  await tab.addInitScript(([key, id]) => sessionStorage.setItem(key, id), [sessionNodeKey(room), node.id] as const);
  const crashed = page.waitForEvent('crash');
  const cdp = await page.context().newCDPSession(page);
  // The call never answers: the page is gone before it could.
  void cdp.send('Page.crash').catch(() => {});
  await crashed;
  const reopened = await openNode(tab, new URL(page.url()).search);
  const readyAt = Date.now();
  await page.close();
  return { reopened, readyAt };
}

/** Status messages a node accepted: one more once a new link to it is taken (a refused second link adds none). */
function statusesIn(node: NodePage): Promise<number> {
  return node.page.evaluate(() => (window as unknown as ApiWindow).blockchain.traffic().in.messages.status ?? 0);
}

test('a peer killed and reopened is linked again well within the heartbeat period', async ({
  newNodePage,
  signalling,
}, info) => {
  test.setTimeout(180_000);
  const room = testRoom('relink', info);
  const query = roomQuery(room, 1, signalling);
  const first = await openNode(await newNodePage(), query);
  const second = await openNode(await newNodePage(), query);
  // The survivor has the smaller peer id and dials: its old link is the one the duplicate rule keeps, so only the
  // returning node's new session can let the new link in while the old one is not yet found dead.
  const [survivor, returning] = first.peerId < second.peerId ? [first, second] : [second, first];
  await register(survivor, [returning.id]);
  await expect.poll(() => peersOf(survivor), { timeout: SPREAD_MS }).toEqual([returning.peerId]);
  await expect.poll(() => peersOf(returning), { timeout: SPREAD_MS }).toEqual([survivor.peerId]);
  const statusesBefore = await statusesIn(survivor);

  const { reopened, readyAt } = await crashAndReopen(returning, room);
  expect(reopened.id).toBe(returning.id);
  // Linked again on both sides: the reopened node has the survivor ready, and the survivor took the new link (its
  // status arrived there), whichever side dialled.
  await expect
    .poll(async () => (await peersOf(reopened)).length === 1 && (await statusesIn(survivor)) > statusesBefore, {
      timeout: DEAD_AFTER_MS,
      intervals: [50],
    })
    .toBe(true);
  const relinkedMs = Date.now() - readyAt;
  info.annotations.push({ type: 'relinked', description: `${relinkedMs} ms after the reopened node was ready` });
  expect(relinkedMs).toBeLessThan(RELINKED_WITHIN_MS);
  expect(await peersOf(survivor)).toEqual([returning.peerId]);

  // The new link carries blocks: one mined on the reopened node reaches the survivor.
  await reopened.page.evaluate(() => (window as unknown as ApiWindow).blockchain.mine());
  const tip = await tipOf(reopened);
  await expect.poll(() => tipOf(survivor), { timeout: SPREAD_MS }).toBe(tip);
});
