// The Spanish texts of the network, device, backup and notice views, under English's keys (src/ui/i18n/en-network.ts).
import type { enNetwork } from './en-network.ts';

export const esNetwork: { readonly [K in keyof typeof enNetwork]: string } = {
  'peers.title': 'Red',
  'peers.peerId': 'Id de par',
  'peers.invite': 'Enlace de invitación',
  'peers.qr': 'Código QR del enlace de invitación: escanéalo con un móvil para entrar en esta sala',
  'peers.online': 'En línea (desmárcalo para aislar este nodo: una partición)',
  'peers.connect': 'Conectar con un nodo por su id',
  'peers.connectButton': 'Conectar',
  'peers.connected': 'Pares conectados y sus puntas',
  'peers.none': 'sin red de pares',
  'peers.registered': 'registrado',
  'peers.connecting': 'conectando…',
  'peers.state': '{direction} por {link}, altura {height}, trabajo {work}{latency}{score}',
  'peers.link.webrtc': 'WebRTC directo',
  'peers.link.turn': 'WebRTC a través de un servidor TURN',
  'peers.link.relay': 'el relé del servidor del aula',
  'peers.failing': 'no se puede enlazar ({failures}× seguidas): {reason}',
  'dial-failed.no-signalling': 'sin conexión con el servidor de señalización',
  'dial-failed.no-such-peer': 'no está en el servidor de señalización',
  'dial-failed.refused': 'rechazó el enlace',
  'dial-failed.no-route': 'no hay ruta hasta este par: puede que la wifi aísle los dispositivos',
  'dial-failed.relay-refused': 'no hay ruta directa y el relé del servidor del aula no pudo llevar el enlace',
  'peers.link.tab': 'un canal entre pestañas',
  'peers.link.in-memory': 'memoria',
  'peers.dialled': 'enlace saliente',
  'peers.dialledUs': 'enlace entrante',
  'peers.events': 'Eventos de red',
  'peers.traffic': 'Mensajes entrantes y salientes',
  'peers.trafficCaption':
    '{count, plural, one {El último mensaje} other {Los últimos # mensajes}}, el más reciente primero',
  'peers.time': 'Hora',
  'peers.direction': 'Dirección',
  'peers.type': 'Tipo',
  'peers.peer': 'Par',
  'peers.size': 'Bytes',
  'peers.in': 'entrada',
  'peers.out': 'salida',
  'peers.totals':
    'Desde el inicio: {inCount, plural, one {# mensaje entrante} other {# mensajes entrantes}} ({inBytes, plural, one {# byte} other {# bytes}}), {outCount, plural, one {# saliente} other {# salientes}} ({outBytes, plural, one {# byte} other {# bytes}}).',
  'bridge.title': 'Peticiones HTTP',
  'bridge.allow': 'Permitir peticiones HTTP (curl, Postman)',
  'bridge.address': 'Dirección HTTP de este nodo',
  'bridge.copy': 'Copiar',
  'bridge.copied': 'Copiado',
  'bridge.off': 'Desactivado: el servidor responde 403 a las peticiones HTTP para este nodo.',
  'bridge.probing': 'Comprobando si el servidor de esta página atiende peticiones HTTP…',
  'bridge.unavailable':
    'Las peticiones HTTP necesitan el servidor de npm start: esta página la sirvió otro, que no tiene puente HTTP.',
  'bridge.state.connecting': 'Activado: conectando con el servidor…',
  'bridge.state.online':
    'Activado: curl y Postman llegan a este nodo en la dirección de abajo (añade /chain, /mine, …).',
  'bridge.state.offline': 'Activado, pero no se puede llegar al servidor: reintentando…',
  'bridge.state.replaced':
    'Desactivado: otra conexión se hizo cargo de las peticiones HTTP de este nodo. Márcalo para recuperarlas.',
  'bridge.tooLarge':
    'La respuesta ocupa {bytes, plural, one {# byte} other {# bytes}}, más de los {limit} que admite el servidor.',
  'bridge.failed': 'El nodo no pudo responder: {error}',
  'event.banned': '{peer} vetado por {fault}: {detail}',
  'event.sync': '{added, plural, one {# bloque sincronizado} other {# bloques sincronizados}} desde {peer}: {outcome}',
  'link-end.node-stopped': 'este nodo se detuvo',
  'link-end.went-offline': 'este nodo se desconectó',
  'link-end.closed-by-peer': 'el par cerró el enlace',
  'link-end.replaced': 'sustituido por un segundo enlace con el mismo par',
  'link-end.peer-restarted': 'el par volvió (recargó o se reconectó) con un enlace nuevo',
  'link-end.evicted': 'dejó sitio a un par nuevo: llevaba un rato sin enviar nada nuevo',
  'link-end.no-status': 'nunca dijo qué cadena tiene',
  'link-end.banned': 'vetado por {fault}',
  'link-end.silent': 'en silencio durante {ms} ms',
  'link-end.unread-bytes': 'dejó {bytes, plural, one {# byte} other {# bytes}} sin leer',
  'link-end.link-failed': 'el enlace falló: {error}',
  'sync.caught-up': 'al día',
  'sync.resolved': 'toda su cadena se ofreció a la elección de bifurcación',
  'sync.no-progress': 'se repitió, sin progreso',
  'sync.disconnected': 'el enlace se cerró',
  'sync.no-verdict': 'el nodo no dio veredicto',
  'sync.invalid-block': 'el bloque {index} no es válido',
  'sync.not-following': 'el bloque {index} no sigue al anterior',
  'sync.undecodable': 'el bloque {index} de su respuesta no se puede decodificar',
  'sync.chain-refused': 'su cadena fue rechazada ({reason})',
  'sync.failed': 'falló: {error}',
  'event.misbehaviour': '{peer} se portó mal ({fault}): {detail}',
  'event.disconnected': '{peer} se fue: {reason}',
  'event.signalling': 'señalización {state}: {detail}',

  'settings.title': 'Ajustes',
  'settings.signal': 'Servidor de señalización (URL de PeerJS, o "none")',
  'settings.ice': 'Servidores ICE ("none", o JSON como [{"urls":"stun:host:3478"}])',
  'settings.save': 'Guardar y recargar',
  'settings.clear': 'Usar valores por defecto',
  'settings.current': 'En uso: {source} {server}',
  'settings.problem.signal-not-url': 'signal {value} no es una URL (p. ej. http://127.0.0.1:9000/peerjs) ni none',
  'settings.problem.signal-bad-protocol': 'la URL de signal debe ser http, https, ws o wss, no {value}',
  'settings.problem.ice-not-json': 'ice debe ser none o un array JSON como [{"urls":"stun:host:3478"}]',
  'settings.problem.ice-bad-servers': 'ice debe ser un array de {urls, username?, credential?} con URL stun: o turn:',
  'settings.none': 'ninguno',

  'devices.title': 'Nodos en este dispositivo',
  'devices.thisTab': 'esta pestaña',
  'devices.otherTab': 'abierto en otra pestaña',
  'devices.notRunning': 'sin ejecutar',
  'devices.resume': 'Retomar aquí',
  'devices.delete': 'Eliminar',
  'devices.confirm': '¿Eliminar el nodo {id} y su cadena de este dispositivo?',
  'devices.entry': '{state} dirección {address}, último uso {time}',
  'devices.error': 'No se pudieron listar los nodos: {error}',

  'devices.lost': 'datos perdidos: solo una copia de seguridad los recupera',
  'notice.no-locks-asked':
    'El navegador no ofrece Web Locks a esta página (http simple en una dirección de red no es un contexto seguro), así que ' +
    'esta pestaña preguntó a las demás pestañas abiertas qué nodos ejecutan antes de elegir uno. Una pestaña que no respondió a ' +
    'tiempo (dormida en segundo plano) aún podría ejecutar este mismo nodo: abre la página por https o en localhost para ' +
    'estar seguro.',
  'notice.data-lost':
    'Los datos del nodo {node} (dirección {address}) han desaparecido de este navegador: no se encontró su clave ' +
    '({blocks, plural, one {sí se encontró # bloque} other {sí se encontraron # bloques}}). No se escribió nada en su lugar; mientras tanto, esta pestaña ejecuta un nodo nuevo. ' +
    'Restaura el nodo perdido desde un archivo de copia de seguridad (Copia de seguridad, en Archivos de cadena) para recuperar su dirección y sus monedas.',
  'backup.title': 'Copia de seguridad',
  'backup.hint':
    'Una copia de seguridad es el archivo de cadena de este nodo más su par de claves. Con ella, la dirección y las monedas de este nodo vuelven ' +
    'en este u otro navegador después de que el navegador pierda sus datos; luego la cadena se pone al día con los pares.',
  'backup.download': 'Descargar una copia de seguridad…',
  'backup.warning':
    'La copia de seguridad contiene la clave privada de este nodo. Quien tenga el archivo puede gastar las monedas de este nodo: guárdalo donde ' +
    'solo tú puedas leerlo y nunca se lo envíes a nadie.',
  'backup.confirm': 'Descargar la copia de seguridad con la clave privada',
  'backup.cancel': 'Cancelar',
  'backup.restore': 'Restaurar desde una copia de seguridad',
  'backup.lost':
    'El nodo {node} (dirección {address}) perdió sus datos en este dispositivo. Elige su archivo de copia de seguridad para recuperarlo.',
  'backup.checking': 'Comprobando {name}…',
  'backup.restoredHere':
    'La copia de seguridad es de este nodo: su cadena de {length, plural, one {# bloque} other {# bloques}} se ofreció a la elección de bifurcación.',
  'backup.restored':
    'El nodo {node} (dirección {address}) ha vuelto con {length, plural, one {# bloque} other {# bloques}}. Esta pestaña cambia a él ahora; después se sincroniza ' +
    'con sus pares.',
  'backup.failed': 'No se restauró, no se cambió nada: {reason}',
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

  'pwa.insecure': 'El uso sin conexión y la instalación necesitan HTTPS o localhost: ejecuta npm start -- --https',
  'pwa.noServiceWorker': 'El uso sin conexión y la instalación no están disponibles en este navegador.',
  'pwa.update': 'Hay una versión nueva lista',
  'pwa.updateButton': 'Actualizar',
  'pwa.offlineReady': 'Esta aplicación ahora también funciona sin conexión.',
  'pwa.registerFailed': 'El uso sin conexión no está disponible: el service worker no se registró ({error}).',
};
