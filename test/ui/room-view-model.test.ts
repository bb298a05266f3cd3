import { describe, expect, it } from 'vitest';
import type { RoomReport } from '../../src/node/index.ts';
import { type ChainView, nodeIdOf, summarizeRoom, tipMarks } from '../../src/ui/room-view-model.ts';

const MAIN = ['m1', 'm2', 'm3'];
const SIDE = ['s3'];
const chain: ChainView = {
  tipHash: 'm3',
  isOnMainChain: (hash) => MAIN.includes(hash),
  hasBlock: (hash) => MAIN.includes(hash) || SIDE.includes(hash),
};

function report(node: string, tip: string, fields: Partial<RoomReport> = {}): RoomReport {
  return {
    node,
    at: 1,
    height: Number(tip.slice(1)) || 9,
    tip,
    work: '1',
    peers: 1,
    hops: 0,
    receivedAt: 1,
    stale: false,
    self: false,
    role: 'miner',
    mining: false,
    hashRate: 0,
    ...fields,
  };
}

describe('the room as the teacher sees it', () => {
  it('places each node on this node’s chain, behind on it, a known side branch, or one never seen', () => {
    const summary = summarizeRoom(
      [
        report('self', 'm3', { self: true }),
        report('a', 'm2'),
        report('b', 's3'),
        report('c', 'x9'),
        report('d', 'x9'),
        report('e', 'm1', { stale: true }),
      ],
      chain,
    );
    expect(summary.rows.map((r) => [r.node, r.branch, r.colour])).toEqual([
      ['self', 'tip', 0],
      ['a', 'behind', 0],
      ['b', 'side', 1],
      ['c', 'unseen', 2],
      ['d', 'unseen', 2],
      ['e', 'behind', 0],
    ]);
    expect(summary.live).toBe(5);
    expect(summary.stale).toBe(1);
    // This node's chain first, then the other branches highest first; a stale report names no branch.
    expect(summary.branches.map((b) => [b.colour, b.tip, b.nodes])).toEqual([
      [0, 'm3', ['self', 'a']],
      [2, 'x9', ['c', 'd']],
      [1, 's3', ['b']],
    ]);
    expect([...tipMarks(summary)]).toEqual([
      ['m3', { count: 1, colour: 0 }],
      ['m2', { count: 1, colour: 0 }],
      ['s3', { count: 1, colour: 1 }],
      ['x9', { count: 2, colour: 2 }],
    ]);
  });

  it('names a node by its node id, without the room tag every peer id of the room shares', () => {
    expect(nodeIdOf('r3f9a0c11d2e4-n-k3x7q2m4a9bwc5de')).toBe('n-k3x7q2m4a9bwc5de');
  });

  it('gives each live node and each branch its share of the room’s hash rate', () => {
    const summary = summarizeRoom(
      [
        report('self', 'm3', { self: true, mining: true, hashRate: 1_000 }),
        report('a', 'x9', { mining: true, hashRate: 3_000 }),
        report('b', 'm3', { stale: true, hashRate: 5_000 }),
      ],
      chain,
    );
    expect(summary.hashRate).toBe(4_000);
    expect(summary.rows.map((r) => r.share)).toEqual([0.25, 0.75, null]);
    expect(summary.branches.map((b) => b.share)).toEqual([0.25, 0.75]);
    const idle = summarizeRoom([report('self', 'm3', { self: true })], chain);
    expect(idle.rows[0]?.share).toBeNull();
    expect(idle.branches[0]?.share).toBeNull();
  });
});
