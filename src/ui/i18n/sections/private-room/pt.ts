import type { SectionTable } from '../../section.ts';
import type { PrivateRoomKey } from './en.ts';

export const privateRoomPt: SectionTable<PrivateRoomKey> = {
  'role.label': 'Papel',
  'role.miner':
    'minerador: esta sala privada permite minerar a {count, plural, one {# chave} other {# chaves}}, e a sua é uma delas',
  'role.user':
    'usuário: só as chaves da lista desta sala privada podem minerar, e a sua não está; você ainda pode enviar transações',
  'role.public': 'minerador: numa sala pública qualquer nó pode minerar',
  'role.publicKey': 'Chave pública',
  'role.copy': 'Copiar minha chave pública',
  'role.copied': 'Copiada. Envie-a ao seu professor para entrar na lista de mineradores.',
  'role.copyFailed': 'Não foi possível copiar: selecione a chave e copie-a à mão.',
};
