import type { SectionTable } from '../../section.ts';
import type { RoomCreateKey } from './en.ts';

export const roomCreateDe: SectionTable<RoomCreateKey> = {
  'create.intro':
    'Lege einen Raum für eine Unterrichtsstunde an: Name und Schwierigkeitsregel ergeben seinen Genesis-Block, also teilen nur Knoten, die seinen Link öffnen, seine Kette.',
  'create.name': 'Name des Raums',
  'create.nameHint': '1 bis 64 Buchstaben (A–Z, a–z), Ziffern, „_“ oder „-“, keine Leerzeichen.',
  'create.nameEmpty': 'Gib dem Raum einen Namen.',
  'create.nameInvalid': 'Verwende nur die Buchstaben A–Z und a–z, Ziffern, „_“ und „-“, höchstens 64.',
  'create.rule': 'Schwierigkeit',
  'create.fixed': 'Fest: Jeder Block braucht gleich viele führende Nullbits',
  'create.target': 'Zielzeit pro Block: Die Schwierigkeit folgt dem Mining-Tempo des Raums (Anpassung)',
  'create.difficulty': 'Schwierigkeit: führende Nullbits (höchstens {max})',
  'create.startDifficulty': 'Anfangsschwierigkeit: führende Nullbits (höchstens {max})',
  'create.difficultyInvalid': 'Gib eine ganze Zahl von Bits zwischen 0 und {max} ein.',
  'create.seconds': 'Zielzeit pro Block in Sekunden ({min} bis {max})',
  'create.secondsHint':
    'Nach jedem Block vergleicht der Raum die mittlere Zeit seiner letzten {window} Blöcke mit dem Ziel: unter der Hälfte kommt ein Bit Schwierigkeit dazu, über dem Doppelten fällt eines weg.',
  'create.targetInvalid': 'Gib eine ganze Zahl von Sekunden zwischen {min} und {max} ein.',
  'create.expected':
    'Bei der Hashrate dieses Geräts dauert ein Block im Mittel {time} ({hashes} Hashes erwartet bei Schwierigkeit {difficulty}).',
  'create.expectedUnknown': 'Die Hashrate dieses Geräts wird gemessen…',
  'create.instant': 'weniger als eine Millisekunde',
  'create.rateMiner':
    'Hashrate laut letzter Meldung des Miners dieses Knotens: {rate} MH/s mit {workers, plural, one {# Thread} other {# Threads}}.',
  'create.rateEstimate':
    'Schätzung: {rate} MH/s, das JavaScript-Hashing dieser Seite einen Moment lang auf einem Thread gemessen, mal {workers, plural, one {# Thread} other {# Threads}}. Sobald ein Block gemint ist, ersetzt sie die echte Rate des Miners.',
  'create.suggest':
    'Für einen Block alle {seconds} s mit diesem Gerät allein pendelt sich die Schwierigkeit bei etwa {difficulty} ein; mint die ganze Klasse, höher.',
  'create.link': 'Der Link des Raums (öffne ihn auf jedem Gerät der Klasse):',
  'create.submit': 'Raum anlegen und öffnen',
  'create.fix': 'Der Raum wurde nicht angelegt: Korrigiere die markierten Felder.',
  'create.access': 'Wer minen darf',
  'create.private': 'Ein privater Raum: nur die Schlüssel unten dürfen minen; alle anderen Knoten sind Nutzer',
  'create.miners': 'Öffentliche Schlüssel, die minen dürfen, einer pro Zeile (deiner zuerst)',
  'create.minersHint':
    'Jede Schülerin und jeder Schüler öffnet diesen Raum, drückt „Meinen öffentlichen Schlüssel kopieren“ im Knotenfeld und schickt ihn dir: der Schlüssel eines Knotens gehört zu einem Raumnamen, daher behält der private Raum den Namen dieses Raums. Die Liste gehört zum Genesis-Block: sie lässt sich später nicht ändern.',
  'create.minersInvalid':
    '{value} ist kein öffentlicher Schlüssel: jeder hat 64 Hex-Zeichen, höchstens {max} Schlüssel.',
};
