import type { SectionTable } from '../../section.ts';
import type { MiningStepsKey } from './en.ts';

export const miningStepsPt: SectionTable<MiningStepsKey> = {
  'steps.intro':
    'O próximo bloco do nó numa caixa de areia: minerar tenta um nonce após outro, calculando o hash do cabeçalho a cada vez, até o hash não passar do alvo. Nada minerado aqui é adicionado à cadeia.',
  'steps.difficulty': 'Dificuldade desta lição: bits zero iniciais (de 0 a 20)',
  'steps.difficultyInvalid': 'Digite um número inteiro de 0 a 20.',
  'steps.roomDifficulty': 'O próximo bloco da sala precisa de dificuldade {difficulty}.',
  'steps.speed': 'Velocidade',
  'steps.speedTries': '{speed, plural, one {# tentativa por segundo} other {# tentativas por segundo}}',
  'steps.speedFull': 'Velocidade máxima',
  'steps.start': 'Iniciar',
  'steps.pause': 'Pausar',
  'steps.resume': 'Continuar',
  'steps.step': 'Uma tentativa',
  'steps.stop': 'Parar',
  'steps.newCandidate': 'Novo candidato',
  'steps.candidate': 'O bloco candidato',
  'steps.index': 'Índice',
  'steps.parent': 'Construído sobre',
  'steps.transactions': 'Transações',
  'steps.transactionsValue':
    '{count, plural, one {# transação} other {# transações}}: primeiro a coinbase, depois as do mempool',
  'steps.target': 'Alvo: o maior hash permitido',
  'steps.header': 'Cabeçalho da última tentativa (92 bytes; o nonce destacado)',
  'steps.ready':
    'Clique em Iniciar para tentar nonces a partir de 0 na velocidade escolhida, ou em Uma tentativa para um só passo.',
  'steps.running': 'Minerando: cada tentativa põe o próximo nonce no cabeçalho e calcula o hash.',
  'steps.paused':
    'Pausado após {tries, plural, one {# tentativa} other {# tentativas}}. Uma tentativa avança um passo; Continuar segue em frente.',
  'steps.stopped':
    'Parado após {tries, plural, one {# tentativa} other {# tentativas}} sem bloco. Iniciar tenta um novo candidato.',
  'steps.found':
    'Bloco encontrado: nonce {nonce}, após {tries, plural, one {# tentativa} other {# tentativas}}. O hash começa com {zeros, plural, one {# bit zero} other {# bits zero}}, pelo menos os {difficulty} exigidos, por isso não passa do alvo.',
  'steps.triesCount': '{tries, plural, one {# tentativa} other {# tentativas}} até agora',
  'steps.triesCaption': 'As últimas tentativas, a mais recente primeiro',
  'steps.nonce': 'Nonce',
  'steps.hash': 'Hash do bloco',
  'steps.zeros': 'Bits zero iniciais contra os exigidos',
  'steps.verdict': 'No máximo o alvo?',
  'steps.yes': 'sim',
  'steps.no': 'não',
  'steps.foundTitle': 'O mesmo bloco em velocidade máxima',
  'steps.again': 'Minerá-lo de novo em velocidade máxima',
  'steps.againResult':
    'De novo o nonce {nonce}, após {tries, plural, one {# tentativa} other {# tentativas}} em {ms} ms: {rate} hashes por segundo na thread desta página.',
  'steps.againTooQuick':
    'De novo o nonce {nonce}, após {tries, plural, one {# tentativa} other {# tentativas}} em menos de um milissegundo: rápido demais para medir uma taxa. Tente uma dificuldade maior.',
  'steps.againStopped': 'Parado após {tries, plural, one {# tentativa} other {# tentativas}}.',
  'steps.seriesTitle': 'Tentativas por bloco',
  'steps.seriesHint':
    'Cada tentativa vence com uma chance de 1 em 2^dificuldade, então um bloco leva em média 2^dificuldade tentativas: alguns muito menos, outros muito mais. Minere vários para ver.',
  'steps.seriesCount': 'Blocos a minerar em velocidade máxima',
  'steps.seriesMine': 'Minerá-los',
  'steps.seriesProgress': 'Bloco {done} de {count}: {tries, plural, one {# tentativa} other {# tentativas}} até agora.',
  'steps.seriesDone': '{count, plural, one {# bloco minerado} other {# blocos minerados}}.',
  'steps.seriesStopped': 'Parado: {done} de {count} blocos minerados.',
  'steps.summary':
    'Dificuldade {difficulty}: {blocks, plural, one {# bloco} other {# blocos}}, {average} tentativas em média; esperadas 2^{difficulty} = {expected}.',
  'steps.recordsCaption': 'Cada bloco minerado nesta lição, o mais recente primeiro',
  'steps.block': 'Bloco',
  'steps.blockDifficulty': 'Dificuldade',
  'steps.blockTries': 'Tentativas',
  'steps.blockBar': 'Tentativas contra 2^dificuldade (a linha do meio)',
};
