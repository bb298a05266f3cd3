import type { SectionTable } from '../../section.ts';
import type { KeysKey } from './en.ts';

export const keysPt: SectionTable<KeysKey> = {
  'keys.intro':
    'Este nó assina o que envia com um par de chaves Ed25519: a chave privada cria as assinaturas e a pública permite que qualquer pessoa as verifique.',
  'keys.pairTitle': 'As chaves deste nó',
  'keys.publicKey': 'Chave pública (32 bytes)',
  'keys.hashOfKey': 'SHA-256 da chave pública',
  'keys.address': 'Endereço',
  'keys.derivation':
    'O endereço são os primeiros 20 bytes (40 caracteres hexadecimais, marcados) do SHA-256 da chave pública.',
  'keys.privateKey': 'Chave privada',
  'keys.privateWarning':
    'Quem vir a chave privada pode gastar as moedas deste nó e assinar em nome dele. Mostre-a apenas onde mais ninguém veja o ecrã, nunca num projetor.',
  'keys.show': 'Mostrar a chave privada',
  'keys.hide': 'Ocultar a chave privada',
  'keys.privateStored':
    'Este navegador guarda-a como bytes simples no armazenamento do nó e nas suas cópias de segurança, por isso pode ser mostrada. A página nunca a regista nem a coloca na barra de endereço.',
  'keys.signTitle': 'Assine um texto e verifique-o',
  'keys.textToSign': 'Texto a assinar',
  'keys.sign': 'Assinar com a chave deste nó',
  'keys.prefixNote':
    'O que se assina é a linha «{prefix}» seguida do seu texto, por isso um texto assinado nunca pode passar pela assinatura de uma transação.',
  'keys.signature': 'Assinatura (64 bytes)',
  'keys.checkHint':
    'Mude um carácter do texto ou da assinatura e a verificação falha. Os caracteres diferentes do que foi assinado estão marcados.',
  'keys.textToCheck': 'Texto a verificar',
  'keys.signatureToCheck': 'Assinatura a verificar (128 caracteres hexadecimais)',
  'keys.same': 'Igual ao que foi assinado.',
  'keys.differs':
    '{count, plural, one {# carácter difere} other {# caracteres diferem}} do que foi assinado (marcados).',
  'keys.textValid': 'Válida: a chave deste nó assinou exatamente este texto.',
  'keys.textInvalid': 'Falha: esta assinatura não foi feita com a chave deste nó sobre este texto.',
  'keys.notASignature': 'Não é uma assinatura: são precisos 128 caracteres hexadecimais (0–9, a–f).',
  'keys.txTitle': 'Verificar uma transação da cadeia',
  'keys.txHint':
    'Abra uma transação e o núcleo verifica a assinatura à sua frente, como faz cada nó quando chega um bloco.',
  'keys.recent': 'Transações assinadas, as mais recentes primeiro',
  'keys.noneSigned':
    'A cadeia principal ainda não tem nenhuma transação assinada: envie uma em Transações e mine um bloco. As recompensas não têm assinatura.',
  'keys.txOption': 'Bloco {block}, n.º {position}: {amount} para {recipient}',
  'keys.block': 'Bloco',
  'keys.position': 'Posição no bloco (0 é a recompensa)',
  'keys.open': 'Abrir',
  'keys.noBlock': 'A cadeia principal não tem nenhum bloco com este número.',
  'keys.noPosition': 'Este bloco não tem nenhuma transação nesta posição.',
  'keys.opened': 'Bloco {block}, transação n.º {position}',
  'keys.sender': 'Remetente',
  'keys.recipient': 'Destinatário',
  'keys.amount': 'Quantia',
  'keys.info': 'Informação',
  'keys.reward':
    'Uma recompensa (coinbase): cria moedas novas para quem minerou o bloco e não tem chave nem assinatura para verificar.',
  'keys.message':
    'Mensagem assinada: a etiqueta da rede (32 bytes, o SHA-256 de «browser-blockchain/tx/{room}», sublinhada) e depois os campos da transação',
  'keys.txValid':
    'Válida: a assinatura confere para esta mensagem e esta chave pública, e o remetente é o endereço dessa chave.',
  'keys.txInvalid': 'Falha: {reason}.',
  'keys.copyTitle': 'Uma cópia adulterada',
  'keys.copyHint':
    'Mude a quantia ou a informação da cópia: ela mantém a chave pública e a assinatura do original. Os caracteres da sua mensagem que mudaram estão marcados.',
  'keys.copyAmount': 'Quantia da cópia',
  'keys.copyInfo': 'Informação da cópia',
  'keys.amountInvalid': 'Introduza um número inteiro, 0 ou mais.',
};
