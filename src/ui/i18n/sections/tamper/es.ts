import type { SectionTable } from '../../section.ts';
import type { TamperKey } from './en.ts';

export const tamperEs: SectionTable<TamperKey> = {
  'tamper.intro':
    'Modifica un bloque en una copia aislada de la cadena principal y observa qué enlaces se rompen. La cadena real del nodo nunca se toca.',
  'tamper.start': 'Copiar la cadena principal',
  'tamper.block': 'Bloque',
  'tamper.tx': 'Transacción',
  'tamper.txOption': '#{n}: {from} → {amount}',
  'tamper.info': 'Nueva info',
  'tamper.amount': 'Nueva cantidad',
  'tamper.apply': 'Modificar bloque',
  'tamper.remine': 'Volver a minar desde el bloque modificado',
  'tamper.cancel': 'Detener la minería',
  'tamper.reset': 'Descartar la copia',
  'tamper.empty': 'Primero mina algunos bloques: la demo modifica bloques posteriores al bloque génesis.',
  'tamper.status': 'Copia de {count, plural, one {# bloque} other {# bloques}}. {broken}',
  'tamper.allValid': 'Todos los enlaces son válidos.',
  'tamper.broken':
    'Rota a partir del bloque {index}: {count, plural, one {# bloque sería rechazado} other {# bloques serían rechazados}}.',
  'tamper.mining': 'Volviendo a minar el bloque {index}: nonces probados hasta ahora: {tried}…',
  'tamper.mined':
    '{blocks, plural, one {Se volvió a minar # bloque} other {Se volvieron a minar # bloques}}: {tried} nonces probados en {seconds} s (unos {expected} esperados por bloque).',
  'tamper.whyRefused':
    'Los pares siguen rechazando esta copia: tiene {sandboxWork} hashes esperados de trabajo, la cadena honesta {honestWork} y sigue creciendo. Un nodo solo cambia a una cadena con más trabajo, así que el tramposo tendría que minar más que todos los demás juntos.',
  'tamper.ok': 'válido',
  'tamper.code.bad-merkle-root': 'las transacciones ya no coinciden con la raíz de la cabecera (bad-merkle-root)',
  'tamper.code.broken-link': 'su hash anterior no es el hash del bloque previo (broken-link)',
  'tamper.code.bad-pow': 'su hash no cumple la dificultad: no hay prueba de trabajo (bad-pow)',
  'tamper.code.bad-signature':
    'la firma de la transacción modificada ya no coincide; volver a minar no puede falsificarla (bad-signature)',
  'tamper.code.invalid-parent': 'se construye sobre un bloque rechazado (invalid-parent)',
  'tamper.code.other': 'rechazado: {code}',
};
