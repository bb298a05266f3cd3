import type { SectionTable } from '../../section.ts';
import type { BlockAnatomyKey } from './en.ts';

export const blockAnatomyFr: SectionTable<BlockAnatomyKey> = {
  'anatomy.intro':
    'Ouvrez n’importe quel bloc de cette chaîne : son en-tête champ par champ, les 92 octets hachés, sa preuve de travail, son arbre de Merkle et son JSON.',
  'anatomy.height': 'Hauteur du bloc (de 1 à {tip})',
  'anatomy.show': 'Afficher',
  'anatomy.newest': 'Dernier bloc',
  'anatomy.heightInvalid': 'Saisissez un nombre entier de 1 à {tip}.',
  'anatomy.showing': 'Bloc {index} sur {tip}.',
  'anatomy.showingTip': 'Bloc {index}, le dernier : chaque nouveau bloc s’affichera ici dès son arrivée.',
  'anatomy.fieldsTitle': 'Champs de l’en-tête',
  'anatomy.field.version': 'Version',
  'anatomy.field.index': 'Index',
  'anatomy.field.timestamp': 'Horodatage',
  'anatomy.field.previousHash': 'Hachage précédent',
  'anatomy.field.transactionsRoot': 'Racine de Merkle',
  'anatomy.field.difficulty': 'Difficulté',
  'anatomy.field.nonce': 'Nonce',
  'anatomy.explain.version': 'Le format du bloc : les nœuds refusent une version qu’ils ne connaissent pas.',
  'anatomy.explain.index': 'La hauteur dans la chaîne : la genèse vaut 1, chaque bloc un de plus que son parent.',
  'anatomy.explain.timestamp': 'Quand le mineur a créé le bloc, en millisecondes depuis le 1er janvier 1970 (UTC).',
  'anatomy.explain.previousHash': 'Le hachage du bloc précédent : modifiez un bloc antérieur et ce lien se rompt.',
  'anatomy.explain.transactionsRoot':
    'La racine de l’arbre de Merkle ci-dessous : un seul hachage qui engage toutes les transactions.',
  'anatomy.explain.difficulty': 'Par combien de bits à zéro le hachage du bloc doit commencer.',
  'anatomy.explain.nonce':
    'Le nombre que le mineur a changé jusqu’à ce que le hachage atteigne la difficulté (le proof du tutoriel).',
  'anatomy.bytesAt': 'octets {from} à {to}',
  'anatomy.bytesTitle': 'Les 92 octets de l’en-tête, en hexadécimal',
  'anatomy.bytesHint':
    'Le SHA-256 de exactement ces octets est le hachage du bloc. Chaque champ a sa couleur et son numéro, comme dans la liste ci-dessus.',
  'anatomy.legend': 'Champs de l’en-tête',
  'anatomy.powTitle': 'Preuve de travail',
  'anatomy.hash': 'Hachage du bloc : SHA-256 des 92 octets',
  'anatomy.target': 'Cible : le plus grand hachage que la difficulté {difficulty} autorise',
  'anatomy.bits': 'Les {count} premiers bits',
  'anatomy.hashZeros':
    'Le hachage commence par {zeros, plural, one {# bit à zéro} other {# bits à zéro}} (surlignés) ; la difficulté {difficulty} en demande au moins autant, donc le hachage est inférieur ou égal à la cible.',
  'anatomy.targetZeros':
    'La cible commence par exactement {difficulty} bits à zéro (surlignés), puis uniquement des uns.',
  'anatomy.merkleTitle': 'Arbre de Merkle',
  'anatomy.merkleHint':
    'Chaque feuille vaut SHA-256(00 ‖ le hachage de feuille d’une transaction), chaque nœud au-dessus SHA-256(01 ‖ gauche ‖ droite) ; un nœud impair monte tel quel. Choisissez une transaction pour voir son chemin jusqu’à la racine.',
  'anatomy.tree': 'Arbre de Merkle du bloc {index}',
  'anatomy.tx': 'Transaction {number}',
  'anatomy.root': 'racine',
  'anatomy.onPath': 'chemin',
  'anatomy.sibling': 'voisin',
  'anatomy.promoted': 'remonté',
  'anatomy.pathTitle': 'Chemin de la transaction {number} jusqu’à la racine',
  'anatomy.pathNone': 'Aucune transaction choisie pour l’instant.',
  'anatomy.pathStart': 'Départ : la feuille de la transaction',
  'anatomy.stepLeft': 'Niveau {level} : hacher avec le voisin de gauche',
  'anatomy.stepRight': 'Niveau {level} : hacher avec le voisin de droite',
  'anatomy.pathAlone': 'La seule transaction : sa feuille est la racine.',
  'anatomy.pathRoot': 'Racine calculée à partir du chemin',
  'anatomy.rootMatches': 'Elle est égale à la racine de Merkle de l’en-tête.',
  'anatomy.rootDiffers': 'Elle diffère de la racine de Merkle de l’en-tête.',
  'anatomy.jsonTitle': 'JSON, tel que le fichier de la chaîne le montre',
};
