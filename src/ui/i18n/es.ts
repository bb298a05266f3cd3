// Every Spanish text of the page, in one place; the keys are English's, so a missing one fails the typecheck.
import type { Messages } from './en.ts';
import { esNetwork } from './es-network.ts';

export const es: Messages = {
  'app.title': 'Blockchain en el navegador',
  'app.tagline':
    'Cada pestaña es un nodo completo. Los nodos que indican la misma sala comparten una red y parten del mismo bloque génesis.',
  'room.label': 'Sala',
  'room.join': 'Entrar',
  'nav.label': 'Secciones',
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
  blockchain.goOffline(), .goOnline(), .peerInfo(), .traffic(), .peerId, .inviteUrl
  blockchain.verify()                                     -> vuelve a comprobar cada bloque y firma
  blockchain.allowHttp(true|false)                        -> responde a peticiones HTTP en /node/<id>/ (npm start)
  blockchain.autoMine(true|false), .stopMining(), .workers(n), .miningStats()
Una llamada fallida lanza un NodeCommandError con .code, .values y .field.`,

  'nav.chain': 'Cadena',
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
  'files.hint':
    'Guarda la cadena como el JSON del tutorial de Flask o el block.txt del artículo, o abre un archivo de cadena de cualquier sala (o uno hecho con el tutorial de Python) para comprobarlo.',
  'files.downloadJson': 'Descargar la cadena (JSON)',
  'files.downloadTxt': 'Descargar block.txt',
  'files.open': 'Abrir un archivo de cadena',
  'files.blocks': 'Bloques del archivo abierto',
  'files.checking': 'Comprobando {name}…',
  'files.formatApp': 'una cadena de esta aplicación',
  'files.formatTutorial': 'una cadena del tutorial de Python',
  'files.read': 'El archivo contiene {format} de {length, plural, one {# bloque} other {# bloques}}{network}.',
  'files.room': ', sala {network}',
  'files.valid': 'Todos los bloques son válidos.',
  'files.adopted': 'Es la cadena de esta sala con más trabajo, así que este nodo la adoptó.',
  'files.invalid': 'El bloque {index} falla: {reason}; los bloques posteriores no pueden contar.',
  'files.blockValid': 'válido',
  'files.blockInvalid': 'falla: {reason}',
  'files.blockAfter': 'después de un bloque que falla',
  'tutorial-reason.malformed': 'no es un bloque del tutorial',
  'tutorial-reason.empty': 'el archivo no tiene bloques',
  'tutorial-reason.length': 'la longitud indicada no es el número de bloques',
  'tutorial-reason.genesis': 'el primer bloque no es el génesis del tutorial (previous_hash "1", proof 100)',
  'tutorial-reason.index': 'su índice no es su posición en la cadena',
  'tutorial-reason.hash-link': 'su previous_hash no es el hash del bloque anterior',
  'tutorial-reason.proof': 'su prueba no resuelve el acertijo',
  'tutorial-reason.timestamp-order': 'es más antiguo que el bloque anterior',

  'fork.title': 'Árbol de bifurcaciones',
  'fork.intro':
    'Todos los bloques que conoce este nodo en {heights, plural, one {la última altura} other {las últimas # alturas}}. La cadena principal va rellena; las ramas huérfanas, con trazo discontinuo.',
  'fork.label':
    'Árbol de bifurcaciones: {main, plural, one {# bloque} other {# bloques}} de la cadena principal, {stale, plural, one {# bloque huérfano} other {# bloques huérfanos}}',
  'fork.legendMain': 'cadena principal',
  'fork.legendStale': 'rama huérfana',
  'fork.legendTip': 'punta',
  'fork.noFork': 'Aún no hay bifurcación: todos los bloques conocidos están en la cadena principal.',
  'fork.why':
    'Gana la cadena principal porque tiene más trabajo acumulado: {mainWork} hashes esperados frente a {staleWork} de la mejor rama huérfana (punta {staleTip}).',
  'fork.whyTie':
    'La cadena principal y la mejor rama huérfana (punta {staleTip}) tienen el mismo trabajo ({mainWork} hashes esperados): en caso de empate se queda la rama vista primero.',
  'fork.rule':
    'Cada bloque suma 2^dificultad hashes esperados de trabajo; un nodo sigue la rama con más trabajo total y, en caso de empate, la vista primero.',

  'requests.title': 'Peticiones',
  'requests.hint':
    'Las peticiones HTTP del artículo, enviadas a este nodo: elige un endpoint, edita el cuerpo y envía.',
  'requests.endpoint': 'Endpoint',
  'requests.body': 'Cuerpo (JSON)',
  'requests.send': 'Enviar',
  'requests.response': 'Respuesta',
  'requests.notJson': 'El cuerpo no es JSON: {error}',
  'requests.sending': 'Enviando {endpoint}…',
  'requests.status': 'Estado {status} {reason}',
  'tamper.title': 'Demo de manipulación',
  'tamper.intro':
    'Modifica un bloque en una copia aislada de la cadena principal y observa qué enlaces se rompen. La cadena real del nodo nunca se toca.',
  'tamper.start': 'Copiar la cadena principal',
  'tamper.block': 'Bloque',
  'tamper.tx': 'Transacción',
  'tamper.txOption': '#{n}: {from} → {amount}',
  'tamper.info': 'Nueva info',
  'tamper.amount': 'Nueva cantidad',
  'tamper.apply': 'Modificar bloque',
  'tamper.remine': 'Volver a minar desde el bloque modificado',
  'tamper.cancel': 'Detener la minería',
  'tamper.reset': 'Descartar la copia',
  'tamper.empty': 'Primero mina algunos bloques: la demo modifica bloques posteriores al bloque génesis.',
  'tamper.status': 'Copia de {count, plural, one {# bloque} other {# bloques}}. {broken}',
  'tamper.allValid': 'Todos los enlaces son válidos.',
  'tamper.broken':
    'Rota a partir del bloque {index}: {count, plural, one {# bloque sería rechazado} other {# bloques serían rechazados}}.',
  'tamper.mining': 'Volviendo a minar el bloque {index}: nonces probados hasta ahora: {tried}…',
  'tamper.mined':
    '{blocks, plural, one {Se volvió a minar # bloque} other {Se volvieron a minar # bloques}}: {tried} nonces probados en {seconds} s (unos {expected} esperados por bloque).',
  'tamper.whyRefused':
    'Los pares siguen rechazando esta copia: tiene {sandboxWork} hashes esperados de trabajo, la cadena honesta {honestWork} y sigue creciendo. Un nodo solo cambia a una cadena con más trabajo, así que el tramposo tendría que minar más que todos los demás juntos.',
  'tamper.ok': 'válido',
  'tamper.code.bad-merkle-root': 'las transacciones ya no coinciden con la raíz de la cabecera (bad-merkle-root)',
  'tamper.code.broken-link': 'su hash anterior no es el hash del bloque previo (broken-link)',
  'tamper.code.bad-pow': 'su hash no cumple la dificultad: no hay prueba de trabajo (bad-pow)',
  'tamper.code.bad-signature':
    'la firma de la transacción modificada ya no coincide; volver a minar no puede falsificarla (bad-signature)',
  'tamper.code.invalid-parent': 'se construye sobre un bloque rechazado (invalid-parent)',
  'tamper.code.other': 'rechazado: {code}',

  'guide.title': 'Primeros pasos',
  'guide.progress': 'Paso {step} de {total}',
  'guide.node.title': 'Esta pestaña es un nodo completo',
  'guide.node.text':
    'Guarda su propia copia de la cadena, comprueba cada bloque que recibe y habla con los nodos de tus compañeros. Ningún servidor decide por él.',
  'guide.mine.title': 'Mina tu primer bloque',
  'guide.mine.text':
    'Pulsa «{mine}» arriba. Tu nodo prueba un nonce tras otro hasta que el hash del bloque cumple la dificultad; el bloque entra en tu cadena y su recompensa es tuya.',
  'guide.send.title': 'Envía un registro a un compañero',
  'guide.send.text':
    'Pulsa «{send}», elige la dirección de un compañero, escribe un registro y envíalo. Espera en la mempool hasta que un nodo lo mine en un bloque.',
  'guide.next': 'Siguiente',
  'guide.back': 'Atrás',
  'guide.skip': 'Omitir',
  'guide.done': 'Hecho',
  'hash.title': 'Laboratorio de hash',

  ...esNetwork,
};
