// Difficulty: fixed per network, or retargeted one bit at a time toward a wanted block interval. Fork choice by
// cumulative work (not length) is what makes retargeting safe: a burst of easy blocks cannot outweigh real work.
import type { NetworkParams } from './params.ts';
import { MAX_DIFFICULTY } from './params.ts';

/** What the node needs to know of a block's ancestors, newest first, starting with the parent. */
export type AncestorTimes = {
  readonly parentDifficulty: number;
  /** Timestamp of the ancestor `back` blocks above the parent (0 = the parent), or undefined past genesis. */
  readonly timestampAt: (back: number) => number | undefined;
};

export function expectedDifficulty(params: NetworkParams, ancestors: AncestorTimes): number {
  const rule = params.retarget;
  if (rule === null) return params.difficulty;
  const newest = ancestors.timestampAt(0);
  const oldest = ancestors.timestampAt(rule.windowBlocks);
  if (newest === undefined || oldest === undefined) return ancestors.parentDifficulty;
  const meanInterval = (newest - oldest) / rule.windowBlocks;
  if (meanInterval < rule.targetBlockMs / 2) return Math.min(ancestors.parentDifficulty + 1, MAX_DIFFICULTY);
  if (meanInterval > rule.targetBlockMs * 2) return Math.max(ancestors.parentDifficulty - 1, params.minDifficulty);
  return ancestors.parentDifficulty;
}

/** Median of the last 11 timestamps (Bitcoin's rule): a block may not be dated before it. */
export const MEDIAN_TIME_SPAN = 11;

export function medianTimePast(ancestors: AncestorTimes): number {
  const times: number[] = [];
  for (let back = 0; back < MEDIAN_TIME_SPAN; back++) {
    const t = ancestors.timestampAt(back);
    if (t === undefined) break;
    times.push(t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}
