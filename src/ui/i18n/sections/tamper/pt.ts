import type { SectionTable } from '../../section.ts';
import type { TamperKey } from './en.ts';

export const tamperPt: SectionTable<TamperKey> = {
  'tamper.intro':
    'Edite um bloco em uma cópia isolada da cadeia principal e veja quais ligações se quebram. A cadeia real do nó nunca é tocada.',
  'tamper.start': 'Copiar a cadeia principal',
  'tamper.block': 'Bloco',
  'tamper.tx': 'Transação',
  'tamper.txOption': '#{n}: {from} → {amount}',
  'tamper.info': 'Nova info',
  'tamper.amount': 'Novo valor',
  'tamper.apply': 'Editar bloco',
  'tamper.remine': 'Minerar de novo a partir do bloco editado',
  'tamper.cancel': 'Parar a mineração',
  'tamper.reset': 'Descartar a cópia',
  'tamper.empty': 'Minere alguns blocos primeiro: a demo edita blocos depois do bloco gênese.',
  'tamper.status': 'Cópia de {count, plural, one {# bloco} other {# blocos}}. {broken}',
  'tamper.allValid': 'Todas as ligações são válidas.',
  'tamper.broken':
    'Quebrada a partir do bloco {index}: {count, plural, one {# bloco seria recusado} other {# blocos seriam recusados}}.',
  'tamper.mining': 'Minerando de novo o bloco {index}: nonces testados até agora: {tried}…',
  'tamper.mined':
    '{blocks, plural, one {# bloco minerado} other {# blocos minerados}} de novo: {tried} nonces testados em {seconds} s (cerca de {expected} esperados por bloco).',
  'tamper.whyRefused':
    'Os pares ainda recusam esta cópia: ela tem {sandboxWork} hashes esperados de trabalho, a cadeia honesta {honestWork} e crescendo. Um nó só muda para uma cadeia com mais trabalho, então o trapaceiro teria de minerar mais que todos os outros juntos.',
  'tamper.ok': 'válido',
  'tamper.code.bad-merkle-root': 'as transações não correspondem mais à raiz do cabeçalho (bad-merkle-root)',
  'tamper.code.broken-link': 'o hash anterior não é o hash do bloco de antes (broken-link)',
  'tamper.code.bad-pow': 'o hash não atende à dificuldade: não há prova de trabalho (bad-pow)',
  'tamper.code.bad-signature':
    'a assinatura da transação editada não corresponde mais; minerar de novo não consegue forjá-la (bad-signature)',
  'tamper.code.invalid-parent': 'ele se apoia em um bloco recusado (invalid-parent)',
  'tamper.code.other': 'recusado: {code}',
};
