// The room view's English texts (its own chunk, loaded with the view: src/ui/i18n/section.ts).

export const roomViewEn = {
  'dashboard.title': 'The room',
  'dashboard.intro':
    'Every node of this room as its last report says. Nodes report every few seconds and pass reports on for up to five links, so this page needs no link to everyone. Open the page with &view=room for this view alone, on a projector.',
  'dashboard.summary':
    '{live, plural, one {# node reports} other {# nodes report}} on {branches, plural, one {# branch} other {# branches}}; together they mine {rate} MH/s.',
  'dashboard.stale':
    '{stale, plural, one {# node has} other {# nodes have}} sent no report for a while: offline, or cut off from this node.',
  'dashboard.table': 'Nodes of the room',
  'dashboard.col.node': 'Node',
  'dashboard.col.role': 'Role',
  'dashboard.col.state': 'State',
  'dashboard.col.height': 'Height',
  'dashboard.col.branch': 'Tip and branch',
  'dashboard.col.rate': 'Hash rate (share)',
  'dashboard.col.links': 'Links',
  'dashboard.you': '{id} (this node)',
  'dashboard.role.miner': 'miner',
  'dashboard.role.user': 'user',
  'dashboard.state.mining': 'mining',
  'dashboard.state.idle': 'not mining',
  'dashboard.state.stale': 'no report for {seconds} s',
  'dashboard.branch.tip': 'on this node’s chain, at its tip',
  'dashboard.branch.behind': 'on this node’s chain, {behind, plural, one {# block} other {# blocks}} behind',
  'dashboard.branch.side': 'on branch {colour}, which this node knows but does not follow',
  'dashboard.branch.unseen': 'on branch {colour}, which this node has not seen',
  'dashboard.rate': '{rate} MH/s ({share} %)',
  'dashboard.rate.none': '–',
  'dashboard.branches': 'Branches',
  'dashboard.branchMain': 'This node’s chain',
  'dashboard.branchOther': 'Branch {colour}',
  'dashboard.branchLine':
    '{name}: height {height}, tip {tip}, {count, plural, one {# node} other {# nodes}}, {share} of the hash rate',
  'dashboard.tree': 'The fork tree of the last {heights} heights: each badge counts the nodes whose tip it is',
  'dashboard.treeLabel': 'Fork tree with the number of nodes on each tip',
} as const;

export type RoomViewKey = keyof typeof roomViewEn;
