import type { SectionTable } from '../../section.ts';
import type { RoomCreateKey } from './en.ts';

export const roomCreateFr: SectionTable<RoomCreateKey> = {
  'create.intro':
    'Créez une salle pour un cours : son nom et sa règle de difficulté forment son bloc genèse, donc seuls les nœuds qui ouvrent son lien partagent sa chaîne.',
  'create.name': 'Nom de la salle',
  'create.nameHint': 'De 1 à 64 lettres (A–Z, a–z), chiffres, « _ » ou « - », sans espace.',
  'create.nameEmpty': 'Donnez un nom à la salle.',
  'create.nameInvalid': 'Utilisez seulement les lettres A–Z et a–z, des chiffres, « _ » et « - », 64 au plus.',
  'create.rule': 'Difficulté',
  'create.fixed': 'Fixe : chaque bloc exige le même nombre de bits nuls en tête',
  'create.target': 'Temps cible par bloc : la difficulté suit la vitesse de minage de la salle (réajustement)',
  'create.difficulty': 'Difficulté : bits nuls en tête ({max} au plus)',
  'create.startDifficulty': 'Difficulté de départ : bits nuls en tête ({max} au plus)',
  'create.difficultyInvalid': 'Saisissez un nombre entier de bits de 0 à {max}.',
  'create.seconds': 'Temps cible par bloc, en secondes (de {min} à {max})',
  'create.secondsHint':
    'Après chaque bloc, la salle compare le temps moyen de ses {window} derniers blocs à la cible : sous la moitié, la difficulté gagne un bit ; au-delà du double, elle en perd un.',
  'create.targetInvalid': 'Saisissez un nombre entier de secondes de {min} à {max}.',
  'create.expected':
    'Au débit de hachage de cet appareil, un bloc prend en moyenne {time} ({hashes} hachages attendus à la difficulté {difficulty}).',
  'create.expectedUnknown': 'Mesure du débit de hachage de cet appareil…',
  'create.instant': 'moins d’une milliseconde',
  'create.rateMiner':
    'Débit de hachage selon le dernier rapport du mineur de ce nœud : {rate} MH/s avec {workers, plural, one {# fil} other {# fils}}.',
  'create.rateEstimate':
    'Estimation : {rate} MH/s, le hachage JavaScript de cette page mesuré un instant sur un fil, multiplié par {workers, plural, one {# fil} other {# fils}}. Miner un bloc la remplace par le débit réel du mineur.',
  'create.suggest':
    'Pour un bloc toutes les {seconds} s avec cet appareil seul, la difficulté se stabiliserait vers {difficulty} ; si toute la classe mine, plus haut.',
  'create.link': 'Le lien de la salle (ouvrez-le sur chaque appareil de la classe) :',
  'create.submit': 'Créer la salle et l’ouvrir',
  'create.fix': 'La salle n’a pas été créée : corrigez les champs signalés.',
  'create.access': 'Qui peut miner',
  'create.private':
    'Une salle privée : seules les clés ci-dessous peuvent miner ; les autres nœuds sont des utilisateurs',
  'create.miners': 'Clés publiques autorisées à miner, une par ligne (la vôtre d’abord)',
  'create.minersHint':
    'Chaque élève ouvre cette salle, appuie sur « Copier ma clé publique » dans le panneau du nœud et vous l’envoie : la clé d’un nœud appartient à un nom de salle, la salle privée garde donc le nom de celle-ci. La liste fait partie de la genèse : elle ne peut plus changer.',
  'create.minersInvalid':
    '{value} n’est pas une clé publique : chacune fait 64 caractères hexadécimaux, {max} clés au plus.',
};
