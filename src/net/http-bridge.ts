// The page's end of the HTTP bridge: while its node allows HTTP, the page keeps a WebSocket to the server that
// served it (scripts/http-bridge.mjs), which forwards curl's and Postman's requests for /node/<node id>/... here;
// each is answered through `handle` (the node's seed API) and the answer goes back.
//
// Frames are JSON text:
//   server -> page  { type: 'request', requestId, method, path, body? }   (body: the request's JSON, if it had one)
//   page -> server  { type: 'response', requestId, status, body }          (body: JSON, or the seed's bare text)
// What arrives is untrusted: a frame is checked for size and shape before it becomes a BridgeRequest, and anything
// else is dropped. The server closes with 4001 when another socket took this node id: that one wins, no reconnect.
import { type Clock, systemClock } from './clock.ts';
import { isPeerId } from './room.ts';
import { probeSameOrigin } from './signalling-config.ts';

export type BridgeRequest = {
  readonly requestId: number;
  readonly method: string;
  /** The seed's path: `/mine`, `/transactions/new`, ... */
  readonly path: string;
  /** The request's JSON body; absent when it had none. */
  readonly body?: unknown;
};
export type BridgeAnswer = { readonly status: number; readonly body: unknown };

/** `replaced`: another socket serves this node id now (another tab of it, or a reload); this one stays closed. */
export type BridgeState = 'connecting' | 'online' | 'offline' | 'replaced';

/** What the bridge answers for itself, as codes: the page words them through `failure`. */
export type BridgeProblem =
  | { readonly code: 'answer-too-large'; readonly bytes: number; readonly limit: number }
  | { readonly code: 'handler-failed'; readonly error: unknown };

/** The part of a WebSocket the bridge uses: the browser's, or the `ws` package's in Node tests. */
export interface BridgeSocket {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  addEventListener(type: 'open' | 'message' | 'close' | 'error', listener: (event: unknown) => void): void;
}

export type HttpBridgeOptions = {
  /** ws(s)://host:port/bridge: see bridgeSocketUrl. */
  readonly url: string;
  readonly nodeId: string;
  readonly handle: (request: BridgeRequest) => Promise<BridgeAnswer>;
  readonly onState?: (state: BridgeState) => void;
  /** The answer sent instead, when the bridge cannot send `handle`'s; coded JSON when not given. */
  readonly failure?: (problem: BridgeProblem) => BridgeAnswer;
  readonly createSocket?: (url: string) => BridgeSocket;
  readonly clock?: Clock;
  /** Reconnect delays: the first, doubled after each failed attempt up to the last. */
  readonly retryMinMs?: number;
  readonly retryMaxMs?: number;
  /** An attempt that has not opened by then is dropped and tried again. */
  readonly openTimeoutMs?: number;
};

export type HttpBridgeLink = {
  readonly state: () => BridgeState;
  /** Closes the socket for good: the server then refuses this node's HTTP requests (403). */
  readonly close: () => void;
};

/** scripts/http-bridge.mjs MAX_ANSWER_BYTES: the server drops a socket whose frame is larger. */
export const MAX_ANSWER_BYTES = 8 * 1024 * 1024;
/** A request frame: the server reads bodies of at most 64 KiB, so twice that is room for any envelope. */
export const MAX_REQUEST_FRAME_CHARS = 128 * 1024;
const MAX_PATH_CHARS = 512;
const CLOSE_REPLACED = 4001;
const CLOSE_NORMAL = 1000;
const OPEN = 1;

/** The WebSocket address of the bridge of the page's own origin, for this node. */
export function bridgeSocketUrl(
  location: { readonly protocol: string; readonly host: string },
  bridgePath: string,
  nodeId: string,
): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${bridgePath}?node=${encodeURIComponent(nodeId)}`;
}

/** Where curl and Postman reach this node: the seed's paths follow it (`.../chain`). */
export function nodeHttpBaseUrl(
  location: { readonly protocol: string; readonly host: string },
  nodeId: string,
): string {
  return `${location.protocol}//${location.host}/node/${encodeURIComponent(nodeId)}/`;
}

/**
 * Where the page's own origin takes bridge sockets (the `bridge` of /peerjs-config.json), or null when the server
 * that served the page has none (`vite preview`, a static host, an older `npm start`).
 */
export async function probeHttpBridge(origin: string, fetchFn: typeof fetch): Promise<string | null> {
  return (await probeSameOrigin(origin, fetchFn))?.bridge ?? null;
}

