import type { SectionTable } from '../../section.ts';
import type { AttackKey } from './en.ts';

export const attackFr: SectionTable<AttackKey> = {
  'attack.intro':
    'Un groupe qui détient la majeure partie du taux de hachage peut réécrire l’histoire récente. Essayez avec les vrais nœuds de cette salle : payez un camarade en public, passez dans l’ombre et minez une branche privée où les mêmes pièces vont ailleurs, puis revenez.',
  'attack.share':
    'Part de votre camp dans le taux de hachage de la salle : {share} % (mesurée d’après les rapports des nœuds).',
  'attack.shareNone':
    'Part de votre camp dans le taux de hachage de la salle : pas encore mesurée (les nœuds qui minent annoncent leur taux toutes les quelques secondes).',
  'attack.step1': '1. Payez la victime en public',
  'attack.recipient': 'Adresse de la victime',
  'attack.amount': 'Montant (vide : toutes vos pièces)',
  'attack.pay': 'Payer',
  'attack.hint1':
    'Votre nœud arrête de miner, pour que ce soit la salle, et non vous, qui mette le paiement dans un bloc.',
  'attack.pending': 'Paiement {txid} : en attente dans la mempool, 0 confirmation.',
  'attack.inBlock':
    'Paiement {txid} : dans le bloc {height}, {confirmations, plural, one {# confirmation} other {# confirmations}}.',
  'attack.gone': 'Paiement {txid} : il n’est plus dans aucun bloc ni dans la mempool de ce nœud : annulé.',
  'attack.step2': '2. Passez dans l’ombre et dépensez les mêmes pièces ailleurs',
  'attack.hint2':
    'Attendez que la victime voie le paiement confirmé. Votre nœud coupe alors tous ses liens, sauf ceux vers les complices que vous cochez, et mine une branche partant du bloc qui précède le paiement, dont le premier bloc envoie les mêmes pièces vers un nouveau portefeuille à vous. Les complices passent dans l’ombre depuis leur propre page, en gardant le lien avec vous.',
  'attack.accomplices': 'Complices (nœuds liés qui passent dans l’ombre avec vous)',
  'attack.noPeers': 'Aucun nœud lié à emmener : vous attaquez seul.',
  'attack.blocks': 'Blocs privés à miner avant de revenir',
  'attack.goDark': 'Passer dans l’ombre et dépenser deux fois',
  'attack.dark':
    'Dans l’ombre depuis le bloc {height} : {blocks} blocs privés minés sur {target} ; les pièces vont à {loot}.',
  'attack.behind':
    'Quand vous êtes passé dans l’ombre, la branche de la salle était déjà {blocks} blocs au-dessus de la bifurcation : la vôtre doit en avoir plus, et plus que ce que la salle mine entre-temps.',
  'attack.failedEarly':
    'Avec {share} % du taux de hachage, votre camp mine en moyenne plus vite que le reste de la salle, mais il est revenu avant que sa branche ait rattrapé l’autre : choisissez plus de blocs privés.',
  'attack.assistTitle': 'Ou aidez un attaquant',
  'attack.assistHint':
    'Un complice passe dans l’ombre avant l’attaquant, en ne gardant que son lien avec lui, et mine sur la branche privée dès que son premier bloc arrive. Revenez quand l’attaquant revient.',
  'attack.assistPick': 'Attaquant',
  'attack.assist': 'Passer dans l’ombre avec cet attaquant',
  'attack.assisting': 'Dans l’ombre avec {attacker} : {blocks} blocs de la branche privée jusqu’ici.',
  'attack.assistWaiting': 'Dans l’ombre avec {attacker} : en attente du premier bloc de la branche privée.',
  'attack.step3': '3. Revenez dans la salle',
  'attack.rejoin': 'Revenir maintenant',
  'attack.rejoining': 'Retour en cours : reconnexion à la salle et proposition de la branche privée…',
  'attack.succeeded':
    'L’attaque a réussi : votre branche ({private} blocs) avait plus de travail que celle de la salle ({public}), donc les nœuds se sont réorganisés sur elle. Le paiement est retombé dans les mempools et a échoué comme double dépense : sur la nouvelle chaîne, ses pièces étaient déjà dépensées.',
  'attack.failed':
    'L’attaque a échoué : la branche de la salle ({public} blocs) avait plus de travail que la vôtre ({private}), donc votre branche privée est devenue orpheline et le paiement tient toujours.',
  'attack.failedShare':
    'Avec {share} % du taux de hachage, votre camp trouve des blocs plus lentement que le reste de la salle : plus il mine longtemps en privé, plus il prend du retard.',
  'attack.reset': 'Recommencer',
  'attack.droppedTitle': 'Paiements annulés sur ce nœud',
  'attack.droppedNone': 'Aucun pour l’instant.',
  'attack.dropped': '{amount} de {sender} à {recipient} ({txid}) : {reason}',
  'attack.droppedOverspend':
    'une double dépense : une réorganisation l’a ramené dans la mempool, et sur la nouvelle chaîne ses pièces étaient déjà dépensées',
  'attack.droppedOther': 'une réorganisation l’a ramené dans la mempool, et la nouvelle chaîne l’a refusé ({code})',
};
