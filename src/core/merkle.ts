// Transactions root: a binary Merkle tree with domain-separated leaves and nodes (0x00 / 0x01 prefixes) and the odd
// node promoted rather than duplicated, so no two different transaction lists share a root.
import { equalBytes } from './bytes.ts';
import { sha256 } from './sha256.ts';

const LEAF = Uint8Array.of(0);
const NODE = Uint8Array.of(1);

/** The level above: each pair hashed together, an odd last node promoted as it is. */
function parentLevel(level: readonly Uint8Array[]): Uint8Array[] {
  const next: Uint8Array[] = [];
  for (let i = 0; i < level.length; i += 2) {
    const left = level[i] as Uint8Array;
    const right = level[i + 1];
    next.push(right === undefined ? left : sha256(NODE, left, right));
  }
  return next;
}

export function merkleRoot(leafHashes: readonly Uint8Array[]): Uint8Array {
  if (leafHashes.length === 0) return sha256();
  let level = leafHashes.map((leaf) => sha256(LEAF, leaf));
  while (level.length > 1) level = parentLevel(level);
  return level[0] as Uint8Array;
}

/**
 * Every level of the tree, the leaves' nodes (level 0) first and the one-node root level last; none for no leaves.
 * The node at level L and position p sits over the leaves p·2^L up to (p+1)·2^L (fewer at the right edge).
 */
export function merkleLevels(leafHashes: readonly Uint8Array[]): Uint8Array[][] {
  if (leafHashes.length === 0) return [];
  const levels = [leafHashes.map((leaf) => sha256(LEAF, leaf))];
  while ((levels.at(-1) as Uint8Array[]).length > 1) levels.push(parentLevel(levels.at(-1) as Uint8Array[]));
  return levels;
}

/** One step of a Merkle path: the node hashed with the path's node at `level` to make its parent. */
export type MerkleStep = {
  readonly level: number;
  /** The sibling's position on its level. */
  readonly position: number;
  readonly sibling: Uint8Array;
  /** Whether the sibling goes first (left) in the parent's hash. */
  readonly siblingOnLeft: boolean;
};

/**
 * The path from leaf `leafIndex` to the root: the sibling at each level where the path's node has one (a promoted
 * odd node has none, so that level adds no step). With the leaf hash alone it gives the root (merkleRootFromPath):
 * what proves a transaction is in a block without the block's other transactions.
 */
export function merklePath(leafHashes: readonly Uint8Array[], leafIndex: number): MerkleStep[] {
  if (!Number.isInteger(leafIndex) || leafIndex < 0 || leafIndex >= leafHashes.length) {
    throw new RangeError(`leaf ${leafIndex} of ${leafHashes.length}`);
  }
  const steps: MerkleStep[] = [];
  let position = leafIndex;
  for (const [level, nodes] of merkleLevels(leafHashes).entries()) {
    const siblingPosition = position ^ 1;
    const sibling = nodes[siblingPosition];
    if (nodes.length > 1 && sibling !== undefined) {
      steps.push({ level, position: siblingPosition, sibling, siblingOnLeft: siblingPosition < position });
    }
    position >>= 1;
  }
  return steps;
}

/** The root a leaf hash and its path lead to: equal to the block's transactions root when the path is its own. */
export function merkleRootFromPath(leafHash: Uint8Array, path: readonly MerkleStep[]): Uint8Array {
  let node = sha256(LEAF, leafHash);
  for (const step of path)
    node = step.siblingOnLeft ? sha256(NODE, step.sibling, node) : sha256(NODE, node, step.sibling);
  return node;
}

/** Whether `path` proves `leafHash` is under `root`. */
export function verifyMerklePath(leafHash: Uint8Array, path: readonly MerkleStep[], root: Uint8Array): boolean {
  return equalBytes(merkleRootFromPath(leafHash, path), root);
}
