// The wire protocol, version 1: every message a peer may send, as one discriminated union, with the codec that
// turns bytes from a peer into a typed message or a reason to drop it. docs/protocol.md is the prose version.
//
// A message is UTF-8 JSON of one object `{ "v": 1, "type": …, …fields }` with exactly the fields its type lists
// (frames.ts splits it into data-channel frames). Block and transaction bodies travel in the chain format's JSON
// (docs/chain-format.md) and are narrowed by the core's own decoders (blockFromJson, transactionFromJson,
// parseChain): this file checks the envelope, every other field, and every count. The one exception is a `blocks`
// answer to a peer that asked for block bytes in its status: binary, its blocks in the chain format's block bytes
// (binary-messages.ts).
import { hasExactKeys, isHex, isUint, NETWORK_NAME_RE, type NetworkParams, utf8 } from '../core/index.ts';
import { decodeBinaryMessage, encodeBlocksBinary, isBinaryBlocks, isBinaryMessage } from './binary-messages.ts';
import { isPeerId } from './room.ts';

export const PROTOCOL_VERSION = 1;

export const MessageType = {
  Status: 'status',
  Transaction: 'transaction',
  Block: 'block',
  GetBlocks: 'get-blocks',
  Blocks: 'blocks',
  GetChain: 'get-chain',
  Chain: 'chain',
  Peers: 'peers',
  Ping: 'ping',
  Pong: 'pong',
  Report: 'report',
} as const;
export type MessageType = (typeof MessageType)[keyof typeof MessageType];

/** Locator hashes in a get-blocks: a locator is about 10 + log2(height) long, 42 at the largest u32 height. */
export const MAX_LOCATOR_HASHES = 64;
/** Blocks in one `blocks` or `chain` message. */
export const MAX_BLOCKS_PER_MESSAGE = 500;
/** Peer ids in one `peers` message. */
export const MAX_PEERS_PER_MESSAGE = 32;
/** A status's `session` nonce: 8 to 32 bytes, as lowercase hex. */
export const MIN_SESSION_BYTES = 8;
export const MAX_SESSION_BYTES = 32;
const SESSION_RE = new RegExp(`^(?:[0-9a-f]{2}){${MIN_SESSION_BYTES},${MAX_SESSION_BYTES}}$`);
/** Total work is a sum of 2^difficulty (difficulty <= 256) over at most 2^32 blocks: under 90 decimal digits. */
const WORK_RE = /^(0|[1-9][0-9]{0,89})$/;
const U32 = 0xffffffff;
/** A report's relays and links at most (a classroom mesh of 40 is about 3 links across; no node keeps 64 links). */
export const MAX_REPORT_HOPS = 4;
const MAX_REPORTED_LINKS = 64;

type Envelope<T extends MessageType> = { readonly v: typeof PROTOCOL_VERSION; readonly type: T };

