// The teacher's view of the room: every node of the room from its reports (src/net/room-reports.ts), live: id, role,
// mining and hash rate with its share, height, which branch its tip is on as this node sees the chain, links, and
// the fork tree with each tip marked by how many nodes sit on it. `?view=room` shows this view alone (a projector).
import './room-view.css';
import type { FullNode } from '../node/index.ts';
import { byId, h, redrawScheduler, setText, shortHash, type Unbind } from './dom.ts';
import { drawForkTree, forkTreeOf } from './fork-tree-view.ts';
import { roomViewTexts as texts } from './i18n/sections/room-view/index.ts';
import {
  nodeIdOf,
  type RoomBranch,
  type RoomRow,
  type RoomSummary,
  summarizeRoom,
  tipMarks,
} from './room-view-model.ts';

/** Heights the room's tree shows: enough for a partition's two branches and the blocks before them. */
const TREE_HEIGHTS = 20;
/** Staleness is a matter of time passing with no event: the view looks again this often. */
const REFRESH_MS = 5_000;

const megahashes = (rate: number) => (rate / 1e6).toFixed(2);
const percent = (share: number) => `${Math.round(share * 100)}`;

function branchText(row: RoomRow, ourHeight: number): string {
  switch (row.branch) {
    case 'tip':
      return texts.t('dashboard.branch.tip');
    case 'behind':
      return texts.t('dashboard.branch.behind', { behind: ourHeight - row.height });
    case 'side':
      return texts.t('dashboard.branch.side', { colour: row.colour });
    case 'unseen':
      return texts.t('dashboard.branch.unseen', { colour: row.colour });
  }
}

function stateText(row: RoomRow, now: number): string {
  if (row.stale) return texts.t('dashboard.state.stale', { seconds: Math.round((now - row.receivedAt) / 1000) });
  return texts.t(row.mining ? 'dashboard.state.mining' : 'dashboard.state.idle');
}

function rateText(row: RoomRow): string {
  if (row.stale || !row.mining) return texts.t('dashboard.rate.none');
  return texts.t('dashboard.rate', { rate: megahashes(row.hashRate), share: percent(row.share ?? 0) });
}

function swatch(colour: number): HTMLElement {
  return h('span', { class: `room-swatch branch-${Math.min(colour, 5)}`, 'aria-hidden': 'true' });
}

function rowOf(row: RoomRow, ourHeight: number, now: number): HTMLTableRowElement {
  const id = row.self ? texts.t('dashboard.you', { id: nodeIdOf(row.node) }) : nodeIdOf(row.node);
  const cells = [
    h('th', { scope: 'row', title: row.node }, id),
    h('td', {}, texts.t(row.role === 'user' ? 'dashboard.role.user' : 'dashboard.role.miner')),
    h('td', {}, stateText(row, now)),
    h('td', { class: 'number' }, String(row.height)),
    h('td', { title: row.tip }, swatch(row.colour), `${shortHash(row.tip)} ${branchText(row, ourHeight)}`),
    h('td', { class: 'number' }, rateText(row)),
    h('td', { class: 'number' }, String(row.peers)),
  ];
  return h('tr', { class: row.stale ? 'stale' : '', 'data-node': row.node, 'data-branch': row.branch }, ...cells);
}

function branchItem(branch: RoomBranch): HTMLLIElement {
  const name =
    branch.colour === 0 ? texts.t('dashboard.branchMain') : texts.t('dashboard.branchOther', { colour: branch.colour });
  const share = branch.share === null ? texts.t('dashboard.rate.none') : `${percent(branch.share)} %`;
  const line = texts.t('dashboard.branchLine', {
    name,
    height: branch.height,
    tip: shortHash(branch.tip),
    count: branch.nodes.length,
    share,
  });
  return h('li', { 'data-colour': String(branch.colour) }, swatch(branch.colour), line);
}

function summaryText(summary: RoomSummary): string {
  return texts.t('dashboard.summary', {
    live: summary.live,
    branches: summary.branches.length,
    rate: megahashes(summary.hashRate),
  });
}

export async function mountRoomView(node: FullNode, doc: Document): Promise<Unbind> {
  const section = byId(doc, 'room-view', HTMLElement);
  await texts.load();
  const table = h('table', { class: 'room-table' });
  const body = h('tbody');
  const headers = ['node', 'role', 'state', 'height', 'branch', 'rate', 'links'].map((column) =>
    h('th', { scope: 'col' }, texts.t(`dashboard.col.${column}` as Parameters<typeof texts.t>[0])),
  );
  table.append(h('caption', {}, texts.t('dashboard.table')), h('thead', {}, h('tr', {}, ...headers)), body);
  const summaryLine = h('p', { id: 'room-summary', 'aria-live': 'polite' });
  const staleLine = h('p', { id: 'room-stale', class: 'hint' });
  const branchList = h('ul', { id: 'room-branches', class: 'room-branches' });
  const tree = h('section', {
    id: 'room-tree',
    class: 'fork-drawing scroll-region',
    tabindex: '0',
    'aria-label': texts.t('dashboard.treeLabel'),
  });
  section.replaceChildren(
    h('h2', { id: 'room-view-title' }, texts.t('dashboard.title')),
    h('p', { class: 'hint' }, texts.t('dashboard.intro')),
    summaryLine,
    staleLine,
    h(
      'div',
      { class: 'room-table-wrap scroll-region', tabindex: '0', 'aria-label': texts.t('dashboard.table') },
      table,
    ),
    h('h3', {}, texts.t('dashboard.branches')),
    branchList,
    h('h3', {}, texts.t('dashboard.tree', { heights: TREE_HEIGHTS })),
    tree,
  );
  section.hidden = false;

  const render = () => {
    const { chain } = node;
    const summary = summarizeRoom(node.roomReports(), {
      tipHash: chain.tip.hash,
      isOnMainChain: (hash) => chain.isOnMainChain(hash),
      hasBlock: (hash) => chain.hasBlock(hash),
    });
    const now = Date.now();
    body.replaceChildren(...summary.rows.map((row) => rowOf(row, chain.height, now)));
    setText(summaryLine, summaryText(summary));
    staleLine.hidden = summary.stale === 0;
    setText(staleLine, texts.t('dashboard.stale', { stale: summary.stale }));
    branchList.replaceChildren(...summary.branches.map(branchItem));
    const layout = forkTreeOf(chain, TREE_HEIGHTS);
    tree.replaceChildren(drawForkTree(layout, texts.t('dashboard.treeLabel'), tipMarks(summary)));
    tree.scrollLeft = tree.scrollWidth;
  };
  const redraw = redrawScheduler(render, 500, section);
  const unsubscribe = node.subscribe((event) => {
    if (event.type === 'reports' || event.type === 'block' || event.type === 'links') redraw.schedule();
  });
  const refresh = setInterval(() => redraw.schedule(), REFRESH_MS);
  render();
  return () => {
    clearInterval(refresh);
    redraw.cancel();
    unsubscribe();
    section.hidden = true;
  };
}
