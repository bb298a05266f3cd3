import type { SectionTable } from '../../section.ts';
import type { PrivateRoomKey } from './en.ts';

export const privateRoomZh: SectionTable<PrivateRoomKey> = {
  'role.label': '角色',
  'role.miner': '矿工：此私有房间允许 {count, plural, other {# 个密钥}}挖矿，你的密钥在其中',
  'role.user': '用户：只有此私有房间名单上的密钥可以挖矿，你的不在其中；你仍可以发送交易',
  'role.public': '矿工：在公开房间里，每个节点都可以挖矿',
  'role.publicKey': '公钥',
  'role.copy': '复制我的公钥',
  'role.copied': '已复制。把它发给老师，以便被列为矿工。',
  'role.copyFailed': '无法复制：请选中密钥并手动复制。',
};
