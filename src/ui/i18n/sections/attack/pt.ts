import type { SectionTable } from '../../section.ts';
import type { AttackKey } from './en.ts';

export const attackPt: SectionTable<AttackKey> = {
  'attack.intro':
    'Um grupo com a maior parte da taxa de hash pode reescrever a história recente. Experimente com os nós reais desta sala: pague um colega em público, esconda-se e minere um ramo privado em que as mesmas moedas vão para outro lugar, depois volte.',
  'attack.share': 'Parte do seu lado na taxa de hash da sala: {share} % (medida pelos relatórios dos nós).',
  'attack.shareNone':
    'Parte do seu lado na taxa de hash da sala: ainda não medida (os nós que mineram informam a taxa deles a cada poucos segundos).',
  'attack.step1': '1. Pague a vítima em público',
  'attack.recipient': 'Endereço da vítima',
  'attack.amount': 'Valor (vazio: todas as suas moedas)',
  'attack.pay': 'Pagar',
  'attack.hint1': 'Seu nó para de minerar, para que a sala, e não você, coloque o pagamento em um bloco.',
  'attack.pending': 'Pagamento {txid}: aguardando na mempool, 0 confirmações.',
  'attack.inBlock':
    'Pagamento {txid}: no bloco {height}, {confirmations, plural, one {# confirmação} other {# confirmações}}.',
  'attack.gone': 'Pagamento {txid}: não está mais em nenhum bloco nem na mempool deste nó: desfeito.',
  'attack.step2': '2. Esconda-se e gaste as mesmas moedas em outro lugar',
  'attack.hint2':
    'Espere até a vítima ver o pagamento confirmado. Então seu nó corta todas as ligações, exceto com os cúmplices que você marcar, e minera um ramo a partir do bloco anterior ao pagamento, cujo primeiro bloco envia as mesmas moedas para uma nova carteira sua. Os cúmplices se escondem nas próprias páginas e mantêm a ligação com você.',
  'attack.accomplices': 'Cúmplices (nós ligados que se escondem com você)',
  'attack.noPeers': 'Nenhum nó ligado para levar junto: você ataca sozinho.',
  'attack.blocks': 'Blocos privados a minerar antes de voltar',
  'attack.goDark': 'Esconder-se e gastar duas vezes',
  'attack.dark':
    'Escondido desde o bloco {height}: {blocks} de {target} blocos privados minerados; as moedas vão para {loot}.',
  'attack.behind':
    'Quando você se escondeu, o ramo da sala já estava {blocks} blocos acima da bifurcação: o seu precisa de mais, e de mais do que a sala minerar nesse meio-tempo.',
  'attack.failedEarly':
    'Com {share} % da taxa de hash seu lado minera em média mais rápido que o resto da sala, mas voltou antes de o seu ramo alcançá-lo: escolha mais blocos privados.',
  'attack.assistTitle': 'Ou ajude um atacante',
  'attack.assistHint':
    'Um cúmplice se esconde antes do atacante, mantendo só a ligação com ele, e minera no ramo privado assim que chega o primeiro bloco dele. Volte quando o atacante voltar.',
  'attack.assistPick': 'Atacante',
  'attack.assist': 'Esconder-se com este atacante',
  'attack.assisting': 'Escondido com {attacker}: {blocks} blocos do ramo privado até agora.',
  'attack.assistWaiting': 'Escondido com {attacker}: esperando o primeiro bloco do ramo privado.',
  'attack.step3': '3. Volte para a sala',
  'attack.rejoin': 'Voltar agora',
  'attack.rejoining': 'Voltando: ligando-se de novo à sala e oferecendo a ela o ramo privado…',
  'attack.succeeded':
    'O ataque deu certo: seu ramo ({private} blocos) tinha mais trabalho que o da sala ({public}), então os nós se reorganizaram sobre ele. O pagamento voltou às mempools e falhou como gasto duplo: na nova cadeia, as moedas dele já estavam gastas.',
  'attack.failed':
    'O ataque falhou: o ramo da sala ({public} blocos) tinha mais trabalho que o seu ({private}), então seu ramo privado ficou órfão e o pagamento continua valendo.',
  'attack.failedShare':
    'Com {share} % da taxa de hash, seu lado encontra blocos mais devagar que o resto da sala: quanto mais tempo minera em privado, mais fica para trás.',
  'attack.reset': 'Começar de novo',
  'attack.droppedTitle': 'Pagamentos desfeitos neste nó',
  'attack.droppedNone': 'Nenhum até agora.',
  'attack.dropped': '{amount} de {sender} para {recipient} ({txid}): {reason}',
  'attack.droppedOverspend':
    'um gasto duplo: uma reorganização o trouxe de volta à mempool, e na nova cadeia as moedas dele já estavam gastas',
  'attack.droppedOther': 'uma reorganização o trouxe de volta à mempool, e a nova cadeia o recusou ({code})',
};
