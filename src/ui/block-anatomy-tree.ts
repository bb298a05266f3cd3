// Block anatomy's Merkle tree: drawn as a grid from the transactions up to the root, and one transaction's path to
// the root marked in place (its nodes, its siblings) with the steps that rebuild the header's root from it.
import type { Block } from '../core/index.ts';
import type { MerkleDrawing, MerkleNode } from './block-anatomy-model.ts';
import { h, setText } from './dom.ts';
import { blockAnatomyTexts as texts } from './i18n/sections/block-anatomy/index.ts';

/** Hex characters of a hash a tree node shows; the whole hash is its title and its data-hash. */
const NODE_HASH_CHARS = 8;

/** The elements the tree fills, made by the view. */
export type TreeElements = {
  readonly tree: HTMLElement;
  readonly pathTitle: HTMLElement;
  readonly path: HTMLElement;
  readonly pathRoot: HTMLElement;
};

/** Where a node's connector legs land, in percent of its width: over the middle of each child's leaves. */
function legs(node: MerkleNode): { left: number; right: number } {
  if (node.leftLeaves === null) return { left: 50, right: 50 };
  const rightLeaves = node.leafCount - node.leftLeaves;
  return {
    left: (node.leftLeaves / 2 / node.leafCount) * 100,
    right: ((node.leftLeaves + rightLeaves / 2) / node.leafCount) * 100,
  };
}

/** The tree as a grid: one column per transaction, the root's row on top, each node over the leaves it covers. */
export function drawTree(el: TreeElements, block: Block, drawing: MerkleDrawing): void {
  const rows = drawing.levels.length;
  el.tree.style.setProperty('--leaves', String(block.transactions.length));
  el.tree.setAttribute('aria-label', texts.t('anatomy.tree', { index: block.index }));
  const cells: HTMLElement[] = [];
  for (const level of drawing.levels) {
    for (const node of level) {
      const { left, right } = legs(node);
      const isRoot = node.level === rows - 1;
      cells.push(
        h(
          'div',
          {
            class: 'anatomy-cell',
            style: `grid-row: ${rows - node.level}; grid-column: ${node.firstLeaf + 1} / span ${node.leafCount}`,
          },
          h(
            'span',
            {
              class: isRoot ? 'anatomy-node root' : 'anatomy-node',
              'data-level': String(node.level),
              'data-position': String(node.position),
              'data-hash': node.hash,
              title: node.hash,
            },
            h('span', { class: 'anatomy-node-tag' }, nodeTag(node, isRoot)),
            h('code', {}, `${node.hash.slice(0, NODE_HASH_CHARS)}…`),
          ),
          h('span', { class: 'anatomy-legs', style: `--left: ${left}%; --right: ${right}%`, 'aria-hidden': 'true' }),
        ),
      );
    }
  }
  block.transactions.forEach((tx, i) => {
    cells.push(
      h(
        'div',
        { class: 'anatomy-cell', style: `grid-row: ${rows + 1}; grid-column: ${i + 1}` },
        h(
          'button',
          { type: 'button', class: 'anatomy-tx', 'data-tx': String(i), 'aria-pressed': 'false', title: tx.txid },
          texts.t('anatomy.tx', { number: i + 1 }),
          h('code', {}, `${tx.txid.slice(0, NODE_HASH_CHARS)}…`),
        ),
      ),
    );
  });
  el.tree.replaceChildren(...cells);
}

/** A node's words: root, on the path or a sibling, and whether it is an odd node moved up unchanged. */
function nodeTag(node: MerkleNode, isRoot: boolean): string {
  const words = [
    isRoot ? texts.t('anatomy.root') : '',
    node.role === 'path' && !isRoot ? texts.t('anatomy.onPath') : '',
    node.role === 'sibling' ? texts.t('anatomy.sibling') : '',
    node.level > 0 && node.leftLeaves === null ? texts.t('anatomy.promoted') : '',
  ];
  return words.filter((word) => word !== '').join(' · ');
}

/** Marks the chosen transaction's path and siblings in place: the buttons stay, so keyboard focus does too. */
export function markPath(el: TreeElements, block: Block, drawing: MerkleDrawing): void {
  const nodes = new Map(drawing.levels.flat().map((node) => [`${node.level}:${node.position}`, node]));
  const rootLevel = drawing.levels.length - 1;
  for (const element of el.tree.querySelectorAll<HTMLElement>('.anatomy-node')) {
    const node = nodes.get(`${element.dataset.level}:${element.dataset.position}`);
    if (node === undefined) continue;
    if (node.role === null) delete element.dataset.role;
    else element.dataset.role = node.role;
    const tag = element.querySelector<HTMLElement>('.anatomy-node-tag');
    if (tag) setText(tag, nodeTag(node, node.level === rootLevel));
  }
  for (const button of el.tree.querySelectorAll<HTMLElement>('.anatomy-tx')) {
    button.setAttribute('aria-pressed', String(Number(button.dataset.tx) === drawing.selected));
  }
  renderPath(el, block, drawing);
}

function renderPath(el: TreeElements, block: Block, drawing: MerkleDrawing): void {
  const path = drawing.path;
  if (path === null || drawing.selected === null) {
    setText(el.pathTitle, texts.t('anatomy.pathNone'));
    el.path.replaceChildren();
    el.pathRoot.replaceChildren();
    return;
  }
  setText(el.pathTitle, texts.t('anatomy.pathTitle', { number: drawing.selected + 1 }));
  const steps = path.steps.map((step) =>
    h(
      'li',
      {},
      texts.t(step.siblingOnLeft ? 'anatomy.stepLeft' : 'anatomy.stepRight', { level: step.level }),
      ' ',
      h('code', { class: 'anatomy-sibling-hash' }, step.sibling),
    ),
  );
  el.path.replaceChildren(
    h('li', {}, texts.t('anatomy.pathStart'), ' ', h('code', {}, path.leaf)),
    ...(steps.length === 0 ? [h('li', {}, texts.t('anatomy.pathAlone'))] : steps),
  );
  const matches = path.root === block.transactionsRoot;
  el.pathRoot.replaceChildren(
    `${texts.t('anatomy.pathRoot')}: `,
    h('code', { id: 'anatomy-path-root-hash' }, path.root),
    ' ',
    h(
      'strong',
      { class: matches ? 'anatomy-ok' : 'anatomy-bad' },
      texts.t(matches ? 'anatomy.rootMatches' : 'anatomy.rootDiffers'),
    ),
  );
}
