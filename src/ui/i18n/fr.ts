// Every French text of the page, in one place; the keys are English's, so a missing one fails the typecheck.
import type { Messages } from './en.ts';
import { frNetwork } from './fr-network.ts';

export const fr: Messages = {
  'app.title': 'Blockchain dans le navigateur',
  'app.tagline':
    'Chaque onglet est un nœud complet. Les nœuds qui indiquent la même salle partagent un réseau et partent du même bloc de genèse.',
  'room.label': 'Salle',
  'room.join': 'Rejoindre',
  'nav.label': 'Sections',
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
  blockchain.goOffline(), .goOnline(), .peerInfo(), .traffic(), .peerId, .inviteUrl
  blockchain.verify()                                     -> revérifie chaque bloc et chaque signature
  blockchain.allowHttp(true|false)                        -> répond aux requêtes HTTP sur /node/<id>/ (npm start)
  blockchain.autoMine(true|false), .stopMining(), .workers(n), .miningStats()
Un appel qui échoue lève une NodeCommandError avec .code, .values et .field.`,

  'nav.chain': 'Chaîne',
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
  'files.hint':
    'Enregistrez la chaîne au format JSON du tutoriel Flask ou au format block.txt de l’article, ou ouvrez un fichier de chaîne de n’importe quelle salle (ou fait avec le tutoriel Python) pour le vérifier.',
  'files.downloadJson': 'Télécharger la chaîne (JSON)',
  'files.downloadTxt': 'Télécharger block.txt',
  'files.open': 'Ouvrir un fichier de chaîne',
  'files.blocks': 'Blocs du fichier ouvert',
  'files.checking': 'Vérification de {name}…',
  'files.formatApp': 'une chaîne de cette application',
  'files.formatTutorial': 'une chaîne du tutoriel Python',
  'files.read': 'Le fichier contient {format} de {length, plural, one {# bloc} other {# blocs}}{network}.',
  'files.room': ', salle {network}',
  'files.valid': 'Tous les blocs sont valides.',
  'files.adopted': 'C’est la chaîne de cette salle avec plus de travail, donc ce nœud l’a adoptée.',
  'files.invalid': 'Le bloc {index} échoue : {reason} ; les blocs suivants ne peuvent pas compter.',
  'files.blockValid': 'valide',
  'files.blockInvalid': 'échoue : {reason}',
  'files.blockAfter': 'après un bloc qui échoue',
  'tutorial-reason.malformed': 'ce n’est pas un bloc du tutoriel',
  'tutorial-reason.empty': 'le fichier n’a aucun bloc',
  'tutorial-reason.length': 'la longueur indiquée n’est pas le nombre de blocs',
  'tutorial-reason.genesis': 'le premier bloc n’est pas la genèse du tutoriel (previous_hash "1", proof 100)',
  'tutorial-reason.index': 'son index n’est pas sa place dans la chaîne',
  'tutorial-reason.hash-link': 'son previous_hash n’est pas le hash du bloc précédent',
  'tutorial-reason.proof': 'sa preuve ne résout pas l’énigme',
  'tutorial-reason.timestamp-order': 'il est plus ancien que le bloc précédent',

  'fork.title': 'Arbre des fourches',
  'fork.intro':
    'Tous les blocs que ce nœud connaît, sur {heights, plural, one {la dernière hauteur} other {les # dernières hauteurs}}. La chaîne principale est pleine ; les branches orphelines sont en pointillés.',
  'fork.label':
    'Arbre des fourches : {main, plural, one {# bloc} other {# blocs}} de la chaîne principale, {stale, plural, one {# bloc orphelin} other {# blocs orphelins}}',
  'fork.legendMain': 'chaîne principale',
  'fork.legendStale': 'branche orpheline',
  'fork.legendTip': 'sommet',
  'fork.noFork': 'Pas encore de fourche : tous les blocs connus sont sur la chaîne principale.',
  'fork.why':
    'La chaîne principale l’emporte car elle a le plus de travail cumulé : {mainWork} hashs attendus contre {staleWork} pour la meilleure branche orpheline (sommet {staleTip}).',
  'fork.whyTie':
    'La chaîne principale et la meilleure branche orpheline (sommet {staleTip}) ont le même travail ({mainWork} hashs attendus) : en cas d’égalité, la branche vue en premier reste.',
  'fork.rule':
    'Chaque bloc ajoute 2^difficulté hashs attendus de travail ; un nœud suit la branche qui a le plus de travail total et, en cas d’égalité, celle vue en premier.',

  'requests.title': 'Requêtes',
  'requests.hint':
    'Les requêtes HTTP de l’article, envoyées à ce nœud : choisissez un endpoint, modifiez le corps, envoyez.',
  'requests.endpoint': 'Endpoint',
  'requests.body': 'Corps (JSON)',
  'requests.send': 'Envoyer',
  'requests.response': 'Réponse',
  'requests.notJson': 'Le corps n’est pas du JSON : {error}',
  'requests.sending': 'Envoi de {endpoint}…',
  'requests.status': 'Statut {status} {reason}',
  'tamper.title': 'Démo de falsification',
  'tamper.intro':
    'Modifiez un bloc dans une copie isolée de la chaîne principale et regardez quels liens se brisent. La vraie chaîne du nœud n’est jamais touchée.',
  'tamper.start': 'Copier la chaîne principale',
  'tamper.block': 'Bloc',
  'tamper.tx': 'Transaction',
  'tamper.txOption': '#{n} : {from} → {amount}',
  'tamper.info': 'Nouvelle info',
  'tamper.amount': 'Nouveau montant',
  'tamper.apply': 'Modifier le bloc',
  'tamper.remine': 'Miner à nouveau depuis le bloc modifié',
  'tamper.cancel': 'Arrêter le minage',
  'tamper.reset': 'Abandonner la copie',
  'tamper.empty': 'Minez d’abord quelques blocs : la démo modifie des blocs après le bloc de genèse.',
  'tamper.status': 'Copie de {count, plural, one {# bloc} other {# blocs}}. {broken}',
  'tamper.allValid': 'Tous les liens sont valides.',
  'tamper.broken':
    'Brisée à partir du bloc {index} : {count, plural, one {# bloc serait refusé} other {# blocs seraient refusés}}.',
  'tamper.mining': 'Nouveau minage du bloc {index} : nonces essayés jusqu’ici : {tried}…',
  'tamper.mined':
    '{blocks, plural, one {# bloc miné} other {# blocs minés}} à nouveau : {tried} nonces essayés en {seconds} s (environ {expected} attendus par bloc).',
  'tamper.whyRefused':
    'Les pairs refusent toujours cette copie : elle a {sandboxWork} hashs attendus de travail, la chaîne honnête {honestWork} et elle grandit. Un nœud ne passe qu’à une chaîne avec plus de travail, donc le tricheur devrait miner plus que tous les autres réunis.',
  'tamper.ok': 'valide',
  'tamper.code.bad-merkle-root': 'les transactions ne correspondent plus à la racine de l’en-tête (bad-merkle-root)',
  'tamper.code.broken-link': 'son hash précédent n’est pas le hash du bloc d’avant (broken-link)',
  'tamper.code.bad-pow': 'son hash ne satisfait pas la difficulté : pas de preuve de travail (bad-pow)',
  'tamper.code.bad-signature':
    'la signature de la transaction modifiée ne correspond plus ; miner à nouveau ne peut pas la falsifier (bad-signature)',
  'tamper.code.invalid-parent': 'il s’appuie sur un bloc refusé (invalid-parent)',
  'tamper.code.other': 'refusé : {code}',

  'guide.title': 'Premiers pas',
  'guide.progress': 'Étape {step} sur {total}',
  'guide.node.title': 'Cet onglet est un nœud complet',
  'guide.node.text':
    'Il garde sa propre copie de la chaîne, vérifie chaque bloc reçu et parle aux nœuds de vos camarades. Aucun serveur ne décide à sa place.',
  'guide.mine.title': 'Minez votre premier bloc',
  'guide.mine.text':
    'Appuyez sur « {mine} » ci-dessus. Votre nœud essaie nonce après nonce jusqu’à ce que le hash du bloc respecte la difficulté ; le bloc rejoint votre chaîne et sa récompense est à vous.',
  'guide.send.title': 'Envoyez un enregistrement à un camarade',
  'guide.send.text':
    'Appuyez sur « {send} », choisissez l’adresse d’un camarade, écrivez un enregistrement et envoyez-le. Il attend dans la mempool jusqu’à ce qu’un nœud le mine dans un bloc.',
  'guide.next': 'Suivant',
  'guide.back': 'Retour',
  'guide.skip': 'Passer',
  'guide.done': 'Terminé',
  'hash.title': 'Atelier de hachage',

  ...frNetwork,
};
