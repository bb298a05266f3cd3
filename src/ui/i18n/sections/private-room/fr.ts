import type { SectionTable } from '../../section.ts';
import type { PrivateRoomKey } from './en.ts';

export const privateRoomFr: SectionTable<PrivateRoomKey> = {
  'role.label': 'Rôle',
  'role.miner':
    'mineur : ce salon privé autorise {count, plural, one {# clé} other {# clés}} à miner, et la vôtre en fait partie',
  'role.user':
    'utilisateur : seules les clés de la liste de ce salon privé peuvent miner, et la vôtre n’y est pas ; vous pouvez toujours envoyer des transactions',
  'role.public': 'mineur : dans un salon public, tout nœud peut miner',
  'role.publicKey': 'Clé publique',
  'role.copy': 'Copier ma clé publique',
  'role.copied': 'Copiée. Envoyez-la à votre enseignant pour être inscrit comme mineur.',
  'role.copyFailed': 'Copie impossible : sélectionnez la clé et copiez-la à la main.',
};
