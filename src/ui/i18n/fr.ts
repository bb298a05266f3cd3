// Every French text of the page, in one place; the keys are English's, so a missing one fails the typecheck.
import type { Messages } from './en.ts';
import { frNetwork } from './fr-network.ts';

export const fr: Messages = {
  'app.title': 'Blockchain dans le navigateur',
  'app.tagline':
    'Chaque onglet est un nœud complet. Les nœuds qui indiquent la même salle partagent un réseau et partent du même bloc de genèse.',
  'room.label': 'Salle',
  'room.join': 'Rejoindre',
  'room.new': 'Nouvelle salle',
  'nav.label': 'Sections',
  'nav.room': 'La salle',
  'tamper.title': 'Démo de falsification',
  'toolbar.label': 'Affichage',
  'toolbar.language': 'Langue',
  'toolbar.theme': 'Mode sombre',
  'toolbar.projector': 'Mode projecteur',
  'menu.open': 'Menu',
  'notices.label': 'Avis',
  'notices.dismiss': 'Masquer les avis',

  'node.title': 'Ce nœud',
  'node.id': 'Id du nœud',
  'node.address': 'Adresse',
  'node.balance': 'Solde',
  'node.network': 'Réseau (salle)',
  'node.peers': 'Pairs',
  'node.chain': 'Chaîne',
  'node.chainValue': '{count, plural, one {# bloc} other {# blocs}}, sommet {tip}',
  'node.hashRate': 'Taux de hachage',
  'node.mining': 'Minage',
  'node.mineOnce': 'Miner un bloc',
  'node.autoMine': 'Miner en continu',
  'node.stop': 'Arrêter',
  'node.workers': 'Workers de minage',
  'node.height': 'Blocs',
  'node.send': 'Envoyer…',
  'mining.idle': 'au repos',
  'mining.once': 'minage d’un bloc',
  'mining.auto': 'minage en continu',
  'mining.rate': '{rate} MH/s sur {workers, plural, one {# worker} other {# workers}}',
  'mining.noRate': '—',

  'tx.title': 'Transactions',
  'tx.new': 'Nouvelle transaction',
  'tx.recipient': 'Adresse du destinataire',
  'tx.recipientHint': 'Saisissez une adresse ou choisissez-en une vue dans les blocs récents et la mempool.',
  'tx.info': 'Info',
  'tx.amount': 'Montant',
  'tx.send': 'Envoyer',
  'tx.pending':
    'La transaction {txid} est en attente dans la mempool : 0 confirmation. Elle sera dans le bloc {index} s’il est le prochain miné.',
  'tx.pendingAfterReorg':
    'Une réorganisation a retiré le bloc {block} de la chaîne principale : la transaction {txid} est de retour dans la mempool avec 0 confirmation (elle en avait {had}). Elle sera dans le bloc {index} s’il est le prochain miné.',
  'tx.inTip': 'La transaction {txid} est dans le bloc {index}, le sommet : 1 confirmation.',
  'tx.confirmed': 'La transaction {txid} est dans le bloc {index} : {confirmations} confirmations.',
  'tx.gone':
    'La transaction {txid} n’est ni dans la chaîne ni dans la mempool : 0 confirmation. La chaîne que suit maintenant ce nœud a peut-être dépensé ses pièces ailleurs.',
  'tx.mempool': 'Mempool',
  'tx.reward': 'récompense',
  'tx.balances': 'Soldes',
  'tx.account': 'Compte',
  'tx.you': '(vous)',
  'failure.not-an-object': 'la transaction doit être un objet comme { recipient, info, amount }',
  'failure.sender-not-this-node': 'sender : ce nœud signe en tant que {address} ; n’indiquez pas sender',
  'failure.recipient-missing': 'recipient : le destinataire est obligatoire',
  'failure.recipient-not-address':
    'recipient doit être une adresse : 40 caractères hexadécimaux en minuscules ; reçu {value}',
  'failure.recipient-not-label':
    'recipient doit être une adresse ou, pour un enregistrement de montant 0, une étiquette de 1 à 64 caractères sans caractère de contrôle ; reçu {value}',
  'failure.info-not-text': 'info doit être du texte',
  'failure.info-lone-surrogate':
    'info contient un surrogate isolé (une moitié de caractère), que l’UTF-8 ne peut pas transporter',
  'failure.info-too-long': 'info fait {bytes, plural, one {# octet} other {# octets}} ; le réseau en autorise {max}',
  'failure.amount-invalid': 'amount doit être un nombre entier supérieur ou égal à 0 ; reçu {value}',
  'failure.refused': 'refusée par les règles de la chaîne ({code}) : {reason}',
  'failure.mining-stopped': 'le minage a été arrêté',
  'failure.mining-failed': 'le minage a échoué : {error}',
  'failure.workers-invalid': 'workers doit être un nombre entier de 1 à {max} ; reçu {value}',
  'failure.nodes-not-a-list': 'nodes doit être une liste non vide d’ids de nœud',
  'failure.peer-id-invalid':
    'nodes : {id} n’est pas un id de nœud de cette salle (lettres et chiffres reliés par un seul - ou _, jusqu’à 64 caractères)',
  'failure.not-a-miner': 'la clé de ce nœud n’est pas sur la liste des mineurs du salon',
  'failure.no-network': 'ce nœud n’a pas de réseau de pairs (voir l’avis sur la page)',
  'failure.no-such-endpoint':
    'pas d’endpoint {path} : le nœud du tutoriel Flask a /transactions/new, /mine, /chain, /nodes/register et /nodes/resolve',
  'failure.wrong-method': '{path} est demandé avec {method}',
  'failure.not-a-chain-file':
    'ce n’est pas un fichier de chaîne : le JSON ou le block.txt de cette application, ou la chaîne du tutoriel Python',
  'reason.malformed': 'il est mal formé',
  'reason.bad-version': 'sa version est inconnue',
  'reason.bad-hash': 'son hash ne correspond pas à son en-tête',
  'reason.bad-pow': 'son hash ne satisfait pas la difficulté',
  'reason.bad-difficulty': 'sa difficulté n’est pas celle qu’attend la chaîne',
  'reason.bad-index': 'son index ne suit pas celui de son parent',
  'reason.bad-timestamp': 'son heure n’est pas postérieure à la médiane des blocs précédents',
  'reason.time-too-new': 'son heure est trop loin dans le futur',
  'reason.bad-merkle-root': 'ses transactions ne correspondent pas à la racine de son en-tête',
  'reason.bad-signature': 'une signature n’est pas valide',
  'reason.bad-address': 'une adresse n’est pas celle de la clé de l’expéditeur',
  'reason.bad-amount': 'un montant n’est pas un nombre entier supérieur ou égal à 0',
  'reason.bad-coinbase': 'sa transaction de récompense est incorrecte',
  'reason.info-too-large': 'un champ info est trop long',
  'reason.too-many-transactions': 'il contient trop de transactions',
  'reason.duplicate-transaction': 'la transaction est déjà connue',
  'reason.duplicate-block': 'le bloc est déjà connu',
  'reason.overspend': 'le solde ne suffit pas',
  'reason.unknown-parent': 'son parent est inconnu',
  'reason.invalid-parent': 'il s’appuie sur un bloc refusé',
  'reason.broken-link': 'son hash précédent n’est pas le hash du bloc d’avant',
  'reason.wrong-genesis': 'il part d’un autre bloc de genèse',
  'reason.bad-length': 'sa longueur est incorrecte',
  'reason.empty-chain': 'la chaîne est vide',
  'reason.unsigned-block': 'il n’est pas signé par son mineur',
  'reason.unlisted-miner': 'son mineur n’est pas sur la liste du salon',
  'reason.bad-miner-signature': 'la signature de son mineur n’est pas valide',
  'console.loading': 'le nœud est encore en chargement : faites d’abord await blockchain.ready',
  'console.help': `window.blockchain: le nœud de cet onglet (d’abord await blockchain.ready)
  blockchain.newTransaction({ recipient, info, amount })  -> { index, txid }      (POST /transactions/new)
  blockchain.mine()                                       -> le nouveau bloc      (GET /mine)
  blockchain.chain()                                      -> { chain, length }    (GET /chain)
  blockchain.exportChain('json' | 'block.txt')           -> le texte du fichier de chaîne
  blockchain.importChain(text)                            -> { format, valid, length, network, firstInvalid, adopted }
  blockchain.backup()                                     -> la sauvegarde de ce nœud (contient sa CLÉ PRIVÉE)
  blockchain.restore(backupText)                          -> { nodeId, address, length, into }
  blockchain.registerNodes([nodeId, ...])                 -> { total_nodes }      (POST /nodes/register)
  blockchain.resolve()                                    -> { replaced, length } (GET /nodes/resolve)
  blockchain.peers(), .mempool(), .balance(address?), .id, .address, .network
  blockchain.goOffline([nodeId, ...]?), .goOnline(), .peerInfo(), .room(), .traffic(), .peerId, .inviteUrl
  blockchain.verify()                                     -> revérifie chaque bloc et chaque signature
  blockchain.allowHttp(true|false)                        -> répond aux requêtes HTTP sur /node/<id>/ (npm start)
  blockchain.autoMine(true|false), .stopMining(), .workers(n), .miningStats()
  blockchain.attack.pay(address, amount?), .goDark({ accomplices, blocks }), .rejoin(), .state(); blockchain.dropped()
Un appel qui échoue lève une NodeCommandError avec .code, .values et .field.`,

  'nav.chain': 'Chaîne',
  'nav.keys': 'Clés et signatures',
  'nav.iot': 'Objets connectés (IoT)',
  'nav.miningSteps': 'Le minage pas à pas',
  'nav.attack': 'L’attaque des 51 %',
  'chain.title': 'Chaîne, du plus récent au plus ancien',
  'chain.viewport':
    'Blocs de la chaîne principale, du plus récent au plus ancien ; faites défiler pour les plus anciens',
  'chain.block': 'Bloc {index}',
  'chain.hash': 'Hash',
  'chain.previous': 'Hash précédent',
  'chain.nonce': 'Preuve (nonce)',
  'chain.difficulty': 'Difficulté',
  'chain.difficultyValue': '{bits, plural, one {# bit à zéro} other {# bits à zéro}}',
  'chain.time': 'Heure',
  'chain.transactions': 'Transactions',
  'chain.confirmations': 'Confirmations',
  'chain.linkHint': 'La pastille colorée de chaque hash précédent correspond au hash du bloc juste en dessous.',
  'files.title': 'Fichiers de chaîne',

  'fork.title': 'Arbre des fourches',

  'requests.title': 'Requêtes',

  'hash.title': 'Atelier de hachage',
  'anatomy.title': 'Anatomie d’un bloc',

  ...frNetwork,
};
