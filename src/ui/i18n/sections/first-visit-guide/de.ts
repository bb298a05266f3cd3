import type { SectionTable } from '../../section.ts';
import type { GuideKey } from './en.ts';

export const guideDe: SectionTable<GuideKey> = {
  'guide.title': 'Erste Schritte',
  'guide.progress': 'Schritt {step} von {total}',
  'guide.node.title': 'Dieser Tab ist ein vollständiger Knoten',
  'guide.node.text':
    'Er hat seine eigene Kopie der Kette, prüft jeden empfangenen Block und spricht mit den Knoten deiner Mitschüler. Kein Server entscheidet für ihn.',
  'guide.mine.title': 'Mine deinen ersten Block',
  'guide.mine.text':
    'Drücke oben „{mine}“. Dein Knoten probiert eine Nonce nach der anderen, bis der Hash des Blocks die Schwierigkeit erfüllt; der Block kommt in deine Kette und seine Belohnung gehört dir.',
  'guide.send.title': 'Schicke einem Mitschüler einen Eintrag',
  'guide.send.text':
    'Drücke „{send}“, wähle die Adresse eines Mitschülers, schreibe einen Eintrag und sende ihn. Er wartet im Mempool, bis ein Knoten ihn beim Minen in einen Block aufnimmt.',
  'guide.next': 'Weiter',
  'guide.back': 'Zurück',
  'guide.skip': 'Überspringen',
  'guide.done': 'Fertig',
};
