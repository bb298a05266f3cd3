// The fork tree as plain data: every known block of the last heights placed in lanes (main chain in lane 0, each
// stale branch in a lane of its own) with its parent edge. The SVG drawing reads this and nothing else.

export type TreeBlock = { readonly hash: string; readonly previousHash: string; readonly index: number };

export type TreeNode = {
  readonly hash: string;
  readonly index: number;
  readonly lane: number;
  readonly main: boolean;
  readonly tip: boolean;
};

export type TreeEdge = { readonly from: string; readonly to: string };

export type ForkTreeLayout = {
  readonly nodes: readonly TreeNode[];
  readonly edges: readonly TreeEdge[];
  /** Lowest and highest block index drawn. */
  readonly minIndex: number;
  readonly maxIndex: number;
  readonly lanes: number;
  /** Tips of stale branches (blocks no other known block builds on), best first by index. */
  readonly staleTips: readonly string[];
};

export type ForkTreeInput = {
  readonly blocks: readonly TreeBlock[];
  readonly isMain: (hash: string) => boolean;
  readonly tipHash: string;
  readonly tipIndex: number;
  /** Heights drawn, counted back from the tip: the tree of a long classroom session stays a screenful. */
  readonly maxHeights: number;
};

export function layoutForkTree(input: ForkTreeInput): ForkTreeLayout {
  const minIndex = Math.max(1, input.tipIndex - input.maxHeights + 1);
  const shown = input.blocks.filter((b) => b.index >= minIndex);
  // Lower heights first so a parent always has its lane before its children; main before side at equal height.
  shown.sort((a, b) => a.index - b.index || Number(input.isMain(b.hash)) - Number(input.isMain(a.hash)));
  const shownHashes = new Set(shown.map((b) => b.hash));
  const hasChild = new Set(shown.map((b) => b.previousHash));
  const laneOf = new Map<string, number>();
  /** Heights already taken in each lane: a lane holds one block per height. */
  const taken: Array<Set<number>> = [new Set()];
  const free = (lane: number, index: number) => !(taken[lane]?.has(index) ?? false);
  const nodes: TreeNode[] = [];
  let maxIndex = minIndex;
  for (const block of shown) {
    const main = input.isMain(block.hash);
    let lane = 0;
    if (!main) {
      const parentLane = laneOf.get(block.previousHash);
      // A branch continues in its parent's lane; a new branch (or a second child) opens the first free side lane.
      if (parentLane !== undefined && parentLane > 0 && free(parentLane, block.index)) lane = parentLane;
      else {
        lane = 1;
        while (!free(lane, block.index)) lane++;
      }
    }
    while (taken.length <= lane) taken.push(new Set());
    taken[lane]?.add(block.index);
    laneOf.set(block.hash, lane);
    maxIndex = Math.max(maxIndex, block.index);
    nodes.push({ hash: block.hash, index: block.index, lane, main, tip: block.hash === input.tipHash });
  }
  const edges = shown.filter((b) => shownHashes.has(b.previousHash)).map((b) => ({ from: b.previousHash, to: b.hash }));
  const staleTips = shown
    .filter((b) => !input.isMain(b.hash) && !hasChild.has(b.hash))
    .sort((a, b) => b.index - a.index)
    .map((b) => b.hash);
  return { nodes, edges, minIndex, maxIndex, lanes: taken.length, staleTips };
}
