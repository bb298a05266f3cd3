// The one controller of a node's HTTP bridge, shared by the network panel's switch (http-bridge-view.ts) and
// `blockchain.allowHttp()`: off by default and never remembered, since it opens the node to anyone who can reach the
// server. Requests are answered by the same seed API as the request panel and the console.
import {
  type BridgeProblem,
  type BridgeState,
  type FullNode,
  type HttpBridgeLink,
  loadHttpBridge,
} from '../node/index.ts';
import { errorMessage, type Unbind } from './dom.ts';
import { t } from './i18n/index.ts';
import { seedAnswer } from './seed-answer.ts';

const { bridgeSocketUrl, connectHttpBridge, nodeHttpBaseUrl, probeHttpBridge } = await loadHttpBridge();

/** `probing` until the page's server has said whether it has a bridge (GET /peerjs-config.json). */
export type BridgeAvailability = 'probing' | 'available' | 'unavailable';

export type HttpBridgeStatus = {
  readonly allowed: boolean;
  /** Switched off because another socket claimed this node id (see BridgeState `replaced`). */
  readonly replaced: boolean;
  readonly availability: BridgeAvailability;
  /** The socket's state while allowed and available; null otherwise. */
  readonly connection: BridgeState | null;
  /** Where curl and Postman reach this node: http://HOST:PORT/node/<node id>/. */
  readonly baseUrl: string;
};

export type HttpBridgeController = {
  status(): HttpBridgeStatus;
  /** Switches HTTP requests on or off when `on` is given; says whether they are allowed. */
  allow(on?: boolean): boolean;
  subscribe(listener: () => void): Unbind;
};

/** The page's words for what the bridge answers by itself. */
function problemAnswer(problem: BridgeProblem): { status: number; body: unknown } {
  const message =
    problem.code === 'answer-too-large'
      ? t('bridge.tooLarge', { bytes: problem.bytes, limit: problem.limit })
      : t('bridge.failed', { error: errorMessage(problem.error) });
  return { status: 500, body: { message, code: problem.code } };
}

function createController(node: FullNode): HttpBridgeController {
  const location = window.location;
  const baseUrl = nodeHttpBaseUrl(location, node.id);
  const listeners = new Set<() => void>();
  let allowed = false;
  let replaced = false;
  let availability: BridgeAvailability = 'probing';
  let bridgePath: string | null = null;
  let link: HttpBridgeLink | null = null;
  const notify = () => {
    for (const listener of listeners) listener();
  };
  const connect = () => {
    if (link !== null || !allowed || bridgePath === null) return;
    link = connectHttpBridge({
      url: bridgeSocketUrl(location, bridgePath, node.id),
      nodeId: node.id,
      handle: (request) => seedAnswer(node, request),
      failure: problemAnswer,
      onState: (state) => {
        // The other socket keeps the node's requests: this tab shows itself off rather than "on" but unused.
        if (state === 'replaced') {
          allowed = false;
          replaced = true;
          link = null;
        }
        notify();
      },
    });
  };
  // A second look at /peerjs-config.json (the network read it already, but keeps only the signalling part).
  void probeHttpBridge(location.origin, (input, init) => fetch(input, init)).then((path) => {
    bridgePath = path;
    availability = bridgePath === null ? 'unavailable' : 'available';
    if (bridgePath === null) allowed = false;
    connect();
    notify();
  });
  return {
    status: () => ({ allowed, replaced, availability, connection: link?.state() ?? null, baseUrl }),
    allow(on) {
      if (on === undefined || on === allowed) return allowed;
      if (on && availability === 'unavailable') throw new Error(t('bridge.unavailable'));
      allowed = on;
      replaced = false;
      if (on) connect();
      else {
        link?.close();
        link = null;
      }
      notify();
      return allowed;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const controllers = new WeakMap<FullNode, HttpBridgeController>();

/** The node's one controller, made on first use. */
export function httpBridgeFor(node: FullNode): HttpBridgeController {
  let controller = controllers.get(node);
  if (controller === undefined) {
    controller = createController(node);
    controllers.set(node, controller);
  }
  return controller;
}
