// The fork tree: every block this node knows over the last heights, main chain in the first lane, stale branches
// below it, redrawn when a block arrives (a reorg included), with a sentence on why the main chain won.
import type { FullNode } from '../node/index.ts';
import { byId, redrawScheduler, setText, shortHash, svg, type Unbind } from './dom.ts';
import { type ForkTreeLayout, layoutForkTree } from './fork-tree-model.ts';
import { t } from './i18n/index.ts';

/** Heights drawn: a long session's tree stays a screenful wide. */
const MAX_HEIGHTS = 50;
const COLUMN = 64;
const LANE = 56;
const BOX = { width: 48, height: 32 };
const MARGIN = 12;

function position(layout: ForkTreeLayout, index: number, lane: number) {
  return { x: MARGIN + (index - layout.minIndex) * COLUMN, y: MARGIN + lane * LANE };
}

/** The tree of every block `chain` knows over its last `heights` heights. */
export function forkTreeOf(chain: FullNode['chain'], heights: number): ForkTreeLayout {
  return layoutForkTree({
    blocks: chain.knownBlocksFrom(chain.height - heights + 1),
    isMain: (hash) => chain.isOnMainChain(hash),
    tipHash: chain.tip.hash,
    tipIndex: chain.height,
    maxHeights: heights,
  });
}

/** How many nodes of the room sit on a block, and their branch's colour (the room view marks tips with it). */
export type TipMark = { readonly count: number; readonly colour: number };
const MARK_RADIUS = 10;

/** The tree as an SVG; `marks` puts a numbered badge on blocks that are nodes' tips. */
export function drawForkTree(
  layout: ForkTreeLayout,
  label: string,
  marks: ReadonlyMap<string, TipMark> = new Map(),
): SVGSVGElement {
  const lanes = new Map(layout.nodes.map((n) => [n.hash, n]));
  const width = MARGIN * 2 + (layout.maxIndex - layout.minIndex) * COLUMN + BOX.width;
  const height = MARGIN * 2 + (layout.lanes - 1) * LANE + BOX.height;
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': label });
  for (const edge of layout.edges) {
    const from = lanes.get(edge.from);
    const to = lanes.get(edge.to);
    if (!from || !to) continue;
    const a = position(layout, from.index, from.lane);
    const b = position(layout, to.index, to.lane);
    const cy = BOX.height / 2;
    const path = `M${a.x + BOX.width} ${a.y + cy} C${b.x - 8} ${a.y + cy} ${a.x + BOX.width + 8} ${b.y + cy} ${b.x} ${b.y + cy}`;
    root.append(svg('path', { d: path, class: `fork-edge ${to.main ? 'main' : 'stale'}` }));
  }
  for (const node of layout.nodes) {
    const { x, y } = position(layout, node.index, node.lane);
    const kind = `${node.main ? 'main' : 'stale'}${node.tip ? ' tip' : ''}`;
    root.append(
      svg(
        'g',
        { class: `fork-node ${kind}`, 'data-hash': node.hash, 'data-index': node.index },
        svg('title', {}, `${node.index} ${node.hash}`),
        svg('rect', { x, y, width: BOX.width, height: BOX.height, rx: 6 }),
        svg('text', { x: x + BOX.width / 2, y: y + BOX.height / 2 + 5, 'text-anchor': 'middle' }, String(node.index)),
      ),
    );
    const mark = marks.get(node.hash);
    if (mark !== undefined) {
      const cx = x + BOX.width - 2;
      const cy = y + 2;
      root.append(
        svg(
          'g',
          { class: `fork-mark branch-${Math.min(mark.colour, 5)}`, 'data-hash': node.hash, 'data-count': mark.count },
          svg('circle', { cx, cy, r: MARK_RADIUS }),
          svg('text', { x: cx, y: cy + 4, 'text-anchor': 'middle' }, String(mark.count)),
        ),
      );
    }
  }
  return root;
}

/** Why the main chain is the main chain, in numbers: its work against the best stale branch's. */
function explanation(node: FullNode, layout: ForkTreeLayout): string {
  let best: { hash: string; work: bigint } | null = null;
  for (const hash of layout.staleTips) {
    const work = node.chain.totalWorkOf(hash) ?? 0n;
    if (best === null || work > best.work) best = { hash, work };
  }
  if (best === null) return t('fork.noFork');
  const mainWork = node.chain.totalWork;
  const values = { mainWork: mainWork.toString(), staleWork: best.work.toString(), staleTip: shortHash(best.hash) };
  return t(best.work === mainWork ? 'fork.whyTie' : 'fork.why', values);
}

export function mountForkTreeView(node: FullNode, doc: Document): Unbind {
  const section = byId(doc, 'fork-tree', HTMLElement);
  const container = byId(doc, 'fork-drawing', HTMLElement);
  const why = byId(doc, 'fork-why', HTMLElement);
  setText(byId(doc, 'fork-intro', HTMLElement), t('fork.intro', { heights: MAX_HEIGHTS }));
  section.hidden = false;

  const render = () => {
    const layout = forkTreeOf(node.chain, MAX_HEIGHTS);
    const stale = layout.nodes.filter((n) => !n.main).length;
    const label = t('fork.label', { main: layout.nodes.length - stale, stale });
    const followingTip = container.scrollLeft + container.clientWidth >= container.scrollWidth - COLUMN;
    // At most 50 heights of a few lanes: redrawing the small SVG whole is simpler than diffing it, and cheap.
    container.replaceChildren(drawForkTree(layout, label));
    if (followingTip) container.scrollLeft = container.scrollWidth;
    setText(why, explanation(node, layout));
  };
  // Two redraws a second at most: a sync delivers thousands of blocks a second, and only the last heights are drawn.
  const redraw = redrawScheduler(render, 500, section);
  const unsubscribe = node.subscribe((event) => {
    if (event.type === 'block') redraw.schedule();
  });
  render();
  return () => {
    redraw.cancel();
    unsubscribe();
  };
}
