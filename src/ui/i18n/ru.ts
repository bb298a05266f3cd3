// Every Russian text of the page, in one place; the keys are English's, so a missing one fails the typecheck.
import type { Messages } from './en.ts';
import { ruNetwork } from './ru-network.ts';

export const ru: Messages = {
  'app.title': 'Блокчейн в браузере',
  'app.tagline':
    'Каждая вкладка — полный узел. Узлы одной комнаты образуют одну сеть и начинают с одного генезис-блока.',
  'room.label': 'Комната',
  'room.join': 'Войти',
  'room.new': 'Новая комната',
  'nav.label': 'Разделы',
  'nav.room': 'Комната',
  'tamper.title': 'Подделка блока',
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
  'failure.not-a-miner': 'ключа этого узла нет в списке майнеров комнаты',
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
  'reason.unsigned-block': 'он не подписан майнером',
  'reason.unlisted-miner': 'его майнера нет в списке комнаты',
  'reason.bad-miner-signature': 'подпись майнера неверна',
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
  blockchain.goOffline([nodeId, ...]?), .goOnline(), .peerInfo(), .room(), .traffic(), .peerId, .inviteUrl
  blockchain.verify()                                     -> заново проверяет все блоки и подписи
  blockchain.allowHttp(true|false)                        -> отвечать на HTTP-запросы по /node/<id>/ (npm start)
  blockchain.autoMine(true|false), .stopMining(), .workers(n), .miningStats()
  blockchain.attack.pay(address, amount?), .goDark({ accomplices, blocks }), .rejoin(), .state(); blockchain.dropped()
Неудачный вызов бросает NodeCommandError с полями .code, .values и .field.`,

  'nav.chain': 'Цепочка',
  'nav.keys': 'Ключи и подписи',
  'nav.iot': 'IoT-устройства',
  'nav.miningSteps': 'Майнинг по шагам',
  'nav.attack': 'Атака 51%',
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

  'fork.title': 'Дерево форков',

  'requests.title': 'Запросы',

  'hash.title': 'Песочница хеширования',
  'anatomy.title': 'Анатомия блока',

  ...ruNetwork,
};
