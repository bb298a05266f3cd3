// The HTTP bridge of `npm start`: the seed's five endpoints over real HTTP (curl, Postman) for every node whose tab
// allows it, at /node/<node id>/<the seed's path>. The server holds no chain state: each request goes over a
// WebSocket to the tab that owns the node, and the tab's answer comes back. The page's side is src/net/http-bridge.ts.
//
// Protocol (JSON text frames; a page opens ws(s)://HOST:PORT/bridge?node=<node id> while its node allows HTTP):
//   server -> page  { type: 'request', requestId: uint, method: 'GET' | 'POST' | ..., path: '/mine', body?: json }
//   page -> server  { type: 'response', requestId: uint, status: 100..599, body: json | string }
// One socket per node id: a second socket for the same id replaces the first (closed with 4001). A malformed
// message from a page closes its socket (1008); an answer to a request no longer waiting is dropped.
// HTTP answers: the page's status and body (a string as text/plain, the seed's 'Missing values'; anything else as
// JSON); 403 when no tab serves the node, 503 when its tab goes away or does not answer in time, 429 when too many
// requests wait on one node, 413 / 400 for a body that is too large or not JSON. Any origin may call (CORS).
import { WebSocketServer } from 'ws';
import { parseJsonObject } from './json-message.mjs';
import { createKeepAlive } from './ws-keepalive.mjs';

/** Where pages open their socket; /peerjs-config.json names it (`bridge`), so pages know this server has one. */
export const BRIDGE_PATH = '/bridge';
/** A request body the server reads at most: the seed's bodies are a few hundred bytes. */
export const MAX_REQUEST_BODY_BYTES = 64 * 1024;
/** An answer a page may send: GET /chain of some 15,000 blocks; src/net/http-bridge.ts keeps its answers under it. */
export const MAX_ANSWER_BYTES = 8 * 1024 * 1024;
/** Room for the answer's envelope around its body. */
const MAX_FRAME_BYTES = MAX_ANSWER_BYTES + 4 * 1024;
/** Requests waiting on one node at once; more get 429 (a tab answers one mining request at a time anyway). */
export const MAX_PENDING_PER_NODE = 16;
/** Above the network's own 15 s request timeout, so a /nodes/resolve that asks slow peers still answers. */
export const DEFAULT_TIMEOUT_MS = 30_000;
/** GET /mine and GET /nodes/resolve: a block at a classroom's higher difficulties takes a minute or more. */
export const SLOW_TIMEOUT_MS = 120_000;
const SLOW_PATHS = new Set(['/mine', '/nodes/resolve']);
/** Pings find a tab that vanished without closing its socket (a phone's sleep, a dropped Wi-Fi). */
const HEARTBEAT_MS = 20_000;
export const CLOSE_REPLACED = 4001;
const CLOSE_POLICY = 1008;
const CLOSE_GOING_AWAY = 1001;

/** src/net/room.ts isPeerId: node ids are peer-id tokens of at most 64 characters. */
const NODE_ID_RE = /^[A-Za-z0-9]+(?:[_-][A-Za-z0-9]+)*$/;
const isNodeId = (id) => typeof id === 'string' && id.length <= 64 && NODE_ID_RE.test(id);
/** /node/<id> and the rest of the path, the query left off. */
const ROUTE_RE = /^\/node\/([^/?#]*)(\/[^?#]*)?(?:[?#].*)?$/;

const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type',
  'Access-Control-Max-Age': '600',
};

function reply(response, status, body, headers = {}) {
  if (response.headersSent || response.destroyed) return;
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const type = typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8';
  response.writeHead(status, { ...CORS_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store', ...headers });
  response.end(text);
}

/** The body as JSON: undefined when empty, `{ error }` when too large or not JSON. Any content type (curl's -d). */
function readBody(request) {
  return new Promise((resolve) => {
    const declared = Number(request.headers['content-length']);
    if (declared > MAX_REQUEST_BODY_BYTES) {
      resolve({ error: 413 });
      return;
    }
    const chunks = [];
    let size = 0;
    request.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_REQUEST_BODY_BYTES) {
        resolve({ error: 413 });
        request.pause();
        return;
      }
      chunks.push(chunk);
    });
    request.on('error', () => resolve({ error: 400, detail: 'the request was cut off' }));
    request.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      if (text.trim() === '') return resolve({ body: undefined });
      try {
        resolve({ body: JSON.parse(text) });
      } catch (error) {
        resolve({ error: 400, detail: error instanceof Error ? error.message : String(error) });
      }
    });
  });
}

/** The page's answer, narrowed: a frame of text that parses to a well-formed response, or null. */
function parseAnswer(data, isBinary) {
  const message = parseJsonObject(data, isBinary);
  if (message === null) return null;
  const { type, requestId, status } = message;
  if (type !== 'response' || !Number.isSafeInteger(requestId) || requestId < 1) return null;
  if (!Number.isInteger(status) || status < 100 || status > 599 || !('body' in message)) return null;
  return { requestId, status, body: message.body };
}

/**
 * The bridge: `handleUpgrade` takes the pages' sockets, `handleRequest` the HTTP requests (connect middleware: it
 * calls `next` for any other path). Options shorten the deadlines and bounds (the tests use them).
 */
