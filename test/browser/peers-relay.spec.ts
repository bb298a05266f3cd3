// The relay fallback in real pages: under scripts/serve.mjs (what `npm start` runs) two pages whose WebRTC can
// gather no candidate at all (as on a Wi-Fi that isolates devices, with no TURN) still link, through the server's
// WebSocket relay, and trade a transaction and a block over it; the network view says the link is relayed. With the
// relay cut off too, the view names the failing dial and why instead of showing an empty list.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import {
  type ApiWindow,
  mempoolOf,
  type NodePage,
  openNode,
  peersOf,
  roomQuery,
  testRoom,
  tipOf,
} from './peers-harness.ts';
import { openSection } from './sections.ts';
import { servedByNpmStart } from './served.ts';

const served = servedByNpmStart();
/** The fallback waits 4 s for WebRTC (src/net/fallback-transport.ts), then the relay links in milliseconds. */
const RELAY_LINK_MS = 20_000;
/** A dial that fails both ways is given up when PeerJS gives up on its channel (15 s), after discovery. */
const DIAL_FAILED_MS = 45_000;

/**
 * WebRTC with no route: every RTCPeerConnection may use relay candidates only, and has no TURN server to get one
 * from, so it gathers nothing and ICE never connects. Signalling (a WebSocket) still works, as on the real Wi-Fi.
 */
async function withoutWebRtcRoute(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const Native = window.RTCPeerConnection;
    window.RTCPeerConnection = class extends Native {
      constructor(config?: RTCConfiguration) {
        super({ ...config, iceServers: [], iceTransportPolicy: 'relay' });
      }
    };
  });
}

/** What this page's network view says of the line for `peerId` (the view opened first, as a user opens it). */
async function viewLine(node: NodePage, peerId: string): Promise<string> {
  await openSection(node.page, 'peers');
  return node.page.evaluate((id) => {
    const line = [...document.querySelectorAll('#peer-list li')].find(
      (li) => li.querySelector('code')?.textContent === id,
    );
    return line === undefined ? '' : `${line.className}: ${line.textContent ?? ''}`;
  }, peerId);
}

function linkKinds(node: NodePage): Promise<string[]> {
  return node.page.evaluate(() =>
    (window as unknown as ApiWindow & { blockchain: { peerInfo(): Array<{ link: string }> } }).blockchain
      .peerInfo()
      .map((p) => p.link),
  );
}

test('pages with no WebRTC route link through the relay and trade a transaction and a block', async ({
  newNodePage,
}, info) => {
  test.setTimeout(120_000);
  const query = roomQuery(testRoom('relay', info), 1, null);
  const pageA = await newNodePage();
  const pageB = await newNodePage();
  await withoutWebRtcRoute(pageA);
  await withoutWebRtcRoute(pageB);
  const a = await openNode(pageA, query, served.origin());
  const b = await openNode(pageB, query, served.origin());
  await expect.poll(() => peersOf(a), { timeout: RELAY_LINK_MS }).toEqual([b.peerId]);
  await expect.poll(() => peersOf(b), { timeout: RELAY_LINK_MS }).toEqual([a.peerId]);
  expect(await linkKinds(a)).toEqual(['relay']);
  expect(await linkKinds(b)).toEqual(['relay']);
  await expect.poll(() => viewLine(a, b.peerId)).toMatch(/^peer-link-relay: .*over the classroom server's relay/);

  const { txid } = await a.page.evaluate(
    (recipient) => (window as unknown as ApiWindow).blockchain.newTransaction({ recipient, amount: 0 }),
    b.address,
  );
  await expect.poll(() => mempoolOf(b), { timeout: RELAY_LINK_MS }).toContain(txid);
  const block = await b.page.evaluate(() => (window as unknown as ApiWindow).blockchain.mine());
  await expect.poll(() => tipOf(a), { timeout: RELAY_LINK_MS }).toBe(block.hash);
  expect(block.transactions.map((tx) => tx.txid)).toContain(txid);
});

test('with no WebRTC route and no relay, the view names the failing dial and why', async ({ newNodePage }, info) => {
  test.setTimeout(120_000);
  const query = roomQuery(testRoom('norelay', info), 1, null);
  const pages = [await newNodePage(), await newNodePage()];
  for (const page of pages) {
    await withoutWebRtcRoute(page);
    // The relay's socket is refused, as a server without one would.
    await page.routeWebSocket(/\/relay$/, (socket) => socket.close({ code: 1011, reason: 'test: no relay' }));
  }
  const [pageA, pageB] = pages as [Page, Page];
  const a = await openNode(pageA, query, served.origin());
  const b = await openNode(pageB, query, served.origin());
  await expect
    .poll(() => viewLine(a, b.peerId), { timeout: DIAL_FAILED_MS })
    .toMatch(/^peer-failing: .*no route to this peer: the Wi-Fi may isolate devices/);
  expect(await peersOf(a)).toEqual([]);
});
