// Windowing math for the chain list: which fixed-height rows a viewport shows, so 10,000 blocks cost a screenful.

export type WindowInput = {
  /** Rows in the whole list. */
  readonly count: number;
  /** Height of every row in pixels: fixed, so a row's position is `index * rowHeight` with no measuring. */
  readonly rowHeight: number;
  /** How far the viewport's top is below the list's top, in pixels (negative while the list is still below it). */
  readonly offset: number;
  readonly viewportHeight: number;
  /** Extra rows drawn above and below, so a fast scroll does not show blank rows for a frame. */
  readonly overscan: number;
};

/** Rows `[start, end)` to draw; empty (start === end) when the list is off screen or has no rows. */
export type RowRange = { readonly start: number; readonly end: number };

export function visibleRows(input: WindowInput): RowRange {
  const { count, rowHeight, offset, viewportHeight, overscan } = input;
  if (count <= 0 || rowHeight <= 0 || viewportHeight <= 0) return { start: 0, end: 0 };
  const first = Math.floor(offset / rowHeight);
  const last = Math.ceil((offset + viewportHeight) / rowHeight);
  const start = Math.min(count, Math.max(0, first - overscan));
  const end = Math.min(count, Math.max(0, last + overscan));
  return end <= start ? { start: 0, end: 0 } : { start, end };
}

/** The chain list is newest first: row 0 is the tip. Returns the block index (genesis is 1) a row shows. */
export function blockIndexOfRow(row: number, height: number): number {
  return height - row;
}
