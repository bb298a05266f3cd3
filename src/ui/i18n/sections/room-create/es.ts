import type { SectionTable } from '../../section.ts';
import type { RoomCreateKey } from './en.ts';

export const roomCreateEs: SectionTable<RoomCreateKey> = {
  'create.intro':
    'Crea una sala para una clase: su nombre y su regla de dificultad forman su bloque génesis, así que solo los nodos que abren su enlace comparten su cadena.',
  'create.name': 'Nombre de la sala',
  'create.nameHint': 'De 1 a 64 letras (A–Z, a–z), cifras, «_» o «-», sin espacios.',
  'create.nameEmpty': 'Ponle un nombre a la sala.',
  'create.nameInvalid': 'Usa solo letras A–Z y a–z, cifras, «_» y «-», como mucho 64.',
  'create.rule': 'Dificultad',
  'create.fixed': 'Fija: cada bloque necesita el mismo número de bits cero iniciales',
  'create.target': 'Tiempo objetivo por bloque: la dificultad sigue la velocidad de minado de la sala (reajuste)',
  'create.difficulty': 'Dificultad: bits cero iniciales (como mucho {max})',
  'create.startDifficulty': 'Dificultad inicial: bits cero iniciales (como mucho {max})',
  'create.difficultyInvalid': 'Escribe un número entero de bits de 0 a {max}.',
  'create.seconds': 'Tiempo objetivo por bloque, en segundos (de {min} a {max})',
  'create.secondsHint':
    'Tras cada bloque la sala compara el tiempo medio de sus últimos {window} bloques con el objetivo: por debajo de la mitad suma un bit de dificultad, por encima del doble resta uno.',
  'create.targetInvalid': 'Escribe un número entero de segundos de {min} a {max}.',
  'create.expected':
    'A la velocidad de hash de este dispositivo, un bloque tarda de media {time} ({hashes} hashes esperados con dificultad {difficulty}).',
  'create.expectedUnknown': 'Midiendo la velocidad de hash de este dispositivo…',
  'create.instant': 'menos de un milisegundo',
  'create.rateMiner':
    'Velocidad de hash según el último informe del minero de este nodo: {rate} MH/s con {workers, plural, one {# hilo} other {# hilos}}.',
  'create.rateEstimate':
    'Estimación: {rate} MH/s, el hash en JavaScript de esta página medido un instante en un hilo, multiplicado por {workers, plural, one {# hilo} other {# hilos}}. Al minar un bloque se sustituye por la velocidad real del minero.',
  'create.suggest':
    'Para un bloque cada {seconds} s solo con este dispositivo, la dificultad se asentaría cerca de {difficulty}; con toda la clase minando, más alta.',
  'create.link': 'El enlace de la sala (ábrelo en cada dispositivo de la clase):',
  'create.submit': 'Crear la sala y abrirla',
  'create.fix': 'La sala no se ha creado: corrige los campos marcados.',
  'create.access': 'Quién puede minar',
  'create.private': 'Una sala privada: solo las claves de abajo pueden minar; los demás nodos son usuarios',
  'create.miners': 'Claves públicas que pueden minar, una por línea (la tuya primero)',
  'create.minersHint':
    'Cada estudiante abre esta sala, pulsa «Copiar mi clave pública» en el panel del nodo y te la envía: la clave de un nodo pertenece a un nombre de sala, así que la sala privada conserva el nombre de esta. La lista forma parte del génesis: no puede cambiar después.',
  'create.minersInvalid':
    '{value} no es una clave pública: cada una tiene 64 caracteres hexadecimales, como máximo {max} claves.',
};
