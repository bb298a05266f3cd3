import type { SectionTable } from '../../section.ts';
import type { RoomViewKey } from './en.ts';

export const roomViewZh: SectionTable<RoomViewKey> = {
  'dashboard.title': '房间',
  'dashboard.intro':
    '本房间每个节点的最新报告。节点每隔几秒报告一次，并把报告最多转发五跳，所以本页面无需与每个节点相连。用 &view=room 打开页面，即可在投影仪上只显示此视图。',
  'dashboard.summary':
    '{live, plural, other {# 个节点}}在报告，分布在 {branches, plural, other {# 条分支}}上；合计算力 {rate} MH/s。',
  'dashboard.stale': '{stale, plural, other {# 个节点}}已有一段时间没有报告：离线，或与本节点断开。',
  'dashboard.table': '房间中的节点',
  'dashboard.col.node': '节点',
  'dashboard.col.role': '角色',
  'dashboard.col.state': '状态',
  'dashboard.col.height': '高度',
  'dashboard.col.branch': '链顶与分支',
  'dashboard.col.rate': '算力（占比）',
  'dashboard.col.links': '连接',
  'dashboard.you': '{id}（本节点）',
  'dashboard.role.miner': '矿工',
  'dashboard.role.user': '用户',
  'dashboard.state.mining': '正在挖矿',
  'dashboard.state.idle': '未挖矿',
  'dashboard.state.stale': '已 {seconds} 秒没有报告',
  'dashboard.branch.tip': '在本节点的链上，位于链顶',
  'dashboard.branch.behind': '在本节点的链上，落后 {behind, plural, other {# 个区块}}',
  'dashboard.branch.side': '在分支 {colour} 上：本节点知道这条分支，但不跟随它',
  'dashboard.branch.unseen': '在分支 {colour} 上：本节点没有见过这条分支',
  'dashboard.rate': '{rate} MH/s（{share}%）',
  'dashboard.rate.none': '–',
  'dashboard.branches': '分支',
  'dashboard.branchMain': '本节点的链',
  'dashboard.branchOther': '分支 {colour}',
  'dashboard.branchLine': '{name}：高度 {height}，链顶 {tip}，{count, plural, other {# 个节点}}，占算力 {share}',
  'dashboard.tree': '最近 {heights} 个高度的分叉树：每个标记表示以该区块为链顶的节点数',
  'dashboard.treeLabel': '分叉树，标出每个链顶上的节点数',
};
