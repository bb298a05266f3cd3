import type { SectionTable } from '../../section.ts';
import type { RoomCreateKey } from './en.ts';

export const roomCreateZh: SectionTable<RoomCreateKey> = {
  'create.intro': '为一节课创建房间：房间名和难度规则决定它的创世区块，所以只有打开它的链接的节点才共享它的链。',
  'create.name': '房间名',
  'create.nameHint': '1 到 64 个字母（A–Z、a–z）、数字、“_”或“-”，不能有空格。',
  'create.nameEmpty': '请给房间起个名字。',
  'create.nameInvalid': '只能使用字母 A–Z 和 a–z、数字、“_”和“-”，最多 64 个。',
  'create.rule': '难度',
  'create.fixed': '固定：每个区块都需要同样多的前导零位',
  'create.target': '每个区块的目标时间：难度随房间的挖矿速度调整（难度重定）',
  'create.difficulty': '难度：前导零位（最多 {max}）',
  'create.startDifficulty': '初始难度：前导零位（最多 {max}）',
  'create.difficultyInvalid': '请输入 0 到 {max} 之间的整数位数。',
  'create.seconds': '每个区块的目标时间，单位为秒（{min} 到 {max}）',
  'create.secondsHint':
    '每出一个区块，房间都会把最近 {window} 个区块的平均时间与目标比较：不到一半就加一位难度，超过两倍就减一位。',
  'create.targetInvalid': '请输入 {min} 到 {max} 之间的整数秒数。',
  'create.expected': '按本设备的哈希速率，平均每 {time} 出一个区块（难度 {difficulty} 下预计需要 {hashes} 次哈希）。',
  'create.expectedUnknown': '正在测量本设备的哈希速率…',
  'create.instant': '不到一毫秒',
  'create.rateMiner': '本节点矿工最近报告的哈希速率：{rate} MH/s，{workers} 个线程。',
  'create.rateEstimate':
    '估计值：{rate} MH/s，即本页面的 JavaScript 哈希在单个线程上短暂测得的速率乘以 {workers} 个线程。挖出一个区块后会换成矿工自己的速率。',
  'create.suggest': '若只靠本设备每 {seconds} 秒出一个区块，难度会稳定在 {difficulty} 左右；全班一起挖矿时会更高。',
  'create.link': '房间的链接（在班上每台设备上打开它）：',
  'create.submit': '创建房间并打开',
  'create.fix': '房间未创建：请更正标出的字段。',
  'create.access': '谁可以挖矿',
  'create.private': '私有房间：只有下面的密钥可以挖矿，其他节点都是用户',
  'create.miners': '允许挖矿的公钥，每行一个（你的在最前）',
  'create.minersHint':
    '每个学生打开本房间，在节点面板中点击“复制我的公钥”并发给你：节点的密钥属于某个房间名，所以私有房间沿用本房间的名字。该列表是创世区块的一部分：之后无法更改。',
  'create.minersInvalid': '{value}不是公钥：每个公钥为 64 个十六进制字符，最多 {max} 个。',
};
