// Transactions root: a binary Merkle tree with domain-separated leaves and nodes (0x00 / 0x01 prefixes) and the odd
// node promoted rather than duplicated, so no two different transaction lists share a root.
import { sha256 } from '@noble/hashes/sha2.js';

const LEAF = Uint8Array.of(0);
const NODE = Uint8Array.of(1);

function hashParts(prefix: Uint8Array, ...parts: Uint8Array[]): Uint8Array {
  const h = sha256.create().update(prefix);
  for (const p of parts) h.update(p);
  return h.digest();
}

export function merkleRoot(leafHashes: readonly Uint8Array[]): Uint8Array {
  if (leafHashes.length === 0) return sha256(new Uint8Array(0));
  let level = leafHashes.map((leaf) => hashParts(LEAF, leaf));
  while (level.length > 1) {
    const next: Uint8Array[] = [];
    for (let i = 0; i < level.length; i += 2) {
      const left = level[i] as Uint8Array;
      const right = level[i + 1];
      next.push(right === undefined ? left : hashParts(NODE, left, right));
    }
    level = next;
  }
  return level[0] as Uint8Array;
}
