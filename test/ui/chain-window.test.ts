import { describe, expect, it } from 'vitest';
import { blockIndexOfRow, visibleRows } from '../../src/ui/chain-window.ts';

const base = { count: 10_000, rowHeight: 100, offset: 0, viewportHeight: 800, overscan: 2 };

describe('chain list windowing', () => {
  it('draws a screenful plus overscan at the top of the list', () => {
    expect(visibleRows(base)).toEqual({ start: 0, end: 10 });
  });

  it('follows the scroll position with overscan on both sides', () => {
    expect(visibleRows({ ...base, offset: 5_050 })).toEqual({ start: 48, end: 61 });
  });

  it('stops at the end of the list', () => {
    expect(visibleRows({ ...base, offset: 999_500 })).toEqual({ start: 9_993, end: 10_000 });
  });

  it('draws the first rows while the list top is still below the viewport top', () => {
    expect(visibleRows({ ...base, offset: -300 })).toEqual({ start: 0, end: 7 });
  });

  it('draws nothing for an empty list, a list scrolled out of view, or a zero-height viewport', () => {
    expect(visibleRows({ ...base, count: 0 })).toEqual({ start: 0, end: 0 });
    expect(visibleRows({ ...base, offset: -5_000 })).toEqual({ start: 0, end: 0 });
    expect(visibleRows({ ...base, offset: 2_000_000 })).toEqual({ start: 0, end: 0 });
    expect(visibleRows({ ...base, viewportHeight: 0 })).toEqual({ start: 0, end: 0 });
  });

  it('never draws more than a screenful plus overscan, wherever the scroll is', () => {
    for (let offset = -1000; offset < 1_000_000; offset += 7_919) {
      const { start, end } = visibleRows({ ...base, offset });
      expect(end - start).toBeLessThanOrEqual(8 + 1 + 2 * 2);
    }
  });

  it('shows the newest block in the first row', () => {
    expect(blockIndexOfRow(0, 10_000)).toBe(10_000);
    expect(blockIndexOfRow(9_999, 10_000)).toBe(1);
  });
});
