// Every Ukrainian text of the page, in one place; the keys are English's, so a missing one fails the typecheck.
import type { Messages } from './en.ts';
import { ukNetwork } from './uk-network.ts';

export const uk: Messages = {
  'app.title': 'Блокчейн у браузері',
  'app.tagline':
    'Кожна вкладка — повноцінний вузол. Вузли однієї кімнати утворюють одну мережу й починають з одного генезис-блоку.',
  'room.label': 'Кімната',
  'room.join': 'Увійти',
  'room.new': 'Нова кімната',
  'nav.label': 'Розділи',
  'nav.room': 'Кімната',
  'tamper.title': 'Підробка блоку',
  'toolbar.label': 'Вигляд',
  'toolbar.language': 'Мова',
  'toolbar.theme': 'Темна тема',
  'toolbar.projector': 'Режим проєктора',
  'menu.open': 'Меню',
  'notices.label': 'Сповіщення',
  'notices.dismiss': 'Приховати сповіщення',

  'node.title': 'Цей вузол',
  'node.id': 'Id вузла',
  'node.address': 'Адреса',
  'node.balance': 'Баланс',
  'node.network': 'Мережа (кімната)',
  'node.peers': 'Піри',
  'node.chain': 'Ланцюжок',
  'node.chainValue': '{count, plural, one {# блок} few {# блоки} many {# блоків} other {# блоку}}, вершина {tip}',
  'node.hashRate': 'Швидкість хешування',
  'node.mining': 'Майнінг',
  'node.mineOnce': 'Намайнити блок',
  'node.autoMine': 'Майнити безперервно',
  'node.stop': 'Стоп',
  'node.workers': 'Потоків майнінгу',
  'node.height': 'Блоків',
  'node.send': 'Надіслати…',
  'mining.idle': 'простоює',
  'mining.once': 'майнить один блок',
  'mining.auto': 'майнить безперервно',
  'mining.rate': '{rate} MH/s на {workers, plural, one {# потоці} few {# потоках} many {# потоках} other {# потоку}}',
  'mining.noRate': '—',

  'tx.title': 'Транзакції',
  'tx.new': 'Нова транзакція',
  'tx.recipient': 'Адреса отримувача',
  'tx.recipientHint': 'Введіть адресу або виберіть одну з тих, що трапилися в останніх блоках і мемпулі.',
  'tx.info': 'Дані',
  'tx.amount': 'Сума',
  'tx.send': 'Надіслати',
  'tx.pending':
    'Транзакція {txid} чекає в мемпулі: 0 підтверджень. Вона потрапить у блок {index}, якщо його намайнять наступним.',
  'tx.pendingAfterReorg':
    'Реорганізація прибрала блок {block} з основного ланцюжка: транзакція {txid} повернулася в мемпул з 0 підтверджень (було {had}). Вона потрапить у блок {index}, якщо його намайнять наступним.',
  'tx.inTip': 'Транзакція {txid} у блоці {index}, вершині ланцюжка: 1 підтвердження.',
  'tx.confirmed':
    'Транзакція {txid} у блоці {index}: {confirmations, plural, one {# підтвердження} few {# підтвердження} many {# підтверджень} other {# підтвердження}}.',
  'tx.gone':
    'Транзакції {txid} немає ні в ланцюжку, ні в мемпулі: 0 підтверджень. Ланцюжок, якого зараз дотримується цей вузол, міг витратити її монети деінде.',
  'tx.mempool': 'Мемпул',
  'tx.reward': 'винагорода',
  'tx.balances': 'Баланси',
  'tx.account': 'Рахунок',
  'tx.you': '(ви)',
  'failure.not-an-object': 'транзакція має бути об’єктом виду { recipient, info, amount }',
  'failure.sender-not-this-node': 'sender: цей вузол підписує як {address}; не вказуйте sender',
  'failure.recipient-missing': 'recipient: вкажіть отримувача',
  'failure.recipient-not-address':
    'recipient: адреса — це 40 шістнадцяткових символів у нижньому регістрі, отримано {value}',
  'failure.recipient-not-label':
    'recipient: потрібна адреса, а для запису із сумою 0 — мітка від 1 до 64 символів без керівних символів, отримано {value}',
  'failure.info-not-text': 'info: має бути текстом',
  'failure.info-lone-surrogate': 'info: містить половину символу (одиночний сурогат), яку не можна записати в UTF-8',
  'failure.info-too-long':
    'info: {bytes, plural, one {# байт} few {# байти} many {# байтів} other {# байта}}, а мережа допускає {max}',
  'failure.amount-invalid': 'amount: сума має бути цілим числом не менше 0, отримано {value}',
  'failure.refused': 'відхилено правилами ланцюжка ({code}): {reason}',
  'failure.mining-stopped': 'майнінг зупинено',
  'failure.mining-failed': 'майнінг не вдався: {error}',
  'failure.workers-invalid': 'кількість потоків має бути цілим числом від 1 до {max}, отримано {value}',
  'failure.nodes-not-a-list': 'nodes: потрібен непорожній список id вузлів',
  'failure.peer-id-invalid':
    'nodes: {id} — не id вузла цієї кімнати (літери й цифри через поодинокі - або _, до 64 символів)',
  'failure.not-a-miner': 'ключа цього вузла немає у списку майнерів кімнати',
  'failure.no-network': 'у цього вузла немає мережі пірів (див. сповіщення на сторінці)',
  'failure.no-such-endpoint':
    'немає адреси {path}: у вузла з туторіалу Flask є /transactions/new, /mine, /chain, /nodes/register і /nodes/resolve',
  'failure.wrong-method': '{path} запитується методом {method}',
  'failure.not-a-chain-file':
    'це не файл ланцюжка: потрібен JSON або block.txt цього застосунку чи ланцюжок із туторіалу на Python',
  'reason.malformed': 'дані пошкоджені',
  'reason.bad-version': 'невідома версія',
  'reason.bad-hash': 'хеш не відповідає заголовку',
  'reason.bad-pow': 'хеш не задовольняє складність',
  'reason.bad-difficulty': 'складність не та, на яку очікує ланцюжок',
  'reason.bad-index': 'номер блоку не йде за батьківським',
  'reason.bad-timestamp': 'час не пізніший за медіану попередніх блоків',
  'reason.time-too-new': 'час занадто далеко в майбутньому',
  'reason.bad-merkle-root': 'транзакції не збігаються з коренем Merkle у заголовку',
  'reason.bad-signature': 'підпис недійсний',
  'reason.bad-address': 'адреса не відповідає ключу відправника',
  'reason.bad-amount': 'сума не є цілим числом не менше 0',
  'reason.bad-coinbase': 'хибна транзакція винагороди',
  'reason.info-too-large': 'поле info задовге',
  'reason.too-many-transactions': 'забагато транзакцій',
  'reason.duplicate-transaction': 'транзакція вже відома',
  'reason.duplicate-block': 'блок уже відомий',
  'reason.overspend': 'балансу не вистачає',
  'reason.unknown-parent': 'батьківський блок невідомий',
  'reason.invalid-parent': 'побудований на відхиленому блоці',
  'reason.broken-link': 'хеш попереднього блоку не збігається',
  'reason.wrong-genesis': 'починається з іншого генезис-блоку',
  'reason.bad-length': 'хибна довжина',
  'reason.empty-chain': 'ланцюжок порожній',
  'reason.unsigned-block': 'його не підписав майнер',
  'reason.unlisted-miner': 'його майнера немає у списку кімнати',
  'reason.bad-miner-signature': 'підпис майнера недійсний',
  'console.loading': 'вузол ще завантажується: спочатку await blockchain.ready',
  'console.help': `window.blockchain: вузол цієї вкладки (спочатку await blockchain.ready)
  blockchain.newTransaction({ recipient, info, amount })  -> { index, txid }      (POST /transactions/new)
  blockchain.mine()                                       -> новий блок           (GET /mine)
  blockchain.chain()                                      -> { chain, length }    (GET /chain)
  blockchain.exportChain('json' | 'block.txt')           -> текст файлу ланцюжка
  blockchain.importChain(text)                            -> { format, valid, length, network, firstInvalid, adopted }
  blockchain.backup()                                     -> резервна копія вузла (з його ЗАКРИТИМ КЛЮЧЕМ)
  blockchain.restore(backupText)                          -> { nodeId, address, length, into }
  blockchain.registerNodes([nodeId, ...])                 -> { total_nodes }      (POST /nodes/register)
  blockchain.resolve()                                    -> { replaced, length } (GET /nodes/resolve)
  blockchain.peers(), .mempool(), .balance(address?), .id, .address, .network
  blockchain.goOffline([nodeId, ...]?), .goOnline(), .peerInfo(), .room(), .traffic(), .peerId, .inviteUrl
  blockchain.verify()                                     -> заново перевіряє всі блоки й підписи
  blockchain.allowHttp(true|false)                        -> відповідати на HTTP-запити за /node/<id>/ (npm start)
  blockchain.autoMine(true|false), .stopMining(), .workers(n), .miningStats()
  blockchain.attack.pay(address, amount?), .goDark({ accomplices, blocks }), .rejoin(), .state(); blockchain.dropped()
Невдалий виклик кидає NodeCommandError з полями .code, .values і .field.`,

  'nav.chain': 'Ланцюжок',
  'nav.keys': 'Ключі та підписи',
  'nav.iot': 'IoT-пристрої',
  'nav.miningSteps': 'Майнінг крок за кроком',
  'nav.attack': 'Атака 51%',
  'chain.title': 'Ланцюжок, нові зверху',
  'chain.viewport': 'Блоки основного ланцюжка, нові зверху; прокрутіть до старіших',
  'chain.block': 'Блок {index}',
  'chain.hash': 'Хеш',
  'chain.previous': 'Хеш попереднього',
  'chain.nonce': 'Доказ (nonce)',
  'chain.difficulty': 'Складність',
  'chain.difficultyValue':
    '{bits, plural, one {# нульовий біт} few {# нульові біти} many {# нульових бітів} other {# нульового біта}}',
  'chain.time': 'Час',
  'chain.transactions': 'Транзакції',
  'chain.confirmations': 'Підтвердження',
  'chain.linkHint': 'Кольорова мітка хешу попереднього блоку збігається з хешем блоку під ним.',
  'files.title': 'Файли ланцюжка',

  'fork.title': 'Дерево розгалужень',

  'requests.title': 'Запити',

  'hash.title': 'Пісочниця хешування',
  'anatomy.title': 'Анатомія блоку',

  ...ukNetwork,
};