/** Sent first on every connection, both ways: which chain this node is on and how far it has got. */
export type StatusMessage = Envelope<'status'> & {
  /** The room name (informative: the genesis hash, which commits to it, is what is compared). */
  readonly network: string;
  readonly genesis: string;
  readonly tip: string;
  readonly height: number;
  /** Cumulative work of the tip, as a decimal string (it outgrows 2^53). */
  readonly work: string;
  /**
   * Random per start of the sender's node (a page load), as hex: a link from a peer id we hold a link to, under a
   * new session, is that peer come back (reload, crash, lost Wi-Fi), and replaces the old link (relink.ts).
   * Optional: a status without it, from a node before this field, is read as before.
   */
  readonly session?: string;
  /**
   * What the sender understands beyond version 1's JSON, by name; a receiver passes over names it does not know, so a
   * later feature needs no new field. `block-bytes`: send me `blocks` answers in binary (binary-messages.ts).
   * Optional, as session.
   */
  readonly features?: readonly string[];
};
/** A new transaction for the mempool; the body is transaction JSON. */
export type TransactionMessage = Envelope<'transaction'> & { readonly transaction: unknown };
/** A new block (mined here or relayed); the body is block JSON. */
export type BlockMessage = Envelope<'block'> & { readonly block: unknown };
/** "Send me up to `limit` blocks of your main chain after the newest of these hashes you have on it." */
export type GetBlocksMessage = Envelope<'get-blocks'> & {
  readonly request: number;
  readonly locator: readonly string[];
  readonly limit: number;
};
/** The answer to get-blocks: oldest first; `more` when the sender's main chain goes on after the last one. */
export type BlocksMessage = Envelope<'blocks'> & {
  readonly request: number;
  readonly blocks: readonly unknown[];
  readonly more: boolean;
};
/** "Send me your whole main chain": the seed's GET /chain, for resolve(). */
export type GetChainMessage = Envelope<'get-chain'> & { readonly request: number };
/** One part of a whole-chain answer: blocks `from` .. `from + blocks.length - 1` of `length`, parts in order. */
export type ChainMessage = Envelope<'chain'> & {
  readonly request: number;
  readonly length: number;
  readonly from: number;
  readonly blocks: readonly unknown[];
};
/** Peer ids of the same room the sender knows: gossip, so a node finds more than the one it was told of. */
export type PeersMessage = Envelope<'peers'> & { readonly peers: readonly string[] };
export type PingMessage = Envelope<'ping'> & { readonly nonce: number };
export type PongMessage = Envelope<'pong'> & { readonly nonce: number };
/** One node's state for a teacher's view of the room, relayed a few hops (room-reports.ts); display only. */
export type ReportMessage = Envelope<'report'> & {
  /** The reporting node's peer id. */
  readonly node: string;
  /** Its clock when it reported, ms since the epoch: a newer report of the same node replaces an older one. */
  readonly at: number;
  /** Times relayed so far: 0 from the node itself, at most MAX_REPORT_HOPS (so it reaches 5 links away). */
  readonly hops: number;
  readonly height: number;
  readonly tip: string;
  readonly work: string;
  readonly role: 'miner' | 'user';
  readonly mining: boolean;
  /** Hashes per second while mining, rounded; 0 otherwise. */
  readonly hashrate: number;
  /** Its ready links. */
  readonly peers: number;
};

export type Message =
  | StatusMessage
  | TransactionMessage
  | BlockMessage
  | GetBlocksMessage
  | BlocksMessage
  | GetChainMessage
  | ChainMessage
  | PeersMessage
  | PingMessage
  | PongMessage
  | ReportMessage;

/** Distributes Omit over the union, so each variant keeps its own fields. */
type WithoutEnvelope<M> = M extends Message ? Omit<M, 'v'> : never;
export type MessageBody = WithoutEnvelope<Message>;

/** A byte budget for the JSON of one transaction beyond its info text (hex keys, signature, numbers, names). */
const TRANSACTION_JSON_OVERHEAD = 512;
/** The same for a block beyond its transactions, and for the envelope of a message around blocks. */
const BLOCK_JSON_OVERHEAD = 512;
const ENVELOPE_OVERHEAD = 1024;
/** JSON writes a control character as \u00XX: six bytes for one byte of info. */
const WORST_JSON_BYTES_PER_INFO_BYTE = 6;
/** Never below 1 MiB, whatever the rules: a batch of small blocks is packed up to a quarter of that. */
const MIN_MESSAGE_BYTES = 1024 * 1024;

/** The JSON of the largest block the network's rules allow, in bytes (an upper bound). */
export function maxBlockJsonBytes(params: NetworkParams): number {
  const perTransaction = TRANSACTION_JSON_OVERHEAD + WORST_JSON_BYTES_PER_INFO_BYTE * params.maxInfoBytes;
  return BLOCK_JSON_OVERHEAD + params.maxTransactionsPerBlock * perTransaction;
}

/**
 * The largest message a node accepts: one largest possible block in its envelope, and at least 1 MiB. Both sides
 * share the parameters (the genesis commits to them), so both compute the same limit.
 */
export function maxMessageBytes(params: NetworkParams): number {
  return Math.max(MIN_MESSAGE_BYTES, maxBlockJsonBytes(params) + ENVELOPE_OVERHEAD);
}

export function encodeMessage(body: MessageBody): Uint8Array {
  if (isBinaryBlocks(body)) return encodeBlocksBinary(body);
  return utf8(JSON.stringify({ v: PROTOCOL_VERSION, ...body }));
}

export type Decoded =
  | { readonly ok: true; readonly message: Message }
  | { readonly ok: false; readonly detail: string };

const utf8Decoder = new TextDecoder('utf-8', { fatal: true });

