import type { SectionTable } from '../../section.ts';
import type { AttackKey } from './en.ts';

export const attackEs: SectionTable<AttackKey> = {
  'attack.intro':
    'Un grupo con la mayor parte de la tasa de hash puede reescribir la historia reciente. Pruébalo con los nodos reales de esta sala: paga en público a un compañero, escóndete y mina una rama privada en la que las mismas monedas van a otra parte, y luego vuelve.',
  'attack.share':
    'Parte de tu bando en la tasa de hash de la sala: {share} % (medida a partir de los informes de los nodos).',
  'attack.shareNone':
    'Parte de tu bando en la tasa de hash de la sala: aún sin medir (los nodos que minan informan de su tasa cada pocos segundos).',
  'attack.step1': '1. Paga a la víctima en público',
  'attack.recipient': 'Dirección de la víctima',
  'attack.amount': 'Cantidad (vacío: todas tus monedas)',
  'attack.pay': 'Pagar',
  'attack.hint1': 'Tu nodo deja de minar, para que sea la sala, y no tú, quien meta el pago en un bloque.',
  'attack.pending': 'Pago {txid}: esperando en la mempool, 0 confirmaciones.',
  'attack.inBlock':
    'Pago {txid}: en el bloque {height}, {confirmations, plural, one {# confirmación} other {# confirmaciones}}.',
  'attack.gone': 'Pago {txid}: ya no está en ningún bloque ni en la mempool de este nodo: deshecho.',
  'attack.step2': '2. Escóndete y gasta las mismas monedas en otra parte',
  'attack.hint2':
    'Espera a que la víctima vea el pago confirmado. Entonces tu nodo corta todos los enlaces salvo los de los cómplices que marques, y mina una rama desde el bloque anterior al pago, cuyo primer bloque envía las mismas monedas a una cartera nueva tuya. Los cómplices se esconden desde sus propias páginas y mantienen el enlace contigo.',
  'attack.accomplices': 'Cómplices (nodos enlazados que se esconden contigo)',
  'attack.noPeers': 'No hay ningún nodo enlazado que llevar contigo: atacas en solitario.',
  'attack.blocks': 'Bloques privados que minar antes de volver',
  'attack.goDark': 'Esconderse y gastar dos veces',
  'attack.dark':
    'Escondido desde el bloque {height}: {blocks} de {target} bloques privados minados; las monedas van a {loot}.',
  'attack.behind':
    'Cuando te escondiste, la rama de la sala ya estaba {blocks} bloques por encima de la bifurcación: la tuya necesita más, y más de lo que la sala mine mientras tanto.',
  'attack.failedEarly':
    'Con el {share} % de la tasa de hash tu bando mina de media más rápido que el resto de la sala, pero volvió antes de que su rama la alcanzara: elige más bloques privados.',
  'attack.assistTitle': 'O ayuda a un atacante',
  'attack.assistHint':
    'Un cómplice se esconde antes que el atacante, conservando solo su enlace con él, y mina en la rama privada en cuanto llega su primer bloque. Vuelve cuando vuelva el atacante.',
  'attack.assistPick': 'Atacante',
  'attack.assist': 'Esconderse con este atacante',
  'attack.assisting': 'Escondido con {attacker}: {blocks} bloques de la rama privada hasta ahora.',
  'attack.assistWaiting': 'Escondido con {attacker}: esperando el primer bloque de la rama privada.',
  'attack.step3': '3. Vuelve a la sala',
  'attack.rejoin': 'Volver ahora',
  'attack.rejoining': 'Volviendo: enlazando de nuevo con la sala y ofreciéndole la rama privada…',
  'attack.succeeded':
    'El ataque tuvo éxito: tu rama ({private} bloques) tenía más trabajo que la de la sala ({public}), así que los nodos se reorganizaron sobre ella. El pago volvió a las mempools y falló como doble gasto: en la nueva cadena sus monedas ya estaban gastadas.',
  'attack.failed':
    'El ataque fracasó: la rama de la sala ({public} bloques) tenía más trabajo que la tuya ({private}), así que tu rama privada quedó huérfana y el pago se mantiene.',
  'attack.failedShare':
    'Con el {share} % de la tasa de hash, tu bando encuentra bloques más despacio que el resto de la sala: cuanto más tiempo mina en privado, más se queda atrás.',
  'attack.reset': 'Empezar de nuevo',
  'attack.droppedTitle': 'Pagos deshechos en este nodo',
  'attack.droppedNone': 'Ninguno por ahora.',
  'attack.dropped': '{amount} de {sender} a {recipient} ({txid}): {reason}',
  'attack.droppedOverspend':
    'un doble gasto: una reorganización lo devolvió a la mempool, y en la nueva cadena sus monedas ya estaban gastadas',
  'attack.droppedOther': 'una reorganización lo devolvió a la mempool, y la nueva cadena lo rechazó ({code})',
};
