import { describe, expect, it } from 'vitest';
import { layoutForkTree, type TreeBlock } from '../../src/ui/fork-tree-model.ts';

/** A block named by its hash; `parent` is the previous block's name. */
function b(hash: string, parent: string, index: number): TreeBlock {
  return { hash, previousHash: parent, index };
}

// Main: g-1-2-3-4. Stale: 2a on 1 (with 3a on it) and 4b on 3.
const blocks = [b('g', '0', 1), b('m2', 'g', 2), b('m3', 'm2', 3), b('m4', 'm3', 4), b('m5', 'm4', 5)];
const stale = [b('a3', 'm2', 3), b('a4', 'a3', 4), b('b5', 'm4', 5)];
const main = new Set(blocks.map((x) => x.hash));

function layout(maxHeights = 50) {
  return layoutForkTree({
    blocks: [...stale, ...blocks],
    isMain: (hash) => main.has(hash),
    tipHash: 'm5',
    tipIndex: 5,
    maxHeights,
  });
}

describe('fork tree layout', () => {
  it('puts the main chain in lane 0 and marks only the tip', () => {
    const nodes = layout().nodes.filter((n) => n.main);
    expect(nodes.map((n) => [n.hash, n.lane])).toEqual([
      ['g', 0],
      ['m2', 0],
      ['m3', 0],
      ['m4', 0],
      ['m5', 0],
    ]);
    expect(
      layout()
        .nodes.filter((n) => n.tip)
        .map((n) => n.hash),
    ).toEqual(['m5']);
  });

  it('keeps a branch in one side lane and gives another branch a free lane', () => {
    const lanes = new Map(layout().nodes.map((n) => [n.hash, n.lane]));
    expect(lanes.get('a3')).toBe(1);
    expect(lanes.get('a4')).toBe(1);
    // Height 5 of lane 1 is free, so the second branch reuses it rather than widening the tree.
    expect(lanes.get('b5')).toBe(1);
    expect(layout().lanes).toBe(2);
  });

  it('opens a new lane when two stale blocks share a height', () => {
    const result = layoutForkTree({
      blocks: [...blocks, b('x3', 'm2', 3), b('y3', 'm2', 3)],
      isMain: (hash) => main.has(hash),
      tipHash: 'm5',
      tipIndex: 5,
      maxHeights: 50,
    });
    const lanes = new Map(result.nodes.map((n) => [n.hash, n.lane]));
    expect([lanes.get('x3'), lanes.get('y3')].sort()).toEqual([1, 2]);
    expect(result.lanes).toBe(3);
  });

  it('links every drawn block to its drawn parent and lists stale tips, highest first', () => {
    const result = layout();
    expect(result.edges).toContainEqual({ from: 'm2', to: 'a3' });
    expect(result.edges).toContainEqual({ from: 'm4', to: 'b5' });
    expect(result.edges).toHaveLength(7);
    expect(result.staleTips).toEqual(['b5', 'a4']);
  });

  it('draws only the last heights, with no edge to a parent left out', () => {
    const result = layout(2);
    expect(result.minIndex).toBe(4);
    expect(result.nodes.map((n) => n.hash).sort()).toEqual(['a4', 'b5', 'm4', 'm5']);
    expect(result.edges).toEqual([
      { from: 'm4', to: 'm5' },
      { from: 'm4', to: 'b5' },
    ]);
  });
});
