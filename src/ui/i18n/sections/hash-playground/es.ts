import type { SectionTable } from '../../section.ts';
import type { HashPlaygroundKey } from './en.ts';

export const hashPlaygroundEs: SectionTable<HashPlaygroundKey> = {
  'hash.intro':
    'Escribe cualquier cosa y mira su hash SHA-256: cambiar una sola letra cambia cerca de la mitad de sus bits.',
  'hash.input': 'Texto para calcular el hash',
  'hash.hex': 'SHA-256 del texto, en hexadecimal',
  'hash.changed':
    '{changed, plural, one {Cambió # carácter} other {Cambiaron # caracteres}} de 64 desde la última edición (marcados).',
  'hash.difficulty': 'Dificultad: bits cero iniciales exigidos (de 0 a 32)',
  'hash.difficultyInvalid': 'Escribe un número entero de 0 a 32.',
  'hash.bits': 'Los primeros 32 bits del hash',
  'hash.required': 'Dificultad {difficulty}: cada bit con una línea encima debe ser cero.',
  'hash.meets':
    '{zeros, plural, one {# bit cero inicial} other {# bits cero iniciales}}: cumple la dificultad {difficulty}.',
  'hash.fails':
    '{zeros, plural, one {# bit cero inicial} other {# bits cero iniciales}}: no cumple la dificultad {difficulty}.',
};
