import type { SectionTable } from '../../section.ts';
import type { RoomViewKey } from './en.ts';

export const roomViewDe: SectionTable<RoomViewKey> = {
  'dashboard.title': 'Der Raum',
  'dashboard.intro':
    'Jeder Knoten dieses Raums laut seinem letzten Bericht. Knoten berichten alle paar Sekunden und reichen Berichte über bis zu fünf Verbindungen weiter, daher braucht diese Seite keine Verbindung zu allen. Öffne die Seite mit &view=room, um nur diese Ansicht auf einem Beamer zu zeigen.',
  'dashboard.summary':
    '{live, plural, one {# Knoten berichtet} other {# Knoten berichten}} auf {branches, plural, one {# Zweig} other {# Zweigen}}; zusammen minen sie {rate} MH/s.',
  'dashboard.stale':
    '{stale, plural, one {# Knoten hat} other {# Knoten haben}} eine Weile nicht berichtet: offline oder von diesem Knoten abgeschnitten.',
  'dashboard.table': 'Knoten des Raums',
  'dashboard.col.node': 'Knoten',
  'dashboard.col.role': 'Rolle',
  'dashboard.col.state': 'Zustand',
  'dashboard.col.height': 'Höhe',
  'dashboard.col.branch': 'Spitze und Zweig',
  'dashboard.col.rate': 'Hashrate (Anteil)',
  'dashboard.col.links': 'Verbindungen',
  'dashboard.you': '{id} (dieser Knoten)',
  'dashboard.role.miner': 'Miner',
  'dashboard.role.user': 'Nutzer',
  'dashboard.state.mining': 'mint',
  'dashboard.state.idle': 'mint nicht',
  'dashboard.state.stale': 'seit {seconds} s kein Bericht',
  'dashboard.branch.tip': 'auf der Kette dieses Knotens, an ihrer Spitze',
  'dashboard.branch.behind': 'auf der Kette dieses Knotens, {behind, plural, one {# Block} other {# Blöcke}} zurück',
  'dashboard.branch.side': 'auf Zweig {colour}, den dieser Knoten kennt, aber nicht verfolgt',
  'dashboard.branch.unseen': 'auf Zweig {colour}, den dieser Knoten nicht gesehen hat',
  'dashboard.rate': '{rate} MH/s ({share} %)',
  'dashboard.rate.none': '–',
  'dashboard.branches': 'Zweige',
  'dashboard.branchMain': 'Die Kette dieses Knotens',
  'dashboard.branchOther': 'Zweig {colour}',
  'dashboard.branchLine':
    '{name}: Höhe {height}, Spitze {tip}, {count, plural, one {# Knoten} other {# Knoten}}, {share} der Hashrate',
  'dashboard.tree':
    'Der Verzweigungsbaum der letzten {heights} Höhen: jede Marke zählt die Knoten, deren Spitze sie ist',
  'dashboard.treeLabel': 'Verzweigungsbaum mit der Zahl der Knoten auf jeder Spitze',
};
