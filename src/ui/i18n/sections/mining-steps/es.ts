import type { SectionTable } from '../../section.ts';
import type { MiningStepsKey } from './en.ts';

export const miningStepsEs: SectionTable<MiningStepsKey> = {
  'steps.intro':
    'El próximo bloque del nodo en un entorno de pruebas: minar prueba un nonce tras otro, calculando el hash del encabezado cada vez, hasta que el hash no supera el objetivo. Nada minado aquí se añade a la cadena.',
  'steps.difficulty': 'Dificultad para esta lección: bits cero iniciales (de 0 a 20)',
  'steps.difficultyInvalid': 'Escribe un número entero de 0 a 20.',
  'steps.roomDifficulty': 'El próximo bloque de la sala necesita dificultad {difficulty}.',
  'steps.speed': 'Velocidad',
  'steps.speedTries': '{speed, plural, one {# intento por segundo} other {# intentos por segundo}}',
  'steps.speedFull': 'Velocidad máxima',
  'steps.start': 'Empezar',
  'steps.pause': 'Pausa',
  'steps.resume': 'Continuar',
  'steps.step': 'Un intento',
  'steps.stop': 'Detener',
  'steps.newCandidate': 'Nuevo candidato',
  'steps.candidate': 'El bloque candidato',
  'steps.index': 'Índice',
  'steps.parent': 'Se construye sobre',
  'steps.transactions': 'Transacciones',
  'steps.transactionsValue':
    '{count, plural, one {# transacción} other {# transacciones}}: primero la coinbase, luego las del mempool',
  'steps.target': 'Objetivo: el mayor hash permitido',
  'steps.header': 'Encabezado del último intento (92 bytes; el nonce resaltado)',
  'steps.ready': 'Pulsa Empezar para probar nonces desde 0 a la velocidad elegida, o Un intento para dar un solo paso.',
  'steps.running': 'Minando: cada intento pone el siguiente nonce en el encabezado y calcula su hash.',
  'steps.paused':
    'En pausa tras {tries, plural, one {# intento} other {# intentos}}. Un intento avanza un paso; Continuar sigue.',
  'steps.stopped':
    'Detenido tras {tries, plural, one {# intento} other {# intentos}} sin bloque. Empezar prueba un nuevo candidato.',
  'steps.found':
    'Bloque encontrado: nonce {nonce}, tras {tries, plural, one {# intento} other {# intentos}}. Su hash empieza con {zeros, plural, one {# bit cero} other {# bits cero}}, al menos los {difficulty} exigidos, así que no supera el objetivo.',
  'steps.triesCount': '{tries, plural, one {# intento} other {# intentos}} hasta ahora',
  'steps.triesCaption': 'Los últimos intentos, el más reciente primero',
  'steps.nonce': 'Nonce',
  'steps.hash': 'Hash del bloque',
  'steps.zeros': 'Bits cero iniciales frente a los exigidos',
  'steps.verdict': '¿Como mucho el objetivo?',
  'steps.yes': 'sí',
  'steps.no': 'no',
  'steps.foundTitle': 'El mismo bloque a velocidad máxima',
  'steps.again': 'Minarlo de nuevo a velocidad máxima',
  'steps.againResult':
    'De nuevo el nonce {nonce}, tras {tries, plural, one {# intento} other {# intentos}} en {ms} ms: {rate} hashes por segundo en el hilo de esta página.',
  'steps.againTooQuick':
    'De nuevo el nonce {nonce}, tras {tries, plural, one {# intento} other {# intentos}} en menos de un milisegundo: demasiado rápido para medir una velocidad. Prueba una dificultad mayor.',
  'steps.againStopped': 'Detenido tras {tries, plural, one {# intento} other {# intentos}}.',
  'steps.seriesTitle': 'Intentos por bloque',
  'steps.seriesHint':
    'Cada intento gana con una probabilidad de 1 entre 2^dificultad, así que un bloque necesita de media 2^dificultad intentos: unos muchos menos, otros muchos más. Mina varios para verlo.',
  'steps.seriesCount': 'Bloques que minar a velocidad máxima',
  'steps.seriesMine': 'Minarlos',
  'steps.seriesProgress': 'Bloque {done} de {count}: {tries, plural, one {# intento} other {# intentos}} hasta ahora.',
  'steps.seriesDone': '{count, plural, one {# bloque minado} other {# bloques minados}}.',
  'steps.seriesStopped': 'Detenido: {done} de {count} bloques minados.',
  'steps.summary':
    'Dificultad {difficulty}: {blocks, plural, one {# bloque} other {# bloques}}, {average} intentos de media; se esperan 2^{difficulty} = {expected}.',
  'steps.recordsCaption': 'Cada bloque minado en esta lección, el más reciente primero',
  'steps.block': 'Bloque',
  'steps.blockDifficulty': 'Dificultad',
  'steps.blockTries': 'Intentos',
  'steps.blockBar': 'Intentos frente a 2^dificultad (la línea central)',
};
