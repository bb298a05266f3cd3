import type { SectionTable } from '../../section.ts';
import type { TamperKey } from './en.ts';

export const tamperDe: SectionTable<TamperKey> = {
  'tamper.intro':
    'Bearbeite einen Block in einer Sandbox-Kopie der Hauptkette und sieh zu, welche Verknüpfungen brechen. Die echte Kette des Knotens wird nie berührt.',
  'tamper.start': 'Hauptkette kopieren',
  'tamper.block': 'Block',
  'tamper.tx': 'Transaktion',
  'tamper.txOption': '#{n}: {from} → {amount}',
  'tamper.info': 'Neue Info',
  'tamper.amount': 'Neuer Betrag',
  'tamper.apply': 'Block bearbeiten',
  'tamper.remine': 'Ab dem bearbeiteten Block neu minen',
  'tamper.cancel': 'Mining stoppen',
  'tamper.reset': 'Sandbox verwerfen',
  'tamper.empty': 'Mine zuerst ein paar Blöcke: Die Demo bearbeitet Blöcke nach dem Genesis-Block.',
  'tamper.status': 'Sandbox aus {count, plural, one {# Block} other {# Blöcken}}. {broken}',
  'tamper.allValid': 'Jede Verknüpfung ist gültig.',
  'tamper.broken':
    'Gebrochen ab Block {index}: {count, plural, one {# Block würde} other {# Blöcke würden}} abgelehnt.',
  'tamper.mining': 'Mine Block {index} neu: bisher {tried} Nonces probiert…',
  'tamper.mined':
    '{blocks, plural, one {# Block} other {# Blöcke}} neu gemint: {tried} Nonces in {seconds} s probiert (etwa {expected} erwartet pro Block).',
  'tamper.whyRefused':
    'Die Peers lehnen diese Kopie trotzdem ab: Sie hat {sandboxWork} erwartete Hashes an Arbeit, die ehrliche Kette {honestWork}, Tendenz steigend. Ein Knoten wechselt nur zu einer Kette mit mehr Arbeit, also müsste der Betrüger schneller minen als alle anderen zusammen.',
  'tamper.ok': 'gültig',
  'tamper.code.bad-merkle-root': 'die Transaktionen passen nicht mehr zur Merkle-Wurzel im Header (bad-merkle-root)',
  'tamper.code.broken-link': 'sein vorheriger Hash ist nicht der Hash des Blocks davor (broken-link)',
  'tamper.code.bad-pow': 'sein Hash erfüllt die Schwierigkeit nicht: kein Proof of Work (bad-pow)',
  'tamper.code.bad-signature':
    'die Signatur der bearbeiteten Transaktion passt nicht mehr; neues Minen kann sie nicht fälschen (bad-signature)',
  'tamper.code.invalid-parent': 'er baut auf einem abgelehnten Block auf (invalid-parent)',
  'tamper.code.other': 'abgelehnt: {code}',
};
