// Zero-config signalling: under scripts/serve.mjs (what `npm start` runs) the app finds the PeerJS server on its
// own origin by itself, with no ?signal= and no outside host, and two nodes of a room meet through it.
import { expect, test } from './fixtures.ts';
import { type ApiWindow, openNode, peersOf, roomQuery, SPREAD_MS, testRoom } from './peers-harness.ts';
import { servedByNpmStart } from './served.ts';

const served = servedByNpmStart();

test('pages served by npm start find same-origin signalling and meet through it', async ({ newNodePage }, info) => {
  const query = roomQuery(testRoom('serve', info), 1, null);
  const pageA = await newNodePage();
  const pageB = await newNodePage();
  const a = await openNode(pageA, query, served.origin());
  const b = await openNode(pageB, query, served.origin());
  await expect.poll(() => peersOf(a), { timeout: SPREAD_MS }).toEqual([b.peerId]);
  await expect.poll(() => peersOf(b), { timeout: SPREAD_MS }).toEqual([a.peerId]);
  const block = await a.page.evaluate(() => (window as unknown as ApiWindow).blockchain.mine());
  await expect
    .poll(() => b.page.evaluate(() => (window as unknown as ApiWindow).blockchain.chain().chain.at(-1)?.hash), {
      timeout: SPREAD_MS,
    })
    .toBe(block.hash);
});
