import type { SectionTable } from '../../section.ts';
import type { KeysKey } from './en.ts';

export const keysEs: SectionTable<KeysKey> = {
  'keys.intro':
    'Este nodo firma lo que envía con un par de claves Ed25519: la clave privada crea las firmas y la pública permite que cualquiera las compruebe.',
  'keys.pairTitle': 'Las claves de este nodo',
  'keys.publicKey': 'Clave pública (32 bytes)',
  'keys.hashOfKey': 'SHA-256 de la clave pública',
  'keys.address': 'Dirección',
  'keys.derivation':
    'La dirección son los primeros 20 bytes (40 caracteres hexadecimales, marcados) del SHA-256 de la clave pública.',
  'keys.privateKey': 'Clave privada',
  'keys.privateWarning':
    'Quien vea la clave privada puede gastar las monedas de este nodo y firmar en su nombre. Muéstrala solo donde nadie más vea la pantalla, nunca en un proyector.',
  'keys.show': 'Mostrar la clave privada',
  'keys.hide': 'Ocultar la clave privada',
  'keys.privateStored':
    'Este navegador la guarda como bytes sin cifrar en el almacenamiento del nodo y en sus copias de seguridad; por eso se puede mostrar. La página nunca la registra ni la pone en la barra de direcciones.',
  'keys.signTitle': 'Firma un texto y compruébalo',
  'keys.textToSign': 'Texto para firmar',
  'keys.sign': 'Firmar con la clave de este nodo',
  'keys.prefixNote':
    'Lo que se firma es la línea «{prefix}» seguida de tu texto, así que un texto firmado nunca puede pasar por la firma de una transacción.',
  'keys.signature': 'Firma (64 bytes)',
  'keys.checkHint':
    'Cambia un carácter del texto o de la firma y la comprobación falla. Los caracteres que difieren de lo firmado están marcados.',
  'keys.textToCheck': 'Texto para comprobar',
  'keys.signatureToCheck': 'Firma para comprobar (128 caracteres hexadecimales)',
  'keys.same': 'Igual a lo que se firmó.',
  'keys.differs': '{count, plural, one {# carácter difiere} other {# caracteres difieren}} de lo firmado (marcados).',
  'keys.textValid': 'Válida: la clave de este nodo firmó exactamente este texto.',
  'keys.textInvalid': 'Falla: esta firma no se hizo con la clave de este nodo sobre este texto.',
  'keys.notASignature': 'No es una firma: hacen falta 128 caracteres hexadecimales (0–9, a–f).',
  'keys.txTitle': 'Comprobar una transacción de la cadena',
  'keys.txHint':
    'Abre una transacción y el núcleo comprueba su firma delante de ti, como hace cada nodo cuando llega un bloque.',
  'keys.recent': 'Transacciones firmadas, las más nuevas primero',
  'keys.noneSigned':
    'La cadena principal aún no tiene ninguna transacción firmada: envía una en Transacciones y mina un bloque. Las recompensas no llevan firma.',
  'keys.txOption': 'Bloque {block}, n.º {position}: {amount} para {recipient}',
  'keys.block': 'Bloque',
  'keys.position': 'Posición en el bloque (0 es la recompensa)',
  'keys.open': 'Abrir',
  'keys.noBlock': 'La cadena principal no tiene ningún bloque con este número.',
  'keys.noPosition': 'Este bloque no tiene ninguna transacción en esta posición.',
  'keys.opened': 'Bloque {block}, transacción n.º {position}',
  'keys.sender': 'Remitente',
  'keys.recipient': 'Destinatario',
  'keys.amount': 'Cantidad',
  'keys.info': 'Información',
  'keys.reward':
    'Una recompensa (coinbase): crea monedas nuevas para quien minó el bloque y no lleva ni clave ni firma que comprobar.',
  'keys.message':
    'Mensaje firmado: la etiqueta de la red (32 bytes, el SHA-256 de «browser-blockchain/tx/{room}», subrayada) y después los campos de la transacción',
  'keys.txValid':
    'Válida: la firma se cumple para este mensaje y esta clave pública, y el remitente es la dirección de esa clave.',
  'keys.txInvalid': 'Falla: {reason}.',
  'keys.copyTitle': 'Una copia manipulada',
  'keys.copyHint':
    'Cambia la cantidad o la información de la copia: conserva la clave pública y la firma del original. Los caracteres de su mensaje que cambiaron están marcados.',
  'keys.copyAmount': 'Cantidad de la copia',
  'keys.copyInfo': 'Información de la copia',
  'keys.amountInvalid': 'Escribe un número entero, 0 o mayor.',
};
