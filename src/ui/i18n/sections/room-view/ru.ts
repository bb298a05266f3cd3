import type { SectionTable } from '../../section.ts';
import type { RoomViewKey } from './en.ts';

export const roomViewRu: SectionTable<RoomViewKey> = {
  'dashboard.title': 'Комната',
  'dashboard.intro':
    'Все узлы этой комнаты по их последним отчётам. Узлы отчитываются каждые несколько секунд и передают отчёты дальше, до пяти связей, поэтому этой странице не нужна связь с каждым. Откройте страницу с &view=room, чтобы показать только этот вид на проекторе.',
  'dashboard.summary':
    '{live, plural, one {# узел отчитывается} few {# узла отчитываются} many {# узлов отчитываются} other {# узла отчитываются}}, {branches, plural, one {# ветвь} few {# ветви} many {# ветвей} other {# ветви}}; вместе они майнят {rate} MH/s.',
  'dashboard.stale':
    '{stale, plural, one {# узел давно не присылал} few {# узла давно не присылали} many {# узлов давно не присылали} other {# узла давно не присылали}} отчёт: вне сети или отрезаны от этого узла.',
  'dashboard.table': 'Узлы комнаты',
  'dashboard.col.node': 'Узел',
  'dashboard.col.role': 'Роль',
  'dashboard.col.state': 'Состояние',
  'dashboard.col.height': 'Высота',
  'dashboard.col.branch': 'Вершина и ветвь',
  'dashboard.col.rate': 'Хешрейт (доля)',
  'dashboard.col.links': 'Связи',
  'dashboard.you': '{id} (этот узел)',
  'dashboard.role.miner': 'майнер',
  'dashboard.role.user': 'пользователь',
  'dashboard.state.mining': 'майнит',
  'dashboard.state.idle': 'не майнит',
  'dashboard.state.stale': 'нет отчёта {seconds} с',
  'dashboard.branch.tip': 'в цепочке этого узла, на её вершине',
  'dashboard.branch.behind':
    'в цепочке этого узла, отстаёт на {behind, plural, one {# блок} few {# блока} many {# блоков} other {# блока}}',
  'dashboard.branch.side': 'на ветви {colour}: этот узел её знает, но не следует ей',
  'dashboard.branch.unseen': 'на ветви {colour}: этот узел её не видел',
  'dashboard.rate': '{rate} MH/s ({share} %)',
  'dashboard.rate.none': '–',
  'dashboard.branches': 'Ветви',
  'dashboard.branchMain': 'Цепочка этого узла',
  'dashboard.branchOther': 'Ветвь {colour}',
  'dashboard.branchLine':
    '{name}: высота {height}, вершина {tip}, {count, plural, one {# узел} few {# узла} many {# узлов} other {# узла}}, {share} хешрейта',
  'dashboard.tree': 'Дерево форков за последние {heights} высот: метка показывает, у скольких узлов это вершина',
  'dashboard.treeLabel': 'Дерево форков с числом узлов на каждой вершине',
};
