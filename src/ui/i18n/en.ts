// Every English text of the page, in one place. `{name}` marks a value filled in at run time. The node and the
// storage say what happened as codes with values (`notice.<code>`, `storage.<code>`, `storage.action.<kind>`):
// the words are all here.

import { enNetwork } from './en-network.ts';
import type { PanelsKey } from './sections/panels/en.ts';

export const en = {
  'app.title': 'Browser blockchain',
  'app.tagline':
    'Every tab is a full node. Nodes that name the same room share one network, starting from the same genesis block.',
  'room.label': 'Room',
  'room.join': 'Join',
  'room.new': 'New room',
  'nav.label': 'Sections',
  'nav.room': 'The room',
  'tamper.title': 'Tamper demo',
  'toolbar.label': 'Display',
  'toolbar.language': 'Language',
  'toolbar.theme': 'Dark mode',
  'toolbar.projector': 'Projector mode',
  'menu.open': 'Menu',
  'notices.label': 'Notices',
  'notices.dismiss': 'Dismiss notices',

  'node.title': 'This node',
  'node.id': 'Node id',
  'node.address': 'Address',
  'node.balance': 'Balance',
  'node.network': 'Network (room)',
  'node.peers': 'Peers',
  'node.chain': 'Chain',
  'node.chainValue': '{count, plural, one {# block} other {# blocks}}, tip {tip}',
  'node.hashRate': 'Hash rate',
  'node.mining': 'Mining',
  'node.mineOnce': 'Mine one block',
  'node.autoMine': 'Keep mining',
  'node.stop': 'Stop',
  'node.workers': 'Mining workers',
  'node.height': 'Blocks',
  'node.send': 'Send…',
  'mining.idle': 'idle',
  'mining.once': 'mining one block',
  'mining.auto': 'mining continuously',
  'mining.rate': '{rate} MH/s on {workers, plural, one {# worker} other {# workers}}',
  'mining.noRate': '—',

  'tx.title': 'Transactions',
  'tx.new': 'New transaction',
  'tx.recipient': 'Recipient address',
  'tx.recipientHint': 'Type an address or pick one seen in recent blocks and the mempool.',
  'tx.info': 'Info',
  'tx.amount': 'Amount',
  'tx.send': 'Send',
  'tx.pending':
    'Transaction {txid} is pending in the mempool: 0 confirmations. It will be in block {index} if mined next.',
  'tx.pendingAfterReorg':
    'A reorg took block {block} off the main chain: transaction {txid} is back in the mempool with 0 confirmations (it had {had}). It will be in block {index} if mined next.',
  'tx.inTip': 'Transaction {txid} is in block {index}, the tip: 1 confirmation.',
  'tx.confirmed': 'Transaction {txid} is in block {index}: {confirmations} confirmations.',
  'tx.gone':
    'Transaction {txid} is in neither the chain nor the mempool: 0 confirmations. The chain this node follows now may have spent its coins elsewhere.',
  'tx.mempool': 'Mempool',
  'tx.reward': 'reward',
  'tx.balances': 'Balances',
  'tx.account': 'Account',
  'tx.you': '(you)',
  'failure.not-an-object': 'transaction must be an object like { recipient, info, amount }',
  'failure.sender-not-this-node': 'sender: this node signs as {address}; leave sender out',
  'failure.recipient-missing': 'recipient is required',
  'failure.recipient-not-address': 'recipient must be an address: 40 lowercase hex characters, got {value}',
  'failure.recipient-not-label':
    'recipient must be an address, or for a record of amount 0 a label of 1 to 64 characters without control characters, got {value}',
  'failure.info-not-text': 'info must be text',
  'failure.info-lone-surrogate': 'info holds a lone surrogate (half of a character), which UTF-8 cannot carry',
  'failure.info-too-long': 'info is {bytes} bytes; the network allows {max}',
  'failure.amount-invalid': 'amount must be a whole number 0 or more, got {value}',
  'failure.refused': 'refused by the chain rules ({code}): {reason}',
  'failure.mining-stopped': 'mining was stopped',
  'failure.mining-failed': 'mining failed: {error}',
  'failure.workers-invalid': 'workers must be a whole number from 1 to {max}, got {value}',
  'failure.nodes-not-a-list': 'nodes must be a non-empty list of node ids',
  'failure.peer-id-invalid':
    'nodes: {id} is not a node id of this room (letters and digits joined by single - or _, up to 64 characters)',
  'failure.not-a-miner': "this node's key is not on the room's list of miners",
  'failure.no-network': 'this node has no peer network (see the notice on the page)',
  'failure.no-such-endpoint':
    "no endpoint {path}: the Flask tutorial's node has /transactions/new, /mine, /chain, /nodes/register and /nodes/resolve",
  'failure.wrong-method': '{path} is asked for with {method}',
  'failure.not-a-chain-file': "this is not a chain file: this app's JSON or block.txt, or the Python tutorial's chain",
  'reason.malformed': 'it is not well formed',
  'reason.bad-version': 'its version is unknown',
  'reason.bad-hash': 'its hash does not match its header',
  'reason.bad-pow': 'its hash does not meet the difficulty',
  'reason.bad-difficulty': 'its difficulty is not the one the chain expects',
  'reason.bad-index': 'its index does not follow its parent',
  'reason.bad-timestamp': 'its time is not after the median of the blocks before',
  'reason.time-too-new': 'its time is too far in the future',
  'reason.bad-merkle-root': 'its transactions do not match the root in its header',
  'reason.bad-signature': 'a signature does not hold',
  'reason.bad-address': "an address is not the sender key's",
  'reason.bad-amount': 'an amount is not a whole number 0 or more',
  'reason.bad-coinbase': 'its reward transaction is wrong',
  'reason.info-too-large': 'an info field is too long',
  'reason.too-many-transactions': 'it holds too many transactions',
  'reason.duplicate-transaction': 'the transaction is already known',
  'reason.duplicate-block': 'the block is already known',
  'reason.overspend': 'the balance does not cover it',
  'reason.unknown-parent': 'its parent is unknown',
  'reason.invalid-parent': 'it builds on a refused block',
  'reason.broken-link': 'its previous hash is not the hash of the block before',
  'reason.wrong-genesis': 'it starts from another genesis block',
  'reason.bad-length': 'its length is wrong',
  'reason.empty-chain': 'the chain is empty',
  'reason.unsigned-block': 'it is not signed by its miner',
  'reason.unlisted-miner': "its miner is not on the room's list",
  'reason.bad-miner-signature': "its miner's signature does not hold",
  'console.loading': 'the node is still loading: await blockchain.ready first',
  'console.help': `window.blockchain: this tab's node (await blockchain.ready first)
  blockchain.newTransaction({ recipient, info, amount })  -> { index, txid }      (POST /transactions/new)
  blockchain.mine()                                       -> the new block        (GET /mine)
  blockchain.chain()                                      -> { chain, length }    (GET /chain); each transaction with its confirmations
  blockchain.exportChain('json' | 'block.txt')           -> the chain file's text
  blockchain.importChain(text)                            -> { format, valid, length, network, firstInvalid, adopted }
  blockchain.backup()                                     -> this node's backup (holds its PRIVATE KEY)
  blockchain.restore(backupText)                          -> { nodeId, address, length, into }
  blockchain.registerNodes([nodeId, ...])                 -> { total_nodes }      (POST /nodes/register)
  blockchain.resolve()                                    -> { replaced, length } (GET /nodes/resolve)
  blockchain.peers(), .mempool(), .balance(address?), .id, .address, .network
  blockchain.goOffline([nodeId, ...]?), .goOnline(), .peerInfo(), .room(), .traffic(), .peerId, .inviteUrl
  blockchain.verify()                                     -> re-checks every block and signature
  blockchain.allowHttp(true|false)                        -> answers HTTP requests at /node/<id>/ (npm start)
  blockchain.autoMine(true|false), .stopMining(), .workers(n), .miningStats()
  blockchain.attack.pay(address, amount?), .goDark({ accomplices, blocks }), .rejoin(), .state(); blockchain.dropped()
A failed call throws a NodeCommandError with .code, .values and .field.`,

  'nav.chain': 'Chain',
  'nav.keys': 'Keys and signatures',
  'nav.iot': 'IoT devices',
  'nav.miningSteps': 'Mining step by step',
  'nav.attack': 'The 51% attack',
  'chain.title': 'Chain, newest first',
  'chain.viewport': 'Blocks of the main chain, newest first; scroll for older ones',
  'chain.block': 'Block {index}',
  'chain.hash': 'Hash',
  'chain.previous': 'Previous hash',
  'chain.nonce': 'Proof (nonce)',
  'chain.difficulty': 'Difficulty',
  'chain.difficultyValue': '{bits} zero bits',
  'chain.time': 'Time',
  'chain.transactions': 'Transactions',
  'chain.confirmations': 'Confirmations',
  'chain.linkHint': 'The coloured chip of each previous hash matches the hash of the block below it.',
  'files.title': 'Chain files',

  'fork.title': 'Fork tree',

  'requests.title': 'Requests',

  'hash.title': 'Hash playground',
  'anatomy.title': 'Block anatomy',

  ...enNetwork,
} as const;

/** The page's own texts: every language's table has each of them (the unit test checks). */
export type PageKey = keyof typeof en;
export type Messages = { readonly [K in PageKey]: string };
/** What `t` words: the page's texts, and the panels' texts once their chunk is in (addTexts). */
export type MessageKey = PageKey | PanelsKey;
