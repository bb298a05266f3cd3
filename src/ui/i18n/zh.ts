// Every Chinese (simplified) text of the page, in one place; the keys are English's, so a missing one fails the
// typecheck. Chinese has one plural form, so counts stay plain `{count}`.
import type { Messages } from './en.ts';
import { zhNetwork } from './zh-network.ts';

export const zh: Messages = {
  'app.title': '浏览器中的区块链',
  'app.tagline': '每个标签页都是一个全节点。填写同一房间的节点共享同一个网络，并从同一个创世区块开始。',
  'room.label': '房间',
  'room.join': '加入',
  'room.new': '新建房间',
  'nav.label': '栏目',
  'nav.room': '房间',
  'tamper.title': '篡改演示',
  'toolbar.label': '显示',
  'toolbar.language': '语言',
  'toolbar.theme': '深色模式',
  'toolbar.projector': '投影模式',
  'menu.open': '菜单',
  'notices.label': '通知',
  'notices.dismiss': '关闭通知',

  'node.title': '本节点',
  'node.id': '节点 ID',
  'node.address': '地址',
  'node.balance': '余额',
  'node.network': '网络（房间）',
  'node.peers': '对等节点',
  'node.chain': '链',
  'node.chainValue': '{count} 个区块，链顶 {tip}',
  'node.hashRate': '算力',
  'node.mining': '挖矿',
  'node.mineOnce': '挖一个区块',
  'node.autoMine': '持续挖矿',
  'node.stop': '停止',
  'node.workers': '挖矿 worker 数',
  'node.height': '区块数',
  'node.send': '发送…',
  'mining.idle': '空闲',
  'mining.once': '正在挖一个区块',
  'mining.auto': '正在持续挖矿',
  'mining.rate': '{rate} MH/s，{workers} 个 worker',
  'mining.noRate': '—',

  'tx.title': '交易',
  'tx.new': '新交易',
  'tx.recipient': '收款地址',
  'tx.recipientHint': '输入一个地址，或从最近的区块和交易池中出现过的地址里选择。',
  'tx.info': '附言',
  'tx.amount': '金额',
  'tx.send': '发送',
  'tx.pending': '交易 {txid} 正在交易池中等待：0 个确认。如果下一个区块被挖出，它会进入区块 {index}。',
  'tx.pendingAfterReorg':
    '一次链重组把区块 {block} 移出了主链：交易 {txid} 回到交易池，确认数为 0（之前为 {had}）。如果下一个区块被挖出，它会进入区块 {index}。',
  'tx.inTip': '交易 {txid} 在区块 {index}（链顶）中：1 个确认。',
  'tx.confirmed': '交易 {txid} 在区块 {index} 中：{confirmations} 个确认。',
  'tx.gone': '交易 {txid} 既不在链中也不在交易池中：0 个确认。此节点现在跟随的链可能已把它的币花在了别处。',
  'tx.mempool': '交易池',
  'tx.reward': '奖励',
  'tx.balances': '余额',
  'tx.account': '账户',
  'tx.you': '（你）',
  'failure.not-an-object': '交易必须是类似 { recipient, info, amount } 的对象',
  'failure.sender-not-this-node': 'sender：此节点以 {address} 的身份签名；请不要填写 sender',
  'failure.recipient-missing': '必须填写 recipient',
  'failure.recipient-not-address': 'recipient 必须是地址：40 个小写十六进制字符，收到的是 {value}',
  'failure.recipient-not-label':
    'recipient 必须是地址；金额为 0 的记录也可以是 1 到 64 个字符、不含控制字符的标签，收到的是 {value}',
  'failure.info-not-text': 'info 必须是文本',
  'failure.info-lone-surrogate': 'info 含有孤立的代理项（半个字符），UTF-8 无法表示',
  'failure.info-too-long': 'info 有 {bytes} 字节；网络最多允许 {max}',
  'failure.amount-invalid': 'amount 必须是大于或等于 0 的整数，收到的是 {value}',
  'failure.refused': '被链的规则拒绝 ({code})：{reason}',
  'failure.mining-stopped': '挖矿已停止',
  'failure.mining-failed': '挖矿失败：{error}',
  'failure.workers-invalid': 'workers 必须是 1 到 {max} 之间的整数，收到的是 {value}',
  'failure.nodes-not-a-list': 'nodes 必须是非空的节点 ID 列表',
  'failure.peer-id-invalid': 'nodes：{id} 不是这个房间的节点 ID（由单个 - 或 _ 连接的字母和数字，最多 64 个字符）',
  'failure.not-a-miner': '此节点的密钥不在房间的矿工名单上',
  'failure.no-network': '此节点没有对等网络（见页面上的通知）',
  'failure.no-such-endpoint':
    '没有端点 {path}：Flask 教程的节点有 /transactions/new、/mine、/chain、/nodes/register 和 /nodes/resolve',
  'failure.wrong-method': '{path} 被以 {method} 方法请求',
  'failure.not-a-chain-file': '这不是链文件：应为本应用的 JSON 或 block.txt，或 Python 教程的链',
  'reason.malformed': '格式不正确',
  'reason.bad-version': '版本未知',
  'reason.bad-hash': '哈希与区块头不符',
  'reason.bad-pow': '哈希未达到难度要求',
  'reason.bad-difficulty': '难度不是链所期望的难度',
  'reason.bad-index': '索引没有紧接父区块',
  'reason.bad-timestamp': '时间不晚于之前区块的中位数',
  'reason.time-too-new': '时间太超前',
  'reason.bad-merkle-root': '交易与区块头中的 Merkle 根不符',
  'reason.bad-signature': '有签名无效',
  'reason.bad-address': '有地址不属于发送者的密钥',
  'reason.bad-amount': '有金额不是大于或等于 0 的整数',
  'reason.bad-coinbase': '奖励交易有误',
  'reason.info-too-large': '有 info 字段太长',
  'reason.too-many-transactions': '包含的交易太多',
  'reason.duplicate-transaction': '该交易已经存在',
  'reason.duplicate-block': '该区块已经存在',
  'reason.overspend': '余额不足',
  'reason.unknown-parent': '父区块未知',
  'reason.invalid-parent': '它建立在被拒绝的区块之上',
  'reason.broken-link': '它的前一哈希不是前一个区块的哈希',
  'reason.wrong-genesis': '它从另一个创世区块开始',
  'reason.bad-length': '长度有误',
  'reason.empty-chain': '链是空的',
  'reason.unsigned-block': '它没有矿工的签名',
  'reason.unlisted-miner': '它的矿工不在房间名单上',
  'reason.bad-miner-signature': '它的矿工签名无效',
  'console.loading': '节点仍在加载：请先 await blockchain.ready',
  'console.help': `window.blockchain：此标签页的节点（请先 await blockchain.ready）
  blockchain.newTransaction({ recipient, info, amount })  -> { index, txid }      (POST /transactions/new)
  blockchain.mine()                                       -> 新区块               (GET /mine)
  blockchain.chain()                                      -> { chain, length }    (GET /chain)
  blockchain.exportChain('json' | 'block.txt')           -> 链文件的文本
  blockchain.importChain(text)                            -> { format, valid, length, network, firstInvalid, adopted }
  blockchain.backup()                                     -> 此节点的备份（含其私钥）
  blockchain.restore(backupText)                          -> { nodeId, address, length, into }
  blockchain.registerNodes([nodeId, ...])                 -> { total_nodes }      (POST /nodes/register)
  blockchain.resolve()                                    -> { replaced, length } (GET /nodes/resolve)
  blockchain.peers(), .mempool(), .balance(address?), .id, .address, .network
  blockchain.goOffline([nodeId, ...]?), .goOnline(), .peerInfo(), .room(), .traffic(), .peerId, .inviteUrl
  blockchain.verify()                                     -> 重新检查每个区块和每个签名
  blockchain.allowHttp(true|false)                        -> 在 /node/<id>/ 响应 HTTP 请求（npm start）
  blockchain.autoMine(true|false), .stopMining(), .workers(n), .miningStats()
  blockchain.attack.pay(address, amount?), .goDark({ accomplices, blocks }), .rejoin(), .state(); blockchain.dropped()
调用失败时会抛出 NodeCommandError，带有 .code、.values 和 .field。`,

  'nav.chain': '链',
  'nav.keys': '密钥与签名',
  'nav.iot': '物联网设备',
  'nav.miningSteps': '逐步挖矿',
  'nav.attack': '51% 攻击',
  'chain.title': '链，最新的在前',
  'chain.viewport': '主链的区块，最新的在前；滚动查看更早的区块',
  'chain.block': '区块 {index}',
  'chain.hash': '哈希',
  'chain.previous': '前一哈希',
  'chain.nonce': '证明（nonce）',
  'chain.difficulty': '难度',
  'chain.difficultyValue': '{bits} 个零位',
  'chain.time': '时间',
  'chain.transactions': '交易',
  'chain.confirmations': '确认数',
  'chain.linkHint': '每个前一哈希的彩色标签与它下方区块的哈希一致。',
  'files.title': '链文件',

  'fork.title': '分叉树',

  'requests.title': '请求',

  'hash.title': '哈希实验室',
  'anatomy.title': '区块解剖',

  ...zhNetwork,
};
