// The paper's requests over real HTTP: a tab served by scripts/serve.mjs (what `npm start` runs) allows HTTP with its
// switch, and Node's fetch, standing in for curl and Postman, runs the paper's five steps against it in order; a
// tab that allows nothing gets 403, a tab that goes away while a request waits 503, and a page served without the
// bridge says that `npm start` serves HTTP.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { type ApiWindow, openNode, roomQuery, testRoom } from './peers-harness.ts';
import { openSection } from './sections.ts';
import { servedByNpmStart } from './served.ts';

/** The console call this spec adds to the harness's API. */
type BridgeWindow = Window & {
  blockchain: ApiWindow['blockchain'] & {
    allowHttp(on?: boolean): Promise<boolean>;
    miningStats(): { templates: number };
  };
};

const served = servedByNpmStart();

type Reply = { status: number; type: string; body: unknown };

/** One HTTP request as curl would make it; the body parsed as the server's Content-Type says. */
async function call(url: string, method = 'GET', body?: unknown): Promise<Reply> {
  const response = await fetch(url, {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } }),
    signal: AbortSignal.timeout(20_000),
  });
  const type = response.headers.get('content-type') ?? '';
  const parsed: unknown = type.startsWith('application/json') ? await response.json() : await response.text();
  return { status: response.status, type, body: parsed };
}

async function allowWithSwitch(page: Page): Promise<void> {
  await openSection(page, 'peers');
  await page.locator('#allow-http').check();
  await expect(page.locator('#http-bridge-state')).toHaveText(/curl and Postman reach this node/);
}

test("the paper's requests over HTTP, in order, against a tab that allows them", async ({ newNodePage }, info) => {
  // Two nodes, a block and a resolve: some 11 s alone, and a loaded two-core machine can double that.
  test.setTimeout(60_000);
  const query = roomQuery(testRoom('http', info), 1, null);
  const a = await openNode(await newNodePage(), query, served.origin());
  const base = `${served.origin()}/node/${a.id}`;

  const refused = await call(`${base}/chain`);
  expect(refused.status).toBe(403);
  expect(refused.body).toMatchObject({ message: expect.stringMatching(/does not allow HTTP requests/) });

  await allowWithSwitch(a.page);
  await expect(a.page.locator('#http-base-url')).toHaveText(`${base}/`);
  expect(await a.page.evaluate(() => (window as unknown as BridgeWindow).blockchain.allowHttp())).toBe(true);

  const sent = await call(`${base}/transactions/new`, 'POST', {
    sender: a.address,
    recipient: 'thermometer-7',
    info: '21.5C',
  });
  expect(sent.status).toBe(201);
  expect(sent.type).toMatch(/^application\/json/);
  expect(sent.body).toMatchObject({ message: 'Transaction will be added to Block 2', index: 2 });

  const mined = await call(`${base}/mine`);
  expect(mined.status).toBe(200);
  expect(mined.body).toMatchObject({ message: 'New Block Forged', index: 2 });
  expect((mined.body as { transactions: { recipient: string }[] }).transactions.map((tx) => tx.recipient)).toContain(
    'thermometer-7',
  );

  const chain = await call(`${base}/chain`);
  expect(chain.status).toBe(200);
  expect(chain.body).toMatchObject({ length: 2 });
  expect((chain.body as { chain: unknown[] }).chain).toHaveLength(2);

  const none = await call(`${base}/nodes/register`, 'POST', { nodes: [] });
  expect(none).toEqual({
    status: 400,
    type: expect.stringMatching(/^text\/plain/),
    body: 'Error: Please supply a valid list of nodes',
  });

  const b = await openNode(await newNodePage(), query, served.origin());
  const registered = await call(`${base}/nodes/register`, 'POST', { nodes: [`${served.origin()}/node/${b.id}/`] });
  expect(registered.status).toBe(201);
  expect(registered.body).toEqual({ message: 'New nodes have been added', total_nodes: [b.peerId] });

  const resolved = await call(`${base}/nodes/resolve`);
  expect(resolved.status).toBe(200);
  expect(resolved.body).toMatchObject({
    message: expect.stringMatching(/^(Our chain is authoritative|Our chain was replaced)$/),
  });

  const missing = await call(`${base}/transactions/new`, 'POST', { recipient: 'thermometer-7' });
  expect(missing).toEqual({ status: 400, type: expect.stringMatching(/^text\/plain/), body: 'Missing values' });

  // A failure of the node's: its code and the page's words for it.
  const wrongMethod = await call(`${base}/chain`, 'POST', {});
  expect(wrongMethod.status).toBe(405);
  expect(wrongMethod.body).toMatchObject({ code: 'wrong-method', message: expect.any(String), field: null });
});

test('switching off refuses again; a tab that goes away while a request waits answers 503 at once', async ({
  newNodePage,
}, info) => {
  // Difficulty 40: GET /mine searches about 10^12 nonces, so it still waits when the tab goes.
  const a = await openNode(await newNodePage(), roomQuery(testRoom('http-gone', info), 40, null), served.origin());
  const base = `${served.origin()}/node/${a.id}`;
  await allowWithSwitch(a.page);
  expect((await call(`${base}/chain`)).status).toBe(200);

  expect(await a.page.evaluate(() => (window as unknown as BridgeWindow).blockchain.allowHttp(false))).toBe(false);
  await expect(a.page.locator('#allow-http')).not.toBeChecked();
  await expect.poll(async () => (await call(`${base}/chain`)).status).toBe(403);
  expect(await a.page.evaluate(() => (window as unknown as BridgeWindow).blockchain.allowHttp(true))).toBe(true);
  await expect(a.page.locator('#allow-http')).toBeChecked();
  await expect.poll(async () => (await call(`${base}/chain`)).status).toBe(200);

  const waiting = call(`${base}/mine`);
  // The request reached the tab once its node has started a block template.
  const templates = () => a.page.evaluate(() => (window as unknown as BridgeWindow).blockchain.miningStats().templates);
  await expect.poll(templates).toBeGreaterThan(0);
  const closed = Date.now();
  await a.page.close();
  const gone = await waiting;
  expect(gone.status).toBe(503);
  expect(gone.body).toMatchObject({
    message: `The tab of node ${a.id} is gone: it closed, or stopped allowing HTTP requests.`,
  });
  // Well inside the server's 120 s deadline for /mine: the socket's close answered it.
  expect(Date.now() - closed).toBeLessThan(5_000);
  expect((await call(`${base}/chain`)).status).toBe(403);
});

test('a page served without the bridge disables the switch and says npm start serves HTTP', async ({
  newNodePage,
  signalling,
}, info) => {
  // Playwright's own `vite preview` (playwright.config.ts): no /peerjs-config.json, so no bridge.
  const page = await newNodePage();
  await openNode(page, roomQuery(testRoom('http-none', info), 1, signalling));
  await openSection(page, 'peers');
  await expect(page.locator('#allow-http')).toBeDisabled();
  await expect(page.locator('#http-bridge-state')).toHaveText(/npm start/);
  const thrown = await page.evaluate(async () => {
    try {
      await (window as unknown as BridgeWindow).blockchain.allowHttp(true);
      return null;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  });
  expect(thrown).toMatch(/npm start/);
});
