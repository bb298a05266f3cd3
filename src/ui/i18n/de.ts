// Every German text of the page, in one place; the keys are English's, so a missing one fails the typecheck.

import { deNetwork } from './de-network.ts';
import type { Messages } from './en.ts';

export const de: Messages = {
  'app.title': 'Blockchain im Browser',
  'app.tagline':
    'Jeder Tab ist ein vollständiger Knoten. Knoten, die denselben Raum nennen, bilden ein Netzwerk und beginnen mit demselben Genesis-Block.',
  'room.label': 'Raum',
  'room.join': 'Beitreten',
  'room.new': 'Neuer Raum',
  'nav.label': 'Bereiche',
  'nav.room': 'Der Raum',
  'tamper.title': 'Manipulations-Demo',
  'toolbar.label': 'Anzeige',
  'toolbar.language': 'Sprache',
  'toolbar.theme': 'Dunkler Modus',
  'toolbar.projector': 'Beamer-Modus',
  'menu.open': 'Menü',
  'notices.label': 'Hinweise',
  'notices.dismiss': 'Hinweise schließen',

  'node.title': 'Dieser Knoten',
  'node.id': 'Knoten-ID',
  'node.address': 'Adresse',
  'node.balance': 'Guthaben',
  'node.network': 'Netzwerk (Raum)',
  'node.peers': 'Peers',
  'node.chain': 'Kette',
  'node.chainValue': '{count, plural, one {# Block} other {# Blöcke}}, Spitze {tip}',
  'node.hashRate': 'Hashrate',
  'node.mining': 'Mining',
  'node.mineOnce': 'Einen Block minen',
  'node.autoMine': 'Weiter minen',
  'node.stop': 'Stopp',
  'node.workers': 'Mining-Worker',
  'node.height': 'Blöcke',
  'node.send': 'Senden…',
  'mining.idle': 'untätig',
  'mining.once': 'mint einen Block',
  'mining.auto': 'mint fortlaufend',
  'mining.rate': '{rate} MH/s mit {workers, plural, one {# Worker} other {# Workern}}',
  'mining.noRate': '—',

  'tx.title': 'Transaktionen',
  'tx.new': 'Neue Transaktion',
  'tx.recipient': 'Empfängeradresse',
  'tx.recipientHint': 'Gib eine Adresse ein oder wähle eine aus den letzten Blöcken und dem Mempool.',
  'tx.info': 'Info',
  'tx.amount': 'Betrag',
  'tx.send': 'Senden',
  'tx.pending':
    'Transaktion {txid} wartet im Mempool: 0 Bestätigungen. Sie kommt in Block {index}, wenn er als Nächster gemint wird.',
  'tx.pendingAfterReorg':
    'Eine Reorganisation hat Block {block} aus der Hauptkette genommen: Transaktion {txid} ist zurück im Mempool, mit 0 Bestätigungen (vorher {had}). Sie kommt in Block {index}, wenn er als Nächster gemint wird.',
  'tx.inTip': 'Transaktion {txid} steht in Block {index}, der Spitze: 1 Bestätigung.',
  'tx.confirmed':
    'Transaktion {txid} steht in Block {index}: {confirmations, plural, one {# Bestätigung} other {# Bestätigungen}}.',
  'tx.gone':
    'Transaktion {txid} ist weder in der Kette noch im Mempool: 0 Bestätigungen. Die Kette, der dieser Knoten jetzt folgt, hat ihre Coins womöglich anderswo ausgegeben.',
  'tx.mempool': 'Mempool',
  'tx.reward': 'Belohnung',
  'tx.balances': 'Guthaben',
  'tx.account': 'Konto',
  'tx.you': '(du)',
  'failure.not-an-object': 'die Transaktion muss ein Objekt wie { recipient, info, amount } sein',
  'failure.sender-not-this-node': 'sender: Dieser Knoten signiert als {address}; lass sender weg',
  'failure.recipient-missing': 'recipient wird benötigt',
  'failure.recipient-not-address':
    'recipient muss eine Adresse sein: 40 Hex-Zeichen in Kleinbuchstaben, erhalten: {value}',
  'failure.recipient-not-label':
    'recipient muss eine Adresse sein oder, bei einem Eintrag mit Betrag 0, eine Bezeichnung aus 1 bis 64 Zeichen ohne Steuerzeichen, erhalten: {value}',
  'failure.info-not-text': 'info muss Text sein',
  'failure.info-lone-surrogate':
    'info enthält ein einzelnes Surrogat (ein halbes Zeichen), das UTF-8 nicht darstellen kann',
  'failure.info-too-long': 'info hat {bytes, plural, one {# Byte} other {# Bytes}}; das Netzwerk erlaubt {max}',
  'failure.amount-invalid': 'amount muss eine ganze Zahl ab 0 sein, erhalten: {value}',
  'failure.refused': 'von den Regeln der Kette abgelehnt ({code}): {reason}',
  'failure.mining-stopped': 'das Mining wurde gestoppt',
  'failure.mining-failed': 'Mining fehlgeschlagen: {error}',
  'failure.workers-invalid': 'workers muss eine ganze Zahl von 1 bis {max} sein, erhalten: {value}',
  'failure.nodes-not-a-list': 'nodes muss eine nicht leere Liste von Knoten-IDs sein',
  'failure.peer-id-invalid':
    'nodes: {id} ist keine Knoten-ID dieses Raums (Buchstaben und Ziffern, verbunden durch einzelne - oder _, bis zu 64 Zeichen)',
  'failure.not-a-miner': 'der Schlüssel dieses Knotens steht nicht auf der Minerliste des Raums',
  'failure.no-network': 'dieser Knoten hat kein Peer-Netzwerk (siehe den Hinweis auf der Seite)',
  'failure.no-such-endpoint':
    'kein Endpunkt {path}: Der Knoten des Flask-Tutorials hat /transactions/new, /mine, /chain, /nodes/register und /nodes/resolve',
  'failure.wrong-method': '{path} wird mit {method} angefragt',
  'failure.not-a-chain-file':
    'das ist keine Kettendatei: JSON oder block.txt dieser App oder die Kette des Python-Tutorials',
  'reason.malformed': 'er ist nicht wohlgeformt',
  'reason.bad-version': 'seine Version ist unbekannt',
  'reason.bad-hash': 'sein Hash passt nicht zu seinem Header',
  'reason.bad-pow': 'sein Hash erfüllt die Schwierigkeit nicht',
  'reason.bad-difficulty': 'seine Schwierigkeit ist nicht die, die die Kette erwartet',
  'reason.bad-index': 'sein Index folgt nicht auf den seines Vorgängers',
  'reason.bad-timestamp': 'seine Zeit liegt nicht nach dem Median der Blöcke davor',
  'reason.time-too-new': 'seine Zeit liegt zu weit in der Zukunft',
  'reason.bad-merkle-root': 'seine Transaktionen passen nicht zur Merkle-Wurzel in seinem Header',
  'reason.bad-signature': 'eine Signatur ist ungültig',
  'reason.bad-address': 'eine Adresse gehört nicht zum Schlüssel des Absenders',
  'reason.bad-amount': 'ein Betrag ist keine ganze Zahl ab 0',
  'reason.bad-coinbase': 'seine Belohnungstransaktion ist falsch',
  'reason.info-too-large': 'ein info-Feld ist zu lang',
  'reason.too-many-transactions': 'er enthält zu viele Transaktionen',
  'reason.duplicate-transaction': 'die Transaktion ist schon bekannt',
  'reason.duplicate-block': 'der Block ist schon bekannt',
  'reason.overspend': 'das Guthaben reicht dafür nicht',
  'reason.unknown-parent': 'sein Vorgänger ist unbekannt',
  'reason.invalid-parent': 'er baut auf einem abgelehnten Block auf',
  'reason.broken-link': 'sein vorheriger Hash ist nicht der Hash des Blocks davor',
  'reason.wrong-genesis': 'er beginnt mit einem anderen Genesis-Block',
  'reason.bad-length': 'seine Länge ist falsch',
  'reason.empty-chain': 'die Kette ist leer',
  'reason.unsigned-block': 'er ist nicht von seinem Miner signiert',
  'reason.unlisted-miner': 'sein Miner steht nicht auf der Liste des Raums',
  'reason.bad-miner-signature': 'die Signatur seines Miners ist ungültig',
  'console.loading': 'der Knoten lädt noch: zuerst await blockchain.ready',
  'console.help': `window.blockchain: der Knoten dieses Tabs (zuerst await blockchain.ready)
  blockchain.newTransaction({ recipient, info, amount })  -> { index, txid }      (POST /transactions/new)
  blockchain.mine()                                       -> der neue Block       (GET /mine)
  blockchain.chain()                                      -> { chain, length }    (GET /chain)
  blockchain.exportChain('json' | 'block.txt')           -> Text der Kettendatei
  blockchain.importChain(text)                            -> { format, valid, length, network, firstInvalid, adopted }
  blockchain.backup()                                     -> Backup dieses Knotens (mit seinem PRIVATEN SCHLÜSSEL)
  blockchain.restore(backupText)                          -> { nodeId, address, length, into }
  blockchain.registerNodes([nodeId, ...])                 -> { total_nodes }      (POST /nodes/register)
  blockchain.resolve()                                    -> { replaced, length } (GET /nodes/resolve)
  blockchain.peers(), .mempool(), .balance(address?), .id, .address, .network
  blockchain.goOffline([nodeId, ...]?), .goOnline(), .peerInfo(), .room(), .traffic(), .peerId, .inviteUrl
  blockchain.verify()                                     -> prüft jeden Block und jede Signatur erneut
  blockchain.allowHttp(true|false)                        -> beantwortet HTTP-Anfragen unter /node/<id>/ (npm start)
  blockchain.autoMine(true|false), .stopMining(), .workers(n), .miningStats()
  blockchain.attack.pay(address, amount?), .goDark({ accomplices, blocks }), .rejoin(), .state(); blockchain.dropped()
Ein fehlgeschlagener Aufruf wirft einen NodeCommandError mit .code, .values und .field.`,

  'nav.chain': 'Kette',
  'nav.keys': 'Schlüssel und Signaturen',
  'nav.iot': 'IoT-Geräte',
  'nav.miningSteps': 'Mining Schritt für Schritt',
  'nav.attack': 'Der 51-%-Angriff',
  'chain.title': 'Kette, neueste zuerst',
  'chain.viewport': 'Blöcke der Hauptkette, neueste zuerst; scrollen für ältere',
  'chain.block': 'Block {index}',
  'chain.hash': 'Hash',
  'chain.previous': 'Vorheriger Hash',
  'chain.nonce': 'Beweis (Nonce)',
  'chain.difficulty': 'Schwierigkeit',
  'chain.difficultyValue': '{bits, plural, one {# Null-Bit} other {# Null-Bits}}',
  'chain.time': 'Zeit',
  'chain.transactions': 'Transaktionen',
  'chain.confirmations': 'Bestätigungen',
  'chain.linkHint': 'Das farbige Kästchen jedes vorherigen Hashs passt zum Hash des Blocks darunter.',
  'files.title': 'Kettendateien',

  'fork.title': 'Verzweigungsbaum',

  'requests.title': 'Anfragen',

  'hash.title': 'Hash-Spielwiese',
  'anatomy.title': 'Anatomie eines Blocks',

  ...deNetwork,
};
