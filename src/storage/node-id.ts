// Node ids: random, PeerJS-compatible names for one node, used for its database, its lock and its peer id.
import { NETWORK_NAME_RE } from '../core/index.ts';

/** PeerJS accepts letters and digits joined by single dashes; we also require a leading letter and cap the length. */
const NODE_ID_RE = /^[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*$/;
const MAX_NODE_ID_LENGTH = 64;

/** RFC 4648 base32 in lowercase: 5 bits a character, no padding needed for 10 bytes. */
const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';
/** 80 random bits: two nodes of one classroom colliding is a 1-in-10^24 event. */
const NODE_ID_BYTES = 10;

export function isNodeId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_NODE_ID_LENGTH && NODE_ID_RE.test(value);
}

/** `n-` and 16 base32 characters, e.g. `n-k3x7q2m4a9bwc5de`. */
export function createNodeId(randomBytes: (n: number) => Uint8Array): string {
  const bytes = randomBytes(NODE_ID_BYTES);
  if (bytes.length !== NODE_ID_BYTES) throw new RangeError(`randomBytes returned ${bytes.length} bytes`);
  let bits = 0;
  let pending = 0;
  let out = 'n-';
  for (const byte of bytes) {
    pending = (pending << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += BASE32.charAt((pending >>> bits) & 31);
    }
    pending &= (1 << bits) - 1;
  }
  return out;
}

/** The browser's CSPRNG; throws where there is none, which no supported browser lacks. */
export function cryptoRandomBytes(n: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(n));
}

/** Throws TypeError on a network name the core would refuse: a programmer error, not bad input. */
export function checkNetworkName(network: string): void {
  if (typeof network !== 'string' || !NETWORK_NAME_RE.test(network)) {
    throw new TypeError(`not a network name: ${JSON.stringify(network)}`);
  }
}

/** Throws TypeError on a name no node could have, before it reaches a database or lock name. */
export function checkNodeName(network: string, nodeId: string): void {
  checkNetworkName(network);
  if (!isNodeId(nodeId)) throw new TypeError(`not a node id: ${JSON.stringify(nodeId)}`);
}
