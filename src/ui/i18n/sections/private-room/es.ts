import type { SectionTable } from '../../section.ts';
import type { PrivateRoomKey } from './en.ts';

export const privateRoomEs: SectionTable<PrivateRoomKey> = {
  'role.label': 'Rol',
  'role.miner':
    'minero: esta sala privada permite minar a {count, plural, one {# clave} other {# claves}}, y la tuya es una de ellas',
  'role.user':
    'usuario: solo pueden minar las claves de la lista de esta sala privada, y la tuya no está; aún puedes enviar transacciones',
  'role.public': 'minero: en una sala pública cualquier nodo puede minar',
  'role.publicKey': 'Clave pública',
  'role.copy': 'Copiar mi clave pública',
  'role.copied': 'Copiada. Envíala a tu profesor para que te añada a la lista de mineros.',
  'role.copyFailed': 'No se pudo copiar: selecciona la clave y cópiala a mano.',
};
