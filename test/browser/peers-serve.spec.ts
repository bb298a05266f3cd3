// Zero-config signalling: under scripts/serve.mjs (what `npm start` runs) the app finds the PeerJS server on its
// own origin by itself, with no ?signal= and no outside host, and two nodes of a room meet through it.
import type { AddressInfo } from 'node:net';
import type { PreviewServer } from 'vite';
import { serve } from '../../scripts/serve.mjs';
import { expect, test } from './fixtures.ts';
import { type ApiWindow, openNode, peersOf, roomQuery, SPREAD_MS, testRoom } from './peers-harness.ts';

let server: PreviewServer | null = null;
let origin = '';

test.beforeAll(async () => {
  // The build scripts/browser-tests.mjs made; port 0: workers never collide.
  server = await serve({ host: '127.0.0.1', port: 0, strictPort: false });
  origin = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  const http = server?.httpServer;
  if (http && 'closeAllConnections' in http) http.closeAllConnections();
  await server?.close();
});

test('pages served by npm start find same-origin signalling and meet through it', async ({ newNodePage }, info) => {
  const query = roomQuery(testRoom('serve', info), 1, null);
  const pageA = await newNodePage();
  const pageB = await newNodePage();
  const a = await openNode(pageA, query, origin);
  const b = await openNode(pageB, query, origin);
  await expect.poll(() => peersOf(a), { timeout: SPREAD_MS }).toEqual([b.peerId]);
  await expect.poll(() => peersOf(b), { timeout: SPREAD_MS }).toEqual([a.peerId]);
  const block = await a.page.evaluate(() => (window as unknown as ApiWindow).blockchain.mine());
  await expect
    .poll(() => b.page.evaluate(() => (window as unknown as ApiWindow).blockchain.chain().chain.at(-1)?.hash), {
      timeout: SPREAD_MS,
    })
    .toBe(block.hash);
});
