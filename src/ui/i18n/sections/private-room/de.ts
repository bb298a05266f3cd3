import type { SectionTable } from '../../section.ts';
import type { PrivateRoomKey } from './en.ts';

export const privateRoomDe: SectionTable<PrivateRoomKey> = {
  'role.label': 'Rolle',
  'role.miner':
    'Miner: Dieser private Raum lässt {count, plural, one {# Schlüssel} other {# Schlüssel}} minen, und deiner gehört dazu',
  'role.user':
    'Nutzer: Nur die Schlüssel auf der Liste dieses privaten Raums dürfen minen, deiner nicht; Transaktionen senden kannst du weiterhin',
  'role.public': 'Miner: In einem öffentlichen Raum darf jeder Knoten minen',
  'role.publicKey': 'Öffentlicher Schlüssel',
  'role.copy': 'Meinen öffentlichen Schlüssel kopieren',
  'role.copied': 'Kopiert. Schicke ihn deiner Lehrkraft, damit sie dich als Miner einträgt.',
  'role.copyFailed': 'Kopieren fehlgeschlagen: Markiere den Schlüssel und kopiere ihn von Hand.',
};
