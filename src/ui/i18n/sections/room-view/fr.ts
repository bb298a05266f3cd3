import type { SectionTable } from '../../section.ts';
import type { RoomViewKey } from './en.ts';

export const roomViewFr: SectionTable<RoomViewKey> = {
  'dashboard.title': 'La salle',
  'dashboard.intro':
    'Chaque nœud de cette salle selon son dernier rapport. Les nœuds font un rapport toutes les quelques secondes et relaient les rapports jusqu’à cinq liens, si bien que cette page n’a pas besoin d’un lien avec chacun. Ouvrez la page avec &view=room pour afficher cette vue seule sur un projecteur.',
  'dashboard.summary':
    '{live, plural, one {# nœud fait son rapport} other {# nœuds font leur rapport}} sur {branches, plural, one {# branche} other {# branches}} ; ensemble, ils minent {rate} MH/s.',
  'dashboard.stale':
    '{stale, plural, one {# nœud n’a} other {# nœuds n’ont}} envoyé aucun rapport depuis un moment : hors ligne, ou coupés de ce nœud.',
  'dashboard.table': 'Nœuds de la salle',
  'dashboard.col.node': 'Nœud',
  'dashboard.col.role': 'Rôle',
  'dashboard.col.state': 'État',
  'dashboard.col.height': 'Hauteur',
  'dashboard.col.branch': 'Sommet et branche',
  'dashboard.col.rate': 'Puissance de hachage (part)',
  'dashboard.col.links': 'Liens',
  'dashboard.you': '{id} (ce nœud)',
  'dashboard.role.miner': 'mineur',
  'dashboard.role.user': 'utilisateur',
  'dashboard.state.mining': 'mine',
  'dashboard.state.idle': 'ne mine pas',
  'dashboard.state.stale': 'aucun rapport depuis {seconds} s',
  'dashboard.branch.tip': 'sur la chaîne de ce nœud, à son sommet',
  'dashboard.branch.behind': 'sur la chaîne de ce nœud, {behind, plural, one {# bloc} other {# blocs}} en retard',
  'dashboard.branch.side': 'sur la branche {colour}, que ce nœud connaît sans la suivre',
  'dashboard.branch.unseen': 'sur la branche {colour}, que ce nœud n’a pas vue',
  'dashboard.rate': '{rate} MH/s ({share} %)',
  'dashboard.rate.none': '–',
  'dashboard.branches': 'Branches',
  'dashboard.branchMain': 'La chaîne de ce nœud',
  'dashboard.branchOther': 'Branche {colour}',
  'dashboard.branchLine':
    '{name} : hauteur {height}, sommet {tip}, {count, plural, one {# nœud} other {# nœuds}}, {share} de la puissance de hachage',
  'dashboard.tree':
    'L’arbre des bifurcations des {heights} dernières hauteurs : chaque pastille compte les nœuds dont c’est le sommet',
  'dashboard.treeLabel': 'Arbre des bifurcations avec le nombre de nœuds sur chaque sommet',
};
