// Types of scripts/http-bridge.mjs, for the TypeScript tests that start it.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';

export declare const BRIDGE_PATH: '/bridge';
export declare const MAX_REQUEST_BODY_BYTES: number;
export declare const MAX_ANSWER_BYTES: number;
export declare const MAX_PENDING_PER_NODE: number;
export declare const DEFAULT_TIMEOUT_MS: number;
export declare const SLOW_TIMEOUT_MS: number;
export declare const CLOSE_REPLACED: 4001;

export type HttpBridgeOptions = {
  /** How long a request waits for the tab's answer, in ms. */
  timeoutMs?: number;
  /** The same for GET /mine and GET /nodes/resolve. */
  slowTimeoutMs?: number;
  /** Requests waiting on one node at once; more get 429. */
  maxPending?: number;
  /** How often tabs are pinged; a tab that missed the last ping is dropped. */
  heartbeatMs?: number;
};

export type HttpBridge = {
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  handleRequest(request: IncomingMessage, response: ServerResponse, next: () => void): Promise<void>;
  /** The node ids whose tabs are connected now. */
  nodes(): string[];
  close(): void;
};

export declare function createHttpBridge(options?: HttpBridgeOptions): HttpBridge;
