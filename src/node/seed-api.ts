// The seed's HTTP API (the Flask tutorial the paper retells) over a FullNode: its five routes with the seed's status
// codes, messages and fields, plus this node's own where they help (txid, hash). One path for every client: the HTTP
// bridge, the page's request panel and `window.blockchain`. The messages below are the seed's protocol strings,
// which scripts and the paper's exercises compare as they are: they are not the page's wording (src/ui/i18n).
import type { BlockJson, ChainJson } from '../core/index.ts';
import { FailureCode, type NodeFailure } from './failures.ts';
import type { FullNode } from './full-node.ts';

export const SEED_MESSAGES = {
  forged: 'New Block Forged',
  willBeAdded: (index: number) => `Transaction will be added to Block ${index}`,
  missingValues: 'Missing values',
  nodesAdded: 'New nodes have been added',
  noNodes: 'Error: Please supply a valid list of nodes',
  replaced: 'Our chain was replaced',
  authoritative: 'Our chain is authoritative',
} as const;

export type SeedMethod = 'GET' | 'POST';
export type SeedRoute = { readonly method: SeedMethod; readonly path: string };

/** The seed's endpoints, in the order the paper uses them. */
export const SEED_ROUTES: readonly SeedRoute[] = [
  { method: 'POST', path: '/transactions/new' },
  { method: 'GET', path: '/mine' },
  { method: 'GET', path: '/chain' },
  { method: 'POST', path: '/nodes/register' },
  { method: 'GET', path: '/nodes/resolve' },
];

/**
 * An answer: the status and the JSON body (or, where the seed answers with bare text, the text), or a failure of
 * the node's with its code, which the client words (the page in its language) and sends with the status.
 */
export type SeedResponse =
  | { readonly status: number; readonly body: unknown }
  | { readonly status: number; readonly failure: NodeFailure };

export type TransactionAnswer = { readonly message: string; readonly index: number; readonly txid: string };
export type MineAnswer = { readonly message: string } & BlockJson;
export type RegisterAnswer = { readonly message: string; readonly total_nodes: readonly string[] };
export type ResolveAnswer =
  | {
      readonly message: string;
      readonly new_chain: ChainJson['chain'];
      readonly replaced: true;
      readonly length: number;
    }
  | { readonly message: string; readonly chain: ChainJson['chain']; readonly replaced: false; readonly length: number };

/** Whether a body names a field at all (the seed's `all(k in values for k in required)`). */
function has(body: unknown, field: string): boolean {
  return typeof body === 'object' && body !== null && !Array.isArray(body) && field in body;
}

/** POST /transactions/new: `recipient`, and `info` or `amount` (the tutorial's own version), `sender` optional. */
export async function seedNewTransaction(node: FullNode, body: unknown): Promise<SeedResponse> {
  if (!has(body, 'recipient') || !(has(body, 'info') || has(body, 'amount'))) {
    return { status: 400, body: SEED_MESSAGES.missingValues };
  }
  const sent = await node.newTransaction(body);
  if (!sent.ok) return { status: 400, failure: sent.failure };
  const { index, txid } = sent.value;
  return { status: 201, body: { message: SEED_MESSAGES.willBeAdded(index), index, txid } satisfies TransactionAnswer };
}

/** GET /mine: the block, with the seed's fields first. */
export async function seedMine(node: FullNode): Promise<SeedResponse> {
  const mined = await node.mine();
  if (!mined.ok) return { status: 500, failure: mined.failure };
  return { status: 200, body: { message: SEED_MESSAGES.forged, ...mined.value } satisfies MineAnswer };
}

/** POST /nodes/register: `{ nodes: [...] }` of node ids, invite links or node addresses. */
export async function seedRegisterNodes(node: FullNode, body: unknown): Promise<SeedResponse> {
  const nodes = has(body, 'nodes') ? (body as { nodes: unknown }).nodes : undefined;
  if (!Array.isArray(nodes) || nodes.length === 0) return { status: 400, body: SEED_MESSAGES.noNodes };
  const registered = await node.registerNodes(nodes);
  if (!registered.ok) return { status: 400, failure: registered.failure };
  const total_nodes = registered.value.total_nodes;
  return { status: 201, body: { message: SEED_MESSAGES.nodesAdded, total_nodes } satisfies RegisterAnswer };
}

/** GET /nodes/resolve: the seed's two answers, each with the chain as it now is. */
export async function seedResolve(node: FullNode): Promise<SeedResponse> {
  const { replaced, length } = await node.resolve();
  await node.history;
  const { chain } = node.exportChain();
  const body: ResolveAnswer = replaced
    ? { message: SEED_MESSAGES.replaced, new_chain: chain, replaced, length }
    : { message: SEED_MESSAGES.authoritative, chain, replaced, length };
  return { status: 200, body };
}

/** The route a request names, or why none: 404 for an unknown path, 405 for a known one with another method. */
export async function handleSeedRequest(
  node: FullNode,
  request: { readonly method: string; readonly path: string; readonly body?: unknown },
): Promise<SeedResponse> {
  const path = request.path.replace(/\/+$/, '') || '/';
  const route = SEED_ROUTES.find((r) => r.path === path);
  if (route === undefined)
    return { status: 404, failure: { code: FailureCode.NoSuchEndpoint, values: { path }, field: null } };
  if (route.method !== request.method.toUpperCase()) {
    const values = { path, method: route.method };
    return { status: 405, failure: { code: FailureCode.WrongMethod, values, field: null } };
  }
  switch (route.path) {
    case '/transactions/new':
      return seedNewTransaction(node, request.body);
    case '/mine':
      return seedMine(node);
    case '/chain':
      await node.history;
      return { status: 200, body: node.exportChain() };
    case '/nodes/register':
      return seedRegisterNodes(node, request.body);
    default:
      return seedResolve(node);
  }
}
