// The Portuguese texts of the network, device, backup and notice views, under English's keys (src/ui/i18n/en-network.ts).
import type { enNetwork } from './en-network.ts';

export const ptNetwork: { readonly [K in keyof typeof enNetwork]: string } = {
  'peers.title': 'Rede',
  'bridge.title': 'Requisições HTTP',

  'settings.title': 'Configurações',
  'settings.problem.signal-not-url': 'signal {value} não é uma URL (ex.: http://127.0.0.1:9000/peerjs) nem none',
  'settings.problem.signal-bad-protocol': 'a URL de signal deve ser http, https, ws ou wss, não {value}',
  'settings.problem.ice-not-json': 'ice deve ser none ou um array JSON como [{"urls":"stun:host:3478"}]',
  'settings.problem.ice-bad-servers': 'ice deve ser um array de {urls, username?, credential?} com URLs stun: ou turn:',

  'devices.title': 'Nós neste dispositivo',

  'notice.no-locks-asked':
    'O navegador não oferece Web Locks a esta página (http simples em um endereço de rede não é um contexto seguro), então ' +
    'esta aba perguntou às outras abas abertas quais nós elas executam antes de escolher um. Uma aba que não respondeu a ' +
    'tempo (dormindo em segundo plano) ainda pode estar executando este mesmo nó: abra a página por https ou em localhost para ' +
    'ter certeza.',
  'notice.data-lost':
    'Os dados do nó {node} (endereço {address}) sumiram deste navegador: a chave dele não foi encontrada ' +
    '({blocks, plural, one {# bloco foi} other {# blocos foram}}). Nada foi gravado no lugar; enquanto isso, esta aba executa um nó novo. ' +
    'Restaure o nó perdido a partir de um arquivo de backup (Backup, em Arquivos da cadeia) para recuperar o endereço e as moedas dele.',
  'backup.problem.not-a-backup': 'o arquivo não é um backup deste app (um arquivo de cadeia sozinho não contém chave)',
  'backup.problem.unknown-version': 'o backup é de um formato mais novo (versão {version}): atualize o app',
  'backup.problem.bad-field': 'o campo {field} do backup está faltando ou malformado',
  'backup.problem.key-mismatch': 'a chave privada do arquivo não pertence ao endereço que ele indica',
  'backup.problem.proof-failed': 'o arquivo foi alterado depois de gravado (a assinatura não confere)',
  'backup.problem.other-room': 'é um backup da sala {network}, não desta sala: abra aquela sala para restaurá-lo',
  'backup.problem.chain-invalid': 'a cadeia dele falha no bloco {index}: {reason}',
  'backup.problem.tip-mismatch': 'a cadeia dele não termina onde o backup diz: blocos foram cortados ou acrescentados',
  'backup.problem.node-running': 'o nó {node} está rodando em outra aba: restaure-o lá, ou feche aquela aba antes',
  'backup.problem.storage-failed': 'o armazenamento deste dispositivo o recusou: {reason}',

  'genesis.network': 'Rede',
  'genesis.hash': 'Hash do gênese',
  'genesis.index': 'Índice',
  'genesis.timestamp': 'Timestamp',
  'genesis.difficulty': 'Dificuldade',
  'genesis.json': 'JSON do bloco gênese',

  'notice.no-network': 'Sem rede de pares: {error}',
  'notice.saveFailed': 'Não foi possível salvar: {error}',
  'notice.startFailed': 'O nó desta aba não conseguiu iniciar: {error}',
  'notice.no-locks':
    'O navegador não oferece Web Locks a esta página (http simples em um endereço de rede não é um contexto seguro), então ' +
    'uma aba duplicada não pode ser detectada e executaria este mesmo nó duas vezes. Abra abas novas em vez de duplicá-las, ' +
    'ou abra a página por https ou em localhost.',
  'notice.no-session':
    'Este navegador bloqueia o sessionStorage para esta página, então recarregar a aba vai iniciar um nó novo.',
  'notice.duplicate-tab':
    'Esta aba é uma cópia de uma aba que executa o nó {original}, então ela iniciou um nó próprio, {node}.',
  'notice.storage-best-effort':
    'O armazenamento não é garantido: o navegador pode apagar este nó, com a chave e as moedas dele, quando faltar espaço em disco. ' +
    'Instalar o app ou adicionar a página aos favoritos torna mais provável que o navegador o mantenha; um backup (em Arquivos ' +
    'da cadeia) guarda a chave e as moedas, faça o navegador o que fizer.',
  'notice.storage-unsupported':
    'Não é possível pedir a este navegador que mantenha os dados do site, então ele pode apagar este nó, com a chave e as moedas dele, quando ' +
    'faltar espaço em disco: um backup (em Arquivos da cadeia) os guarda.',
  'notice.registry-unavailable': 'A lista de nós deste dispositivo não está disponível: {error}',
  'notice.registry-not-recorded': 'Não foi possível incluir este nó na lista do dispositivo: {error}',
  'notice.records-skipped': 'Alguns registros salvos não puderam ser lidos e foram ignorados: {details}',
  'notice.no-module-workers':
    'Este navegador não consegue executar module workers, então este nó não pode minerar. Ele ainda mantém a cadeia, envia e ' +
    'recebe transações e blocos e verifica assinaturas na página. Um navegador atual consegue minerar.',
  'notice.no-wasm-simd':
    'Este navegador não tem WebAssembly SIMD, então o minerador usa o núcleo em JavaScript: cerca de um quinto da taxa de ' +
    'hash habitual. Todo o resto funciona normalmente.',
  'notice.history-checking':
    'Este nó iniciou a partir do seu instantâneo do livro no bloco {base}; os blocos anteriores estão sendo lidos e verificados',
  'notice.snapshot-damaged':
    'O instantâneo do livro salvo não pôde ser usado ({reason}), então a cadeia inteira foi lida e verificada',
  'notice.snapshot-disagreed':
    'O instantâneo do livro salvo não batia com os blocos anteriores: o nó segue os blocos e tirou um novo',
  'notice.no-broadcast-channel':
    'Este navegador não consegue ligar as próprias abas diretamente (sem BroadcastChannel): as outras abas daqui se ligam pelo ' +
    'servidor de sinalização, como dispositivos separados, e sem ele não se ligam.',

  'storage.failed': '{action} falhou: {reason}',
  'storage.quota-exceeded':
    'o armazenamento do navegador para este site está cheio. Nada do que já estava salvo foi danificado; exclua nós antigos deste ' +
    'dispositivo ou libere espaço em disco e depois recarregue.',
  'storage.blocked':
    'outra aba mantém aberta uma versão mais antiga deste banco de dados. Feche ou recarregue essa aba para continuar.',
  'storage.version-change':
    'outra aba atualizou ou excluiu este banco de dados, então esta aba o soltou. Recarregue para continuar.',
  'storage.newer-version':
    'este banco de dados foi gravado por uma versão mais nova do app. Recarregue a página para atualizar.',
  'storage.storage-unavailable':
    'este navegador não deixa a página usar o IndexedDB (navegação privada ou dados do site bloqueados), então o nó não pode ser salvo.',
  'storage.closed':
    'o banco de dados está fechado (os dados do site podem ter sido apagados). Recarregue para continuar.',
  'storage.write-failed': 'a gravação foi desfeita por inteiro, então nada dela foi salvo.',
  'storage.read-failed': 'os dados salvos não puderam ser lidos.',
  'storage.node-in-use':
    'esse nó está rodando em uma aba, esta ou outra. Primeiro mude esta aba para outro nó ou feche aquela aba.',
  'storage.action.open-database': 'Abrir o banco de dados {database}',
  'storage.action.use-database': 'Usar o banco de dados {database}',
  'storage.action.delete-database': 'Excluir o banco de dados {database}',
  'storage.action.load-node': 'Carregar o nó',
  'storage.action.save-blocks': 'Salvar {count, plural, one {# bloco} other {# blocos}} (ponta {tip})',
  'storage.action.save-mempool': 'Salvar a mempool ({count, plural, one {# transação} other {# transações}})',
  'storage.action.save-keys': 'Salvar a chave do nó',
  'storage.action.save-peers': 'Salvar {count, plural, one {# id de par} other {# ids de pares}}',
  'storage.action.save-setting': 'Salvar a configuração {key}',
  'storage.action.compact-blocks': 'Compactar os blocos salvos',
  'storage.action.list-nodes': 'Listar os nós deste dispositivo',
  'storage.action.record-node': 'Incluir o nó {nodeId} na lista deste dispositivo',
  'storage.action.unlist-node': 'Remover o nó {nodeId} da lista deste dispositivo',
  'storage.action.delete-node': 'Excluir o nó {nodeId}',

  'room.invalidName':
    'Nome de sala inválido {value}: use de 1 a 64 letras, dígitos, "_" ou "-", por exemplo ?room={example}.',
  'room.invalidDifficulty': 'Dificuldade inválida {value}: use um número inteiro de bits, de 0 a {max}.',
  'room.invalidMiners':
    'Chave de minerador inválida {value}: indique de 1 a {max} chaves públicas de 64 caracteres hexadecimais, separadas por vírgulas.',
  'room.invalidTarget': 'Alvo inválido {value}: use segundos inteiros por bloco, de {min} a {max}.',

  'pwa.insecure': 'O uso off-line e a instalação precisam de HTTPS ou localhost: execute npm start -- --https',
  'pwa.noServiceWorker': 'O uso off-line e a instalação não estão disponíveis neste navegador.',
  'pwa.update': 'Uma nova versão está pronta',
  'pwa.updateButton': 'Atualizar',
  'pwa.offlineReady': 'Este app agora também funciona off-line.',
  'pwa.registerFailed': 'O uso off-line não está disponível: o service worker não foi registrado ({error}).',
};
