// The German texts of the network, device, backup and notice views, under English's keys (src/ui/i18n/en-network.ts).
import type { enNetwork } from './en-network.ts';

export const deNetwork: { readonly [K in keyof typeof enNetwork]: string } = {
  'peers.title': 'Netzwerk',
  'bridge.title': 'HTTP-Anfragen',

  'settings.title': 'Einstellungen',
  'settings.problem.signal-not-url': 'signal {value} ist keine URL (z. B. http://127.0.0.1:9000/peerjs) und nicht none',
  'settings.problem.signal-bad-protocol': 'die signal-URL muss http, https, ws oder wss sein, nicht {value}',
  'settings.problem.ice-not-json': 'ice muss none sein oder ein JSON-Array wie [{"urls":"stun:host:3478"}]',
  'settings.problem.ice-bad-servers':
    'ice muss ein Array aus {urls, username?, credential?} mit stun:- oder turn:-URLs sein',

  'devices.title': 'Knoten auf diesem Gerät',

  'notice.no-locks-asked':
    'Der Browser bietet dieser Seite keine Web Locks an (einfaches http auf einer Netzwerkadresse ist kein sicherer ' +
    'Kontext), deshalb hat dieser Tab die anderen offenen Tabs gefragt, welche Knoten sie betreiben, bevor er einen ' +
    'gewählt hat. Ein Tab, der nicht rechtzeitig geantwortet hat (schlafend im Hintergrund), könnte trotzdem ' +
    'denselben Knoten betreiben: Öffne die Seite über https oder auf localhost, um sicherzugehen.',
  'notice.data-lost':
    'Die Daten von Knoten {node} (Adresse {address}) sind aus diesem Browser verschwunden: Sein Schlüssel wurde ' +
    'nicht gefunden ({blocks, plural, one {# Block} other {# Blöcke}} schon). An seiner Stelle wurde nichts ' +
    'geschrieben; dieser Tab betreibt solange einen neuen Knoten. Stelle den verlorenen Knoten aus einer ' +
    'Backup-Datei wieder her (Backup, unter Kettendateien), um seine Adresse und Coins zurückzubekommen.',
  'backup.problem.not-a-backup':
    'die Datei ist kein Backup dieser App (eine Kettendatei allein enthält keinen Schlüssel)',
  'backup.problem.unknown-version':
    'das Backup hat ein neueres Format (Version {version}): Bitte die App aktualisieren',
  'backup.problem.bad-field': 'das Feld {field} des Backups fehlt oder ist fehlerhaft',
  'backup.problem.key-mismatch': 'der private Schlüssel in der Datei gehört nicht zu der Adresse, die sie nennt',
  'backup.problem.proof-failed': 'die Datei wurde nach dem Schreiben verändert (ihre Signatur passt nicht mehr)',
  'backup.problem.other-room':
    'es ist ein Backup des Raums {network}, nicht dieses Raums: Öffne jenen Raum, um es wiederherzustellen',
  'backup.problem.chain-invalid': 'seine Kette scheitert bei Block {index}: {reason}',
  'backup.problem.tip-mismatch':
    'seine Kette endet nicht dort, wo das Backup sagt: Blöcke wurden abgeschnitten oder hinzugefügt',
  'backup.problem.node-running':
    'Knoten {node} läuft in einem anderen Tab: Stelle ihn dort wieder her oder schließe zuerst jenen Tab',
  'backup.problem.storage-failed': 'der Speicher dieses Geräts hat es abgelehnt: {reason}',

  'genesis.network': 'Netzwerk',
  'genesis.hash': 'Genesis-Hash',
  'genesis.index': 'Index',
  'genesis.timestamp': 'Zeitstempel',
  'genesis.difficulty': 'Schwierigkeit',
  'genesis.json': 'JSON des Genesis-Blocks',

  'notice.no-network': 'Kein Peer-Netzwerk: {error}',
  'notice.saveFailed': 'Speichern fehlgeschlagen: {error}',
  'notice.startFailed': 'Der Knoten dieses Tabs konnte nicht starten: {error}',
  'notice.no-locks':
    'Der Browser bietet dieser Seite keine Web Locks an (einfaches http auf einer Netzwerkadresse ist kein sicherer ' +
    'Kontext), daher lässt sich ein duplizierter Tab nicht erkennen und würde denselben Knoten doppelt betreiben. ' +
    'Öffne neue Tabs, statt Tabs zu duplizieren, oder öffne die Seite über https oder auf localhost.',
  'notice.no-session':
    'Dieser Browser sperrt sessionStorage für diese Seite, daher startet beim Neuladen des Tabs ein neuer Knoten.',
  'notice.duplicate-tab':
    'Dieser Tab ist eine Kopie eines Tabs, der Knoten {original} betreibt, deshalb hat er einen eigenen Knoten {node} gestartet.',
  'notice.storage-best-effort':
    'Der Speicher ist nicht garantiert: Der Browser kann diesen Knoten samt Schlüssel und Coins löschen, wenn der ' +
    'Speicherplatz knapp wird. Wer die App installiert oder ein Lesezeichen setzt, macht es wahrscheinlicher, dass ' +
    'der Browser ihn behält; ein Backup (unter Kettendateien) bewahrt Schlüssel und Coins, egal was der Browser tut.',
  'notice.storage-unsupported':
    'Diesen Browser kann man nicht bitten, Website-Daten zu behalten, also könnte er diesen Knoten samt Schlüssel ' +
    'und Coins löschen, wenn der Speicherplatz knapp wird: Ein Backup (unter Kettendateien) bewahrt sie.',
  'notice.registry-unavailable': 'Die Liste der Knoten auf diesem Gerät ist nicht verfügbar: {error}',
  'notice.registry-not-recorded': 'Dieser Knoten konnte nicht in die Liste des Geräts eingetragen werden: {error}',
  'notice.records-skipped':
    'Einige gespeicherte Einträge konnten nicht gelesen werden und wurden übersprungen: {details}',
  'notice.no-module-workers':
    'Dieser Browser kann keine Modul-Worker ausführen, daher kann dieser Knoten nicht minen. Er führt aber weiter ' +
    'die Kette, sendet und empfängt Transaktionen und Blöcke und prüft Signaturen auf der Seite. Ein aktueller ' +
    'Browser kann minen.',
  'notice.no-wasm-simd':
    'Dieser Browser hat kein WebAssembly-SIMD, daher nutzt der Miner seinen JavaScript-Kern: etwa ein Fünftel der ' +
    'üblichen Hashrate. Alles andere funktioniert wie gewohnt.',
  'notice.history-checking':
    'Dieser Knoten startete mit seinem Ledger-Schnappschuss bei Block {base}; die Blöcke davor werden gerade gelesen und geprüft',
  'notice.snapshot-damaged':
    'Der gespeicherte Ledger-Schnappschuss war unbrauchbar ({reason}), daher wurde die ganze Kette gelesen und geprüft',
  'notice.snapshot-disagreed':
    'Der gespeicherte Ledger-Schnappschuss passte nicht zu den Blöcken davor: der Knoten folgt den Blöcken und nahm einen neuen auf',
  'notice.no-broadcast-channel':
    'Dieser Browser kann seine eigenen Tabs nicht direkt verbinden (kein BroadcastChannel): Andere Tabs hier ' +
    'verbinden sich über den Signalisierungsserver wie getrennte Geräte, und ohne ihn gar nicht.',

  'storage.failed': '{action} fehlgeschlagen: {reason}',
  'storage.quota-exceeded':
    'der Speicher des Browsers für diese Website ist voll. Bereits Gespeichertes wurde nicht beschädigt; lösche ' +
    'alte Knoten auf diesem Gerät oder schaffe Speicherplatz, dann lade neu.',
  'storage.blocked':
    'ein anderer Tab hält eine ältere Version dieser Datenbank offen. Schließe oder lade jenen Tab neu, um fortzufahren.',
  'storage.version-change':
    'ein anderer Tab hat diese Datenbank aktualisiert oder gelöscht, daher hat dieser Tab sie losgelassen. Lade neu, ' +
    'um fortzufahren.',
  'storage.newer-version':
    'diese Datenbank wurde von einer neueren Version der App geschrieben. Lade die Seite neu, um zu aktualisieren.',
  'storage.storage-unavailable':
    'dieser Browser lässt die Seite IndexedDB nicht nutzen (privates Surfen oder Website-Daten blockiert), daher ' +
    'kann der Knoten nicht gespeichert werden.',
  'storage.closed':
    'die Datenbank ist geschlossen (Website-Daten wurden vielleicht gelöscht). Lade neu, um fortzufahren.',
  'storage.write-failed': 'der Schreibvorgang wurde vollständig zurückgerollt, es wurde also nichts davon gespeichert.',
  'storage.read-failed': 'die gespeicherten Daten konnten nicht gelesen werden.',
  'storage.node-in-use':
    'dieser Knoten läuft in einem Tab, diesem oder einem anderen. Wechsle diesen Tab zuerst zu einem anderen Knoten ' +
    'oder schließe jenen Tab.',
  'storage.action.open-database': 'Öffnen der Datenbank {database}',
  'storage.action.use-database': 'Benutzen der Datenbank {database}',
  'storage.action.delete-database': 'Löschen der Datenbank {database}',
  'storage.action.load-node': 'Laden des Knotens',
  'storage.action.save-blocks': 'Speichern von {count, plural, one {# Block} other {# Blöcken}} (Spitze {tip})',
  'storage.action.save-mempool':
    'Speichern des Mempools ({count, plural, one {# Transaktion} other {# Transaktionen}})',
  'storage.action.save-keys': 'Speichern des Knotenschlüssels',
  'storage.action.save-peers': 'Speichern von {count, plural, one {# Peer-ID} other {# Peer-IDs}}',
  'storage.action.save-setting': 'Speichern der Einstellung {key}',
  'storage.action.compact-blocks': 'Verdichten der gespeicherten Blöcke',
  'storage.action.list-nodes': 'Auflisten der Knoten auf diesem Gerät',
  'storage.action.record-node': 'Eintragen von Knoten {nodeId} in die Liste des Geräts',
  'storage.action.unlist-node': 'Entfernen von Knoten {nodeId} aus der Liste des Geräts',
  'storage.action.delete-node': 'Löschen von Knoten {nodeId}',

  'room.invalidName':
    'Ungültiger Raumname {value}: Verwende 1 bis 64 Buchstaben, Ziffern, "_" oder "-", zum Beispiel ?room={example}.',
  'room.invalidDifficulty': 'Ungültige Schwierigkeit {value}: Verwende eine ganze Zahl von Bits, 0 bis {max}.',
  'room.invalidMiners':
    'Ungültiger Miner-Schlüssel {value}: Gib 1 bis {max} öffentliche Schlüssel mit je 64 Hex-Zeichen an, durch Kommas getrennt.',
  'room.invalidTarget': 'Ungültiges Ziel {value}: Verwende ganze Sekunden pro Block, {min} bis {max}.',

  'pwa.insecure': 'Offline-Nutzung und Installation brauchen HTTPS oder localhost: npm start -- --https ausführen',
  'pwa.noServiceWorker': 'Offline-Nutzung und Installation sind in diesem Browser nicht verfügbar.',
  'pwa.update': 'Eine neue Version ist bereit',
  'pwa.updateButton': 'Aktualisieren',
  'pwa.offlineReady': 'Diese App funktioniert jetzt auch offline.',
  'pwa.registerFailed': 'Offline-Nutzung ist nicht verfügbar: Der Service Worker wurde nicht registriert ({error}).',
};
