import type { SectionTable } from '../../section.ts';
import type { GuideKey } from './en.ts';

export const guideEs: SectionTable<GuideKey> = {
  'guide.title': 'Primeros pasos',
  'guide.progress': 'Paso {step} de {total}',
  'guide.node.title': 'Esta pestaña es un nodo completo',
  'guide.node.text':
    'Guarda su propia copia de la cadena, comprueba cada bloque que recibe y habla con los nodos de tus compañeros. Ningún servidor decide por él.',
  'guide.mine.title': 'Mina tu primer bloque',
  'guide.mine.text':
    'Pulsa «{mine}» arriba. Tu nodo prueba un nonce tras otro hasta que el hash del bloque cumple la dificultad; el bloque entra en tu cadena y su recompensa es tuya.',
  'guide.send.title': 'Envía un registro a un compañero',
  'guide.send.text':
    'Pulsa «{send}», elige la dirección de un compañero, escribe un registro y envíalo. Espera en la mempool hasta que un nodo lo mine en un bloque.',
  'guide.next': 'Siguiente',
  'guide.back': 'Atrás',
  'guide.skip': 'Omitir',
  'guide.done': 'Hecho',
};