export function createHttpBridge({
  timeoutMs = DEFAULT_TIMEOUT_MS,
  slowTimeoutMs = SLOW_TIMEOUT_MS,
  maxPending = MAX_PENDING_PER_NODE,
  heartbeatMs = HEARTBEAT_MS,
} = {}) {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES, perMessageDeflate: false });
  /** node id -> { socket, pending: Map<requestId, finish(status, body)> } */
  const tabs = new Map();
  const keepAlive = createKeepAlive(heartbeatMs);
  let lastRequestId = 0;

  function failPending(tab, message) {
    for (const finish of [...tab.pending.values()]) finish(503, { message });
    tab.pending.clear();
  }

  function adopt(nodeId, socket) {
    const tab = { socket, pending: new Map() };
    keepAlive.watch(socket);
    const previous = tabs.get(nodeId);
    tabs.set(nodeId, tab);
    if (previous) {
      failPending(previous, `The tab of node ${nodeId} was replaced by another before it answered.`);
      previous.socket.close(CLOSE_REPLACED, 'replaced by another connection for this node');
    }
    socket.on('message', (data, isBinary) => {
      const answer = parseAnswer(data, isBinary);
      if (answer === null) {
        socket.close(CLOSE_POLICY, 'malformed message');
        return;
      }
      tab.pending.get(answer.requestId)?.(answer.status, answer.body);
    });
    socket.on('close', () => {
      if (tabs.get(nodeId) === tab) tabs.delete(nodeId);
      failPending(tab, `The tab of node ${nodeId} is gone: it closed, or stopped allowing HTTP requests.`);
    });
    socket.on('error', () => {
      // A broken socket (too large a frame, a reset): 'close' follows and fails what waits.
    });
  }

  /** Takes a page's upgrade to BRIDGE_PATH; refuses other origins' pages and ids that are no node id. */
  function handleUpgrade(request, socket, head) {
    const url = new URL(request.url ?? '/', 'http://bridge');
    const nodeId = url.searchParams.get('node');
    const origin = request.headers.origin;
    let sameOrigin = true;
    try {
      sameOrigin = origin === undefined || new URL(origin).host === request.headers.host;
    } catch {
      sameOrigin = false;
    }
    if (!isNodeId(nodeId) || !sameOrigin) {
      socket.end(`HTTP/1.1 ${sameOrigin ? 400 : 403} Refused\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => adopt(nodeId, ws));
  }

  /** Forwards /node/<id>/... to the node's tab and sends its answer. */
  async function handleRequest(request, response, next) {
    const match = ROUTE_RE.exec(request.url ?? '');
    if (match === null) {
      next();
      return;
    }
    if (request.method === 'OPTIONS') {
      // Chrome's Private Network Access asks before a public page calls a LAN address.
      const privateNetwork = request.headers['access-control-request-private-network'] === 'true';
      response.writeHead(204, {
        ...CORS_HEADERS,
        ...(privateNetwork ? { 'Access-Control-Allow-Private-Network': 'true' } : {}),
      });
      response.end();
      return;
    }
    let nodeId = '';
    try {
      nodeId = decodeURIComponent(match[1] ?? '');
    } catch {
      // Not valid percent-encoding: no node has that id.
    }
    // The address the page shows ends in '/': `$BASE/mine` pasted after it still means /mine.
    const path = (match[2] ?? '/').replace(/\/{2,}/g, '/');
    const refused = () =>
      reply(response, 403, {
        message:
          `Node ${nodeId || '(none)'} does not allow HTTP requests. Open its page (served by npm start) and switch on ` +
          '"Allow HTTP requests" in the Network panel, or run blockchain.allowHttp(true) in its console.',
      });
    if (!tabs.has(nodeId)) return refused();
    if ((tabs.get(nodeId)?.pending.size ?? 0) >= maxPending) {
      return reply(
        response,
        429,
        { message: `Node ${nodeId} has ${maxPending} requests waiting: try again shortly.` },
        { 'Retry-After': '1' },
      );
    }
    const method = (request.method ?? 'GET').toUpperCase();
    let body;
    if (method !== 'GET' && method !== 'HEAD') {
      const read = await readBody(request);
      if (read.error === 413) {
        return reply(
          response,
          413,
          { message: `The request body is larger than ${MAX_REQUEST_BODY_BYTES} bytes.` },
          { Connection: 'close' },
        );
      }
      if (read.error !== undefined)
        return reply(response, 400, { message: `The request body is not JSON: ${read.detail}` });
      body = read.body;
    }
    // The tab may have gone while the body arrived.
    const tab = tabs.get(nodeId);
    if (tab === undefined) return refused();
    const requestId = ++lastRequestId;
    const deadline = SLOW_PATHS.has(path.replace(/\/+$/, '')) ? slowTimeoutMs : timeoutMs;
    const finish = (status, answer) => {
      clearTimeout(timer);
      tab.pending.delete(requestId);
      reply(response, status, answer);
    };
    const timer = setTimeout(
      () => finish(503, { message: `The tab of node ${nodeId} did not answer within ${deadline / 1000} s.` }),
      deadline,
    );
    tab.pending.set(requestId, finish);
    // A client that gives up frees its place; the tab's late answer is then dropped.
    response.on('close', () => {
      if (!response.writableFinished) {
        clearTimeout(timer);
        tab.pending.delete(requestId);
      }
    });
    tab.socket.send(
      JSON.stringify({ type: 'request', requestId, method, path, ...(body === undefined ? {} : { body }) }),
    );
  }

  return {
    handleUpgrade,
    handleRequest,
    /** The node ids whose tabs are connected now. */
    nodes: () => [...tabs.keys()],
    close() {
      keepAlive.stop();
      for (const tab of tabs.values()) tab.socket.close(CLOSE_GOING_AWAY, 'server stopping');
    },
  };
}
