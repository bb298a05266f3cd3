// The French texts of the network, device, backup and notice views, under English's keys (src/ui/i18n/en-network.ts).
import type { enNetwork } from './en-network.ts';

export const frNetwork: { readonly [K in keyof typeof enNetwork]: string } = {
  'peers.title': 'Réseau',
  'bridge.title': 'Requêtes HTTP',

  'settings.title': 'Réglages',
  'settings.problem.signal-not-url': 'signal {value} n’est pas une URL (par ex. http://127.0.0.1:9000/peerjs) ni none',
  'settings.problem.signal-bad-protocol': 'l’URL de signal doit être en http, https, ws ou wss, pas {value}',
  'settings.problem.ice-not-json': 'ice doit être none ou un tableau JSON comme [{"urls":"stun:host:3478"}]',
  'settings.problem.ice-bad-servers':
    'ice doit être un tableau de {urls, username?, credential?} avec des URL stun: ou turn:',

  'devices.title': 'Nœuds sur cet appareil',

  'notice.no-locks-asked':
    'Le navigateur n’offre pas de Web Locks à cette page (du http simple sur une adresse réseau n’est pas un contexte sécurisé), ' +
    'donc cet onglet a demandé aux autres onglets ouverts quels nœuds ils exécutent avant d’en choisir un. Un onglet qui n’a pas ' +
    'répondu à temps (endormi en arrière-plan) pourrait encore exécuter ce même nœud : ouvrez la page en https ou sur localhost ' +
    'pour en être sûr.',
  'notice.data-lost':
    'Les données du nœud {node} (adresse {address}) ont disparu de ce navigateur : sa clé est introuvable ' +
    '({blocks, plural, one {# bloc a été trouvé} other {# blocs ont été trouvés}}). Rien n’a été écrit à sa place ; en attendant, cet onglet exécute un nouveau nœud. ' +
    'Restaurez le nœud perdu depuis un fichier de sauvegarde (Sauvegarde, sous Fichiers de chaîne) pour retrouver son adresse et ses pièces.',
  'backup.problem.not-a-backup':
    'le fichier n’est pas une sauvegarde de cette application (un fichier de chaîne seul ne contient aucune clé)',
  'backup.problem.unknown-version':
    'la sauvegarde est dans un format plus récent (version {version}) : mettez l’application à jour',
  'backup.problem.bad-field': 'le champ {field} de la sauvegarde est absent ou mal formé',
  'backup.problem.key-mismatch': 'la clé privée du fichier n’appartient pas à l’adresse qu’il indique',
  'backup.problem.proof-failed': 'le fichier a été modifié après son écriture (sa signature ne correspond pas)',
  'backup.problem.other-room':
    'c’est une sauvegarde de la salle {network}, pas de celle-ci : ouvrez cette salle pour la restaurer',
  'backup.problem.chain-invalid': 'sa chaîne échoue au bloc {index} : {reason}',
  'backup.problem.tip-mismatch':
    'sa chaîne ne se termine pas là où l’indique la sauvegarde : des blocs ont été retirés ou ajoutés',
  'backup.problem.node-running':
    'le nœud {node} tourne dans un autre onglet : restaurez-le là-bas, ou fermez d’abord cet onglet',
  'backup.problem.storage-failed': 'le stockage de cet appareil l’a refusée : {reason}',

  'genesis.network': 'Réseau',
  'genesis.hash': 'Hash de la genèse',
  'genesis.index': 'Index',
  'genesis.timestamp': 'Horodatage',
  'genesis.difficulty': 'Difficulté',
  'genesis.json': 'JSON du bloc de genèse',

  'notice.no-network': 'Pas de réseau de pairs : {error}',
  'notice.saveFailed': 'Impossible d’enregistrer : {error}',
  'notice.startFailed': 'Le nœud de cet onglet n’a pas pu démarrer : {error}',
  'notice.no-locks':
    'Le navigateur n’offre pas de Web Locks à cette page (du http simple sur une adresse réseau n’est pas un contexte sécurisé), ' +
    'donc un onglet dupliqué ne peut pas être détecté et exécuterait ce même nœud deux fois. Ouvrez de nouveaux onglets au lieu de ' +
    'les dupliquer, ou ouvrez la page en https ou sur localhost.',
  'notice.no-session':
    'Ce navigateur bloque sessionStorage pour cette page, donc recharger l’onglet démarrera un nouveau nœud.',
  'notice.duplicate-tab':
    'Cet onglet est une copie d’un onglet qui exécute le nœud {original}, il a donc démarré son propre nœud {node}.',
  'notice.storage-best-effort':
    'Le stockage n’est pas garanti : le navigateur peut effacer ce nœud, avec sa clé et ses pièces, quand l’espace disque vient à manquer. ' +
    'Installer l’application ou mettre la page en favori rend plus probable que le navigateur le garde ; une sauvegarde (sous Fichiers ' +
    'de chaîne) conserve la clé et les pièces quoi que fasse le navigateur.',
  'notice.storage-unsupported':
    'On ne peut pas demander à ce navigateur de garder les données du site, il peut donc effacer ce nœud, avec sa clé et ses pièces, quand ' +
    'l’espace disque vient à manquer : une sauvegarde (sous Fichiers de chaîne) les conserve.',
  'notice.registry-unavailable': 'La liste des nœuds de cet appareil est indisponible : {error}',
  'notice.registry-not-recorded': 'Impossible d’inscrire ce nœud dans la liste de l’appareil : {error}',
  'notice.records-skipped': 'Certains enregistrements stockés n’ont pas pu être lus et ont été ignorés : {details}',
  'notice.no-module-workers':
    'Ce navigateur ne peut pas exécuter de module workers, donc ce nœud ne peut pas miner. Il garde quand même la chaîne, envoie et ' +
    'reçoit des transactions et des blocs, et vérifie les signatures dans la page. Un navigateur récent peut miner.',
  'notice.no-wasm-simd':
    'Ce navigateur n’a pas WebAssembly SIMD, donc le mineur utilise son noyau JavaScript : environ un cinquième du taux de ' +
    'hachage habituel. Tout le reste fonctionne normalement.',
  'notice.history-checking':
    'Ce nœud a démarré sur son instantané du registre au bloc {base} ; les blocs antérieurs sont en cours de lecture et de vérification',
  'notice.snapshot-damaged':
    'L’instantané du registre enregistré était inutilisable ({reason}) : toute la chaîne a été lue et vérifiée à la place',
  'notice.snapshot-disagreed':
    'L’instantané du registre enregistré ne concordait pas avec les blocs antérieurs : le nœud suit les blocs et en a pris un nouveau',
  'notice.no-broadcast-channel':
    'Ce navigateur ne peut pas relier directement ses propres onglets (pas de BroadcastChannel) : les autres onglets ici se relient via le ' +
    'serveur de signalisation, comme des appareils distincts, et pas du tout sans lui.',

  'storage.failed': '{action} a échoué : {reason}',
  'storage.quota-exceeded':
    'le stockage du navigateur pour ce site est plein. Rien de ce qui était déjà stocké n’a été abîmé ; supprimez d’anciens nœuds de cet ' +
    'appareil ou libérez de l’espace disque, puis rechargez.',
  'storage.blocked':
    'un autre onglet garde ouverte une version plus ancienne de cette base de données. Fermez ou rechargez cet onglet pour continuer.',
  'storage.version-change':
    'un autre onglet a mis à jour ou supprimé cette base de données, donc cet onglet l’a lâchée. Rechargez pour continuer.',
  'storage.newer-version':
    'cette base de données a été écrite par une version plus récente de l’application. Rechargez la page pour la mettre à jour.',
  'storage.storage-unavailable':
    'ce navigateur ne laisse pas la page utiliser IndexedDB (navigation privée ou données du site bloquées), donc le nœud ne peut pas être enregistré.',
  'storage.closed':
    'la base de données est fermée (les données du site ont peut-être été effacées). Rechargez pour continuer.',
  'storage.write-failed': 'l’écriture a été annulée en entier, donc rien n’en a été stocké.',
  'storage.read-failed': 'les données stockées n’ont pas pu être lues.',
  'storage.node-in-use':
    'ce nœud tourne dans un onglet, celui-ci ou un autre. Passez d’abord cet onglet sur un autre nœud, ou fermez cet onglet-là.',
  'storage.action.open-database': 'L’ouverture de la base de données {database}',
  'storage.action.use-database': 'L’utilisation de la base de données {database}',
  'storage.action.delete-database': 'La suppression de la base de données {database}',
  'storage.action.load-node': 'Le chargement du nœud',
  'storage.action.save-blocks': 'L’enregistrement de {count, plural, one {# bloc} other {# blocs}} (sommet {tip})',
  'storage.action.save-mempool':
    'L’enregistrement de la mempool ({count, plural, one {# transaction} other {# transactions}})',
  'storage.action.save-keys': 'L’enregistrement de la clé du nœud',
  'storage.action.save-peers': 'L’enregistrement de {count, plural, one {# id de pair} other {# ids de pairs}}',
  'storage.action.save-setting': 'L’enregistrement du réglage {key}',
  'storage.action.compact-blocks': 'Le compactage des blocs stockés',
  'storage.action.list-nodes': 'La lecture de la liste des nœuds de cet appareil',
  'storage.action.record-node': 'L’inscription du nœud {nodeId} dans la liste de cet appareil',
  'storage.action.unlist-node': 'Le retrait du nœud {nodeId} de la liste de cet appareil',
  'storage.action.delete-node': 'La suppression du nœud {nodeId}',

  'room.invalidName':
    'Nom de salle invalide {value} : utilisez de 1 à 64 lettres, chiffres, "_" ou "-", par exemple ?room={example}.',
  'room.invalidDifficulty': 'Difficulté invalide {value} : utilisez un nombre entier de bits, de 0 à {max}.',
  'room.invalidMiners':
    'Clé de mineur invalide {value} : indiquez de 1 à {max} clés publiques de 64 caractères hexadécimaux, séparées par des virgules.',
  'room.invalidTarget': 'Cible invalide {value} : utilisez un nombre entier de secondes par bloc, de {min} à {max}.',

  'pwa.insecure': 'L’usage hors ligne et l’installation nécessitent HTTPS ou localhost : lancez npm start -- --https',
  'pwa.noServiceWorker': 'L’usage hors ligne et l’installation ne sont pas disponibles dans ce navigateur.',
  'pwa.update': 'Une nouvelle version est prête',
  'pwa.updateButton': 'Mettre à jour',
  'pwa.offlineReady': 'Cette application fonctionne maintenant aussi hors ligne.',
  'pwa.registerFailed':
    'L’usage hors ligne n’est pas disponible : le service worker ne s’est pas enregistré ({error}).',
};
