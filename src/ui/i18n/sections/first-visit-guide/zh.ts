import type { SectionTable } from '../../section.ts';
import type { GuideKey } from './en.ts';

export const guideZh: SectionTable<GuideKey> = {
  'guide.title': '入门',
  'guide.progress': '第 {step} 步，共 {total} 步',
  'guide.node.title': '这个标签页是一个全节点',
  'guide.node.text': '它保存自己的一份区块链副本，检查收到的每个区块，并与同学们的节点通信。没有服务器替它做决定。',
  'guide.mine.title': '挖出你的第一个区块',
  'guide.mine.text':
    '点击上方的“{mine}”。你的节点会一个接一个地尝试 nonce，直到区块哈希满足难度；区块加入你的链，奖励归你。',
  'guide.send.title': '给同学发送一条记录',
  'guide.send.text':
    '点击“{send}”，选择一位同学的地址，写一条记录并发送。它会在交易池中等待，直到某个节点把它挖进区块。',
  'guide.next': '下一步',
  'guide.back': '上一步',
  'guide.skip': '跳过',
  'guide.done': '完成',
};
