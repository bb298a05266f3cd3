import type { SectionTable } from '../../section.ts';
import type { RoomCreateKey } from './en.ts';

export const roomCreatePt: SectionTable<RoomCreateKey> = {
  'create.intro':
    'Crie uma sala para uma aula: o nome e a regra de dificuldade formam o bloco gênese, então só os nós que abrem o link dela compartilham a sua cadeia.',
  'create.name': 'Nome da sala',
  'create.nameHint': 'De 1 a 64 letras (A–Z, a–z), algarismos, “_” ou “-”, sem espaços.',
  'create.nameEmpty': 'Dê um nome à sala.',
  'create.nameInvalid': 'Use apenas letras A–Z e a–z, algarismos, “_” e “-”, no máximo 64.',
  'create.rule': 'Dificuldade',
  'create.fixed': 'Fixa: todo bloco precisa do mesmo número de bits zero iniciais',
  'create.target': 'Tempo-alvo por bloco: a dificuldade acompanha a velocidade de mineração da sala (reajuste)',
  'create.difficulty': 'Dificuldade: bits zero iniciais (no máximo {max})',
  'create.startDifficulty': 'Dificuldade inicial: bits zero iniciais (no máximo {max})',
  'create.difficultyInvalid': 'Digite um número inteiro de bits de 0 a {max}.',
  'create.seconds': 'Tempo-alvo por bloco, em segundos (de {min} a {max})',
  'create.secondsHint':
    'Após cada bloco a sala compara o tempo médio dos últimos {window} blocos com o alvo: abaixo da metade soma um bit de dificuldade, acima do dobro tira um.',
  'create.targetInvalid': 'Digite um número inteiro de segundos de {min} a {max}.',
  'create.expected':
    'Na taxa de hash deste dispositivo, um bloco leva em média {time} ({hashes} hashes esperados na dificuldade {difficulty}).',
  'create.expectedUnknown': 'Medindo a taxa de hash deste dispositivo…',
  'create.instant': 'menos de um milissegundo',
  'create.rateMiner':
    'Taxa de hash segundo o último relatório do minerador deste nó: {rate} MH/s com {workers, plural, one {# thread} other {# threads}}.',
  'create.rateEstimate':
    'Estimativa: {rate} MH/s, o hash em JavaScript desta página medido por um instante numa thread, vezes {workers, plural, one {# thread} other {# threads}}. Minerar um bloco a substitui pela taxa do próprio minerador.',
  'create.suggest':
    'Para um bloco a cada {seconds} s só com este dispositivo, a dificuldade ficaria perto de {difficulty}; com a turma toda minerando, mais alta.',
  'create.link': 'O link da sala (abra-o em cada dispositivo da turma):',
  'create.submit': 'Criar a sala e abri-la',
  'create.fix': 'A sala não foi criada: corrija os campos marcados.',
  'create.access': 'Quem pode minerar',
  'create.private': 'Uma sala privada: só as chaves abaixo podem minerar; os outros nós são utilizadores',
  'create.miners': 'Chaves públicas que podem minerar, uma por linha (a sua primeiro)',
  'create.minersHint':
    'Cada aluno abre esta sala, carrega em «Copiar a minha chave pública» no painel do nó e envia-a para si: a chave de um nó pertence a um nome de sala, por isso a sala privada mantém o nome desta. A lista faz parte do génesis: não pode mudar depois.',
  'create.minersInvalid':
    '{value} não é uma chave pública: cada uma tem 64 caracteres hexadecimais, no máximo {max} chaves.',
};
