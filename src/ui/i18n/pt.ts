// Every Portuguese text of the page, in one place; the keys are English's, so a missing one fails the typecheck.
import type { Messages } from './en.ts';
import { ptNetwork } from './pt-network.ts';

export const pt: Messages = {
  'app.title': 'Blockchain no navegador',
  'app.tagline':
    'Cada aba é um nó completo. Os nós que indicam a mesma sala compartilham uma rede e partem do mesmo bloco gênese.',
  'room.label': 'Sala',
  'room.join': 'Entrar',
  'room.new': 'Nova sala',
  'nav.label': 'Seções',
  'nav.room': 'A sala',
  'tamper.title': 'Demo de adulteração',
  'toolbar.label': 'Exibição',
  'toolbar.language': 'Idioma',
  'toolbar.theme': 'Modo escuro',
  'toolbar.projector': 'Modo projetor',
  'menu.open': 'Menu',
  'notices.label': 'Avisos',
  'notices.dismiss': 'Dispensar avisos',

  'node.title': 'Este nó',
  'node.id': 'Id do nó',
  'node.address': 'Endereço',
  'node.balance': 'Saldo',
  'node.network': 'Rede (sala)',
  'node.peers': 'Pares',
  'node.chain': 'Cadeia',
  'node.chainValue': '{count, plural, one {# bloco} other {# blocos}}, ponta {tip}',
  'node.hashRate': 'Taxa de hash',
  'node.mining': 'Mineração',
  'node.mineOnce': 'Minerar um bloco',
  'node.autoMine': 'Minerar sem parar',
  'node.stop': 'Parar',
  'node.workers': 'Workers de mineração',
  'node.height': 'Blocos',
  'node.send': 'Enviar…',
  'mining.idle': 'ocioso',
  'mining.once': 'minerando um bloco',
  'mining.auto': 'minerando sem parar',
  'mining.rate': '{rate} MH/s em {workers, plural, one {# worker} other {# workers}}',
  'mining.noRate': '—',

  'tx.title': 'Transações',
  'tx.new': 'Nova transação',
  'tx.recipient': 'Endereço do destinatário',
  'tx.recipientHint': 'Digite um endereço ou escolha um visto nos blocos recentes e na mempool.',
  'tx.info': 'Info',
  'tx.amount': 'Valor',
  'tx.send': 'Enviar',
  'tx.pending':
    'A transação {txid} está pendente na mempool: 0 confirmações. Ela estará no bloco {index} se ele for o próximo minerado.',
  'tx.pendingAfterReorg':
    'Uma reorganização tirou o bloco {block} da cadeia principal: a transação {txid} voltou à mempool com 0 confirmações (tinha {had}). Ela estará no bloco {index} se ele for o próximo minerado.',
  'tx.inTip': 'A transação {txid} está no bloco {index}, a ponta: 1 confirmação.',
  'tx.confirmed': 'A transação {txid} está no bloco {index}: {confirmations} confirmações.',
  'tx.gone':
    'A transação {txid} não está nem na cadeia nem na mempool: 0 confirmações. A cadeia que este nó segue agora pode ter gastado as moedas dela em outro lugar.',
  'tx.mempool': 'Mempool',
  'tx.reward': 'recompensa',
  'tx.balances': 'Saldos',
  'tx.account': 'Conta',
  'tx.you': '(você)',
  'failure.not-an-object': 'a transação deve ser um objeto como { recipient, info, amount }',
  'failure.sender-not-this-node': 'sender: este nó assina como {address}; não informe sender',
  'failure.recipient-missing': 'recipient: o destinatário é obrigatório',
  'failure.recipient-not-address':
    'recipient deve ser um endereço: 40 caracteres hexadecimais minúsculos; recebido {value}',
  'failure.recipient-not-label':
    'recipient deve ser um endereço ou, para um registro de valor 0, um rótulo de 1 a 64 caracteres sem caracteres de controle; recebido {value}',
  'failure.info-not-text': 'info deve ser texto',
  'failure.info-lone-surrogate':
    'info contém um surrogate solto (metade de um caractere), que o UTF-8 não consegue levar',
  'failure.info-too-long': 'info tem {bytes, plural, one {# byte} other {# bytes}}; a rede permite {max}',
  'failure.amount-invalid': 'amount deve ser um número inteiro igual ou maior que 0; recebido {value}',
  'failure.refused': 'recusada pelas regras da cadeia ({code}): {reason}',
  'failure.mining-stopped': 'a mineração foi interrompida',
  'failure.mining-failed': 'a mineração falhou: {error}',
  'failure.workers-invalid': 'workers deve ser um número inteiro de 1 a {max}; recebido {value}',
  'failure.nodes-not-a-list': 'nodes deve ser uma lista não vazia de ids de nó',
  'failure.peer-id-invalid':
    'nodes: {id} não é um id de nó desta sala (letras e dígitos unidos por um único - ou _, até 64 caracteres)',
  'failure.not-a-miner': 'a chave deste nó não está na lista de mineradores da sala',
  'failure.no-network': 'este nó não tem rede de pares (veja o aviso na página)',
  'failure.no-such-endpoint':
    'não existe o endpoint {path}: o nó do tutorial de Flask tem /transactions/new, /mine, /chain, /nodes/register e /nodes/resolve',
  'failure.wrong-method': '{path} é pedido com {method}',
  'failure.not-a-chain-file':
    'isto não é um arquivo de cadeia: o JSON ou block.txt deste app, ou a cadeia do tutorial de Python',
  'reason.malformed': 'não está bem formado',
  'reason.bad-version': 'a versão dele é desconhecida',
  'reason.bad-hash': 'o hash não corresponde ao cabeçalho',
  'reason.bad-pow': 'o hash não atende à dificuldade',
  'reason.bad-difficulty': 'a dificuldade não é a que a cadeia espera',
  'reason.bad-index': 'o índice não segue o do pai',
  'reason.bad-timestamp': 'o horário não é posterior à mediana dos blocos anteriores',
  'reason.time-too-new': 'o horário está longe demais no futuro',
  'reason.bad-merkle-root': 'as transações não correspondem à raiz do cabeçalho',
  'reason.bad-signature': 'uma assinatura não confere',
  'reason.bad-address': 'um endereço não é o da chave do remetente',
  'reason.bad-amount': 'um valor não é um número inteiro igual ou maior que 0',
  'reason.bad-coinbase': 'a transação de recompensa está errada',
  'reason.info-too-large': 'um campo info é longo demais',
  'reason.too-many-transactions': 'contém transações demais',
  'reason.duplicate-transaction': 'a transação já é conhecida',
  'reason.duplicate-block': 'o bloco já é conhecido',
  'reason.overspend': 'o saldo não cobre',
  'reason.unknown-parent': 'o pai é desconhecido',
  'reason.invalid-parent': 'ele se apoia em um bloco recusado',
  'reason.broken-link': 'o hash anterior não é o hash do bloco de antes',
  'reason.wrong-genesis': 'parte de outro bloco gênese',
  'reason.bad-length': 'o comprimento está errado',
  'reason.empty-chain': 'a cadeia está vazia',
  'reason.unsigned-block': 'não é assinado pelo seu minerador',
  'reason.unlisted-miner': 'o seu minerador não está na lista da sala',
  'reason.bad-miner-signature': 'a assinatura do seu minerador não é válida',
  'console.loading': 'o nó ainda está carregando: primeiro faça await blockchain.ready',
  'console.help': `window.blockchain: o nó desta aba (primeiro await blockchain.ready)
  blockchain.newTransaction({ recipient, info, amount })  -> { index, txid }      (POST /transactions/new)
  blockchain.mine()                                       -> o novo bloco         (GET /mine)
  blockchain.chain()                                      -> { chain, length }    (GET /chain)
  blockchain.exportChain('json' | 'block.txt')           -> o texto do arquivo da cadeia
  blockchain.importChain(text)                            -> { format, valid, length, network, firstInvalid, adopted }
  blockchain.backup()                                     -> o backup deste nó (contém a CHAVE PRIVADA dele)
  blockchain.restore(backupText)                          -> { nodeId, address, length, into }
  blockchain.registerNodes([nodeId, ...])                 -> { total_nodes }      (POST /nodes/register)
  blockchain.resolve()                                    -> { replaced, length } (GET /nodes/resolve)
  blockchain.peers(), .mempool(), .balance(address?), .id, .address, .network
  blockchain.goOffline([nodeId, ...]?), .goOnline(), .peerInfo(), .room(), .traffic(), .peerId, .inviteUrl
  blockchain.verify()                                     -> verifica de novo cada bloco e assinatura
  blockchain.allowHttp(true|false)                        -> responde a requisições HTTP em /node/<id>/ (npm start)
  blockchain.autoMine(true|false), .stopMining(), .workers(n), .miningStats()
  blockchain.attack.pay(address, amount?), .goDark({ accomplices, blocks }), .rejoin(), .state(); blockchain.dropped()
Uma chamada que falha lança um NodeCommandError com .code, .values e .field.`,

  'nav.chain': 'Cadeia',
  'nav.keys': 'Chaves e assinaturas',
  'nav.iot': 'Dispositivos IoT',
  'nav.miningSteps': 'Mineração passo a passo',
  'nav.attack': 'O ataque de 51%',
  'chain.title': 'Cadeia, mais recentes primeiro',
  'chain.viewport': 'Blocos da cadeia principal, mais recentes primeiro; role para ver os mais antigos',
  'chain.block': 'Bloco {index}',
  'chain.hash': 'Hash',
  'chain.previous': 'Hash anterior',
  'chain.nonce': 'Prova (nonce)',
  'chain.difficulty': 'Dificuldade',
  'chain.difficultyValue': '{bits, plural, one {# bit zero} other {# bits zero}}',
  'chain.time': 'Horário',
  'chain.transactions': 'Transações',
  'chain.confirmations': 'Confirmações',
  'chain.linkHint': 'A etiqueta colorida de cada hash anterior corresponde ao hash do bloco logo abaixo.',
  'files.title': 'Arquivos da cadeia',

  'fork.title': 'Árvore de bifurcações',

  'requests.title': 'Requisições',

  'hash.title': 'Laboratório de hash',
  'anatomy.title': 'Anatomia de um bloco',

  ...ptNetwork,
};
