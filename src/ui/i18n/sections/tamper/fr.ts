import type { SectionTable } from '../../section.ts';
import type { TamperKey } from './en.ts';

export const tamperFr: SectionTable<TamperKey> = {
  'tamper.intro':
    'Modifiez un bloc dans une copie isolée de la chaîne principale et regardez quels liens se brisent. La vraie chaîne du nœud n’est jamais touchée.',
  'tamper.start': 'Copier la chaîne principale',
  'tamper.block': 'Bloc',
  'tamper.tx': 'Transaction',
  'tamper.txOption': '#{n} : {from} → {amount}',
  'tamper.info': 'Nouvelle info',
  'tamper.amount': 'Nouveau montant',
  'tamper.apply': 'Modifier le bloc',
  'tamper.remine': 'Miner à nouveau depuis le bloc modifié',
  'tamper.cancel': 'Arrêter le minage',
  'tamper.reset': 'Abandonner la copie',
  'tamper.empty': 'Minez d’abord quelques blocs : la démo modifie des blocs après le bloc de genèse.',
  'tamper.status': 'Copie de {count, plural, one {# bloc} other {# blocs}}. {broken}',
  'tamper.allValid': 'Tous les liens sont valides.',
  'tamper.broken':
    'Brisée à partir du bloc {index} : {count, plural, one {# bloc serait refusé} other {# blocs seraient refusés}}.',
  'tamper.mining': 'Nouveau minage du bloc {index} : nonces essayés jusqu’ici : {tried}…',
  'tamper.mined':
    '{blocks, plural, one {# bloc miné} other {# blocs minés}} à nouveau : {tried} nonces essayés en {seconds} s (environ {expected} attendus par bloc).',
  'tamper.whyRefused':
    'Les pairs refusent toujours cette copie : elle a {sandboxWork} hashs attendus de travail, la chaîne honnête {honestWork} et elle grandit. Un nœud ne passe qu’à une chaîne avec plus de travail, donc le tricheur devrait miner plus que tous les autres réunis.',
  'tamper.ok': 'valide',
  'tamper.code.bad-merkle-root': 'les transactions ne correspondent plus à la racine de l’en-tête (bad-merkle-root)',
  'tamper.code.broken-link': 'son hash précédent n’est pas le hash du bloc d’avant (broken-link)',
  'tamper.code.bad-pow': 'son hash ne satisfait pas la difficulté : pas de preuve de travail (bad-pow)',
  'tamper.code.bad-signature':
    'la signature de la transaction modifiée ne correspond plus ; miner à nouveau ne peut pas la falsifier (bad-signature)',
  'tamper.code.invalid-parent': 'il s’appuie sur un bloc refusé (invalid-parent)',
  'tamper.code.other': 'refusé : {code}',
};
