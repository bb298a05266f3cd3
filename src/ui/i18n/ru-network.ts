// The Russian texts of the network, device, backup and notice views, under English's keys (src/ui/i18n/en-network.ts).
import type { enNetwork } from './en-network.ts';

export const ruNetwork: { readonly [K in keyof typeof enNetwork]: string } = {
  'peers.title': 'Сеть',
  'bridge.title': 'HTTP-запросы',

  'settings.title': 'Настройки',
  'settings.problem.signal-not-url': 'signal {value} — не URL (например, http://127.0.0.1:9000/peerjs) и не none',
  'settings.problem.signal-bad-protocol': 'URL сигнального сервера должен быть http, https, ws или wss, а не {value}',
  'settings.problem.ice-not-json': 'ice — это none или JSON-массив вида [{"urls":"stun:host:3478"}]',
  'settings.problem.ice-bad-servers': 'ice — это массив {urls, username?, credential?} с адресами stun: или turn:',

  'devices.title': 'Узлы на этом устройстве',

  'notice.no-locks-asked':
    'Браузер не даёт этой странице Web Locks (обычный http по сетевому адресу — небезопасный контекст), поэтому ' +
    'перед выбором узла эта вкладка спросила другие открытые вкладки, какие узлы они запустили. Вкладка, не ' +
    'ответившая вовремя (спящая в фоне), всё же может запустить тот же узел: откройте страницу по https или на ' +
    'localhost, чтобы быть уверенными.',
  'notice.data-lost':
    'Данные узла {node} (адрес {address}) пропали из этого браузера: его ключ не найден (блоков найдено: ' +
    '{blocks}). Вместо него ничего не записано; пока эта вкладка запустила новый узел. Восстановите потерянный ' +
    'узел из файла резервной копии (раздел «Резервная копия» под «Файлами цепочки»), чтобы вернуть его адрес и монеты.',
  'backup.problem.not-a-backup': 'файл не резервная копия этого приложения (в файле цепочки нет ключа)',
  'backup.problem.unknown-version': 'копия более нового формата (версия {version}): обновите приложение',
  'backup.problem.bad-field': 'поле {field} копии отсутствует или испорчено',
  'backup.problem.key-mismatch': 'закрытый ключ в файле не принадлежит указанному в нём адресу',
  'backup.problem.proof-failed': 'файл изменён после записи (его подпись не сходится)',
  'backup.problem.other-room': 'это копия комнаты {network}, а не этой: откройте ту комнату, чтобы восстановить её',
  'backup.problem.chain-invalid': 'её цепочка не проходит проверку на блоке {index}: {reason}',
  'backup.problem.tip-mismatch': 'её цепочка кончается не там, где указано в копии: блоки отрезаны или добавлены',
  'backup.problem.node-running':
    'узел {node} запущен в другой вкладке: восстановите его там или сначала закройте ту вкладку',
  'backup.problem.storage-failed': 'хранилище этого устройства отказало: {reason}',

  'genesis.network': 'Сеть',
  'genesis.hash': 'Хеш генезиса',
  'genesis.index': 'Индекс',
  'genesis.timestamp': 'Время',
  'genesis.difficulty': 'Сложность',
  'genesis.json': 'JSON генезис-блока',

  'notice.no-network': 'Нет сети пиров: {error}',
  'notice.saveFailed': 'Не удалось сохранить: {error}',
  'notice.startFailed': 'Узел этой вкладки не запустился: {error}',
  'notice.no-locks':
    'Браузер не даёт этой странице Web Locks (обычный http по сетевому адресу — небезопасный контекст), поэтому ' +
    'копию вкладки нельзя распознать и она запустила бы тот же узел второй раз. Открывайте новые вкладки, а не ' +
    'копии, или откройте страницу по https или на localhost.',
  'notice.no-session':
    'Браузер запрещает этой странице sessionStorage, поэтому после перезагрузки вкладки запустится новый узел.',
  'notice.duplicate-tab':
    'Эта вкладка — копия вкладки с узлом {original}, поэтому она запустила собственный узел {node}.',
  'notice.storage-best-effort':
    'Хранилище не постоянное: браузер может удалить этот узел вместе с ключом и монетами, когда мало места на ' +
    'диске. Установка приложения или закладка на страницу повышают шанс, что браузер его сохранит; резервная ' +
    'копия (в разделе «Файлы цепочки») сохранит ключ и монеты при любом решении браузера.',
  'notice.storage-unsupported':
    'Этот браузер нельзя попросить сохранять данные сайта, поэтому он может удалить узел с ключом и монетами, когда ' +
    'мало места на диске: резервная копия (в разделе «Файлы цепочки») их сохранит.',
  'notice.registry-unavailable': 'Список узлов на этом устройстве недоступен: {error}',
  'notice.registry-not-recorded': 'Не удалось добавить этот узел в список узлов устройства: {error}',
  'notice.records-skipped': 'Часть сохранённых записей не прочиталась и пропущена: {details}',
  'notice.no-module-workers':
    'Этот браузер не запускает модульные воркеры, поэтому узел не может майнить. Он по-прежнему хранит цепочку, ' +
    'отправляет и принимает транзакции и блоки и проверяет подписи на странице. Современный браузер майнить может.',
  'notice.no-wasm-simd':
    'В этом браузере нет WebAssembly SIMD, поэтому майнер работает на JavaScript-ядре: примерно пятая часть ' +
    'обычной скорости хеширования. Всё остальное работает как обычно.',
  'notice.no-broadcast-channel':
    'Этот браузер не умеет связывать свои вкладки напрямую (нет BroadcastChannel): другие вкладки здесь связываются ' +
    'через сервер сигнализации, как отдельные устройства, а без него не связываются вовсе.',

  'storage.failed': '{action}: не получилось — {reason}',
  'storage.quota-exceeded':
    'хранилище браузера для этого сайта заполнено. Уже сохранённое не повреждено; удалите старые узлы на этом ' +
    'устройстве или освободите место на диске и перезагрузите страницу.',
  'storage.blocked': 'другая вкладка держит открытой старую версию этой базы. Закройте или перезагрузите её.',
  'storage.version-change':
    'другая вкладка обновила или удалила эту базу, и эта вкладка её отпустила. Перезагрузите страницу.',
  'storage.newer-version': 'эту базу записала более новая версия приложения. Перезагрузите страницу, чтобы обновиться.',
  'storage.storage-unavailable':
    'браузер не даёт странице IndexedDB (приватный режим или данные сайта запрещены), поэтому узел не сохраняется.',
  'storage.closed': 'база закрыта (возможно, данные сайта очищены). Перезагрузите страницу.',
  'storage.write-failed': 'запись отменена целиком, из неё ничего не сохранено.',
  'storage.read-failed': 'сохранённые данные не прочитать.',
  'storage.node-in-use':
    'этот узел работает во вкладке — этой или другой. Сначала переключите эту вкладку на другой узел или закройте ту.',
  'storage.action.open-database': 'Открытие базы данных {database}',
  'storage.action.use-database': 'Работа с базой данных {database}',
  'storage.action.delete-database': 'Удаление базы данных {database}',
  'storage.action.load-node': 'Загрузка узла',
  'storage.action.save-blocks':
    'Сохранение: {count, plural, one {# блок} few {# блока} many {# блоков} other {# блока}} (вершина {tip})',
  'storage.action.save-mempool':
    'Сохранение мемпула ({count, plural, one {# транзакция} few {# транзакции} many {# транзакций} other {# транзакции}})',
  'storage.action.save-keys': 'Сохранение ключа узла',
  'storage.action.save-peers': 'Сохранение списка пиров (всего {count})',
  'storage.action.save-setting': 'Сохранение настройки {key}',
  'storage.action.compact-blocks': 'Уплотнение сохранённых блоков',
  'storage.action.list-nodes': 'Чтение списка узлов этого устройства',
  'storage.action.record-node': 'Запись узла {nodeId} в список узлов устройства',
  'storage.action.unlist-node': 'Удаление узла {nodeId} из списка узлов устройства',
  'storage.action.delete-node': 'Удаление узла {nodeId}',

  'room.invalidName':
    'Неверное имя комнаты {value}: нужно от 1 до 64 букв, цифр, «_» или «-», например ?room={example}.',
  'room.invalidDifficulty': 'Неверная сложность {value}: нужно целое число бит от 0 до {max}.',
  'room.invalidMiners':
    'Неверный ключ майнера {value}: укажите от 1 до {max} открытых ключей по 64 шестнадцатеричных символа через запятую.',
  'room.invalidTarget': 'Неверное целевое время {value}: нужно целое число секунд на блок от {min} до {max}.',

  'pwa.insecure': 'Для работы офлайн и установки нужен HTTPS или localhost: запустите npm start -- --https',
  'pwa.noServiceWorker': 'В этом браузере нет работы офлайн и установки.',
  'pwa.update': 'Готова новая версия',
  'pwa.updateButton': 'Обновить',
  'pwa.offlineReady': 'Теперь приложение работает и офлайн.',
  'pwa.registerFailed': 'Работа офлайн недоступна: service worker не зарегистрировался ({error}).',
};