/** Bytes from a peer (already within the size limit) to a typed message, or why they are not one. */
export function decodeMessage(bytes: Uint8Array): Decoded {
  if (isBinaryMessage(bytes)) return decodeBinaryMessage(bytes, MAX_BLOCKS_PER_MESSAGE);
  let json: unknown;
  try {
    json = JSON.parse(utf8Decoder.decode(bytes));
  } catch {
    return { ok: false, detail: 'not UTF-8 JSON' };
  }
  return narrowMessage(json);
}

type Fields = Record<string, unknown>;
/** Each narrower returns the message, or a string saying which field is wrong. */
type Narrower = (fields: Fields) => Message | string;

const isRequestId = (value: unknown): value is number => isUint(value, U32);
const isHash = (value: unknown): value is string => isHex(value, 32);

function isArrayOf<T>(value: unknown, max: number, item: (x: unknown) => x is T): value is T[] {
  return Array.isArray(value) && value.length <= max && value.every(item);
}

export function isSessionNonce(value: unknown): value is string {
  return typeof value === 'string' && SESSION_RE.test(value);
}

/** Field names per type (besides v and type), in the order they are documented. */
const FIELDS: { readonly [T in MessageType]: readonly string[] } = {
  status: ['network', 'genesis', 'tip', 'height', 'work'],
  transaction: ['transaction'],
  block: ['block'],
  'get-blocks': ['request', 'locator', 'limit'],
  blocks: ['request', 'blocks', 'more'],
  'get-chain': ['request'],
  chain: ['request', 'length', 'from', 'blocks'],
  peers: ['peers'],
  ping: ['nonce'],
  pong: ['nonce'],
  report: ['node', 'at', 'hops', 'height', 'tip', 'work', 'role', 'mining', 'hashrate', 'peers'],
};

/** Fields a message may leave out: later additions, so a message from a node before them is still read. */
const OPTIONAL_FIELDS: { readonly [T in MessageType]?: readonly string[] } = {
  status: ['session', 'features'],
};
/** Feature names a status may list: at most this many, each a short lowercase word or words joined by '-'. */
export const MAX_FEATURES = 16;
const FEATURE_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_FEATURE_LENGTH = 32;
const isFeature = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= MAX_FEATURE_LENGTH && FEATURE_RE.test(value);

const v = PROTOCOL_VERSION;

