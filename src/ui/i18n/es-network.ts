// The Spanish texts of the network, device, backup and notice views, under English's keys (src/ui/i18n/en-network.ts).
import type { enNetwork } from './en-network.ts';

export const esNetwork: { readonly [K in keyof typeof enNetwork]: string } = {
  'peers.title': 'Red',
  'bridge.title': 'Peticiones HTTP',

  'settings.title': 'Ajustes',
  'settings.problem.signal-not-url': 'signal {value} no es una URL (p. ej. http://127.0.0.1:9000/peerjs) ni none',
  'settings.problem.signal-bad-protocol': 'la URL de signal debe ser http, https, ws o wss, no {value}',
  'settings.problem.ice-not-json': 'ice debe ser none o un array JSON como [{"urls":"stun:host:3478"}]',
  'settings.problem.ice-bad-servers': 'ice debe ser un array de {urls, username?, credential?} con URL stun: o turn:',

  'devices.title': 'Nodos en este dispositivo',

  'notice.no-locks-asked':
    'El navegador no ofrece Web Locks a esta página (http simple en una dirección de red no es un contexto seguro), así que ' +
    'esta pestaña preguntó a las demás pestañas abiertas qué nodos ejecutan antes de elegir uno. Una pestaña que no respondió a ' +
    'tiempo (dormida en segundo plano) aún podría ejecutar este mismo nodo: abre la página por https o en localhost para ' +
    'estar seguro.',
  'notice.data-lost':
    'Los datos del nodo {node} (dirección {address}) han desaparecido de este navegador: no se encontró su clave ' +
    '({blocks, plural, one {sí se encontró # bloque} other {sí se encontraron # bloques}}). No se escribió nada en su lugar; mientras tanto, esta pestaña ejecuta un nodo nuevo. ' +
    'Restaura el nodo perdido desde un archivo de copia de seguridad (Copia de seguridad, en Archivos de cadena) para recuperar su dirección y sus monedas.',
  'backup.problem.not-a-backup':
    'el archivo no es una copia de seguridad de esta aplicación (un archivo de cadena solo no contiene ninguna clave)',
  'backup.problem.unknown-version':
    'la copia de seguridad tiene un formato posterior (versión {version}): actualiza la aplicación',
  'backup.problem.bad-field': 'el campo {field} de la copia de seguridad falta o está mal formado',
  'backup.problem.key-mismatch': 'la clave privada del archivo no corresponde a la dirección que indica',
  'backup.problem.proof-failed': 'el archivo se modificó después de escribirse (su firma no coincide)',
  'backup.problem.other-room':
    'es una copia de seguridad de la sala {network}, no de esta sala: abre esa sala para restaurarla',
  'backup.problem.chain-invalid': 'su cadena falla en el bloque {index}: {reason}',
  'backup.problem.tip-mismatch':
    'su cadena no termina donde dice la copia de seguridad: se cortaron o se añadieron bloques',
  'backup.problem.node-running':
    'el nodo {node} se ejecuta en otra pestaña: restáuralo allí o cierra antes esa pestaña',
  'backup.problem.storage-failed': 'el almacenamiento de este dispositivo lo rechazó: {reason}',

  'genesis.network': 'Red',
  'genesis.hash': 'Hash del génesis',
  'genesis.index': 'Índice',
  'genesis.timestamp': 'Marca de tiempo',
  'genesis.difficulty': 'Dificultad',
  'genesis.json': 'JSON del bloque génesis',

  'notice.no-network': 'Sin red de pares: {error}',
  'notice.saveFailed': 'No se pudo guardar: {error}',
  'notice.startFailed': 'El nodo de esta pestaña no pudo arrancar: {error}',
  'notice.no-locks':
    'El navegador no ofrece Web Locks a esta página (http simple en una dirección de red no es un contexto seguro), así que ' +
    'no se puede detectar una pestaña duplicada, que ejecutaría este mismo nodo dos veces. Abre pestañas nuevas en lugar de duplicarlas, ' +
    'o abre la página por https o en localhost.',
  'notice.no-session':
    'Este navegador bloquea sessionStorage para esta página, así que al recargar la pestaña se iniciará un nodo nuevo.',
  'notice.duplicate-tab':
    'Esta pestaña es una copia de una pestaña que ejecuta el nodo {original}, así que inició su propio nodo {node}.',
  'notice.storage-best-effort':
    'El almacenamiento no está garantizado: el navegador puede borrar este nodo, con su clave y sus monedas, cuando quede poco espacio en disco. ' +
    'Instalar la aplicación o añadir la página a marcadores hace más probable que el navegador lo conserve; una copia de seguridad (en Archivos ' +
    'de cadena) conserva la clave y las monedas haga lo que haga el navegador.',
  'notice.storage-unsupported':
    'A este navegador no se le puede pedir que conserve los datos del sitio, así que puede borrar este nodo, con su clave y sus monedas, cuando ' +
    'quede poco espacio en disco: una copia de seguridad (en Archivos de cadena) los conserva.',
  'notice.registry-unavailable': 'La lista de nodos de este dispositivo no está disponible: {error}',
  'notice.registry-not-recorded': 'No se pudo añadir este nodo a la lista del dispositivo: {error}',
  'notice.records-skipped': 'Algunos registros guardados no se pudieron leer y se omitieron: {details}',
  'notice.no-module-workers':
    'Este navegador no puede ejecutar module workers, así que este nodo no puede minar. Aun así conserva la cadena, envía y ' +
    'recibe transacciones y bloques, y comprueba las firmas en la página. Un navegador actual sí puede minar.',
  'notice.no-wasm-simd':
    'Este navegador no tiene WebAssembly SIMD, así que el minero usa su núcleo de JavaScript: más o menos una quinta parte de la ' +
    'tasa de hash habitual. Todo lo demás funciona como siempre.',
  'notice.history-checking':
    'Este nodo arrancó desde su instantánea del libro en el bloque {base}; los bloques anteriores se están leyendo y comprobando',
  'notice.snapshot-damaged':
    'La instantánea del libro guardada no se pudo usar ({reason}), así que se leyó y comprobó la cadena entera',
  'notice.snapshot-disagreed':
    'La instantánea del libro guardada no coincidía con los bloques anteriores: el nodo sigue los bloques y tomó una nueva',
  'notice.no-broadcast-channel':
    'Este navegador no puede enlazar sus propias pestañas directamente (no hay BroadcastChannel): las demás pestañas de aquí se enlazan a través del ' +
    'servidor de señalización, como dispositivos separados, y sin él no se enlazan.',

  'storage.failed': '{action} falló: {reason}',
  'storage.quota-exceeded':
    'el almacenamiento del navegador para este sitio está lleno. No se dañó nada de lo ya guardado; elimina nodos antiguos de este ' +
    'dispositivo o libera espacio en disco y luego recarga.',
  'storage.blocked':
    'otra pestaña mantiene abierta una versión anterior de esta base de datos. Cierra o recarga esa pestaña para continuar.',
  'storage.version-change':
    'otra pestaña actualizó o eliminó esta base de datos, así que esta pestaña la soltó. Recarga para continuar.',
  'storage.newer-version':
    'esta base de datos la escribió una versión más reciente de la aplicación. Recarga la página para actualizar.',
  'storage.storage-unavailable':
    'este navegador no deja que la página use IndexedDB (navegación privada o datos del sitio bloqueados), así que el nodo no se puede guardar.',
  'storage.closed':
    'la base de datos está cerrada (puede que se hayan borrado los datos del sitio). Recarga para continuar.',
  'storage.write-failed': 'la escritura se deshizo por completo, así que no se guardó nada de ella.',
  'storage.read-failed': 'no se pudieron leer los datos guardados.',
  'storage.node-in-use':
    'ese nodo se está ejecutando en una pestaña, esta u otra. Primero cambia esta pestaña a otro nodo o cierra esa pestaña.',
  'storage.action.open-database': 'Abrir la base de datos {database}',
  'storage.action.use-database': 'Usar la base de datos {database}',
  'storage.action.delete-database': 'Eliminar la base de datos {database}',
  'storage.action.load-node': 'Cargar el nodo',
  'storage.action.save-blocks': 'Guardar {count, plural, one {# bloque} other {# bloques}} (punta {tip})',
  'storage.action.save-mempool': 'Guardar la mempool ({count, plural, one {# transacción} other {# transacciones}})',
  'storage.action.save-keys': 'Guardar la clave del nodo',
  'storage.action.save-peers': 'Guardar {count, plural, one {# id de par} other {# ids de pares}}',
  'storage.action.save-setting': 'Guardar el ajuste {key}',
  'storage.action.compact-blocks': 'Compactar los bloques guardados',
  'storage.action.list-nodes': 'Listar los nodos de este dispositivo',
  'storage.action.record-node': 'Añadir el nodo {nodeId} a la lista de este dispositivo',
  'storage.action.unlist-node': 'Quitar el nodo {nodeId} de la lista de este dispositivo',
  'storage.action.delete-node': 'Eliminar el nodo {nodeId}',

  'room.invalidName':
    'Nombre de sala no válido {value}: usa de 1 a 64 letras, dígitos, "_" o "-", por ejemplo ?room={example}.',
  'room.invalidDifficulty': 'Dificultad no válida {value}: usa un número entero de bits, de 0 a {max}.',
  'room.invalidMiners':
    'Clave de minero no válida {value}: indica de 1 a {max} claves públicas de 64 caracteres hexadecimales, separadas por comas.',
  'room.invalidTarget': 'Objetivo no válido {value}: usa segundos enteros por bloque, de {min} a {max}.',

  'pwa.insecure': 'El uso sin conexión y la instalación necesitan HTTPS o localhost: ejecuta npm start -- --https',
  'pwa.noServiceWorker': 'El uso sin conexión y la instalación no están disponibles en este navegador.',
  'pwa.update': 'Hay una versión nueva lista',
  'pwa.updateButton': 'Actualizar',
  'pwa.offlineReady': 'Esta aplicación ahora también funciona sin conexión.',
  'pwa.registerFailed': 'El uso sin conexión no está disponible: el service worker no se registró ({error}).',
};
