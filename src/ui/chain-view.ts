// The chain as linked cards, newest first, windowed: only the rows in (or near) the viewport exist in the DOM, so a
// chain of 10,000 blocks scrolls as smoothly as one of 10. Rows have one fixed height, so no measuring is needed.
import { type Block, confirmationsAt } from '../core/index.ts';
import type { FullNode } from '../node/index.ts';
import { blockCard, setConfirmations } from './cards.ts';
import { blockIndexOfRow, visibleRows } from './chain-window.ts';
import { BURST_REDRAW_MS, bind, byId, redrawScheduler, syncList, type Unbind } from './dom.ts';

/** Row height in units of the viewport's font size when the stylesheet sets none (style.css sets --row-em). */
const DEFAULT_ROW_EM = 15;
/** Rows drawn beyond each edge of the viewport. */
const OVERSCAN = 3;

type Row = { readonly row: number; readonly block: Block };

export function mountChainView(node: FullNode, doc: Document): Unbind {
  const section = byId(doc, 'chain', HTMLElement);
  const viewport = byId(doc, 'chain-viewport', HTMLElement);
  const list = byId(doc, 'blocks', HTMLElement);
  section.hidden = false;

  const render = () => {
    // In em, so projector mode's larger type scales rows with it; the stylesheet picks more rows on narrow screens.
    const style = getComputedStyle(viewport);
    const rowEm = Number.parseFloat(style.getPropertyValue('--row-em')) || DEFAULT_ROW_EM;
    const rowHeight = Math.round(Number.parseFloat(style.fontSize) * rowEm);
    const height = node.chain.height;
    list.style.setProperty('--row', `${rowHeight}px`);
    list.style.height = `${height * rowHeight}px`;
    const range = visibleRows({
      count: height,
      rowHeight,
      offset: viewport.scrollTop,
      viewportHeight: viewport.clientHeight,
      overscan: OVERSCAN,
    });
    const rows: Row[] = [];
    for (let row = range.start; row < range.end; row++) {
      const block = node.chain.blockAt(blockIndexOfRow(row, height));
      if (block) rows.push({ row, block });
    }
    // A row's place follows its block's index, so new blocks on top push the others down without re-creating them.
    syncList(
      list,
      rows,
      (r) => r.block.hash,
      (r) => blockCard(r.block),
      (element, r) => {
        const top = `${r.row * rowHeight}px`;
        if (element.style.top !== top) element.style.top = top;
        setConfirmations(element, confirmationsAt(r.block.index, height));
      },
    );
  };
  // Scrolling redraws every frame; new blocks at most four times a second, since each redraw reads the layout and a
  // sync brings thousands of blocks a second.
  const redraw = redrawScheduler(render);
  const blocksArrived = redrawScheduler(render, BURST_REDRAW_MS, section);
  const unbinds = [
    bind(viewport, 'scroll', redraw.schedule, { passive: true }),
    bind(window, 'resize', redraw.schedule),
    node.subscribe((event) => {
      if (event.type === 'block') blocksArrived.schedule();
    }),
    redraw.cancel,
    blocksArrived.cancel,
  ];
  // Projector mode changes the font size, so the row height: the viewport's size changes with it.
  const resize = new ResizeObserver(redraw.schedule);
  resize.observe(viewport);
  render();
  return () => {
    resize.disconnect();
    for (const unbind of unbinds) unbind();
  };
}
