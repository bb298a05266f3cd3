import type { SectionTable } from '../../section.ts';
import type { GuideKey } from './en.ts';

export const guidePt: SectionTable<GuideKey> = {
  'guide.title': 'Primeiros passos',
  'guide.progress': 'Passo {step} de {total}',
  'guide.node.title': 'Esta aba é um nó completo',
  'guide.node.text':
    'Ela guarda sua própria cópia da cadeia, verifica cada bloco que recebe e conversa com os nós dos seus colegas. Nenhum servidor decide por ela.',
  'guide.mine.title': 'Minere seu primeiro bloco',
  'guide.mine.text':
    'Toque em “{mine}” acima. Seu nó tenta um nonce após o outro até o hash do bloco atender à dificuldade; o bloco entra na sua cadeia e a recompensa é sua.',
  'guide.send.title': 'Envie um registro a um colega',
  'guide.send.text':
    'Toque em “{send}”, escolha o endereço de um colega, escreva um registro e envie. Ele espera na mempool até que um nó o minere em um bloco.',
  'guide.next': 'Próximo',
  'guide.back': 'Voltar',
  'guide.skip': 'Pular',
  'guide.done': 'Concluir',
};
