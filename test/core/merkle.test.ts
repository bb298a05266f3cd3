import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bytesToHex } from '../../src/core/bytes.ts';
import { merkleLevels, merklePath, merkleRoot, merkleRootFromPath, verifyMerklePath } from '../../src/core/merkle.ts';

/** SHA-256 of the concatenation, by Node's own implementation: an independent check of the tree's rules. */
const nodeSha256 = (...parts: Uint8Array[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return new Uint8Array(hash.digest());
};
const leaves = (count: number) => Array.from({ length: count }, (_, i) => nodeSha256(Uint8Array.of(i)));
const leafNode = (leaf: Uint8Array) => nodeSha256(Uint8Array.of(0), leaf);
const innerNode = (left: Uint8Array, right: Uint8Array) => nodeSha256(Uint8Array.of(1), left, right);

describe('Merkle levels and paths', () => {
  it('builds the levels the root comes from, for three leaves by hand', () => {
    const [a, b, c] = leaves(3) as [Uint8Array, Uint8Array, Uint8Array];
    const ab = innerNode(leafNode(a), leafNode(b));
    const root = innerNode(ab, leafNode(c));
    const levels = merkleLevels([a, b, c]);
    expect(levels.map((level) => level.map(bytesToHex))).toEqual([
      [leafNode(a), leafNode(b), leafNode(c)].map(bytesToHex),
      // The odd node is promoted as it is, not hashed with a copy of itself.
      [bytesToHex(ab), bytesToHex(leafNode(c))],
      [bytesToHex(root)],
    ]);
    expect(bytesToHex(merkleRoot([a, b, c]))).toBe(bytesToHex(root));
  });

  it('ends every tree at the root merkleRoot gives, and has none for no leaves', () => {
    expect(merkleLevels([])).toEqual([]);
    for (let count = 1; count <= 17; count++) {
      const levels = merkleLevels(leaves(count));
      expect(levels.at(-1)?.map(bytesToHex), `${count} leaves`).toEqual([bytesToHex(merkleRoot(leaves(count)))]);
      expect(levels.length).toBe(Math.ceil(Math.log2(count)) + 1);
    }
  });

  it('gives every leaf a path that leads to the root, and only to it', () => {
    for (let count = 1; count <= 17; count++) {
      const all = leaves(count);
      const root = merkleRoot(all);
      for (let index = 0; index < count; index++) {
        const path = merklePath(all, index);
        expect(bytesToHex(merkleRootFromPath(all[index] as Uint8Array, path)), `${index} of ${count}`).toBe(
          bytesToHex(root),
        );
        expect(verifyMerklePath(all[index] as Uint8Array, path, root)).toBe(true);
        // Another leaf with this path, or this path with one sibling changed, proves nothing.
        if (count > 1) expect(verifyMerklePath(all[(index + 1) % count] as Uint8Array, path, root)).toBe(false);
        const first = path[0];
        if (first !== undefined) {
          const changed = [{ ...first, sibling: nodeSha256(first.sibling) }, ...path.slice(1)];
          expect(verifyMerklePath(all[index] as Uint8Array, changed, root)).toBe(false);
        }
      }
    }
  });

  it("names each sibling's level, position and side; a promoted node's level adds no step", () => {
    const all = leaves(5);
    const levels = merkleLevels(all);
    // Levels of 5, 3, 2 and 1 nodes: leaf 4 is promoted twice, then meets the node over leaves 0 to 3.
    expect(merklePath(all, 4)).toEqual([{ level: 2, position: 0, sibling: levels[2]?.[0], siblingOnLeft: true }]);
    expect(merklePath(all, 2)).toEqual([
      { level: 0, position: 3, sibling: levels[0]?.[3], siblingOnLeft: false },
      { level: 1, position: 0, sibling: levels[1]?.[0], siblingOnLeft: true },
      { level: 2, position: 1, sibling: levels[2]?.[1], siblingOnLeft: false },
    ]);
    expect(merklePath(leaves(1), 0)).toEqual([]);
  });

  it('refuses a leaf the tree does not have', () => {
    expect(() => merklePath(leaves(3), 3)).toThrow(RangeError);
    expect(() => merklePath(leaves(3), -1)).toThrow(RangeError);
    expect(() => merklePath([], 0)).toThrow(RangeError);
  });
});
