import type { SectionTable } from '../../section.ts';
import type { AttackKey } from './en.ts';

export const attackZh: SectionTable<AttackKey> = {
  'attack.intro':
    '掌握大部分算力的群体可以改写最近的历史。用这个房间里真实的节点试一试：公开付款给一位同学，然后隐身，挖一条私有分支，让同一笔币流向别处，最后重新加入。',
  'attack.share': '你这一方在房间算力中的占比：{share}%（根据各节点的报告测得）。',
  'attack.shareNone': '你这一方在房间算力中的占比：尚未测得（挖矿节点每隔几秒报告一次算力）。',
  'attack.step1': '1. 公开付款给受害者',
  'attack.recipient': '受害者的地址',
  'attack.amount': '金额（留空：你的全部币）',
  'attack.pay': '付款',
  'attack.hint1': '你的节点会停止挖矿，这样把这笔付款打包进区块的是房间里的其他人，而不是你。',
  'attack.pending': '付款 {txid}：正在交易池中等待，0 个确认。',
  'attack.inBlock': '付款 {txid}：在区块 {height} 中，{confirmations, plural, other {# 个确认}}。',
  'attack.gone': '付款 {txid}：已不在此节点的任何区块或交易池中：已被撤销。',
  'attack.step2': '2. 隐身，并把同一笔币花到别处',
  'attack.hint2':
    '等受害者看到付款已确认。然后你的节点会断开所有连接，只保留与你勾选的同伙之间的连接，并从付款之前的那个区块开始挖一条分支，它的第一个区块把同一笔币转到你的一个新钱包。同伙在各自的页面上隐身，并保持与你的连接。',
  'attack.accomplices': '同伙（与你一起隐身的已连接节点）',
  'attack.noPeers': '没有可以带上的已连接节点：你将独自攻击。',
  'attack.blocks': '重新加入前要挖的私有区块数',
  'attack.goDark': '隐身并双花',
  'attack.dark': '自区块 {height} 起隐身：已挖出 {blocks}/{target} 个私有区块；币将转到 {loot}。',
  'attack.behind':
    '你隐身时，房间的分支已比分叉点高出 {blocks} 个区块：你的分支需要更多，还要多于房间在此期间挖出的区块。',
  'attack.failedEarly':
    '拥有 {share}% 的算力，你这一方平均比房间其余部分挖得更快，但在分支追上之前就重新加入了：请选择更多私有区块。',
  'attack.assistTitle': '或者帮助一个攻击者',
  'attack.assistHint':
    '同伙先于攻击者隐身，只保留与攻击者的连接，私有分支的第一个区块一到就在其上挖矿。攻击者重新加入时你也重新加入。',
  'attack.assistPick': '攻击者',
  'attack.assist': '与此攻击者一起隐身',
  'attack.assisting': '与 {attacker} 一起隐身：私有分支目前有 {blocks} 个区块。',
  'attack.assistWaiting': '与 {attacker} 一起隐身：正在等待私有分支的第一个区块。',
  'attack.step3': '3. 重新加入房间',
  'attack.rejoin': '立即重新加入',
  'attack.rejoining': '正在重新加入：重新连接房间，并把私有分支提供给它…',
  'attack.succeeded':
    '攻击成功：你的分支（{private} 个区块）比房间的分支（{public} 个区块）工作量更多，所以各节点重组到了你的分支上。那笔付款回到了交易池，并作为双花失败：在新链上，它的币已经被花掉了。',
  'attack.failed':
    '攻击失败：房间的分支（{public} 个区块）比你的分支（{private} 个区块）工作量更多，所以你的私有分支成了过时分支，那笔付款依然有效。',
  'attack.failedShare': '只有 {share}% 的算力，你这一方出块比房间里的其他人慢：私下挖得越久，落后得越多。',
  'attack.reset': '重新开始',
  'attack.droppedTitle': '此节点上被撤销的付款',
  'attack.droppedNone': '目前还没有。',
  'attack.dropped': '{amount}，从 {sender} 到 {recipient}（{txid}）：{reason}',
  'attack.droppedOverspend': '双花：一次链重组把它带回了交易池，而在新链上它的币已经被花掉了',
  'attack.droppedOther': '一次链重组把它带回了交易池，而新链拒绝了它（{code}）',
};
