// Every valid block this node knows, as a tree hanging from genesis, with cumulative work per node. Pure data
// structure: what counts as valid is decided in chain.ts.
import type { Block } from './block.ts';
import type { AncestorTimes } from './difficulty.ts';
import { workForDifficulty } from './header.ts';

export type BlockNode = {
  readonly block: Block;
  readonly parent: BlockNode | null;
  /** Work of this block and all its ancestors. */
  readonly totalWork: bigint;
  /** Arrival order: on equal work the first seen wins. */
  readonly arrival: number;
  /**
   * Replaced, never grown: nearly every node has one child, and an array grown by a push (or a spread) reserves room
   * for seventeen: 152 bytes a block, where a literal of one takes 24.
   */
  children: readonly BlockNode[];
};

const NO_CHILDREN: readonly BlockNode[] = Object.freeze([]);

export class BlockTree {
  private readonly nodes = new Map<string, BlockNode>();
  /** The first node known at each height, by block index; the others at that height (forks) in `forks`. One slot
   *  per height, so a 10,000-block chain makes no 10,000 small arrays to answer "what is near the tip". */
  private readonly firstAt: Array<BlockNode | undefined> = [];
  private readonly forks = new Map<number, BlockNode[]>();
  private arrivals = 0;
  readonly root: BlockNode;
  /** Work of every block before the root: none for genesis, a snapshot's for a tree hung from its base block. */
  private readonly workBeforeRoot: bigint;

  /** A tree hanging from genesis, or from a snapshot's base block and the work of all blocks before it. */
  constructor(root: Block, workBeforeRoot = 0n) {
    this.workBeforeRoot = workBeforeRoot;
    this.root = this.insert(root, null);
  }

  get size(): number {
    return this.nodes.size;
  }

  get(hash: string): BlockNode | undefined {
    return this.nodes.get(hash);
  }

  has(hash: string): boolean {
    return this.nodes.has(hash);
  }

  all(): IterableIterator<BlockNode> {
    return this.nodes.values();
  }

  insert(block: Block, parent: BlockNode | null): BlockNode {
    const node: BlockNode = {
      block,
      parent,
      totalWork: (parent?.totalWork ?? this.workBeforeRoot) + workForDifficulty(block.difficulty),
      arrival: this.arrivals++,
      children: NO_CHILDREN,
    };
    if (parent !== null) parent.children = parent.children.length === 0 ? [node] : parent.children.concat(node);
    this.nodes.set(block.hash, node);
    const height = block.index;
    if (this.firstAt[height] === undefined) this.firstAt[height] = node;
    else {
      const others = this.forks.get(height);
      if (others) others.push(node);
      else this.forks.set(height, [node]);
    }
    return node;
  }

  /** Every node at `minIndex` and above, lower heights first (in no set order within a height). */
  *fromHeight(minIndex: number): Generator<BlockNode> {
    for (let height = Math.max(0, minIndex); height < this.firstAt.length; height++) {
      const first = this.firstAt[height];
      if (first !== undefined) yield first;
      const others = this.forks.get(height);
      if (others) yield* others;
    }
  }

  private forgetHeight(node: BlockNode): void {
    const height = node.block.index;
    const others = this.forks.get(height) ?? [];
    if (this.firstAt[height] === node) this.firstAt[height] = others.shift();
    else others.splice(others.indexOf(node), 1);
    if (others.length === 0) this.forks.delete(height);
    while (this.firstAt.length > 0 && this.firstAt[this.firstAt.length - 1] === undefined) this.firstAt.pop();
  }

  /** Removes a node and everything below it; returns the removed blocks. */
  removeSubtree(node: BlockNode): Block[] {
    const removed: Block[] = [];
    const stack = [node];
    while (stack.length > 0) {
      const n = stack.pop() as BlockNode;
      this.nodes.delete(n.block.hash);
      this.forgetHeight(n);
      removed.push(n.block);
      stack.push(...n.children);
    }
    if (node.parent) node.parent.children = node.parent.children.filter((child) => child !== node);
    return removed;
  }
}

/** Whether `a` beats `b` as a tip: more work, or equal work and seen first. */
export function isBetterTip(a: BlockNode, b: BlockNode): boolean {
  return a.totalWork > b.totalWork || (a.totalWork === b.totalWork && a.arrival < b.arrival);
}

/** The last common ancestor of two nodes. */
export function forkPoint(a: BlockNode, b: BlockNode): BlockNode {
  let x: BlockNode | null = a;
  let y: BlockNode | null = b;
  while (x && y && x !== y) {
    if (x.block.index > y.block.index) x = x.parent;
    else if (y.block.index > x.block.index) y = y.parent;
    else {
      x = x.parent;
      y = y.parent;
    }
  }
  if (!x || x !== y) throw new Error('blocks of one tree always share the genesis');
  return x;
}

/** Path from just below `ancestor` down to `node`, oldest first. */
export function pathFrom(ancestor: BlockNode, node: BlockNode): BlockNode[] {
  const path: BlockNode[] = [];
  for (let n: BlockNode | null = node; n && n !== ancestor; n = n.parent) path.push(n);
  return path.reverse();
}

/**
 * The times the difficulty and time rules read back from `parent`. Past the root of a tree hung from a snapshot's
 * base they go on in `beforeRoot` (the base's ancestors' timestamps, its parent first).
 */
export function ancestorTimes(parent: BlockNode, beforeRoot: readonly number[] = []): AncestorTimes {
  return {
    parentDifficulty: parent.block.difficulty,
    timestampAt(back: number) {
      let n: BlockNode = parent;
      for (let i = 0; i < back; i++) {
        if (n.parent === null) return beforeRoot[back - i - 1];
        n = n.parent;
      }
      return n.block.timestamp;
    },
  };
}
