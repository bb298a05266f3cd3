// Every Russian text of the page, in one place; the keys are English's, so a missing one fails the typecheck.
import type { Messages } from './en.ts';

export const ru: Messages = {
  'app.title': 'Блокчейн в браузере',
  'app.tagline':
    'Каждая вкладка — полный узел. Узлы одной комнаты образуют одну сеть и начинают с одного генезис-блока.',
  'room.label': 'Комната',
  'room.join': 'Войти',
  'nav.label': 'Разделы',
  'toolbar.label': 'Отображение',
  'toolbar.language': 'Язык',
  'toolbar.theme': 'Тёмная тема',
  'toolbar.projector': 'Режим проектора',
  'menu.open': 'Меню',
  'notices.label': 'Уведомления',
  'notices.dismiss': 'Скрыть уведомления',

  'node.title': 'Этот узел',
  'node.id': 'Id узла',
  'node.address': 'Адрес',
  'node.balance': 'Баланс',
  'node.network': 'Сеть (комната)',
  'node.peers': 'Пиры',
  'node.chain': 'Цепочка',
  'node.chainValue': 'бл., вершина {tip}',
  'node.hashRate': 'Скорость хеширования',
  'node.mining': 'Майнинг',
  'node.mineOnce': 'Намайнить блок',
  'node.autoMine': 'Майнить непрерывно',
  'node.stop': 'Стоп',
  'node.workers': 'Потоков майнинга',
  'node.height': 'Блоков',
  'node.send': 'Отправить…',
  'mining.idle': 'простаивает',
  'mining.once': 'майнит один блок',
  'mining.auto': 'майнит непрерывно',
  'mining.rate': '{rate} MH/s, потоков: {workers}',
  'mining.noRate': '—',

  'tx.title': 'Транзакции',
  'tx.new': 'Новая транзакция',
  'tx.recipient': 'Адрес получателя',
  'tx.recipientHint': 'Введите адрес или выберите из встреченных в последних блоках и мемпуле.',
  'tx.info': 'Данные',
  'tx.amount': 'Сумма',
  'tx.send': 'Отправить',
  'tx.sent': 'Транзакция {txid} попадёт в блок {index}.',
  'tx.mempool': 'Мемпул',
  'tx.reward': 'награда',
  'tx.balances': 'Балансы',
  'tx.account': 'Счёт',
  'tx.you': '(вы)',
  'failure.not-an-object': 'транзакция должна быть объектом вида { recipient, info, amount }',
  'failure.sender-not-this-node': 'sender: этот узел подписывает как {address}; не указывайте sender',
  'failure.recipient-missing': 'recipient: укажите получателя',
  'failure.recipient-not-address':
    'recipient: адрес — это 40 шестнадцатеричных символов в нижнем регистре, получено {value}',
  'failure.recipient-not-label':
    'recipient: нужен адрес, а для записи с суммой 0 — метка от 1 до 64 символов без управляющих, получено {value}',
  'failure.info-not-text': 'info: должно быть текстом',
  'failure.info-lone-surrogate':
    'info: содержит половину символа (одиночный суррогат), которую нельзя записать в UTF-8',
  'failure.info-too-long': 'info: {bytes} байт, а сеть допускает {max}',
  'failure.amount-invalid': 'amount: сумма должна быть целым числом не меньше 0, получено {value}',
  'failure.refused': 'отклонено правилами цепочки ({code}): {reason}',
  'failure.mining-stopped': 'майнинг остановлен',
  'failure.mining-failed': 'майнинг не удался: {error}',
  'failure.workers-invalid': 'число потоков должно быть целым от 1 до {max}, получено {value}',
  'failure.nodes-not-a-list': 'nodes: нужен непустой список идентификаторов узлов',
  'failure.peer-id-invalid':
    'nodes: {id} — не идентификатор узла этой комнаты (буквы и цифры через одиночные - или _, до 64 символов)',
  'failure.no-network': 'у этого узла нет сети (см. уведомление на странице)',
  'failure.no-such-endpoint':
    'нет адреса {path}: у примера есть /transactions/new, /mine, /chain, /nodes/register и /nodes/resolve',
  'failure.wrong-method': '{path} запрашивается методом {method}',
  'failure.not-a-chain-file':
    'это не файл цепочки: нужен JSON или block.txt этого приложения либо цепочка из учебника на Python',
  'reason.malformed': 'данные искажены',
  'reason.bad-version': 'неизвестная версия',
  'reason.bad-hash': 'хеш не соответствует заголовку',
  'reason.bad-pow': 'хеш не удовлетворяет сложности',
  'reason.bad-difficulty': 'сложность не та, которую ожидает цепочка',
  'reason.bad-index': 'номер блока не следует за родителем',
  'reason.bad-timestamp': 'время не позже медианы предыдущих блоков',
  'reason.time-too-new': 'время слишком далеко в будущем',
  'reason.bad-merkle-root': 'транзакции не совпадают с корнем в заголовке',
  'reason.bad-signature': 'подпись неверна',
  'reason.bad-address': 'адрес не соответствует ключу отправителя',
  'reason.bad-amount': 'сумма не целое число не меньше 0',
  'reason.bad-coinbase': 'неверная транзакция вознаграждения',
  'reason.info-too-large': 'поле info слишком длинное',
  'reason.too-many-transactions': 'слишком много транзакций',
  'reason.duplicate-transaction': 'транзакция уже известна',
  'reason.duplicate-block': 'блок уже известен',
  'reason.overspend': 'баланса не хватает',
  'reason.unknown-parent': 'родительский блок неизвестен',
  'reason.invalid-parent': 'строится на отклонённом блоке',
  'reason.broken-link': 'хеш предыдущего блока не совпадает',
  'reason.wrong-genesis': 'начинается с другого генезис-блока',
  'reason.bad-length': 'неверная длина',
  'reason.empty-chain': 'цепочка пуста',
  'console.loading': 'узел ещё загружается: сначала await blockchain.ready',
  'console.help': `window.blockchain: узел этой вкладки (сначала await blockchain.ready)
  blockchain.newTransaction({ recipient, info, amount })  -> { index, txid }      (POST /transactions/new)
  blockchain.mine()                                       -> новый блок           (GET /mine)
  blockchain.chain()                                      -> { chain, length }    (GET /chain)
  blockchain.exportChain('json' | 'block.txt')           -> текст файла цепочки
  blockchain.importChain(text)                            -> { format, valid, length, network, firstInvalid, adopted }
  blockchain.backup()                                     -> резервная копия узла (с его ЗАКРЫТЫМ КЛЮЧОМ)
  blockchain.restore(backupText)                          -> { nodeId, address, length, into }
  blockchain.registerNodes([nodeId, ...])                 -> { total_nodes }      (POST /nodes/register)
  blockchain.resolve()                                    -> { replaced, length } (GET /nodes/resolve)
  blockchain.peers(), .mempool(), .balance(address?), .id, .address, .network
  blockchain.goOffline(), .goOnline(), .peerInfo(), .traffic(), .peerId, .inviteUrl
  blockchain.verify()                                     -> заново проверяет все блоки и подписи
  blockchain.allowHttp(true|false)                        -> отвечать на HTTP-запросы по /node/<id>/ (npm start)
  blockchain.autoMine(true|false), .stopMining(), .workers(n), .miningStats()
Неудачный вызов бросает NodeCommandError с полями .code, .values и .field.`,

  'nav.chain': 'Цепочка',
  'chain.title': 'Цепочка, новые сверху',
  'chain.viewport': 'Блоки основной цепочки, новые сверху; прокрутите к старым',
  'chain.block': 'Блок {index}',
  'chain.hash': 'Хеш',
  'chain.previous': 'Хеш предыдущего',
  'chain.nonce': 'Доказательство (nonce)',
  'chain.difficulty': 'Сложность',
  'chain.difficultyValue': 'нулевых бит: {bits}',
  'chain.time': 'Время',
  'chain.transactions': 'Транзакции',
  'chain.linkHint': 'Цветная метка хеша предыдущего блока совпадает с хешем блока под ним.',
  'files.title': 'Файлы цепочки',
  'files.hint':
    'Сохраните цепочку в JSON исходного примера или в block.txt из статьи либо откройте файл цепочки любой комнаты (или сделанный учебником на Python), чтобы проверить его.',
  'files.downloadJson': 'Скачать цепочку (JSON)',
  'files.downloadTxt': 'Скачать block.txt',
  'files.open': 'Открыть файл цепочки',
  'files.blocks': 'Блоки открытого файла',
  'files.checking': 'Проверяется {name}…',
  'files.formatApp': 'цепочку этого приложения',
  'files.formatTutorial': 'цепочку учебника на Python',
  'files.read': 'В файле {format} из {length} блоков{network}.',
  'files.room': ', комната {network}',
  'files.valid': 'Все блоки в порядке.',
  'files.adopted': 'Это цепочка этой комнаты с большей работой, поэтому узел её принял.',
  'files.invalid': 'Блок {index} не проходит проверку: {reason}; блоки после него не считаются.',
  'files.blockValid': 'в порядке',
  'files.blockInvalid': 'ошибка: {reason}',
  'files.blockAfter': 'после ошибочного блока',
  'tutorial-reason.malformed': 'это не блок учебника',
  'tutorial-reason.empty': 'в файле нет блоков',
  'tutorial-reason.length': 'указанная длина не равна числу блоков',
  'tutorial-reason.genesis': 'первый блок — не генезис учебника (previous_hash "1", proof 100)',
  'tutorial-reason.index': 'номер блока не совпадает с его местом в цепочке',
  'tutorial-reason.hash-link': 'previous_hash не равен хешу предыдущего блока',
  'tutorial-reason.proof': 'proof не решает задачу',
  'tutorial-reason.timestamp-order': 'он старше предыдущего блока',

  'fork.title': 'Дерево форков',
  'fork.intro':
    'Все блоки, известные узлу, за последние {heights} высот. Основная цепочка закрашена, устаревшие ветки — пунктиром.',
  'fork.label': 'Дерево форков: блоков основной цепочки {main}, устаревших {stale}',
  'fork.legendMain': 'основная цепочка',
  'fork.legendStale': 'устаревшая ветка',
  'fork.legendTip': 'вершина',
  'fork.noFork': 'Форков пока нет: все известные блоки в основной цепочке.',
  'fork.why':
    'Основная цепочка побеждает, потому что в ней больше всего суммарной работы: {mainWork} ожидаемых хешей против {staleWork} у лучшей устаревшей ветки (вершина {staleTip}).',
  'fork.whyTie':
    'У основной цепочки и лучшей устаревшей ветки (вершина {staleTip}) работа равна ({mainWork} ожидаемых хешей): при равенстве остаётся ветка, увиденная первой.',
  'fork.rule':
    'Каждый блок добавляет 2^сложность ожидаемых хешей работы; узел следует за веткой с наибольшей суммарной работой, а при равенстве — за увиденной первой.',

  'requests.title': 'Запросы',
  'requests.hint': 'HTTP-запросы из статьи к этому узлу: выберите адрес, измените тело запроса и отправьте.',
  'requests.endpoint': 'Адрес',
  'requests.body': 'Тело запроса (JSON)',
  'requests.send': 'Отправить',
  'requests.response': 'Ответ',
  'requests.notJson': 'Тело запроса — не JSON: {error}',
  'requests.sending': 'Отправляется {endpoint}…',
  'requests.status': 'Статус {status} {reason}',
  'tamper.title': 'Подделка блока',
  'tamper.intro':
    'Измените блок в копии основной цепочки и посмотрите, какие связи рвутся. Настоящая цепочка узла не меняется.',
  'tamper.start': 'Скопировать цепочку',
  'tamper.block': 'Блок',
  'tamper.tx': 'Транзакция',
  'tamper.txOption': '№{n}: {from} → {amount}',
  'tamper.info': 'Новые данные',
  'tamper.amount': 'Новая сумма',
  'tamper.apply': 'Изменить блок',
  'tamper.remine': 'Перемайнить с изменённого блока',
  'tamper.cancel': 'Остановить майнинг',
  'tamper.reset': 'Сбросить копию',
  'tamper.empty': 'Сначала намайните несколько блоков: демонстрация меняет блоки после генезиса.',
  'tamper.status': 'Копия из {count} блоков. {broken}',
  'tamper.allValid': 'Все связи в порядке.',
  'tamper.broken': 'Сломано с блока {index}: блоков будет отвергнуто: {count}.',
  'tamper.mining': 'Перемайниваем блок {index}: перебрано nonce: {tried}…',
  'tamper.mined':
    'Перемайнено блоков: {blocks}; перебрано nonce: {tried} за {seconds} с (в среднем около {expected} на блок).',
  'tamper.whyRefused':
    'Пиры всё равно отвергнут эту копию: в ней {sandboxWork} ожидаемых хешей работы, в честной цепочке {honestWork}, и она растёт. Узел переходит только на цепочку с большей работой, так что обманщику пришлось бы перемайнить всех остальных вместе.',
  'tamper.ok': 'верен',
  'tamper.code.bad-merkle-root': 'транзакции больше не соответствуют корню в заголовке (bad-merkle-root)',
  'tamper.code.broken-link': 'хеш предыдущего не равен хешу блока перед ним (broken-link)',
  'tamper.code.bad-pow': 'хеш не удовлетворяет сложности: нет доказательства работы (bad-pow)',
  'tamper.code.bad-signature':
    'подпись изменённой транзакции больше не подходит; перемайнинг её не подделает (bad-signature)',
  'tamper.code.invalid-parent': 'он построен на отвергнутом блоке (invalid-parent)',
  'tamper.code.other': 'отвергнут: {code}',

  'peers.title': 'Сеть',
  'peers.peerId': 'Id пира',
  'peers.invite': 'Ссылка-приглашение',
  'peers.qr': 'QR-код ссылки-приглашения: отсканируйте телефоном, чтобы войти в комнату',
  'peers.online': 'В сети (снимите флажок, чтобы отрезать узел: разделение сети)',
  'peers.connect': 'Подключиться к узлу по id',
  'peers.connectButton': 'Подключить',
  'peers.connected': 'Подключённые пиры и их вершины',
  'peers.none': 'нет сети пиров',
  'peers.registered': 'зарегистрирован',
  'peers.connecting': 'подключается…',
  'peers.state': '{direction}, через {link}, высота {height}, работа {work}{latency}{score}',
  'peers.link.webrtc': 'прямой WebRTC',
  'peers.link.turn': 'WebRTC с TURN-сервером',
  'peers.link.relay': 'ретранслятор сервера класса',
  'peers.failing': 'не удаётся соединиться ({failures}× подряд): {reason}',
  'dial-failed.no-signalling': 'нет связи с сервером сигнализации',
  'dial-failed.no-such-peer': 'этого узла нет на сервере сигнализации',
  'dial-failed.refused': 'узел отказался от соединения',
  'dial-failed.no-route': 'нет пути к этому узлу: Wi-Fi, возможно, изолирует устройства',
  'dial-failed.relay-refused': 'прямого пути нет, а ретранслятор сервера класса не смог передать соединение',
  'peers.link.tab': 'канал между вкладками',
  'peers.link.in-memory': 'память',
  'peers.dialled': 'исходящее',
  'peers.dialledUs': 'входящее',
  'peers.events': 'События сети',
  'peers.traffic': 'Входящие и исходящие сообщения',
  'peers.trafficCaption': 'Последние {count} сообщений, новые сверху',
  'peers.time': 'Время',
  'peers.direction': 'Направление',
  'peers.type': 'Тип',
  'peers.peer': 'Пир',
  'peers.size': 'Байт',
  'peers.in': 'вход',
  'peers.out': 'выход',
  'peers.totals': 'С запуска: входящих {inCount} ({inBytes} байт), исходящих {outCount} ({outBytes} байт).',
  'bridge.title': 'HTTP-запросы',
  'bridge.allow': 'Разрешить HTTP-запросы (curl, Postman)',
  'bridge.address': 'HTTP-адрес этого узла',
  'bridge.copy': 'Копировать',
  'bridge.copied': 'Скопировано',
  'bridge.off': 'Выключено: на HTTP-запросы к этому узлу сервер отвечает 403.',
  'bridge.probing': 'Проверяем, принимает ли сервер этой страницы HTTP-запросы…',
  'bridge.unavailable':
    'HTTP-запросам нужен сервер npm start: эту страницу отдал другой сервер, у которого нет HTTP-моста.',
  'bridge.state.connecting': 'Включено: подключаемся к серверу…',
  'bridge.state.online': 'Включено: curl и Postman обращаются к узлу по адресу ниже (добавьте /chain, /mine, …).',
  'bridge.state.offline': 'Включено, но сервер недоступен: пробуем снова…',
  'bridge.state.replaced':
    'Выключено: HTTP-запросы этого узла перехватило другое подключение. Отметьте, чтобы вернуть.',
  'bridge.tooLarge': 'Ответ занимает {bytes} байт: больше, чем принимает сервер ({limit}).',
  'bridge.failed': 'Узел не смог ответить: {error}',
  'event.banned': '{peer} заблокирован за {fault}: {detail}',
  'event.sync': 'получено блоков от {peer}: {added}; {outcome}',
  'link-end.node-stopped': 'этот узел остановлен',
  'link-end.went-offline': 'этот узел ушёл из сети',
  'link-end.closed-by-peer': 'узел закрыл соединение',
  'link-end.replaced': 'заменено вторым соединением с тем же узлом',
  'link-end.peer-restarted': 'узел вернулся (перезагрузился или переподключился) по новому соединению',
  'link-end.evicted': 'уступил место новому узлу: давно не присылал ничего нового',
  'link-end.no-status': 'он так и не сообщил, какая у него цепочка',
  'link-end.banned': 'заблокирован за {fault}',
  'link-end.silent': 'молчал {ms} мс',
  'link-end.unread-bytes': 'не прочитал {bytes} байт',
  'link-end.link-failed': 'соединение оборвалось: {error}',
  'sync.caught-up': 'цепочки сравнялись',
  'sync.resolved': 'вся его цепочка передана на выбор ветви',
  'sync.no-progress': 'он повторяется, продвижения нет',
  'sync.disconnected': 'соединение закрыто',
  'sync.no-verdict': 'узел не вынес решения',
  'sync.invalid-block': 'блок {index} недействителен',
  'sync.not-following': 'блок {index} не продолжает предыдущий',
  'sync.undecodable': 'блок {index} его ответа не читается',
  'sync.chain-refused': 'его цепочка отклонена ({reason})',
  'sync.failed': 'ошибка: {error}',
  'event.misbehaviour': '{peer} нарушил протокол ({fault}): {detail}',
  'event.disconnected': '{peer} отключился: {reason}',
  'event.signalling': 'сигнальный сервер {state}: {detail}',

  'settings.title': 'Настройки',
  'settings.signal': 'Сигнальный сервер (URL PeerJS или "none")',
  'settings.ice': 'ICE-серверы ("none" или JSON вида [{"urls":"stun:host:3478"}])',
  'settings.save': 'Сохранить и перезагрузить',
  'settings.clear': 'По умолчанию',
  'settings.current': 'Сейчас: {source} {server}',
  'settings.problem.signal-not-url': 'signal {value} — не URL (например, http://127.0.0.1:9000/peerjs) и не none',
  'settings.problem.signal-bad-protocol': 'URL сигнального сервера должен быть http, https, ws или wss, а не {value}',
  'settings.problem.ice-not-json': 'ice — это none или JSON-массив вида [{"urls":"stun:host:3478"}]',
  'settings.problem.ice-bad-servers': 'ice — это массив {urls, username?, credential?} с адресами stun: или turn:',
  'settings.none': 'нет',

  'devices.title': 'Узлы на этом устройстве',
  'devices.thisTab': 'эта вкладка',
  'devices.otherTab': 'открыт в другой вкладке',
  'devices.notRunning': 'не запущен',
  'devices.resume': 'Продолжить здесь',
  'devices.delete': 'Удалить',
  'devices.confirm': 'Удалить узел {id} и его цепочку с этого устройства?',
  'devices.entry': '{state} адрес {address}, последний запуск {time}',
  'devices.error': 'Не удалось получить список узлов: {error}',

  'devices.lost': 'данные потеряны: вернуть их может только резервная копия',
  'notice.no-locks-asked':
    'Браузер не даёт этой странице Web Locks (обычный http по сетевому адресу — небезопасный контекст), поэтому ' +
    'перед выбором узла эта вкладка спросила другие открытые вкладки, какие узлы они запустили. Вкладка, не ' +
    'ответившая вовремя (спящая в фоне), всё же может запустить тот же узел: откройте страницу по https или на ' +
    'localhost, чтобы быть уверенными.',
  'notice.data-lost':
    'Данные узла {node} (адрес {address}) пропали из этого браузера: его ключ не найден (блоков найдено: ' +
    '{blocks}). Вместо него ничего не записано; пока эта вкладка запустила новый узел. Восстановите потерянный ' +
    'узел из файла резервной копии (раздел «Резервная копия» под «Файлами цепочки»), чтобы вернуть его адрес и монеты.',
  'backup.title': 'Резервная копия',
  'backup.hint':
    'Резервная копия — это файл цепочки узла вместе с его парой ключей. С ней адрес и монеты узла возвращаются в ' +
    'этом или другом браузере, если браузер потерял данные; затем цепочка догоняет пиров.',
  'backup.download': 'Скачать резервную копию…',
  'backup.warning':
    'В резервной копии — закрытый ключ этого узла. Кто получит файл, сможет тратить монеты узла: храните его там, ' +
    'где прочесть его можете только вы, и никому не отправляйте.',
  'backup.confirm': 'Скачать копию с закрытым ключом',
  'backup.cancel': 'Отмена',
  'backup.restore': 'Восстановить из резервной копии',
  'backup.lost':
    'Узел {node} (адрес {address}) потерял данные на этом устройстве. Выберите файл его резервной копии, чтобы вернуть его.',
  'backup.checking': 'Проверка {name}…',
  'backup.restoredHere': 'Это копия этого же узла: его цепочка из {length} блоков предложена выбору ветви.',
  'backup.restored':
    'Узел {node} (адрес {address}) вернулся с {length} блоками. Вкладка сейчас переключится на него; затем он ' +
    'синхронизируется с пирами.',
  'backup.failed': 'Не восстановлено, ничего не изменено: {reason}',
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
    'диске. Установка приложения или закладка на страницу повышают шанс, что браузер его сохранит.',
  'notice.storage-unsupported':
    'Этот браузер нельзя попросить сохранять данные сайта, поэтому он может удалить узел, когда мало места на диске.',
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
  'storage.action.save-blocks': 'Сохранение блоков (всего {count}, вершина {tip})',
  'storage.action.save-mempool': 'Сохранение мемпула (транзакций: {count})',
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

  'pwa.insecure': 'Для работы офлайн и установки нужен HTTPS или localhost: запустите npm start -- --https',
  'pwa.noServiceWorker': 'В этом браузере нет работы офлайн и установки.',
  'pwa.update': 'Готова новая версия',
  'pwa.updateButton': 'Обновить',
  'pwa.offlineReady': 'Теперь приложение работает и офлайн.',
  'pwa.registerFailed': 'Работа офлайн недоступна: service worker не зарегистрировался ({error}).',
};
