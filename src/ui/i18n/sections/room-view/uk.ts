import type { SectionTable } from '../../section.ts';
import type { RoomViewKey } from './en.ts';

export const roomViewUk: SectionTable<RoomViewKey> = {
  'dashboard.title': 'Кімната',
  'dashboard.intro':
    'Усі вузли цієї кімнати за їхніми останніми звітами. Вузли звітують кожні кілька секунд і передають звіти далі, до п’яти зв’язків, тож цій сторінці не потрібен зв’язок із кожним. Відкрийте сторінку з &view=room, щоб показати лише цей вигляд на проєкторі.',
  'dashboard.summary':
    '{live, plural, one {# вузол звітує} few {# вузли звітують} many {# вузлів звітують} other {# вузла звітують}}, {branches, plural, one {# гілка} few {# гілки} many {# гілок} other {# гілки}}; разом вони майнять {rate} MH/s.',
  'dashboard.stale':
    '{stale, plural, one {# вузол давно не надсилав} few {# вузли давно не надсилали} many {# вузлів давно не надсилали} other {# вузла давно не надсилали}} звіт: поза мережею або відрізані від цього вузла.',
  'dashboard.table': 'Вузли кімнати',
  'dashboard.col.node': 'Вузол',
  'dashboard.col.role': 'Роль',
  'dashboard.col.state': 'Стан',
  'dashboard.col.height': 'Висота',
  'dashboard.col.branch': 'Вершина і гілка',
  'dashboard.col.rate': 'Хешрейт (частка)',
  'dashboard.col.links': 'Зв’язки',
  'dashboard.you': '{id} (цей вузол)',
  'dashboard.role.miner': 'майнер',
  'dashboard.role.user': 'користувач',
  'dashboard.state.mining': 'майнить',
  'dashboard.state.idle': 'не майнить',
  'dashboard.state.stale': 'немає звіту {seconds} с',
  'dashboard.branch.tip': 'у ланцюжку цього вузла, на його вершині',
  'dashboard.branch.behind':
    'у ланцюжку цього вузла, відстає на {behind, plural, one {# блок} few {# блоки} many {# блоків} other {# блоку}}',
  'dashboard.branch.side': 'на гілці {colour}: цей вузол її знає, але не йде за нею',
  'dashboard.branch.unseen': 'на гілці {colour}: цей вузол її не бачив',
  'dashboard.rate': '{rate} MH/s ({share} %)',
  'dashboard.rate.none': '–',
  'dashboard.branches': 'Гілки',
  'dashboard.branchMain': 'Ланцюжок цього вузла',
  'dashboard.branchOther': 'Гілка {colour}',
  'dashboard.branchLine':
    '{name}: висота {height}, вершина {tip}, {count, plural, one {# вузол} few {# вузли} many {# вузлів} other {# вузла}}, {share} хешрейту',
  'dashboard.tree': 'Дерево форків за останні {heights} висот: мітка показує, у скількох вузлів це вершина',
  'dashboard.treeLabel': 'Дерево форків із числом вузлів на кожній вершині',
};
