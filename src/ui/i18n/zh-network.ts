// The Chinese (simplified) texts of the network, device, backup and notice views, under English's keys
// (src/ui/i18n/en-network.ts). Chinese has one plural form, so counts stay plain `{count}`.
import type { enNetwork } from './en-network.ts';

export const zhNetwork: { readonly [K in keyof typeof enNetwork]: string } = {
  'peers.title': '网络',
  'bridge.title': 'HTTP 请求',

  'settings.title': '设置',
  'settings.problem.signal-not-url': 'signal {value} 不是 URL（例如 http://127.0.0.1:9000/peerjs），也不是 none',
  'settings.problem.signal-bad-protocol': 'signal URL 必须是 http、https、ws 或 wss，而不是 {value}',
  'settings.problem.ice-not-json': 'ice 必须是 none 或 JSON 数组，例如 [{"urls":"stun:host:3478"}]',
  'settings.problem.ice-bad-servers':
    'ice 必须是由 {urls, username?, credential?} 组成的数组，URL 以 stun: 或 turn: 开头',

  'devices.title': '本设备上的节点',

  'notice.no-locks-asked':
    '浏览器没有向此页面提供 Web Locks（在网络地址上使用普通 http 不是安全上下文），所以此标签页在选择节点之前' +
    '询问了其他打开的标签页各自运行哪些节点。没有及时回答的标签页（在后台休眠）仍可能运行同一个节点：' +
    '请通过 https 或在 localhost 上打开页面以确保无误。',
  'notice.data-lost':
    '节点 {node}（地址 {address}）的数据已从此浏览器中消失：找不到它的密钥（但找到了 {blocks} 个区块）。' +
    '原处没有写入任何内容；此标签页暂时运行一个新节点。请从备份文件恢复丢失的节点（“链文件”下的“备份”），' +
    '以找回它的地址和币。',
  'backup.problem.not-a-backup': '该文件不是本应用的备份（单独的链文件不含密钥）',
  'backup.problem.unknown-version': '该备份是更新的格式（版本 {version}）：请更新应用',
  'backup.problem.bad-field': '备份的字段 {field} 缺失或格式错误',
  'backup.problem.key-mismatch': '文件中的私钥不属于文件中写明的地址',
  'backup.problem.proof-failed': '文件在写入后被修改过（签名不匹配）',
  'backup.problem.other-room': '这是房间 {network} 的备份，不是这个房间的：请打开那个房间再恢复',
  'backup.problem.chain-invalid': '它的链在区块 {index} 处无效：{reason}',
  'backup.problem.tip-mismatch': '它的链没有在备份所说的位置结束：有区块被截掉或添加',
  'backup.problem.node-running': '节点 {node} 正在另一个标签页中运行：请在那里恢复，或先关闭那个标签页',
  'backup.problem.storage-failed': '本设备的存储拒绝了它：{reason}',

  'genesis.network': '网络',
  'genesis.hash': '创世哈希',
  'genesis.index': '索引',
  'genesis.timestamp': '时间戳',
  'genesis.difficulty': '难度',
  'genesis.json': '创世区块 JSON',

  'notice.no-network': '没有对等网络：{error}',
  'notice.saveFailed': '无法保存：{error}',
  'notice.startFailed': '此标签页的节点无法启动：{error}',
  'notice.no-locks':
    '浏览器没有向此页面提供 Web Locks（在网络地址上使用普通 http 不是安全上下文），所以无法识别复制出来的' +
    '标签页，它会把同一个节点运行两次。请打开新标签页而不要复制标签页，或通过 https 或在 localhost 上打开页面。',
  'notice.no-session': '此浏览器为此页面禁用了 sessionStorage，所以重新加载标签页会启动一个新节点。',
  'notice.duplicate-tab': '此标签页是运行节点 {original} 的标签页的副本，所以它启动了自己的节点 {node}。',
  'notice.storage-best-effort':
    '存储只是尽力而为：磁盘空间不足时，浏览器可能会清除此节点及其密钥和币。安装本应用或为页面添加书签会让' +
    '浏览器更可能保留它；无论浏览器怎么做，备份（在“链文件”下）都能保住密钥和币。',
  'notice.storage-unsupported':
    '无法请求此浏览器保留网站数据，所以磁盘空间不足时它可能会清除此节点及其密钥和币：备份（在“链文件”下）' +
    '能保住它们。',
  'notice.registry-unavailable': '本设备上的节点列表不可用：{error}',
  'notice.registry-not-recorded': '无法把此节点记入本设备的列表：{error}',
  'notice.records-skipped': '有些已存储的记录无法读取，已跳过：{details}',
  'notice.no-module-workers':
    '此浏览器无法运行模块 worker，所以此节点无法挖矿。它仍然保存链、收发交易和区块，并在页面上验证签名。' +
    '较新的浏览器可以挖矿。',
  'notice.no-wasm-simd':
    '此浏览器不支持 WebAssembly SIMD，所以矿工使用 JavaScript 内核：算力约为平时的五分之一。其他一切照常。',
  'notice.history-checking': '本节点从区块 {base} 处的账本快照启动；之前的区块正在读取和检查',
  'notice.snapshot-damaged': '已存储的账本快照无法使用（{reason}），因此改为读取并检查了整条链',
  'notice.snapshot-disagreed': '已存储的账本快照与之前的区块不一致：本节点以区块为准，并重新生成了快照',
  'notice.no-broadcast-channel':
    '此浏览器无法直接连接自己的标签页（没有 BroadcastChannel）：这里的其他标签页像独立设备一样通过信令服务器' +
    '连接，没有信令服务器就完全无法连接。',

  'storage.failed': '{action}失败：{reason}',
  'storage.quota-exceeded':
    '浏览器为此网站提供的存储空间已满。已存储的内容没有损坏；请删除本设备上的旧节点或释放磁盘空间，然后重新加载。',
  'storage.blocked': '另一个标签页打开着此数据库的旧版本。请关闭或重新加载那个标签页以继续。',
  'storage.version-change': '另一个标签页升级或删除了此数据库，所以此标签页已释放它。请重新加载以继续。',
  'storage.newer-version': '此数据库由本应用的更新版本写入。请重新加载页面以更新。',
  'storage.storage-unavailable': '此浏览器不允许页面使用 IndexedDB（无痕浏览或网站数据被阻止），所以无法保存节点。',
  'storage.closed': '数据库已关闭（网站数据可能已被清除）。请重新加载以继续。',
  'storage.write-failed': '这次写入已整体回滚，所以其中的内容都没有存储。',
  'storage.read-failed': '无法读取已存储的数据。',
  'storage.node-in-use':
    '该节点正在某个标签页（这个或另一个）中运行。请先把此标签页切换到另一个节点，或关闭那个标签页。',
  'storage.action.open-database': '打开数据库 {database}',
  'storage.action.use-database': '使用数据库 {database}',
  'storage.action.delete-database': '删除数据库 {database}',
  'storage.action.load-node': '加载节点',
  'storage.action.save-blocks': '保存 {count} 个区块（链顶 {tip}）',
  'storage.action.save-mempool': '保存交易池（{count} 笔交易）',
  'storage.action.save-keys': '保存节点的密钥',
  'storage.action.save-peers': '保存 {count} 个对等节点 ID',
  'storage.action.save-setting': '保存设置 {key}',
  'storage.action.compact-blocks': '压缩已存储的区块',
  'storage.action.list-nodes': '列出本设备上的节点',
  'storage.action.record-node': '把节点 {nodeId} 记入本设备的列表',
  'storage.action.unlist-node': '从本设备的列表中移除节点 {nodeId}',
  'storage.action.delete-node': '删除节点 {nodeId}',

  'room.invalidName': '房间名 {value} 无效：请使用 1 到 64 个字母、数字、"_" 或 "-"，例如 ?room={example}。',
  'room.invalidDifficulty': '难度 {value} 无效：请使用 0 到 {max} 之间的整数位数。',
  'room.invalidMiners': '矿工密钥 {value} 无效：请列出 1 到 {max} 个公钥，每个为 64 个十六进制字符，用逗号分隔。',
  'room.invalidTarget': '目标时间 {value} 无效：请使用每个区块 {min} 到 {max} 之间的整数秒。',

  'pwa.insecure': '离线使用和安装需要 HTTPS 或 localhost：请运行 npm start -- --https',
  'pwa.noServiceWorker': '此浏览器不支持离线使用和安装。',
  'pwa.update': '新版本已就绪',
  'pwa.updateButton': '更新',
  'pwa.offlineReady': '本应用现在也可以离线使用了。',
  'pwa.registerFailed': '无法离线使用：service worker 没有注册成功（{error}）。',
};
