import type { SectionTable } from '../../section.ts';
import type { KeysKey } from './en.ts';

export const keysDe: SectionTable<KeysKey> = {
  'keys.intro':
    'Dieser Knoten signiert, was er sendet, mit einem Ed25519-Schlüsselpaar: Der private Schlüssel erzeugt Signaturen, mit dem öffentlichen kann jeder sie prüfen.',
  'keys.pairTitle': 'Die Schlüssel dieses Knotens',
  'keys.publicKey': 'Öffentlicher Schlüssel (32 Bytes)',
  'keys.hashOfKey': 'SHA-256 des öffentlichen Schlüssels',
  'keys.address': 'Adresse',
  'keys.derivation':
    'Die Adresse sind die ersten 20 Bytes (40 Hex-Zeichen, markiert) des SHA-256 des öffentlichen Schlüssels.',
  'keys.privateKey': 'Privater Schlüssel',
  'keys.privateWarning':
    'Wer den privaten Schlüssel sieht, kann die Münzen dieses Knotens ausgeben und in seinem Namen signieren. Zeige ihn nur, wo niemand sonst den Bildschirm sieht, nie auf einem Beamer.',
  'keys.show': 'Privaten Schlüssel zeigen',
  'keys.hide': 'Privaten Schlüssel verbergen',
  'keys.privateStored':
    'Dieser Browser bewahrt ihn als einfache Bytes im Speicher des Knotens und in seinen Sicherungen auf, deshalb kann er gezeigt werden. Die Seite schreibt ihn nie in ein Protokoll oder in die Adresszeile.',
  'keys.signTitle': 'Einen Text signieren und prüfen',
  'keys.textToSign': 'Zu signierender Text',
  'keys.sign': 'Mit dem Schlüssel dieses Knotens signieren',
  'keys.prefixNote':
    'Signiert wird die Zeile „{prefix}“, gefolgt von deinem Text; so kann ein signierter Text nie als Signatur einer Transaktion durchgehen.',
  'keys.signature': 'Signatur (64 Bytes)',
  'keys.checkHint':
    'Ändere ein Zeichen des Textes oder der Signatur, und die Prüfung schlägt fehl. Zeichen, die vom Signierten abweichen, sind markiert.',
  'keys.textToCheck': 'Zu prüfender Text',
  'keys.signatureToCheck': 'Zu prüfende Signatur (128 Hex-Zeichen)',
  'keys.same': 'Gleich dem Signierten.',
  'keys.differs': '{count, plural, one {# Zeichen weicht} other {# Zeichen weichen}} vom Signierten ab (markiert).',
  'keys.textValid': 'Gültig: Der Schlüssel dieses Knotens hat genau diesen Text signiert.',
  'keys.textInvalid':
    'Ungültig: Diese Signatur wurde nicht mit dem Schlüssel dieses Knotens über diesen Text erstellt.',
  'keys.notASignature': 'Keine Signatur: Es werden 128 Hex-Zeichen (0–9, a–f) gebraucht.',
  'keys.txTitle': 'Eine Transaktion der Kette prüfen',
  'keys.txHint':
    'Öffne eine Transaktion, und der Kern prüft ihre Signatur vor deinen Augen, so wie jeder Knoten, wenn ein Block ankommt.',
  'keys.recent': 'Signierte Transaktionen, neueste zuerst',
  'keys.noneSigned':
    'Die Hauptkette enthält noch keine signierte Transaktion: Sende eine unter Transaktionen und mine dann einen Block. Belohnungen tragen keine Signatur.',
  'keys.txOption': 'Block {block}, Nr. {position}: {amount} an {recipient}',
  'keys.block': 'Block',
  'keys.position': 'Position im Block (0 ist die Belohnung)',
  'keys.open': 'Öffnen',
  'keys.noBlock': 'Die Hauptkette hat keinen Block mit dieser Nummer.',
  'keys.noPosition': 'Dieser Block hat keine Transaktion an dieser Position.',
  'keys.opened': 'Block {block}, Transaktion Nr. {position}',
  'keys.sender': 'Absender',
  'keys.recipient': 'Empfänger',
  'keys.amount': 'Betrag',
  'keys.info': 'Info',
  'keys.reward':
    'Eine Belohnung (Coinbase): Sie schafft neue Münzen für den Miner des Blocks und trägt weder Schlüssel noch Signatur, die man prüfen könnte.',
  'keys.message':
    'Signierte Nachricht: die Netzwerkmarke (32 Bytes, das SHA-256 von „browser-blockchain/tx/{room}“, unterstrichen), dann die Felder der Transaktion',
  'keys.txValid':
    'Gültig: Die Signatur passt zu dieser Nachricht und diesem öffentlichen Schlüssel, und der Absender ist die Adresse dieses Schlüssels.',
  'keys.txInvalid': 'Ungültig: {reason}.',
  'keys.copyTitle': 'Eine gefälschte Kopie',
  'keys.copyHint':
    'Ändere Betrag oder Info der Kopie: Sie behält den öffentlichen Schlüssel und die Signatur des Originals. Geänderte Zeichen ihrer Nachricht sind markiert.',
  'keys.copyAmount': 'Betrag der Kopie',
  'keys.copyInfo': 'Info der Kopie',
  'keys.amountInvalid': 'Gib eine ganze Zahl ein, 0 oder größer.',
};
