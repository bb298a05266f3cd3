import type { SectionTable } from '../../section.ts';
import type { HashPlaygroundKey } from './en.ts';

export const hashPlaygroundPt: SectionTable<HashPlaygroundKey> = {
  'hash.intro': 'Digite qualquer coisa e veja o hash SHA-256: mudar uma única letra muda cerca de metade dos bits.',
  'hash.input': 'Texto para calcular o hash',
  'hash.hex': 'SHA-256 do texto, em hexadecimal',
  'hash.changed':
    '{changed, plural, one {Mudou # caractere} other {Mudaram # caracteres}} de 64 desde a última edição (marcados).',
  'hash.difficulty': 'Dificuldade: bits zero iniciais exigidos (de 0 a 32)',
  'hash.difficultyInvalid': 'Digite um número inteiro de 0 a 32.',
  'hash.bits': 'Os primeiros 32 bits do hash',
  'hash.required': 'Dificuldade {difficulty}: cada bit com uma linha em cima deve ser zero.',
  'hash.meets':
    '{zeros, plural, one {# bit zero inicial} other {# bits zero iniciais}}: atende à dificuldade {difficulty}.',
  'hash.fails':
    '{zeros, plural, one {# bit zero inicial} other {# bits zero iniciais}}: não atende à dificuldade {difficulty}.',
};