const NARROWERS: { readonly [T in MessageType]: Narrower } = {
  status(fields) {
    const { network, genesis, tip, height, work, session, features } = fields;
    if (typeof network !== 'string' || !NETWORK_NAME_RE.test(network)) return 'network must be a room name';
    if (!isHash(genesis)) return 'genesis must be 32 bytes hex';
    if (!isHash(tip)) return 'tip must be 32 bytes hex';
    if (!isUint(height, U32) || height < 1) return 'height must be a u32 of at least 1';
    if (typeof work !== 'string' || !WORK_RE.test(work)) return 'work must be a decimal string';
    let status: StatusMessage = { v, type: 'status', network, genesis, tip, height, work };
    if (Object.hasOwn(fields, 'session')) {
      if (!isSessionNonce(session)) return `session must be ${MIN_SESSION_BYTES} to ${MAX_SESSION_BYTES} bytes hex`;
      status = { ...status, session };
    }
    if (Object.hasOwn(fields, 'features')) {
      if (!isArrayOf(features, MAX_FEATURES, isFeature)) {
        return `features must be at most ${MAX_FEATURES} names of lowercase letters, digits and '-'`;
      }
      status = { ...status, features };
    }
    return status;
  },
  transaction: ({ transaction }) => ({ v, type: 'transaction', transaction }),
  block: ({ block }) => ({ v, type: 'block', block }),
  'get-blocks'({ request, locator, limit }) {
    if (!isRequestId(request)) return 'request must be a u32';
    if (!isArrayOf(locator, MAX_LOCATOR_HASHES, isHash) || locator.length === 0) {
      return `locator must be 1 to ${MAX_LOCATOR_HASHES} hashes`;
    }
    if (!isUint(limit, MAX_BLOCKS_PER_MESSAGE) || limit < 1) return `limit must be 1 to ${MAX_BLOCKS_PER_MESSAGE}`;
    return { v, type: 'get-blocks', request, locator, limit };
  },
  blocks({ request, blocks, more }) {
    if (!isRequestId(request)) return 'request must be a u32';
    if (!Array.isArray(blocks) || blocks.length > MAX_BLOCKS_PER_MESSAGE) {
      return `blocks must be an array of at most ${MAX_BLOCKS_PER_MESSAGE}`;
    }
    if (typeof more !== 'boolean') return 'more must be a boolean';
    return { v, type: 'blocks', request, blocks, more };
  },
  'get-chain'({ request }) {
    if (!isRequestId(request)) return 'request must be a u32';
    return { v, type: 'get-chain', request };
  },
  chain({ request, length, from, blocks }) {
    if (!isRequestId(request)) return 'request must be a u32';
    if (!isUint(length, U32) || length < 1) return 'length must be a u32 of at least 1';
    if (!isUint(from, U32) || from < 1) return 'from must be a u32 of at least 1';
    if (!Array.isArray(blocks) || blocks.length === 0 || blocks.length > MAX_BLOCKS_PER_MESSAGE) {
      return `blocks must be an array of 1 to ${MAX_BLOCKS_PER_MESSAGE}`;
    }
    if (from + blocks.length - 1 > length) return 'blocks run past length';
    return { v, type: 'chain', request, length, from, blocks };
  },
  peers({ peers }) {
    if (!isArrayOf(peers, MAX_PEERS_PER_MESSAGE, isPeerId)) {
      return `peers must be at most ${MAX_PEERS_PER_MESSAGE} peer ids`;
    }
    return { v, type: 'peers', peers };
  },
  ping({ nonce }) {
    if (!isUint(nonce, U32)) return 'nonce must be a u32';
    return { v, type: 'ping', nonce };
  },
  pong({ nonce }) {
    if (!isUint(nonce, U32)) return 'nonce must be a u32';
    return { v, type: 'pong', nonce };
  },
  report({ node, at, hops, height, tip, work, role, mining, hashrate, peers }) {
    if (!isPeerId(node)) return 'node must be a peer id';
    if (!isUint(at, Number.MAX_SAFE_INTEGER)) return 'at must be a time in ms';
    if (!isUint(hops, MAX_REPORT_HOPS)) return `hops must be 0 to ${MAX_REPORT_HOPS}`;
    if (!isUint(height, U32) || height < 1) return 'height must be a u32 of at least 1';
    if (!isHash(tip)) return 'tip must be 32 bytes hex';
    if (typeof work !== 'string' || !WORK_RE.test(work)) return 'work must be a decimal string';
    if (role !== 'miner' && role !== 'user') return 'role must be miner or user';
    if (typeof mining !== 'boolean') return 'mining must be a boolean';
    if (!isUint(hashrate, U32)) return 'hashrate must be a u32';
    if (!isUint(peers, MAX_REPORTED_LINKS)) return `peers must be 0 to ${MAX_REPORTED_LINKS}`;
    return { v, type: 'report', node, at, hops, height, tip, work, role, mining, hashrate, peers };
  },
};

function isMessageType(value: unknown): value is MessageType {
  return typeof value === 'string' && Object.hasOwn(FIELDS, value);
}

/** Narrows parsed JSON field by field: the version, a known type, exactly that type's fields, each one checked. */
export function narrowMessage(json: unknown): Decoded {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, detail: 'a message is a JSON object' };
  }
  const { v: version, type } = json as Fields;
  if (version !== PROTOCOL_VERSION) return { ok: false, detail: `protocol version ${String(version)} is not 1` };
  if (!isMessageType(type)) return { ok: false, detail: `unknown message type ${JSON.stringify(type)}` };
  const fields = FIELDS[type];
  const optional = (OPTIONAL_FIELDS[type] ?? []).filter((field) => Object.hasOwn(json, field));
  if (!hasExactKeys(json, ['v', 'type', ...fields, ...optional])) {
    const mayHave = OPTIONAL_FIELDS[type] === undefined ? '' : ` (and may have ${OPTIONAL_FIELDS[type].join(', ')})`;
    return { ok: false, detail: `${type} has exactly the fields v, type, ${fields.join(', ')}${mayHave}` };
  }
  const narrowed = NARROWERS[type](json as Fields);
  return typeof narrowed === 'string' ? { ok: false, detail: `${type}: ${narrowed}` } : { ok: true, message: narrowed };
}
