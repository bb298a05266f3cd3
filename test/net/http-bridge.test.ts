// The HTTP bridge end to end on 127.0.0.1: the page's end (src/net/http-bridge.ts) over the `ws` package's client,
// the server's end (scripts/http-bridge.mjs) on a plain node:http server, and requests made with fetch.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import {
  BRIDGE_PATH,
  createHttpBridge,
  type HttpBridge,
  type HttpBridgeOptions,
  MAX_REQUEST_BODY_BYTES,
} from '../../scripts/http-bridge.mjs';
import {
  type BridgeAnswer,
  type BridgeRequest,
  type BridgeState,
  bridgeSocketUrl,
  connectHttpBridge,
  type HttpBridgeLink,
  MAX_ANSWER_BYTES,
  nodeHttpBaseUrl,
  parseBridgeRequest,
  probeHttpBridge,
} from '../../src/net/http-bridge.ts';

const NODE = 'n-bridgetest1';
const WAIT_MS = 5_000;

/** Polls `check` until it holds; rejects after WAIT_MS. */
async function until(check: () => boolean, what: string): Promise<void> {
  const end = Date.now() + WAIT_MS;
  while (!check()) {
    if (Date.now() > end) throw new Error(`${what}: not within ${WAIT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** `upgraded`: the sockets the bridge took, so a test can cut them as a network would. */
type Running = { http: Server; bridge: HttpBridge; base: string; ws: string; upgraded: Set<Duplex> };
const links: HttpBridgeLink[] = [];
let running: Running | null = null;

async function startServer(options: HttpBridgeOptions = {}): Promise<Running> {
  const bridge = createHttpBridge(options);
  const http = createServer((request, response) => {
    void bridge.handleRequest(request, response, () => {
      response.writeHead(404).end('not the bridge');
    });
  });
  const upgraded = new Set<Duplex>();
  http.on('upgrade', (request, socket, head) => {
    upgraded.add(socket);
    bridge.handleUpgrade(request, socket, head);
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  const ws = `ws://127.0.0.1:${port}${BRIDGE_PATH}`;
  running = { http, bridge, base: `http://127.0.0.1:${port}`, ws, upgraded };
  return running;
}

function link(
  server: Running,
  handle: (request: BridgeRequest) => Promise<BridgeAnswer>,
  states: BridgeState[] = [],
  nodeId = NODE,
): HttpBridgeLink {
  const opened = connectHttpBridge({
    url: `${server.ws}?node=${nodeId}`,
    nodeId,
    handle,
    onState: (state) => states.push(state),
    createSocket: (url) => new WebSocket(url),
    retryMinMs: 20,
    retryMaxMs: 100,
  });
  links.push(opened);
  return opened;
}

async function online(server: Running, opened: HttpBridgeLink, nodeId = NODE): Promise<void> {
  await until(() => opened.state() === 'online' && server.bridge.nodes().includes(nodeId), 'the bridge online');
}

beforeEach(() => {
  running = null;
});

afterEach(async () => {
  for (const opened of links.splice(0)) opened.close();
  if (running !== null) {
    running.bridge.close();
    for (const socket of running.upgraded) socket.destroy();
    running.http.closeAllConnections();
    await new Promise((resolve) => running?.http.close(resolve));
  }
});

describe('the page end: parsing what the server sends', () => {
  it('takes well-formed requests, with or without a body', () => {
    const frame = { type: 'request', requestId: 3, method: 'POST', path: '/transactions/new', body: { a: 1 } };
    expect(parseBridgeRequest(JSON.stringify(frame))).toEqual({ ...frame, type: undefined });
    expect(parseBridgeRequest('{"type":"request","requestId":1,"method":"GET","path":"/mine"}')).toEqual({
      requestId: 1,
      method: 'GET',
      path: '/mine',
    });
  });

  it('drops anything else: binary, too long, not JSON, wrong shape', () => {
    const good = { type: 'request', requestId: 1, method: 'GET', path: '/chain' };
    const bad: unknown[] = [
      new Uint8Array([1, 2]),
      `${JSON.stringify(good)}${' '.repeat(128 * 1024)}`,
      '{',
      '[]',
      'null',
      JSON.stringify({ ...good, type: 'response' }),
      JSON.stringify({ ...good, requestId: 0 }),
      JSON.stringify({ ...good, requestId: 1.5 }),
      JSON.stringify({ ...good, requestId: '1' }),
      JSON.stringify({ ...good, method: 'get' }),
      JSON.stringify({ ...good, method: 'X'.repeat(17) }),
      JSON.stringify({ ...good, path: 'chain' }),
      JSON.stringify({ ...good, path: `/${'x'.repeat(512)}` }),
    ];
    for (const frame of bad) expect(parseBridgeRequest(frame)).toBeNull();
  });

  it('makes the socket and base URLs of the page origin', () => {
    const page = { protocol: 'https:', host: '192.168.1.5:5173' };
    expect(bridgeSocketUrl(page, '/bridge', NODE)).toBe(`wss://192.168.1.5:5173/bridge?node=${NODE}`);
    expect(nodeHttpBaseUrl(page, NODE)).toBe(`https://192.168.1.5:5173/node/${NODE}/`);
    expect(bridgeSocketUrl({ protocol: 'http:', host: 'h:1' }, '/b', NODE)).toBe(`ws://h:1/b?node=${NODE}`);
  });

  it("reads the bridge's path from the page origin's /peerjs-config.json, null where there is none", async () => {
    const answer = (json: unknown) => (async () => new Response(JSON.stringify(json))) as typeof fetch;
    expect(await probeHttpBridge('http://h', answer({ path: '/peerjs', bridge: '/bridge' }))).toBe('/bridge');
    expect(await probeHttpBridge('http://h', answer({ path: '/peerjs' }))).toBeNull();
    expect(
      await probeHttpBridge('http://h', (async () => new Response('', { status: 404 })) as typeof fetch),
    ).toBeNull();
  });

  it('refuses a node id that is no id', () => {
    const handle = async () => ({ status: 200, body: null });
    expect(() => connectHttpBridge({ url: 'ws://127.0.0.1:1/bridge', nodeId: 'a b', handle })).toThrow(TypeError);
  });
});

describe('requests through the bridge', () => {
  it('refuses a node that allows no HTTP with 403 and says how to allow it', async () => {
    const server = await startServer();
    const response = await fetch(`${server.base}/node/${NODE}/chain`);
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect((await response.json()).message).toMatch(/does not allow HTTP requests.*allowHttp\(true\)/);
  });

  it("forwards method, path and JSON body to the node's tab and sends its answer: JSON, or text", async () => {
    const server = await startServer();
    const seen: BridgeRequest[] = [];
    const states: BridgeState[] = [];
    const opened = link(
      server,
      async (request) => {
        seen.push(request);
        if (request.path === '/transactions/new') return { status: 400, body: 'Missing values' };
        return { status: 200, body: { chain: [], length: 0 } };
      },
      states,
    );
    await online(server, opened);
    expect(states).toEqual(['online']);

    const chain = await fetch(`${server.base}/node/${NODE}/chain?pretty=1`);
    expect(chain.status).toBe(200);
    expect(chain.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await chain.json()).toEqual({ chain: [], length: 0 });

    // curl -d sends application/x-www-form-urlencoded: the body is read as JSON whatever its type says.
    const sent = await fetch(`${server.base}/node/${NODE}/transactions/new`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: '{"recipient": "thermometer-7"}',
    });
    expect(sent.status).toBe(400);
    expect(sent.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await sent.text()).toBe('Missing values');

    // The page shows the address with its trailing '/': one pasted in front of '/mine' still reaches /mine.
    await fetch(`${server.base}/node/${NODE}//mine`, { method: 'POST' });
    expect(seen.map(({ method, path, body }) => ({ method, path, body }))).toEqual([
      { method: 'GET', path: '/chain', body: undefined },
      { method: 'POST', path: '/transactions/new', body: { recipient: 'thermometer-7' } },
      { method: 'POST', path: '/mine', body: undefined },
    ]);
    expect(seen.map((request) => 'body' in request)).toEqual([false, true, false]);
  });

  it('answers CORS preflights for any origin', async () => {
    const server = await startServer();
    const response = await fetch(`${server.base}/node/${NODE}/transactions/new`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://teacher.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(response.headers.get('access-control-allow-headers')).toContain('Content-Type');
  });

  it('refuses bodies that are not JSON (400) or too large (413) before the tab sees them', async () => {
    const server = await startServer();
    const seen: BridgeRequest[] = [];
    await online(
      server,
      link(server, async (request) => {
        seen.push(request);
        return { status: 200, body: {} };
      }),
    );
    const post = (body: string) => fetch(`${server.base}/node/${NODE}/nodes/register`, { method: 'POST', body });
    const notJson = await post('{"nodes": [');
    expect(notJson.status).toBe(400);
    expect((await notJson.json()).message).toMatch(/not JSON/);
    const large = await post(JSON.stringify({ nodes: ['x'.repeat(MAX_REQUEST_BODY_BYTES)] }));
    expect(large.status).toBe(413);
    expect(seen).toEqual([]);
  });

  it('answers 503 when the tab does not answer in time, and drops its late answer', async () => {
    const server = await startServer({ timeoutMs: 200, slowTimeoutMs: 400 });
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await online(
      server,
      link(server, async () => {
        await held;
        return { status: 200, body: { late: true } };
      }),
    );
    const started = Date.now();
    const chain = await fetch(`${server.base}/node/${NODE}/chain`);
    expect(chain.status).toBe(503);
    expect((await chain.json()).message).toBe(`The tab of node ${NODE} did not answer within 0.2 s.`);
    const mine = await fetch(`${server.base}/node/${NODE}/mine`);
    expect(mine.status).toBe(503);
    // /mine waits the longer deadline.
    expect(Date.now() - started).toBeGreaterThanOrEqual(550);
    release();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.bridge.nodes()).toEqual([NODE]);
  });

  it('answers 503 at once for requests waiting on a tab whose socket closes', async () => {
    const server = await startServer();
    let requests = 0;
    const opened = link(server, () => {
      requests += 1;
      return new Promise<BridgeAnswer>(() => {});
    });
    await online(server, opened);
    const waiting = fetch(`${server.base}/node/${NODE}/mine`);
    await until(() => requests === 1, 'the request at the tab');
    opened.close();
    const response = await waiting;
    expect(response.status).toBe(503);
    expect((await response.json()).message).toMatch(new RegExp(`tab of node ${NODE} is gone`));
    expect(opened.state()).toBe('offline');
    await until(() => server.bridge.nodes().length === 0, 'the node forgotten');
    expect((await fetch(`${server.base}/node/${NODE}/chain`)).status).toBe(403);
  });

  it('lets at most maxPending requests wait on one node, then answers 429', async () => {
    const server = await startServer({ maxPending: 2 });
    await online(
      server,
      link(server, () => new Promise<BridgeAnswer>(() => {})),
    );
    const waiting = [fetch(`${server.base}/node/${NODE}/chain`), fetch(`${server.base}/node/${NODE}/chain`)];
    await new Promise((resolve) => setTimeout(resolve, 100));
    const third = await fetch(`${server.base}/node/${NODE}/chain`);
    expect(third.status).toBe(429);
    for (const opened of links.splice(0)) opened.close();
    expect((await Promise.all(waiting)).map((response) => response.status)).toEqual([503, 503]);
  });

  it("sends the failure's answer when the handler throws or its answer is too large", async () => {
    const server = await startServer();
    await online(
      server,
      link(server, async (request) => {
        if (request.path === '/chain') return { status: 200, body: 'x'.repeat(MAX_ANSWER_BYTES) };
        throw new Error('broken');
      }),
    );
    const large = await fetch(`${server.base}/node/${NODE}/chain`);
    expect(large.status).toBe(500);
    expect(await large.json()).toMatchObject({ code: 'answer-too-large', limit: MAX_ANSWER_BYTES });
    const thrown = await fetch(`${server.base}/node/${NODE}/mine`);
    expect(thrown.status).toBe(500);
    expect(await thrown.json()).toEqual({ code: 'handler-failed' });
  });
});

describe('the socket', () => {
  it('a second socket for the same node replaces the first, which stays closed', async () => {
    const server = await startServer();
    const firstStates: BridgeState[] = [];
    const first = link(server, async () => ({ status: 200, body: { from: 'first' } }), firstStates);
    await online(server, first);
    const second = link(server, async () => ({ status: 200, body: { from: 'second' } }));
    await until(() => second.state() === 'online' && first.state() === 'replaced', 'the second socket taking over');
    expect(firstStates).toEqual(['online', 'replaced']);
    expect(await (await fetch(`${server.base}/node/${NODE}/chain`)).json()).toEqual({ from: 'second' });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(first.state()).toBe('replaced');
  });

  it('reconnects with a backoff after the socket drops, and stops for good on close()', async () => {
    const server = await startServer();
    const states: BridgeState[] = [];
    const opened = link(server, async () => ({ status: 200, body: 'ok' }), states);
    await online(server, opened);
    for (const socket of server.upgraded) socket.destroy();
    await until(() => states.includes('offline'), 'the drop noticed');
    await online(server, opened);
    expect(states).toEqual(['online', 'offline', 'connecting', 'online']);
    expect(await (await fetch(`${server.base}/node/${NODE}/chain`)).text()).toBe('ok');
    opened.close();
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(opened.state()).toBe('offline');
    expect(server.bridge.nodes()).toEqual([]);
  });

  it('keeps trying while no server listens, and comes online once one does', async () => {
    const placeholder = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise((resolve) => placeholder.once('listening', resolve));
    const { port } = placeholder.address() as AddressInfo;
    await new Promise((resolve) => placeholder.close(resolve));
    const states: BridgeState[] = [];
    const opened = connectHttpBridge({
      url: `ws://127.0.0.1:${port}${BRIDGE_PATH}?node=${NODE}`,
      nodeId: NODE,
      handle: async () => ({ status: 200, body: 'late server' }),
      onState: (state) => states.push(state),
      createSocket: (url) => new WebSocket(url),
      retryMinMs: 20,
      retryMaxMs: 50,
    });
    links.push(opened);
    await until(() => states.filter((state) => state === 'offline').length >= 3, 'three failed attempts');
    const bridge = createHttpBridge();
    const http = createServer((request, response) => void bridge.handleRequest(request, response, () => {}));
    http.on('upgrade', (request, socket, head) => bridge.handleUpgrade(request, socket, head));
    await new Promise<void>((resolve) => http.listen(port, '127.0.0.1', resolve));
    running = { http, bridge, base: `http://127.0.0.1:${port}`, ws: '', upgraded: new Set() };
    await online(running, opened);
    expect(await (await fetch(`${running.base}/node/${NODE}/chain`)).text()).toBe('late server');
  });

  it("refuses sockets without a node id and pages of other origins; closes one that sends what isn't an answer", async () => {
    const server = await startServer();
    const refusal = (url: string, headers: Record<string, string> = {}) =>
      new Promise<number>((resolve) => {
        const socket = new WebSocket(url, { headers });
        socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
        socket.on('open', () => resolve(101));
        socket.on('error', () => {});
      });
    expect(await refusal(`${server.ws}?node=a%20b`)).toBe(400);
    expect(await refusal(`${server.ws}?node=${NODE}`, { Origin: 'http://elsewhere.example' })).toBe(403);

    const rogue = new WebSocket(`${server.ws}?node=${NODE}`);
    await new Promise((resolve) => rogue.once('open', resolve));
    const closed = new Promise<number>((resolve) => rogue.once('close', resolve));
    const waiting = fetch(`${server.base}/node/${NODE}/chain`);
    await new Promise((resolve) => rogue.once('message', resolve));
    rogue.send(JSON.stringify({ type: 'response', requestId: 1, status: 99, body: 1 }));
    expect(await closed).toBe(1008);
    expect((await waiting).status).toBe(503);
  });
});
