// Every Portuguese text of the page, in one place; the keys are English's, so a missing one fails the typecheck.
import type { Messages } from './en.ts';
import { ptNetwork } from './pt-network.ts';

export const pt: Messages = {
  'app.title': 'Blockchain no navegador',
  'app.tagline':
    'Cada aba é um nó completo. Os nós que indicam a mesma sala compartilham uma rede e partem do mesmo bloco gênese.',
  'room.label': 'Sala',
  'room.join': 'Entrar',
  'nav.label': 'Seções',
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
  blockchain.goOffline(), .goOnline(), .peerInfo(), .traffic(), .peerId, .inviteUrl
  blockchain.verify()                                     -> verifica de novo cada bloco e assinatura
  blockchain.allowHttp(true|false)                        -> responde a requisições HTTP em /node/<id>/ (npm start)
  blockchain.autoMine(true|false), .stopMining(), .workers(n), .miningStats()
Uma chamada que falha lança um NodeCommandError com .code, .values e .field.`,

  'nav.chain': 'Cadeia',
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
  'files.hint':
    'Salve a cadeia como o JSON do tutorial de Flask ou o block.txt do artigo, ou abra um arquivo de cadeia de qualquer sala (ou um feito pelo tutorial de Python) para verificá-lo.',
  'files.downloadJson': 'Baixar a cadeia (JSON)',
  'files.downloadTxt': 'Baixar block.txt',
  'files.open': 'Abrir um arquivo de cadeia',
  'files.blocks': 'Blocos do arquivo aberto',
  'files.checking': 'Verificando {name}…',
  'files.formatApp': 'uma cadeia deste app',
  'files.formatTutorial': 'uma cadeia do tutorial de Python',
  'files.read': 'O arquivo contém {format} de {length, plural, one {# bloco} other {# blocos}}{network}.',
  'files.room': ', sala {network}',
  'files.valid': 'Todos os blocos são válidos.',
  'files.adopted': 'É a cadeia desta sala com mais trabalho, então este nó a adotou.',
  'files.invalid': 'O bloco {index} falha: {reason}; os blocos depois dele não podem contar.',
  'files.blockValid': 'válido',
  'files.blockInvalid': 'falha: {reason}',
  'files.blockAfter': 'depois de um bloco que falha',
  'tutorial-reason.malformed': 'não é um bloco do tutorial',
  'tutorial-reason.empty': 'o arquivo não tem blocos',
  'tutorial-reason.length': 'o comprimento informado não é o número de blocos',
  'tutorial-reason.genesis': 'o primeiro bloco não é o gênese do tutorial (previous_hash "1", proof 100)',
  'tutorial-reason.index': 'o índice não é a posição dele na cadeia',
  'tutorial-reason.hash-link': 'o previous_hash não é o hash do bloco anterior',
  'tutorial-reason.proof': 'a prova não resolve o desafio',
  'tutorial-reason.timestamp-order': 'é mais antigo que o bloco anterior',

  'fork.title': 'Árvore de bifurcações',
  'fork.intro':
    'Todos os blocos que este nó conhece, {heights, plural, one {na última altura} other {nas últimas # alturas}}. A cadeia principal é preenchida; os ramos órfãos são tracejados.',
  'fork.label':
    'Árvore de bifurcações: {main, plural, one {# bloco} other {# blocos}} da cadeia principal, {stale, plural, one {# bloco órfão} other {# blocos órfãos}}',
  'fork.legendMain': 'cadeia principal',
  'fork.legendStale': 'ramo órfão',
  'fork.legendTip': 'ponta',
  'fork.noFork': 'Ainda não há bifurcação: todo bloco conhecido está na cadeia principal.',
  'fork.why':
    'A cadeia principal vence porque tem mais trabalho acumulado: {mainWork} hashes esperados contra {staleWork} do melhor ramo órfão (ponta {staleTip}).',
  'fork.whyTie':
    'A cadeia principal e o melhor ramo órfão (ponta {staleTip}) têm o mesmo trabalho ({mainWork} hashes esperados): em caso de empate, fica o ramo visto primeiro.',
  'fork.rule':
    'Cada bloco soma 2^dificuldade hashes esperados de trabalho; um nó segue o ramo com mais trabalho total e, em caso de empate, o visto primeiro.',

  'requests.title': 'Requisições',
  'requests.hint': 'As requisições HTTP do artigo, enviadas a este nó: escolha um endpoint, edite o corpo e envie.',
  'requests.endpoint': 'Endpoint',
  'requests.body': 'Corpo (JSON)',
  'requests.send': 'Enviar',
  'requests.response': 'Resposta',
  'requests.notJson': 'O corpo não é JSON: {error}',
  'requests.sending': 'Enviando {endpoint}…',
  'requests.status': 'Status {status} {reason}',
  'tamper.title': 'Demo de adulteração',
  'tamper.intro':
    'Edite um bloco em uma cópia isolada da cadeia principal e veja quais ligações se quebram. A cadeia real do nó nunca é tocada.',
  'tamper.start': 'Copiar a cadeia principal',
  'tamper.block': 'Bloco',
  'tamper.tx': 'Transação',
  'tamper.txOption': '#{n}: {from} → {amount}',
  'tamper.info': 'Nova info',
  'tamper.amount': 'Novo valor',
  'tamper.apply': 'Editar bloco',
  'tamper.remine': 'Minerar de novo a partir do bloco editado',
  'tamper.cancel': 'Parar a mineração',
  'tamper.reset': 'Descartar a cópia',
  'tamper.empty': 'Minere alguns blocos primeiro: a demo edita blocos depois do bloco gênese.',
  'tamper.status': 'Cópia de {count, plural, one {# bloco} other {# blocos}}. {broken}',
  'tamper.allValid': 'Todas as ligações são válidas.',
  'tamper.broken':
    'Quebrada a partir do bloco {index}: {count, plural, one {# bloco seria recusado} other {# blocos seriam recusados}}.',
  'tamper.mining': 'Minerando de novo o bloco {index}: nonces testados até agora: {tried}…',
  'tamper.mined':
    '{blocks, plural, one {# bloco minerado} other {# blocos minerados}} de novo: {tried} nonces testados em {seconds} s (cerca de {expected} esperados por bloco).',
  'tamper.whyRefused':
    'Os pares ainda recusam esta cópia: ela tem {sandboxWork} hashes esperados de trabalho, a cadeia honesta {honestWork} e crescendo. Um nó só muda para uma cadeia com mais trabalho, então o trapaceiro teria de minerar mais que todos os outros juntos.',
  'tamper.ok': 'válido',
  'tamper.code.bad-merkle-root': 'as transações não correspondem mais à raiz do cabeçalho (bad-merkle-root)',
  'tamper.code.broken-link': 'o hash anterior não é o hash do bloco de antes (broken-link)',
  'tamper.code.bad-pow': 'o hash não atende à dificuldade: não há prova de trabalho (bad-pow)',
  'tamper.code.bad-signature':
    'a assinatura da transação editada não corresponde mais; minerar de novo não consegue forjá-la (bad-signature)',
  'tamper.code.invalid-parent': 'ele se apoia em um bloco recusado (invalid-parent)',
  'tamper.code.other': 'recusado: {code}',

  'guide.title': 'Primeiros passos',
  'guide.progress': 'Passo {step} de {total}',
  'guide.node.title': 'Esta aba é um nó completo',
  'guide.node.text':
    'Ela guarda sua própria cópia da cadeia, verifica cada bloco que recebe e conversa com os nós dos seus colegas. Nenhum servidor decide por ela.',
  'guide.mine.title': 'Minere seu primeiro bloco',
  'guide.mine.text':
    'Toque em “{mine}” acima. Seu nó tenta um nonce após o outro até o hash do bloco atender à dificuldade; o bloco entra na sua cadeia e a recompensa é sua.',
  'guide.send.title': 'Envie um registro a um colega',
  'guide.send.text':
    'Toque em “{send}”, escolha o endereço de um colega, escreva um registro e envie. Ele espera na mempool até que um nó o minere em um bloco.',
  'guide.next': 'Próximo',
  'guide.back': 'Voltar',
  'guide.skip': 'Pular',
  'guide.done': 'Concluir',
  'hash.title': 'Laboratório de hash',

  ...ptNetwork,
};
