import type { SectionTable } from '../../section.ts';
import type { GuideKey } from './en.ts';

export const guideFr: SectionTable<GuideKey> = {
  'guide.title': 'Premiers pas',
  'guide.progress': 'Étape {step} sur {total}',
  'guide.node.title': 'Cet onglet est un nœud complet',
  'guide.node.text':
    'Il garde sa propre copie de la chaîne, vérifie chaque bloc reçu et parle aux nœuds de vos camarades. Aucun serveur ne décide à sa place.',
  'guide.mine.title': 'Minez votre premier bloc',
  'guide.mine.text':
    'Appuyez sur « {mine} » ci-dessus. Votre nœud essaie nonce après nonce jusqu’à ce que le hash du bloc respecte la difficulté ; le bloc rejoint votre chaîne et sa récompense est à vous.',
  'guide.send.title': 'Envoyez un enregistrement à un camarade',
  'guide.send.text':
    'Appuyez sur « {send} », choisissez l’adresse d’un camarade, écrivez un enregistrement et envoyez-le. Il attend dans la mempool jusqu’à ce qu’un nœud le mine dans un bloc.',
  'guide.next': 'Suivant',
  'guide.back': 'Retour',
  'guide.skip': 'Passer',
  'guide.done': 'Terminé',
};
