import type { SectionTable } from '../../section.ts';
import type { RoomViewKey } from './en.ts';

export const roomViewPt: SectionTable<RoomViewKey> = {
  'dashboard.title': 'A sala',
  'dashboard.intro':
    'Cada nó desta sala segundo o seu último relatório. Os nós relatam a cada poucos segundos e repassam os relatórios por até cinco ligações, por isso esta página não precisa de ligação com todos. Abra a página com &view=room para ver só esta vista num projetor.',
  'dashboard.summary':
    '{live, plural, one {# nó relata} other {# nós relatam}} em {branches, plural, one {# ramo} other {# ramos}}; juntos mineram {rate} MH/s.',
  'dashboard.stale':
    '{stale, plural, one {# nó está} other {# nós estão}} há algum tempo sem relatar: offline ou isolados deste nó.',
  'dashboard.table': 'Nós da sala',
  'dashboard.col.node': 'Nó',
  'dashboard.col.role': 'Papel',
  'dashboard.col.state': 'Estado',
  'dashboard.col.height': 'Altura',
  'dashboard.col.branch': 'Ponta e ramo',
  'dashboard.col.rate': 'Taxa de hash (parte)',
  'dashboard.col.links': 'Ligações',
  'dashboard.you': '{id} (este nó)',
  'dashboard.role.miner': 'minerador',
  'dashboard.role.user': 'utilizador',
  'dashboard.state.mining': 'a minerar',
  'dashboard.state.idle': 'sem minerar',
  'dashboard.state.stale': 'sem relatório há {seconds} s',
  'dashboard.branch.tip': 'na cadeia deste nó, na sua ponta',
  'dashboard.branch.behind': 'na cadeia deste nó, {behind, plural, one {# bloco} other {# blocos}} atrás',
  'dashboard.branch.side': 'no ramo {colour}, que este nó conhece mas não segue',
  'dashboard.branch.unseen': 'no ramo {colour}, que este nó não viu',
  'dashboard.rate': '{rate} MH/s ({share} %)',
  'dashboard.rate.none': '–',
  'dashboard.branches': 'Ramos',
  'dashboard.branchMain': 'A cadeia deste nó',
  'dashboard.branchOther': 'Ramo {colour}',
  'dashboard.branchLine':
    '{name}: altura {height}, ponta {tip}, {count, plural, one {# nó} other {# nós}}, {share} da taxa de hash',
  'dashboard.tree': 'A árvore de bifurcações das últimas {heights} alturas: cada marca conta os nós cuja ponta é',
  'dashboard.treeLabel': 'Árvore de bifurcações com o número de nós em cada ponta',
};
