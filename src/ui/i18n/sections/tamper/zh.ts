import type { SectionTable } from '../../section.ts';
import type { TamperKey } from './en.ts';

export const tamperZh: SectionTable<TamperKey> = {
  'tamper.intro': '在主链的沙盒副本中修改一个区块，观察哪些链接会断开。节点真正的链不会被改动。',
  'tamper.start': '复制主链',
  'tamper.block': '区块',
  'tamper.tx': '交易',
  'tamper.txOption': '#{n}：{from} → {amount}',
  'tamper.info': '新附言',
  'tamper.amount': '新金额',
  'tamper.apply': '修改区块',
  'tamper.remine': '从被修改的区块起重新挖矿',
  'tamper.cancel': '停止挖矿',
  'tamper.reset': '丢弃沙盒',
  'tamper.empty': '请先挖几个区块：本演示修改的是创世区块之后的区块。',
  'tamper.status': '沙盒中有 {count} 个区块。{broken}',
  'tamper.allValid': '每个链接都通过了检查。',
  'tamper.broken': '从区块 {index} 起断开：{count} 个区块会被拒绝。',
  'tamper.mining': '正在重新挖区块 {index}：目前已尝试 {tried} 个 nonce…',
  'tamper.mined': '已重新挖出 {blocks} 个区块：{seconds} 秒内尝试了 {tried} 个 nonce（每个区块期望约 {expected} 个）。',
  'tamper.whyRefused':
    '对等节点仍然拒绝这个副本：它的工作量是 {sandboxWork} 次期望哈希，而诚实的链是 {honestWork} 次并且还在增长。节点只会切换到工作量更多的链，所以作弊者必须比其他所有人加起来挖得还快。',
  'tamper.ok': '有效',
  'tamper.code.bad-merkle-root': '交易与区块头中的 Merkle 根不再相符 (bad-merkle-root)',
  'tamper.code.broken-link': '它的前一哈希不是前一个区块的哈希 (broken-link)',
  'tamper.code.bad-pow': '它的哈希未达到难度要求：没有工作量证明 (bad-pow)',
  'tamper.code.bad-signature': '被修改交易的签名不再匹配；重新挖矿也无法伪造签名 (bad-signature)',
  'tamper.code.invalid-parent': '它建立在被拒绝的区块之上 (invalid-parent)',
  'tamper.code.other': '被拒绝：{code}',
};
