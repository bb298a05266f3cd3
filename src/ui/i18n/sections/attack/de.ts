import type { SectionTable } from '../../section.ts';
import type { AttackKey } from './en.ts';

export const attackDe: SectionTable<AttackKey> = {
  'attack.intro':
    'Eine Gruppe mit dem größten Teil der Hashrate kann die jüngste Geschichte umschreiben. Probiere es mit den echten Knoten dieses Raums aus: Bezahle öffentlich jemanden aus der Klasse, tauche ab und mine einen privaten Zweig, in dem dieselben Coins woandershin gehen, und kehre dann zurück.',
  'attack.share': 'Anteil deiner Seite an der Hashrate des Raums: {share} % (gemessen an den Berichten der Knoten).',
  'attack.shareNone':
    'Anteil deiner Seite an der Hashrate des Raums: noch nicht gemessen (minende Knoten melden ihre Rate alle paar Sekunden).',
  'attack.step1': '1. Bezahle das Opfer öffentlich',
  'attack.recipient': 'Adresse des Opfers',
  'attack.amount': 'Betrag (leer: alle deine Coins)',
  'attack.pay': 'Bezahlen',
  'attack.hint1': 'Dein Knoten hört auf zu minen, damit der Raum und nicht du die Zahlung in einen Block bringt.',
  'attack.pending': 'Zahlung {txid}: wartet im Mempool, 0 Bestätigungen.',
  'attack.inBlock':
    'Zahlung {txid}: in Block {height}, {confirmations, plural, one {# Bestätigung} other {# Bestätigungen}}.',
  'attack.gone': 'Zahlung {txid}: in keinem Block und keinem Mempool dieses Knotens mehr: rückgängig gemacht.',
  'attack.step2': '2. Tauche ab und gib dieselben Coins anderswo aus',
  'attack.hint2':
    'Warte, bis das Opfer die Zahlung bestätigt sieht. Dann trennt dein Knoten alle Verbindungen außer denen zu den angehakten Komplizen und mint einen Zweig ab dem Block vor der Zahlung, dessen erster Block dieselben Coins an eine neue Wallet von dir schickt. Die Komplizen tauchen auf ihren eigenen Seiten ab und halten die Verbindung zu dir.',
  'attack.accomplices': 'Komplizen (verbundene Knoten, die mit dir abtauchen)',
  'attack.noPeers': 'Kein verbundener Knoten zum Mitnehmen: Du greifst allein an.',
  'attack.blocks': 'Private Blöcke, die vor der Rückkehr gemint werden',
  'attack.goDark': 'Abtauchen und doppelt ausgeben',
  'attack.dark':
    'Abgetaucht seit Block {height}: {blocks} von {target} privaten Blöcken gemint; die Coins gehen an {loot}.',
  'attack.behind':
    'Als du abgetaucht bist, lag der Zweig des Raums schon {blocks} Blöcke über der Gabelung: deiner braucht mehr, und mehr, als der Raum inzwischen mint.',
  'attack.failedEarly':
    'Mit {share} % der Hashrate mint deine Seite im Mittel schneller als der Rest des Raums, ist aber zurückgekehrt, bevor ihr Zweig aufgeholt hatte: wähle mehr private Blöcke.',
  'attack.assistTitle': 'Oder hilf einem Angreifer',
  'attack.assistHint':
    'Ein Komplize taucht vor dem Angreifer ab, behält nur die Verbindung zu ihm und mint auf dem privaten Zweig, sobald dessen erster Block ankommt. Kehre zurück, wenn der Angreifer zurückkehrt.',
  'attack.assistPick': 'Angreifer',
  'attack.assist': 'Mit diesem Angreifer abtauchen',
  'attack.assisting': 'Abgetaucht mit {attacker}: bisher {blocks} Blöcke des privaten Zweigs.',
  'attack.assistWaiting': 'Abgetaucht mit {attacker}: warte auf den ersten Block des privaten Zweigs.',
  'attack.step3': '3. Kehre in den Raum zurück',
  'attack.rejoin': 'Jetzt zurückkehren',
  'attack.rejoining': 'Rückkehr: Der Knoten verbindet sich wieder mit dem Raum und bietet ihm den privaten Zweig an…',
  'attack.succeeded':
    'Der Angriff ist gelungen: Dein Zweig ({private} Blöcke) hatte mehr Arbeit als der des Raums ({public}), also haben sich die Knoten auf ihn reorganisiert. Die Zahlung fiel in die Mempools zurück und scheiterte als Doppelausgabe: Auf der neuen Kette waren ihre Coins schon ausgegeben.',
  'attack.failed':
    'Der Angriff ist gescheitert: Der Zweig des Raums ({public} Blöcke) hatte mehr Arbeit als deiner ({private}), also ist dein privater Zweig verwaist und die Zahlung bleibt bestehen.',
  'attack.failedShare':
    'Mit {share} % der Hashrate findet deine Seite Blöcke langsamer als der Rest des Raums: Je länger sie privat mint, desto weiter fällt sie zurück.',
  'attack.reset': 'Neu beginnen',
  'attack.droppedTitle': 'Auf diesem Knoten rückgängig gemachte Zahlungen',
  'attack.droppedNone': 'Bisher keine.',
  'attack.dropped': '{amount} von {sender} an {recipient} ({txid}): {reason}',
  'attack.droppedOverspend':
    'eine Doppelausgabe: Eine Reorganisation brachte sie in den Mempool zurück, und auf der neuen Kette waren ihre Coins schon ausgegeben',
  'attack.droppedOther':
    'eine Reorganisation brachte sie in den Mempool zurück, und die neue Kette hat sie abgelehnt ({code})',
};
