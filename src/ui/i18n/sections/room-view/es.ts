import type { SectionTable } from '../../section.ts';
import type { RoomViewKey } from './en.ts';

export const roomViewEs: SectionTable<RoomViewKey> = {
  'dashboard.title': 'La sala',
  'dashboard.intro':
    'Cada nodo de esta sala según su último informe. Los nodos informan cada pocos segundos y reenvían los informes hasta cinco enlaces, así que esta página no necesita un enlace con todos. Abre la página con &view=room para ver solo esta vista en un proyector.',
  'dashboard.summary':
    '{live, plural, one {# nodo informa} other {# nodos informan}} en {branches, plural, one {# rama} other {# ramas}}; juntos minan {rate} MH/s.',
  'dashboard.stale':
    '{stale, plural, one {# nodo lleva} other {# nodos llevan}} un rato sin informar: sin conexión o aislados de este nodo.',
  'dashboard.table': 'Nodos de la sala',
  'dashboard.col.node': 'Nodo',
  'dashboard.col.role': 'Rol',
  'dashboard.col.state': 'Estado',
  'dashboard.col.height': 'Altura',
  'dashboard.col.branch': 'Punta y rama',
  'dashboard.col.rate': 'Tasa de hash (parte)',
  'dashboard.col.links': 'Enlaces',
  'dashboard.you': '{id} (este nodo)',
  'dashboard.role.miner': 'minero',
  'dashboard.role.user': 'usuario',
  'dashboard.state.mining': 'minando',
  'dashboard.state.idle': 'sin minar',
  'dashboard.state.stale': 'sin informe desde hace {seconds} s',
  'dashboard.branch.tip': 'en la cadena de este nodo, en su punta',
  'dashboard.branch.behind': 'en la cadena de este nodo, {behind, plural, one {# bloque} other {# bloques}} por detrás',
  'dashboard.branch.side': 'en la rama {colour}, que este nodo conoce pero no sigue',
  'dashboard.branch.unseen': 'en la rama {colour}, que este nodo no ha visto',
  'dashboard.rate': '{rate} MH/s ({share} %)',
  'dashboard.rate.none': '–',
  'dashboard.branches': 'Ramas',
  'dashboard.branchMain': 'La cadena de este nodo',
  'dashboard.branchOther': 'Rama {colour}',
  'dashboard.branchLine':
    '{name}: altura {height}, punta {tip}, {count, plural, one {# nodo} other {# nodos}}, {share} de la tasa de hash',
  'dashboard.tree':
    'El árbol de bifurcaciones de las últimas {heights} alturas: cada marca cuenta los nodos cuya punta es',
  'dashboard.treeLabel': 'Árbol de bifurcaciones con el número de nodos en cada punta',
};