/** A frame from the server as a request, or null: text only, bounded, every field checked. */
export function parseBridgeRequest(data: unknown): BridgeRequest | null {
  if (typeof data !== 'string' || data.length > MAX_REQUEST_FRAME_CHARS) return null;
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return null;
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return null;
  const { type, requestId, method, path } = json as Record<string, unknown>;
  if (type !== 'request' || typeof requestId !== 'number' || !Number.isSafeInteger(requestId) || requestId < 1) {
    return null;
  }
  if (typeof method !== 'string' || !/^[A-Z]{1,16}$/.test(method)) return null;
  if (typeof path !== 'string' || !path.startsWith('/') || path.length > MAX_PATH_CHARS) return null;
  return 'body' in json ? { requestId, method, path, body: json.body } : { requestId, method, path };
}

function codedFailure(problem: BridgeProblem): BridgeAnswer {
  if (problem.code === 'handler-failed') return { status: 500, body: { code: problem.code } };
  return { status: 500, body: problem };
}

/** The response frame; the failure's instead when `handle`'s answer is larger than the server takes. */
function responseFrame(
  requestId: number,
  answer: BridgeAnswer,
  failure: (problem: BridgeProblem) => BridgeAnswer,
): string {
  const status = Number.isInteger(answer.status) && answer.status >= 100 && answer.status <= 599 ? answer.status : 500;
  const frame = JSON.stringify({ type: 'response', requestId, status, body: answer.body ?? null });
  // UTF-16 length first: a frame of fewer than limit/3 chars is within the limit in UTF-8 whatever it holds.
  const bytes = frame.length * 3 <= MAX_ANSWER_BYTES ? frame.length : new TextEncoder().encode(frame).length;
  if (bytes <= MAX_ANSWER_BYTES) return frame;
  const instead = failure({ code: 'answer-too-large', bytes, limit: MAX_ANSWER_BYTES });
  return JSON.stringify({ type: 'response', requestId, status: instead.status, body: instead.body ?? null });
}

/** Opens the bridge for one node and keeps it open, reconnecting with a backoff, until `close()`. */
export function connectHttpBridge(options: HttpBridgeOptions): HttpBridgeLink {
  if (!isPeerId(options.nodeId)) throw new TypeError(`no node id: ${JSON.stringify(options.nodeId)}`);
  const clock = options.clock ?? systemClock;
  const createSocket = options.createSocket ?? ((url: string): BridgeSocket => new WebSocket(url));
  const failure = options.failure ?? codedFailure;
  const retryMinMs = options.retryMinMs ?? 1_000;
  const retryMaxMs = options.retryMaxMs ?? 30_000;
  const openTimeoutMs = options.openTimeoutMs ?? 10_000;
  let state: BridgeState = 'connecting';
  let closed = false;
  let retryMs = retryMinMs;
  let socket: BridgeSocket | null = null;
  let cancelTimer = () => {};

  const setState = (next: BridgeState) => {
    if (next === state) return;
    state = next;
    options.onState?.(next);
  };

  const answer = async (current: BridgeSocket, request: BridgeRequest) => {
    let result: BridgeAnswer;
    try {
      result = await options.handle(request);
    } catch (error) {
      result = failure({ code: 'handler-failed', error });
    }
    // The server answered 503 already if this socket closed meanwhile; nothing to send then.
    if (current.readyState === OPEN) current.send(responseFrame(request.requestId, result, failure));
  };

  const open = () => {
    if (closed) return;
    setState('connecting');
    const current = createSocket(options.url);
    socket = current;
    let opened = false;
    cancelTimer = clock.after(openTimeoutMs, () => current.close());
    current.addEventListener('open', () => {
      if (socket !== current) return;
      cancelTimer();
      opened = true;
      retryMs = retryMinMs;
      setState('online');
    });
    current.addEventListener('message', (event: unknown) => {
      if (socket !== current) return;
      const data = typeof event === 'object' && event !== null && 'data' in event ? event.data : undefined;
      const request = parseBridgeRequest(data);
      if (request !== null) void answer(current, request);
    });
    current.addEventListener('close', (event: unknown) => {
      if (socket !== current) return;
      cancelTimer();
      socket = null;
      const code = typeof event === 'object' && event !== null && 'code' in event ? event.code : undefined;
      if (closed) return setState('offline');
      if (code === CLOSE_REPLACED) {
        closed = true;
        return setState('replaced');
      }
      setState('offline');
      // A socket that never opened waits longer each time; one that was open retries soon (a server restart).
      const delay = opened ? retryMinMs : retryMs;
      retryMs = Math.min(retryMaxMs, retryMs * 2);
      // Up to a fifth less, so a classroom's tabs do not all return in the same instant after a restart.
      cancelTimer = clock.after(delay * (0.8 + 0.2 * Math.random()), open);
    });
    // 'error' is always followed by 'close', which decides what happens next.
    current.addEventListener('error', () => {});
  };

  open();
  return {
    state: () => state,
    close() {
      closed = true;
      cancelTimer();
      const current = socket;
      socket = null;
      current?.close(CLOSE_NORMAL, 'HTTP requests switched off');
      setState('offline');
    },
  };
}
