// Transactions root: a binary Merkle tree with domain-separated leaves and nodes (0x00 / 0x01 prefixes) and the odd
// node promoted rather than duplicated, so no two different transaction lists share a root.
import { sha256 } from './sha256.ts';

const LEAF = Uint8Array.of(0);
const NODE = Uint8Array.of(1);

export function merkleRoot(leafHashes: readonly Uint8Array[]): Uint8Array {
  if (leafHashes.length === 0) return sha256();
  let level = leafHashes.map((leaf) => sha256(LEAF, leaf));
  while (level.length > 1) {
    const next: Uint8Array[] = [];
    for (let i = 0; i < level.length; i += 2) {
      const left = level[i] as Uint8Array;
      const right = level[i + 1];
      next.push(right === undefined ? left : sha256(NODE, left, right));
    }
    level = next;
  }
  return level[0] as Uint8Array;
}
