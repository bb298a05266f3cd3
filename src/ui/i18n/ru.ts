// Every Russian text of the page, in one place; the keys are English's, so a missing one fails the typecheck.
import type { Messages } from './en.ts';
import { ruNetwork } from './ru-network.ts';

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
  'node.chainValue': '{count, plural, one {# блок} few {# блока} many {# блоков} other {# блока}}, вершина {tip}',
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
  'mining.rate': '{rate} MH/s, {workers, plural, one {# поток} few {# потока} many {# потоков} other {# потока}}',
  'mining.noRate': '—',

  'tx.title': 'Транзакции',
  'tx.new': 'Новая транзакция',
  'tx.recipient': 'Адрес получателя',
  'tx.recipientHint': 'Введите адрес или выберите из встреченных в последних блоках и мемпуле.',
  'tx.info': 'Данные',
  'tx.amount': 'Сумма',
  'tx.send': 'Отправить',
  'tx.pending':
    'Транзакция {txid} ждёт в мемпуле, подтверждений: 0. Она попадёт в блок {index}, если его добудут следующим.',
  'tx.pendingAfterReorg':
    'Реорганизация убрала блок {block} из основной цепочки: транзакция {txid} снова в мемпуле, подтверждений: 0 (было {had}). Она попадёт в блок {index}, если его добудут следующим.',
  'tx.inTip': 'Транзакция {txid} в блоке {index}, последнем в цепочке; подтверждений: 1.',
  'tx.confirmed': 'Транзакция {txid} в блоке {index}; подтверждений: {confirmations}.',
  'tx.gone':
    'Транзакции {txid} нет ни в цепочке, ни в мемпуле; подтверждений: 0. Возможно, в цепочке, которой узел следует теперь, её монеты уже потрачены.',
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
  blockchain.chain()                                      -> { chain, length }    (GET /chain); у каждой транзакции её confirmations (подтверждения)
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
  'chain.confirmations': 'Подтверждения',
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
  'files.read':
    'В файле {format}: {length, plural, one {# блок} few {# блока} many {# блоков} other {# блока}}{network}.',
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
  'tamper.broken':
    'Сломано с блока {index}: будет отвергнуто {count, plural, one {# блок} few {# блока} many {# блоков} other {# блока}}.',
  'tamper.mining': 'Перемайниваем блок {index}: перебрано nonce: {tried}…',
  'tamper.mined':
    'Перемайнено {blocks, plural, one {# блок} few {# блока} many {# блоков} other {# блока}}; перебрано nonce: {tried} за {seconds} с (в среднем около {expected} на блок).',
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

  'guide.title': 'Первые шаги',
  'guide.progress': 'Шаг {step} из {total}',
  'guide.node.title': 'Эта вкладка — полный узел',
  'guide.node.text':
    'У неё своя копия цепочки, она проверяет каждый полученный блок и общается с узлами одноклассников. Никакой сервер не решает за неё.',
  'guide.mine.title': 'Намайните первый блок',
  'guide.mine.text':
    'Нажмите «{mine}» выше. Узел перебирает nonce, пока хеш блока не станет ниже цели сложности; блок войдёт в вашу цепочку, а награда за него — ваша.',
  'guide.send.title': 'Отправьте запись однокласснику',
  'guide.send.text':
    'Нажмите «{send}», выберите адрес одноклассника, напишите запись и отправьте. Она ждёт в мемпуле, пока какой-нибудь узел не включит её в блок.',
  'guide.next': 'Далее',
  'guide.back': 'Назад',
  'guide.skip': 'Пропустить',
  'guide.done': 'Готово',
  'hash.title': 'Песочница хеширования',

  ...ruNetwork,
};
