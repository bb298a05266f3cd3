// The Ukrainian texts of the network, device, backup and notice views, under English's keys
// (src/ui/i18n/en-network.ts).
import type { enNetwork } from './en-network.ts';

export const ukNetwork: { readonly [K in keyof typeof enNetwork]: string } = {
  'peers.title': 'Мережа',
  'peers.peerId': 'Id піра',
  'peers.invite': 'Посилання-запрошення',
  'peers.qr': 'QR-код посилання-запрошення: відскануйте його телефоном, щоб увійти в цю кімнату',
  'peers.online': 'У мережі (зніміть позначку, щоб відрізати цей вузол: розділення мережі)',
  'peers.connect': 'Під’єднатися до вузла за id',
  'peers.connectButton': 'Під’єднати',
  'peers.connected': 'Під’єднані піри та їхні вершини',
  'peers.none': 'немає мережі пірів',
  'peers.registered': 'зареєстрований',
  'peers.connecting': 'під’єднується…',
  'peers.state': '{direction}, через {link}, висота {height}, робота {work}{latency}{score}',
  'peers.link.webrtc': 'прямий WebRTC',
  'peers.link.turn': 'WebRTC через TURN-сервер',
  'peers.link.relay': 'ретранслятор сервера класу',
  'peers.failing': 'не вдається з’єднатися ({failures}× поспіль): {reason}',
  'dial-failed.no-signalling': 'немає зв’язку із сервером сигналізації',
  'dial-failed.no-such-peer': 'цього вузла немає на сервері сигналізації',
  'dial-failed.refused': 'вузол відмовився від з’єднання',
  'dial-failed.no-route': 'немає шляху до цього піра: Wi-Fi, можливо, ізолює пристрої',
  'dial-failed.relay-refused': 'прямого шляху немає, а ретранслятор сервера класу не зміг передати з’єднання',
  'peers.link.tab': 'канал між вкладками',
  'peers.link.in-memory': 'пам’ять',
  'peers.dialled': 'вихідне',
  'peers.dialledUs': 'вхідне',
  'peers.events': 'Події мережі',
  'peers.traffic': 'Вхідні та вихідні повідомлення',
  'peers.trafficCaption':
    '{count, plural, one {Останнє # повідомлення} few {Останні # повідомлення} many {Останні # повідомлень} other {Останні # повідомлення}}, нові зверху',
  'peers.time': 'Час',
  'peers.direction': 'Напрямок',
  'peers.type': 'Тип',
  'peers.peer': 'Пір',
  'peers.size': 'Байт',
  'peers.in': 'вхід',
  'peers.out': 'вихід',
  'peers.totals': 'Від запуску: вхідних {inCount} ({inBytes} байт), вихідних {outCount} ({outBytes} байт).',
  'bridge.title': 'HTTP-запити',
  'bridge.allow': 'Дозволити HTTP-запити (curl, Postman)',
  'bridge.address': 'HTTP-адреса цього вузла',
  'bridge.copy': 'Копіювати',
  'bridge.copied': 'Скопійовано',
  'bridge.off': 'Вимкнено: на HTTP-запити до цього вузла сервер відповідає 403.',
  'bridge.probing': 'Перевіряємо, чи приймає сервер цієї сторінки HTTP-запити…',
  'bridge.unavailable':
    'HTTP-запитам потрібен сервер npm start: цю сторінку віддав інший сервер, у якого немає HTTP-моста.',
  'bridge.state.connecting': 'Увімкнено: під’єднуємося до сервера…',
  'bridge.state.online': 'Увімкнено: curl і Postman звертаються до вузла за адресою нижче (додайте /chain, /mine, …).',
  'bridge.state.offline': 'Увімкнено, але сервер недоступний: пробуємо знову…',
  'bridge.state.replaced': 'Вимкнено: HTTP-запити цього вузла перехопило інше з’єднання. Позначте, щоб повернути їх.',
  'bridge.tooLarge':
    'Відповідь займає {bytes, plural, one {# байт} few {# байти} many {# байтів} other {# байта}}: більше, ніж приймає сервер ({limit}).',
  'bridge.failed': 'Вузол не зміг відповісти: {error}',
  'event.banned': '{peer} заблоковано за {fault}: {detail}',
  'event.sync':
    'синхронізовано {added, plural, one {# блок} few {# блоки} many {# блоків} other {# блоку}} від {peer}: {outcome}',
  'link-end.node-stopped': 'цей вузол зупинено',
  'link-end.went-offline': 'цей вузол вийшов із мережі',
  'link-end.closed-by-peer': 'пір закрив з’єднання',
  'link-end.replaced': 'замінено другим з’єднанням із тим самим піром',
  'link-end.peer-restarted': 'пір повернувся (перезавантажився або перепід’єднався) новим з’єднанням',
  'link-end.evicted': 'звільнено місце для нового піра: він давно не надсилав нічого нового',
  'link-end.no-status': 'він так і не сказав, який у нього ланцюжок',
  'link-end.banned': 'заблоковано за {fault}',
  'link-end.silent': 'мовчав {ms} мс',
  'link-end.unread-bytes':
    'він залишив непрочитаними {bytes, plural, one {# байт} few {# байти} many {# байтів} other {# байта}}',
  'link-end.link-failed': 'з’єднання зірвалося: {error}',
  'sync.caught-up': 'наздогнав',
  'sync.resolved': 'його весь ланцюжок передано на вибір гілки',
  'sync.no-progress': 'він повторюється, поступу немає',
  'sync.disconnected': 'з’єднання закрито',
  'sync.no-verdict': 'вузол не виніс рішення',
  'sync.invalid-block': 'блок {index} недійсний',
  'sync.not-following': 'блок {index} не продовжує попередній',
  'sync.undecodable': 'блок {index} у його відповіді не декодується',
  'sync.chain-refused': 'його ланцюжок відхилено ({reason})',
  'sync.failed': 'не вдалося: {error}',
  'event.misbehaviour': '{peer} порушив правила ({fault}): {detail}',
  'event.disconnected': '{peer} пішов: {reason}',
  'event.signalling': 'сигналізація {state}: {detail}',

  'settings.title': 'Налаштування',
  'settings.signal': 'Сервер сигналізації (URL PeerJS або "none")',
  'settings.ice': 'ICE-сервери ("none" або JSON на кшталт [{"urls":"stun:host:3478"}])',
  'settings.save': 'Зберегти й перезавантажити',
  'settings.clear': 'Типові значення',
  'settings.current': 'Зараз використовується: {source} {server}',
  'settings.problem.signal-not-url': 'signal {value} не є URL (наприклад, http://127.0.0.1:9000/peerjs) і не none',
  'settings.problem.signal-bad-protocol': 'URL signal має бути http, https, ws або wss, а не {value}',
  'settings.problem.ice-not-json': 'ice має бути none або JSON-масивом на кшталт [{"urls":"stun:host:3478"}]',
  'settings.problem.ice-bad-servers':
    'ice має бути масивом {urls, username?, credential?} з URL, що починаються зі stun: або turn:',
  'settings.none': 'немає',

  'devices.title': 'Вузли на цьому пристрої',
  'devices.thisTab': 'ця вкладка',
  'devices.otherTab': 'відкритий в іншій вкладці',
  'devices.notRunning': 'не запущений',
  'devices.resume': 'Продовжити тут',
  'devices.delete': 'Видалити',
  'devices.confirm': 'Видалити вузол {id} і його ланцюжок із цього пристрою?',
  'devices.entry': '{state} адреса {address}, востаннє використано {time}',
  'devices.error': 'Не вдалося отримати список вузлів: {error}',

  'devices.lost': 'дані втрачено: повернути їх може лише резервна копія',
  'notice.no-locks-asked':
    'Браузер не надає цій сторінці Web Locks (звичайний http на мережевій адресі не є безпечним контекстом), тому ' +
    'ця вкладка, перш ніж вибрати вузол, спитала інші відкриті вкладки, які вузли вони запускають. Вкладка, що не ' +
    'відповіла вчасно (спить у фоні), все ж може запускати цей самий вузол: щоб бути певним, відкрийте сторінку ' +
    'через https або на localhost.',
  'notice.data-lost':
    'Дані вузла {node} (адреса {address}) зникли з цього браузера: його ключ не знайдено (а ' +
    '{blocks, plural, one {# блок знайдено} few {# блоки знайдено} many {# блоків знайдено} other {# блоку знайдено}}). ' +
    'Замість нього нічого не записано; тим часом ця вкладка запустила новий вузол. Відновіть втрачений вузол ' +
    'із файлу резервної копії (Резервна копія, у розділі «Файли ланцюжка»), щоб повернути його адресу й монети.',
  'backup.title': 'Резервна копія',
  'backup.hint':
    'Резервна копія — це файл ланцюжка цього вузла разом із його парою ключів. З нею адреса й монети цього вузла ' +
    'повертаються в цьому чи іншому браузері, якщо браузер втратив дані; потім ланцюжок наздоганяє пірів.',
  'backup.download': 'Завантажити резервну копію…',
  'backup.warning':
    'Резервна копія містить закритий ключ цього вузла. Будь-хто з цим файлом може витратити монети цього вузла: ' +
    'зберігайте його там, де прочитати його можете лише ви, і нікому не надсилайте.',
  'backup.confirm': 'Завантажити резервну копію із закритим ключем',
  'backup.cancel': 'Скасувати',
  'backup.restore': 'Відновити з резервної копії',
  'backup.lost':
    'Вузол {node} (адреса {address}) втратив дані на цьому пристрої. Виберіть його файл резервної копії, щоб ' +
    'повернути його.',
  'backup.checking': 'Перевіряємо {name}…',
  'backup.restoredHere':
    'Це копія цього самого вузла: його ланцюжок із ' +
    '{length, plural, one {# блоку} few {# блоків} many {# блоків} other {# блоку}} передано на вибір гілки.',
  'backup.restored':
    'Вузол {node} (адреса {address}) повернувся з ' +
    '{length, plural, one {# блоком} few {# блоками} many {# блоками} other {# блоку}}. Вкладка зараз ' +
    'перемкнеться на нього; потім він синхронізується зі своїми пірами.',
  'backup.failed': 'Не відновлено, нічого не змінено: {reason}',
  'backup.problem.not-a-backup': 'файл не є резервною копією цього застосунку (сам файл ланцюжка не містить ключа)',
  'backup.problem.unknown-version': 'резервна копія новішого формату (версія {version}): оновіть застосунок',
  'backup.problem.bad-field': 'поле {field} резервної копії відсутнє або пошкоджене',
  'backup.problem.key-mismatch': 'закритий ключ у файлі не належить до адреси, яку файл називає',
  'backup.problem.proof-failed': 'файл змінено після запису (його підпис не збігається)',
  'backup.problem.other-room': 'це резервна копія кімнати {network}, а не цієї: відкрийте ту кімнату, щоб відновити її',
  'backup.problem.chain-invalid': 'її ланцюжок ламається на блоці {index}: {reason}',
  'backup.problem.tip-mismatch': 'її ланцюжок закінчується не там, де каже резервна копія: блоки відрізано або додано',
  'backup.problem.node-running':
    'вузол {node} працює в іншій вкладці: відновіть його там або спочатку закрийте ту вкладку',
  'backup.problem.storage-failed': 'сховище цього пристрою відмовило: {reason}',

  'genesis.network': 'Мережа',
  'genesis.hash': 'Хеш генезису',
  'genesis.index': 'Номер',
  'genesis.timestamp': 'Мітка часу',
  'genesis.difficulty': 'Складність',
  'genesis.json': 'JSON генезис-блоку',

  'notice.no-network': 'Немає мережі пірів: {error}',
  'notice.saveFailed': 'Не вдалося зберегти: {error}',
  'notice.startFailed': 'Вузол цієї вкладки не зміг запуститися: {error}',
  'notice.no-locks':
    'Браузер не надає цій сторінці Web Locks (звичайний http на мережевій адресі не є безпечним контекстом), тому ' +
    'продубльовану вкладку не можна розпізнати, і вона запустила б цей самий вузол удруге. Відкривайте нові ' +
    'вкладки замість дублювання або відкрийте сторінку через https чи на localhost.',
  'notice.no-session':
    'Цей браузер блокує sessionStorage для цієї сторінки, тому після перезавантаження вкладки запуститься новий вузол.',
  'notice.duplicate-tab':
    'Ця вкладка — копія вкладки, у якій працює вузол {original}, тому вона запустила власний вузол {node}.',
  'notice.storage-best-effort':
    'Сховище не гарантоване: коли місця на диску мало, браузер може стерти цей вузол разом із ключем і монетами. ' +
    'Якщо встановити застосунок або додати сторінку в закладки, браузер імовірніше його збереже; резервна копія ' +
    '(у розділі «Файли ланцюжка») зберігає ключ і монети, хоч би що зробив браузер.',
  'notice.storage-unsupported':
    'Цей браузер не можна попросити зберігати дані сайту, тож коли місця на диску мало, він може стерти цей ' +
    'вузол разом із ключем і монетами: резервна копія (у розділі «Файли ланцюжка») їх зберігає.',
  'notice.registry-unavailable': 'Список вузлів на цьому пристрої недоступний: {error}',
  'notice.registry-not-recorded': 'Не вдалося внести цей вузол до списку пристрою: {error}',
  'notice.records-skipped': 'Деякі збережені записи не вдалося прочитати, їх пропущено: {details}',
  'notice.no-module-workers':
    'Цей браузер не може запускати module workers, тому цей вузол не може майнити. Він і далі зберігає ' +
    'ланцюжок, надсилає й отримує транзакції та блоки і перевіряє підписи на сторінці. Сучасний браузер може майнити.',
  'notice.no-wasm-simd':
    'Цей браузер не має WebAssembly SIMD, тому майнер використовує своє ядро на JavaScript: приблизно п’ята ' +
    'частина звичайної швидкості хешування. Усе інше працює як завжди.',
  'notice.no-broadcast-channel':
    'Цей браузер не може з’єднувати власні вкладки напряму (немає BroadcastChannel): інші вкладки тут ' +
    'з’єднуються через сервер сигналізації, як окремі пристрої, а без нього — ніяк.',

  'storage.failed': '{action} не вдалося: {reason}',
  'storage.quota-exceeded':
    'сховище браузера для цього сайту заповнене. Уже збережене не пошкоджено; видаліть старі вузли на цьому ' +
    'пристрої або звільніть місце на диску, потім перезавантажте сторінку.',
  'storage.blocked':
    'інша вкладка тримає відкритою старішу версію цієї бази даних. Закрийте або перезавантажте ту вкладку, щоб продовжити.',
  'storage.version-change':
    'інша вкладка оновила або видалила цю базу даних, тому ця вкладка її відпустила. Перезавантажте, щоб продовжити.',
  'storage.newer-version': 'цю базу даних записала новіша версія застосунку. Перезавантажте сторінку, щоб оновитися.',
  'storage.storage-unavailable':
    'цей браузер не дозволяє сторінці використовувати IndexedDB (приватний режим або дані сайту заблоковано), ' +
    'тому вузол не можна зберегти.',
  'storage.closed': 'базу даних закрито (можливо, дані сайту очищено). Перезавантажте, щоб продовжити.',
  'storage.write-failed': 'запис відкочено повністю, тож із нього нічого не збережено.',
  'storage.read-failed': 'збережені дані не вдалося прочитати.',
  'storage.node-in-use':
    'цей вузол працює у вкладці, цій чи іншій. Спочатку перемкніть цю вкладку на інший вузол або закрийте ту вкладку.',
  'storage.action.open-database': 'Відкриття бази даних {database}',
  'storage.action.use-database': 'Використання бази даних {database}',
  'storage.action.delete-database': 'Видалення бази даних {database}',
  'storage.action.load-node': 'Завантаження вузла',
  'storage.action.save-blocks':
    'Збереження {count, plural, one {# блоку} few {# блоків} many {# блоків} other {# блоку}} (вершина {tip})',
  'storage.action.save-mempool':
    'Збереження мемпулу ({count, plural, one {# транзакція} few {# транзакції} many {# транзакцій} other {# транзакції}})',
  'storage.action.save-keys': 'Збереження ключа вузла',
  'storage.action.save-peers':
    'Збереження {count, plural, one {# id піра} few {# id пірів} many {# id пірів} other {# id піра}}',
  'storage.action.save-setting': 'Збереження налаштування {key}',
  'storage.action.compact-blocks': 'Ущільнення збережених блоків',
  'storage.action.list-nodes': 'Отримання списку вузлів на цьому пристрої',
  'storage.action.record-node': 'Внесення вузла {nodeId} до списку пристрою',
  'storage.action.unlist-node': 'Вилучення вузла {nodeId} зі списку пристрою',
  'storage.action.delete-node': 'Видалення вузла {nodeId}',

  'room.invalidName':
    'Неприпустима назва кімнати {value}: використовуйте від 1 до 64 літер, цифр, "_" або "-", наприклад ?room={example}.',
  'room.invalidDifficulty': 'Неприпустима складність {value}: вкажіть ціле число бітів від 0 до {max}.',

  'pwa.insecure': 'Для роботи офлайн і встановлення потрібен HTTPS або localhost: запустіть npm start -- --https',
  'pwa.noServiceWorker': 'Робота офлайн і встановлення недоступні в цьому браузері.',
  'pwa.update': 'Нова версія готова',
  'pwa.updateButton': 'Оновити',
  'pwa.offlineReady': 'Тепер застосунок працює й офлайн.',
  'pwa.registerFailed': 'Робота офлайн недоступна: service worker не зареєструвався ({error}).',
};
