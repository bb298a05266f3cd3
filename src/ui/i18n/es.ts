// Every Spanish text of the page, in one place; the keys are English's, so a missing one fails the typecheck.
import type { Messages } from './en.ts';
import { esNetwork } from './es-network.ts';

export const es: Messages = {
  'app.title': 'Blockchain en el navegador',
  'app.tagline':
    'Cada pestaña es un nodo completo. Los nodos que indican la misma sala comparten una red y parten del mismo bloque génesis.',
  'room.label': 'Sala',
  'room.join': 'Entrar',
  'room.new': 'Nueva sala',
  'nav.label': 'Secciones',
  'nav.room': 'La sala',
  'tamper.title': 'Demo de manipulación',
  'toolbar.label': 'Visualización',
  'toolbar.language': 'Idioma',
  'toolbar.theme': 'Modo oscuro',
  'toolbar.projector': 'Modo proyector',
  'menu.open': 'Menú',
  'notices.label': 'Avisos',
  'notices.dismiss': 'Descartar avisos',

  'node.title': 'Este nodo',
  'node.id': 'Id del nodo',
  'node.address': 'Dirección',
  'node.balance': 'Saldo',
  'node.network': 'Red (sala)',
  'node.peers': 'Pares',
  'node.chain': 'Cadena',
  'node.chainValue': '{count, plural, one {# bloque} other {# bloques}}, punta {tip}',
  'node.hashRate': 'Tasa de hash',
  'node.mining': 'Minería',
  'node.mineOnce': 'Minar un bloque',
  'node.autoMine': 'Minar sin parar',
  'node.stop': 'Detener',
  'node.workers': 'Workers de minería',
  'node.height': 'Bloques',
  'node.send': 'Enviar…',
  'mining.idle': 'inactivo',
  'mining.once': 'minando un bloque',
  'mining.auto': 'minando sin parar',
  'mining.rate': '{rate} MH/s con {workers, plural, one {# worker} other {# workers}}',
  'mining.noRate': '—',

  'tx.title': 'Transacciones',
  'tx.new': 'Nueva transacción',
  'tx.recipient': 'Dirección del destinatario',
  'tx.recipientHint': 'Escribe una dirección o elige una de las vistas en los bloques recientes y en la mempool.',
  'tx.info': 'Info',
  'tx.amount': 'Cantidad',
  'tx.send': 'Enviar',
  'tx.pending':
    'La transacción {txid} está pendiente en la mempool: 0 confirmaciones. Estará en el bloque {index} si es el próximo que se mina.',
  'tx.pendingAfterReorg':
    'Una reorganización sacó el bloque {block} de la cadena principal: la transacción {txid} vuelve a la mempool con 0 confirmaciones (tenía {had}). Estará en el bloque {index} si es el próximo que se mina.',
  'tx.inTip': 'La transacción {txid} está en el bloque {index}, la punta: 1 confirmación.',
  'tx.confirmed': 'La transacción {txid} está en el bloque {index}: {confirmations} confirmaciones.',
  'tx.gone':
    'La transacción {txid} no está ni en la cadena ni en la mempool: 0 confirmaciones. Puede que la cadena que sigue ahora este nodo haya gastado sus monedas en otra parte.',
  'tx.mempool': 'Mempool',
  'tx.reward': 'recompensa',
  'tx.balances': 'Saldos',
  'tx.account': 'Cuenta',
  'tx.you': '(tú)',
  'failure.not-an-object': 'la transacción debe ser un objeto como { recipient, info, amount }',
  'failure.sender-not-this-node': 'sender: este nodo firma como {address}; no indiques sender',
  'failure.recipient-missing': 'recipient: falta el destinatario',
  'failure.recipient-not-address':
    'recipient debe ser una dirección: 40 caracteres hexadecimales en minúscula; se recibió {value}',
  'failure.recipient-not-label':
    'recipient debe ser una dirección o, en un registro de cantidad 0, una etiqueta de 1 a 64 caracteres sin caracteres de control; se recibió {value}',
  'failure.info-not-text': 'info debe ser texto',
  'failure.info-lone-surrogate': 'info contiene un sustituto suelto (medio carácter), que UTF-8 no puede transportar',
  'failure.info-too-long': 'info ocupa {bytes, plural, one {# byte} other {# bytes}}; la red permite {max}',
  'failure.amount-invalid': 'amount debe ser un número entero igual o mayor que 0; se recibió {value}',
  'failure.refused': 'rechazada por las reglas de la cadena ({code}): {reason}',
  'failure.mining-stopped': 'se detuvo la minería',
  'failure.mining-failed': 'falló la minería: {error}',
  'failure.workers-invalid': 'workers debe ser un número entero de 1 a {max}; se recibió {value}',
  'failure.nodes-not-a-list': 'nodes debe ser una lista no vacía de ids de nodo',
  'failure.peer-id-invalid':
    'nodes: {id} no es un id de nodo de esta sala (letras y dígitos unidos por un solo - o _, hasta 64 caracteres)',
  'failure.not-a-miner': 'la clave de este nodo no está en la lista de mineros de la sala',
  'failure.no-network': 'este nodo no tiene red de pares (mira el aviso en la página)',
  'failure.no-such-endpoint':
    'no existe el endpoint {path}: el nodo del tutorial de Flask tiene /transactions/new, /mine, /chain, /nodes/register y /nodes/resolve',
  'failure.wrong-method': '{path} se pide con {method}',
  'failure.not-a-chain-file':
    'esto no es un archivo de cadena: el JSON o block.txt de esta aplicación, o la cadena del tutorial de Python',
  'reason.malformed': 'no está bien formado',
  'reason.bad-version': 'su versión es desconocida',
  'reason.bad-hash': 'su hash no coincide con su cabecera',
  'reason.bad-pow': 'su hash no cumple la dificultad',
  'reason.bad-difficulty': 'su dificultad no es la que espera la cadena',
  'reason.bad-index': 'su índice no sigue al de su padre',
  'reason.bad-timestamp': 'su hora no es posterior a la mediana de los bloques anteriores',
  'reason.time-too-new': 'su hora está demasiado lejos en el futuro',
  'reason.bad-merkle-root': 'sus transacciones no coinciden con la raíz de su cabecera',
  'reason.bad-signature': 'una firma no es válida',
  'reason.bad-address': 'una dirección no corresponde a la clave del remitente',
  'reason.bad-amount': 'una cantidad no es un número entero igual o mayor que 0',
  'reason.bad-coinbase': 'su transacción de recompensa es incorrecta',
  'reason.info-too-large': 'un campo info es demasiado largo',
  'reason.too-many-transactions': 'contiene demasiadas transacciones',
  'reason.duplicate-transaction': 'la transacción ya es conocida',
  'reason.duplicate-block': 'el bloque ya es conocido',
  'reason.overspend': 'el saldo no alcanza',
  'reason.unknown-parent': 'su padre es desconocido',
  'reason.invalid-parent': 'se construye sobre un bloque rechazado',
  'reason.broken-link': 'su hash anterior no es el hash del bloque previo',
  'reason.wrong-genesis': 'parte de otro bloque génesis',
  'reason.bad-length': 'su longitud es incorrecta',
  'reason.empty-chain': 'la cadena está vacía',
  'reason.unsigned-block': 'no lo firma su minero',
  'reason.unlisted-miner': 'su minero no está en la lista de la sala',
  'reason.bad-miner-signature': 'la firma de su minero no es válida',
  'console.loading': 'el nodo aún se está cargando: primero haz await blockchain.ready',
  'console.help': `window.blockchain: el nodo de esta pestaña (primero await blockchain.ready)
  blockchain.newTransaction({ recipient, info, amount })  -> { index, txid }      (POST /transactions/new)
  blockchain.mine()                                       -> el bloque nuevo      (GET /mine)
  blockchain.chain()                                      -> { chain, length }    (GET /chain)
  blockchain.exportChain('json' | 'block.txt')           -> el texto del archivo de cadena
  blockchain.importChain(text)                            -> { format, valid, length, network, firstInvalid, adopted }
  blockchain.backup()                                     -> la copia de seguridad del nodo (contiene su CLAVE PRIVADA)
  blockchain.restore(backupText)                          -> { nodeId, address, length, into }
  blockchain.registerNodes([nodeId, ...])                 -> { total_nodes }      (POST /nodes/register)
  blockchain.resolve()                                    -> { replaced, length } (GET /nodes/resolve)
  blockchain.peers(), .mempool(), .balance(address?), .id, .address, .network
  blockchain.goOffline([nodeId, ...]?), .goOnline(), .peerInfo(), .room(), .traffic(), .peerId, .inviteUrl
  blockchain.verify()                                     -> vuelve a comprobar cada bloque y firma
  blockchain.allowHttp(true|false)                        -> responde a peticiones HTTP en /node/<id>/ (npm start)
  blockchain.autoMine(true|false), .stopMining(), .workers(n), .miningStats()
  blockchain.attack.pay(address, amount?), .goDark({ accomplices, blocks }), .rejoin(), .state(); blockchain.dropped()
Una llamada fallida lanza un NodeCommandError con .code, .values y .field.`,

  'nav.chain': 'Cadena',
  'nav.keys': 'Claves y firmas',
  'nav.iot': 'Dispositivos IoT',
  'nav.miningSteps': 'Minería paso a paso',
  'nav.attack': 'El ataque del 51 %',
  'chain.title': 'Cadena, la más reciente primero',
  'chain.viewport': 'Bloques de la cadena principal, los más recientes primero; desplázate para ver los antiguos',
  'chain.block': 'Bloque {index}',
  'chain.hash': 'Hash',
  'chain.previous': 'Hash anterior',
  'chain.nonce': 'Prueba (nonce)',
  'chain.difficulty': 'Dificultad',
  'chain.difficultyValue': '{bits, plural, one {# bit cero} other {# bits cero}}',
  'chain.time': 'Hora',
  'chain.transactions': 'Transacciones',
  'chain.confirmations': 'Confirmaciones',
  'chain.linkHint': 'La etiqueta de color de cada hash anterior coincide con el hash del bloque de debajo.',
  'files.title': 'Archivos de cadena',

  'fork.title': 'Árbol de bifurcaciones',

  'requests.title': 'Peticiones',

  'hash.title': 'Laboratorio de hash',
  'anatomy.title': 'Anatomía de un bloque',

  ...esNetwork,
};
