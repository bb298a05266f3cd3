import type { SectionTable } from '../../section.ts';
import type { MiningStepsKey } from './en.ts';

export const miningStepsDe: SectionTable<MiningStepsKey> = {
  'steps.intro':
    'Der nächste Block des Knotens im Sandkasten: Mining probiert eine Nonce nach der anderen und hasht jedes Mal den Header, bis der Hash das Ziel nicht übersteigt. Nichts, was hier gemint wird, kommt in die Kette.',
  'steps.difficulty': 'Schwierigkeit für diese Lektion: führende Nullbits (0 bis 20)',
  'steps.difficultyInvalid': 'Gib eine ganze Zahl von 0 bis 20 ein.',
  'steps.roomDifficulty': 'Der nächste Block des Raums braucht Schwierigkeit {difficulty}.',
  'steps.speed': 'Tempo',
  'steps.speedTries': '{speed, plural, one {# Versuch pro Sekunde} other {# Versuche pro Sekunde}}',
  'steps.speedFull': 'Volles Tempo',
  'steps.start': 'Starten',
  'steps.pause': 'Pause',
  'steps.resume': 'Fortsetzen',
  'steps.step': 'Ein Versuch',
  'steps.stop': 'Anhalten',
  'steps.newCandidate': 'Neuer Kandidat',
  'steps.candidate': 'Der Kandidatenblock',
  'steps.index': 'Index',
  'steps.parent': 'Baut auf',
  'steps.transactions': 'Transaktionen',
  'steps.transactionsValue':
    '{count, plural, one {# Transaktion} other {# Transaktionen}}: zuerst die Coinbase, dann die aus dem Mempool',
  'steps.target': 'Ziel: der größte erlaubte Hash',
  'steps.header': 'Header des letzten Versuchs (92 Bytes; die Nonce markiert)',
  'steps.ready':
    'Drücke Starten, um Nonces ab 0 im gewählten Tempo zu probieren, oder Ein Versuch für einen einzelnen Schritt.',
  'steps.running': 'Mining: Jeder Versuch schreibt die nächste Nonce in den Header und hasht ihn.',
  'steps.paused':
    'Pause nach {tries, plural, one {# Versuch} other {# Versuchen}}. Ein Versuch geht einen Schritt weiter; Fortsetzen läuft weiter.',
  'steps.stopped':
    'Angehalten nach {tries, plural, one {# Versuch} other {# Versuchen}} ohne Block. Starten probiert einen neuen Kandidaten.',
  'steps.found':
    'Block gefunden: Nonce {nonce}, nach {tries, plural, one {# Versuch} other {# Versuchen}}. Sein Hash beginnt mit {zeros, plural, one {# Nullbit} other {# Nullbits}}, mindestens den geforderten {difficulty}, also übersteigt er das Ziel nicht.',
  'steps.triesCount': '{tries, plural, one {# Versuch} other {# Versuche}} bisher',
  'steps.triesCaption': 'Die letzten Versuche, der neueste zuerst',
  'steps.nonce': 'Nonce',
  'steps.hash': 'Block-Hash',
  'steps.zeros': 'Führende Nullbits gegen geforderte',
  'steps.verdict': 'Höchstens das Ziel?',
  'steps.yes': 'ja',
  'steps.no': 'nein',
  'steps.foundTitle': 'Derselbe Block mit vollem Tempo',
  'steps.again': 'Noch einmal mit vollem Tempo minen',
  'steps.againResult':
    'Wieder Nonce {nonce}, nach {tries, plural, one {# Versuch} other {# Versuchen}} in {ms} ms: {rate} Hashes pro Sekunde im Thread dieser Seite.',
  'steps.againTooQuick':
    'Wieder Nonce {nonce}, nach {tries, plural, one {# Versuch} other {# Versuchen}} in weniger als einer Millisekunde: zu schnell, um eine Rate zu messen. Probiere eine höhere Schwierigkeit.',
  'steps.againStopped': 'Angehalten nach {tries, plural, one {# Versuch} other {# Versuchen}}.',
  'steps.seriesTitle': 'Versuche pro Block',
  'steps.seriesHint':
    'Jeder Versuch gewinnt mit einer Chance von 1 zu 2^Schwierigkeit, also braucht ein Block im Schnitt 2^Schwierigkeit Versuche: manche viel weniger, manche viel mehr. Mine mehrere, um es zu sehen.',
  'steps.seriesCount': 'Blöcke, die mit vollem Tempo gemint werden',
  'steps.seriesMine': 'Minen',
  'steps.seriesProgress': 'Block {done} von {count}: {tries, plural, one {# Versuch} other {# Versuche}} bisher.',
  'steps.seriesDone': '{count, plural, one {# Block gemint} other {# Blöcke gemint}}.',
  'steps.seriesStopped': 'Angehalten: {done} von {count} Blöcken gemint.',
  'steps.summary':
    'Schwierigkeit {difficulty}: {blocks, plural, one {# Block} other {# Blöcke}}, im Schnitt {average} Versuche; erwartet 2^{difficulty} = {expected}.',
  'steps.recordsCaption': 'Jeder in dieser Lektion geminte Block, der neueste zuerst',
  'steps.block': 'Block',
  'steps.blockDifficulty': 'Schwierigkeit',
  'steps.blockTries': 'Versuche',
  'steps.blockBar': 'Versuche gegen 2^Schwierigkeit (die Mittellinie)',
};
