import type { SectionTable } from '../../section.ts';
import type { KeysKey } from './en.ts';

export const keysFr: SectionTable<KeysKey> = {
  'keys.intro':
    'Ce nœud signe ce qu’il envoie avec une paire de clés Ed25519 : la clé privée crée les signatures, la clé publique permet à chacun de les vérifier.',
  'keys.pairTitle': 'Les clés de ce nœud',
  'keys.publicKey': 'Clé publique (32 octets)',
  'keys.hashOfKey': 'SHA-256 de la clé publique',
  'keys.address': 'Adresse',
  'keys.derivation':
    'L’adresse est formée des 20 premiers octets (40 caractères hexadécimaux, surlignés) du SHA-256 de la clé publique.',
  'keys.privateKey': 'Clé privée',
  'keys.privateWarning':
    'Quiconque voit la clé privée peut dépenser les pièces de ce nœud et signer en son nom. Ne l’affichez que là où personne d’autre ne voit l’écran, jamais sur un projecteur.',
  'keys.show': 'Afficher la clé privée',
  'keys.hide': 'Masquer la clé privée',
  'keys.privateStored':
    'Ce navigateur la conserve en octets bruts dans le stockage du nœud et dans ses sauvegardes, c’est pourquoi elle peut être affichée. La page ne l’écrit jamais dans un journal ni dans la barre d’adresse.',
  'keys.signTitle': 'Signez un texte, puis vérifiez-le',
  'keys.textToSign': 'Texte à signer',
  'keys.sign': 'Signer avec la clé de ce nœud',
  'keys.prefixNote':
    'Ce qui est signé, c’est la ligne « {prefix} » suivie de votre texte : un texte signé ne peut donc jamais passer pour la signature d’une transaction.',
  'keys.signature': 'Signature (64 octets)',
  'keys.checkHint':
    'Changez un caractère du texte ou de la signature et la vérification échoue. Les caractères qui diffèrent de ce qui a été signé sont surlignés.',
  'keys.textToCheck': 'Texte à vérifier',
  'keys.signatureToCheck': 'Signature à vérifier (128 caractères hexadécimaux)',
  'keys.same': 'Identique à ce qui a été signé.',
  'keys.differs':
    '{count, plural, one {# caractère diffère} other {# caractères diffèrent}} de ce qui a été signé (surlignés).',
  'keys.textValid': 'Valide : la clé de ce nœud a signé exactement ce texte.',
  'keys.textInvalid': 'Échec : cette signature n’a pas été faite avec la clé de ce nœud sur ce texte.',
  'keys.notASignature': 'Ce n’est pas une signature : il faut 128 caractères hexadécimaux (0–9, a–f).',
  'keys.txTitle': 'Vérifier une transaction de la chaîne',
  'keys.txHint':
    'Ouvrez une transaction et le cœur vérifie sa signature sous vos yeux, comme le fait chaque nœud à l’arrivée d’un bloc.',
  'keys.recent': 'Transactions signées, les plus récentes d’abord',
  'keys.noneSigned':
    'La chaîne principale ne contient encore aucune transaction signée : envoyez-en une dans Transactions, puis minez un bloc. Les récompenses ne portent pas de signature.',
  'keys.txOption': 'Bloc {block}, n° {position} : {amount} pour {recipient}',
  'keys.block': 'Bloc',
  'keys.position': 'Position dans le bloc (0 est la récompense)',
  'keys.open': 'Ouvrir',
  'keys.noBlock': 'La chaîne principale n’a aucun bloc portant ce numéro.',
  'keys.noPosition': 'Ce bloc n’a aucune transaction à cette position.',
  'keys.opened': 'Bloc {block}, transaction n° {position}',
  'keys.sender': 'Expéditeur',
  'keys.recipient': 'Destinataire',
  'keys.amount': 'Montant',
  'keys.info': 'Info',
  'keys.reward':
    'Une récompense (coinbase) : elle crée de nouvelles pièces pour le mineur du bloc et ne porte ni clé ni signature à vérifier.',
  'keys.message':
    'Message signé : l’étiquette du réseau (32 octets, le SHA-256 de « browser-blockchain/tx/{room} », soulignée), puis les champs de la transaction',
  'keys.txValid':
    'Valide : la signature tient pour ce message et cette clé publique, et l’expéditeur est l’adresse de cette clé.',
  'keys.txInvalid': 'Échec : {reason}.',
  'keys.copyTitle': 'Une copie falsifiée',
  'keys.copyHint':
    'Changez le montant ou l’info de la copie : elle garde la clé publique et la signature de l’original. Les caractères de son message qui ont changé sont surlignés.',
  'keys.copyAmount': 'Montant de la copie',
  'keys.copyInfo': 'Info de la copie',
  'keys.amountInvalid': 'Saisissez un nombre entier, 0 ou plus.',
};
