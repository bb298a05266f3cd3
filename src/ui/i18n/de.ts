// Every German text of the page, in one place; the keys are English's, so a missing one fails the typecheck.

import { deNetwork } from './de-network.ts';
import type { Messages } from './en.ts';

export const de: Messages = {
  'app.title': 'Blockchain im Browser',
  'app.tagline':
    'Jeder Tab ist ein vollständiger Knoten. Knoten, die denselben Raum nennen, bilden ein Netzwerk und beginnen mit demselben Genesis-Block.',
  'room.label': 'Raum',
  'room.join': 'Beitreten',
  'nav.label': 'Bereiche',
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
  blockchain.goOffline(), .goOnline(), .peerInfo(), .traffic(), .peerId, .inviteUrl
  blockchain.verify()                                     -> prüft jeden Block und jede Signatur erneut
  blockchain.allowHttp(true|false)                        -> beantwortet HTTP-Anfragen unter /node/<id>/ (npm start)
  blockchain.autoMine(true|false), .stopMining(), .workers(n), .miningStats()
Ein fehlgeschlagener Aufruf wirft einen NodeCommandError mit .code, .values und .field.`,

  'nav.chain': 'Kette',
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
  'files.hint':
    'Speichere die Kette als JSON des Flask-Tutorials oder als block.txt des Artikels, oder öffne eine Kettendatei eines beliebigen Raums (oder eine vom Python-Tutorial), um sie zu prüfen.',
  'files.downloadJson': 'Kette herunterladen (JSON)',
  'files.downloadTxt': 'block.txt herunterladen',
  'files.open': 'Kettendatei öffnen',
  'files.blocks': 'Blöcke der geöffneten Datei',
  'files.checking': 'Prüfe {name}…',
  'files.formatApp': 'eine Kette dieser App',
  'files.formatTutorial': 'eine Kette des Python-Tutorials',
  'files.read': 'Die Datei enthält {format} aus {length, plural, one {# Block} other {# Blöcken}}{network}.',
  'files.room': ', Raum {network}',
  'files.valid': 'Jeder Block ist gültig.',
  'files.adopted': 'Es ist die Kette dieses Raums mit mehr Arbeit, also hat dieser Knoten sie übernommen.',
  'files.invalid': 'Block {index} scheitert: {reason}; die Blöcke danach zählen nicht.',
  'files.blockValid': 'gültig',
  'files.blockInvalid': 'scheitert: {reason}',
  'files.blockAfter': 'nach einem scheiternden Block',
  'tutorial-reason.malformed': 'er ist kein Block des Tutorials',
  'tutorial-reason.empty': 'die Datei enthält keine Blöcke',
  'tutorial-reason.length': 'die angegebene Länge ist nicht die Anzahl der Blöcke',
  'tutorial-reason.genesis': 'der erste Block ist nicht der Genesis-Block des Tutorials (previous_hash "1", proof 100)',
  'tutorial-reason.index': 'sein Index ist nicht seine Stelle in der Kette',
  'tutorial-reason.hash-link': 'sein previous_hash ist nicht der Hash des Blocks davor',
  'tutorial-reason.proof': 'sein proof löst das Rätsel nicht',
  'tutorial-reason.timestamp-order': 'er ist älter als der Block davor',

  'fork.title': 'Verzweigungsbaum',
  'fork.intro':
    'Jeder Block, den dieser Knoten kennt, für {heights, plural, one {die letzte Höhe} other {die letzten # Höhen}}. Die Hauptkette ist ausgefüllt, verwaiste Zweige sind gestrichelt.',
  'fork.label':
    'Verzweigungsbaum: {main, plural, one {# Block} other {# Blöcke}} der Hauptkette, {stale, plural, one {# verwaister Block} other {# verwaiste Blöcke}}',
  'fork.legendMain': 'Hauptkette',
  'fork.legendStale': 'verwaister Zweig',
  'fork.legendTip': 'Spitze',
  'fork.noFork': 'Noch keine Verzweigung: Jeder bekannte Block liegt auf der Hauptkette.',
  'fork.why':
    'Die Hauptkette gewinnt, weil sie die meiste kumulierte Arbeit hat: {mainWork} erwartete Hashes gegen {staleWork} beim besten verwaisten Zweig (Spitze {staleTip}).',
  'fork.whyTie':
    'Die Hauptkette und der beste verwaiste Zweig (Spitze {staleTip}) haben gleich viel Arbeit ({mainWork} erwartete Hashes): Bei Gleichstand bleibt der zuerst gesehene Zweig.',
  'fork.rule':
    'Jeder Block fügt 2^Schwierigkeit erwartete Hashes an Arbeit hinzu; ein Knoten folgt dem Zweig mit der meisten Gesamtarbeit und bei Gleichstand dem zuerst gesehenen.',

  'requests.title': 'Anfragen',
  'requests.hint':
    'Die HTTP-Anfragen aus dem Artikel, an diesen Knoten gesendet: Endpunkt wählen, Body bearbeiten, senden.',
  'requests.endpoint': 'Endpunkt',
  'requests.body': 'Body (JSON)',
  'requests.send': 'Senden',
  'requests.response': 'Antwort',
  'requests.notJson': 'Der Body ist kein JSON: {error}',
  'requests.sending': 'Sende {endpoint}…',
  'requests.status': 'Status {status} {reason}',
  'tamper.title': 'Manipulations-Demo',
  'tamper.intro':
    'Bearbeite einen Block in einer Sandbox-Kopie der Hauptkette und sieh zu, welche Verknüpfungen brechen. Die echte Kette des Knotens wird nie berührt.',
  'tamper.start': 'Hauptkette kopieren',
  'tamper.block': 'Block',
  'tamper.tx': 'Transaktion',
  'tamper.txOption': '#{n}: {from} → {amount}',
  'tamper.info': 'Neue Info',
  'tamper.amount': 'Neuer Betrag',
  'tamper.apply': 'Block bearbeiten',
  'tamper.remine': 'Ab dem bearbeiteten Block neu minen',
  'tamper.cancel': 'Mining stoppen',
  'tamper.reset': 'Sandbox verwerfen',
  'tamper.empty': 'Mine zuerst ein paar Blöcke: Die Demo bearbeitet Blöcke nach dem Genesis-Block.',
  'tamper.status': 'Sandbox aus {count, plural, one {# Block} other {# Blöcken}}. {broken}',
  'tamper.allValid': 'Jede Verknüpfung ist gültig.',
  'tamper.broken':
    'Gebrochen ab Block {index}: {count, plural, one {# Block würde} other {# Blöcke würden}} abgelehnt.',
  'tamper.mining': 'Mine Block {index} neu: bisher {tried} Nonces probiert…',
  'tamper.mined':
    '{blocks, plural, one {# Block} other {# Blöcke}} neu gemint: {tried} Nonces in {seconds} s probiert (etwa {expected} erwartet pro Block).',
  'tamper.whyRefused':
    'Die Peers lehnen diese Kopie trotzdem ab: Sie hat {sandboxWork} erwartete Hashes an Arbeit, die ehrliche Kette {honestWork}, Tendenz steigend. Ein Knoten wechselt nur zu einer Kette mit mehr Arbeit, also müsste der Betrüger schneller minen als alle anderen zusammen.',
  'tamper.ok': 'gültig',
  'tamper.code.bad-merkle-root': 'die Transaktionen passen nicht mehr zur Merkle-Wurzel im Header (bad-merkle-root)',
  'tamper.code.broken-link': 'sein vorheriger Hash ist nicht der Hash des Blocks davor (broken-link)',
  'tamper.code.bad-pow': 'sein Hash erfüllt die Schwierigkeit nicht: kein Proof of Work (bad-pow)',
  'tamper.code.bad-signature':
    'die Signatur der bearbeiteten Transaktion passt nicht mehr; neues Minen kann sie nicht fälschen (bad-signature)',
  'tamper.code.invalid-parent': 'er baut auf einem abgelehnten Block auf (invalid-parent)',
  'tamper.code.other': 'abgelehnt: {code}',

  'guide.title': 'Erste Schritte',
  'guide.progress': 'Schritt {step} von {total}',
  'guide.node.title': 'Dieser Tab ist ein vollständiger Knoten',
  'guide.node.text':
    'Er hat seine eigene Kopie der Kette, prüft jeden empfangenen Block und spricht mit den Knoten deiner Mitschüler. Kein Server entscheidet für ihn.',
  'guide.mine.title': 'Mine deinen ersten Block',
  'guide.mine.text':
    'Drücke oben „{mine}“. Dein Knoten probiert eine Nonce nach der anderen, bis der Hash des Blocks die Schwierigkeit erfüllt; der Block kommt in deine Kette und seine Belohnung gehört dir.',
  'guide.send.title': 'Schicke einem Mitschüler einen Eintrag',
  'guide.send.text':
    'Drücke „{send}“, wähle die Adresse eines Mitschülers, schreibe einen Eintrag und sende ihn. Er wartet im Mempool, bis ein Knoten ihn beim Minen in einen Block aufnimmt.',
  'guide.next': 'Weiter',
  'guide.back': 'Zurück',
  'guide.skip': 'Überspringen',
  'guide.done': 'Fertig',
  'hash.title': 'Hash-Spielwiese',

  ...deNetwork,
};
