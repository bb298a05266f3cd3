import type { SectionTable } from '../../section.ts';
import type { MiningStepsKey } from './en.ts';

export const miningStepsFr: SectionTable<MiningStepsKey> = {
  'steps.intro':
    'Le prochain bloc du nœud dans un bac à sable : miner essaie un nonce après l’autre, en hachant l’en-tête à chaque fois, jusqu’à ce que le hash ne dépasse pas la cible. Rien de ce qui est miné ici n’est ajouté à la chaîne.',
  'steps.difficulty': 'Difficulté de cette leçon : bits nuls en tête (de 0 à 20)',
  'steps.difficultyInvalid': 'Saisissez un nombre entier de 0 à 20.',
  'steps.roomDifficulty': 'Le prochain bloc du salon demande la difficulté {difficulty}.',
  'steps.speed': 'Vitesse',
  'steps.speedTries': '{speed, plural, one {# essai par seconde} other {# essais par seconde}}',
  'steps.speedFull': 'Pleine vitesse',
  'steps.start': 'Démarrer',
  'steps.pause': 'Pause',
  'steps.resume': 'Reprendre',
  'steps.step': 'Un essai',
  'steps.stop': 'Arrêter',
  'steps.newCandidate': 'Nouveau candidat',
  'steps.candidate': 'Le bloc candidat',
  'steps.index': 'Indice',
  'steps.parent': 'Construit sur',
  'steps.transactions': 'Transactions',
  'steps.transactionsValue':
    '{count, plural, one {# transaction} other {# transactions}} : la coinbase d’abord, puis celles du mempool',
  'steps.target': 'Cible : le plus grand hash permis',
  'steps.header': 'En-tête du dernier essai (92 octets ; le nonce surligné)',
  'steps.ready':
    'Appuyez sur Démarrer pour essayer les nonces depuis 0 à la vitesse choisie, ou sur Un essai pour un seul pas.',
  'steps.running': 'Minage : chaque essai place le nonce suivant dans l’en-tête et le hache.',
  'steps.paused':
    'En pause après {tries, plural, one {# essai} other {# essais}}. Un essai avance d’un pas ; Reprendre continue.',
  'steps.stopped':
    'Arrêté après {tries, plural, one {# essai} other {# essais}} sans bloc. Démarrer essaie un nouveau candidat.',
  'steps.found':
    'Bloc trouvé : nonce {nonce}, après {tries, plural, one {# essai} other {# essais}}. Son hash commence par {zeros, plural, one {# bit nul} other {# bits nuls}}, au moins les {difficulty} exigés : il ne dépasse donc pas la cible.',
  'steps.triesCount': '{tries, plural, one {# essai} other {# essais}} jusqu’ici',
  'steps.triesCaption': 'Les derniers essais, le plus récent en premier',
  'steps.nonce': 'Nonce',
  'steps.hash': 'Hash du bloc',
  'steps.zeros': 'Bits nuls en tête face aux exigés',
  'steps.verdict': 'Au plus la cible ?',
  'steps.yes': 'oui',
  'steps.no': 'non',
  'steps.foundTitle': 'Le même bloc à pleine vitesse',
  'steps.again': 'Le miner à nouveau à pleine vitesse',
  'steps.againResult':
    'De nouveau le nonce {nonce}, après {tries, plural, one {# essai} other {# essais}} en {ms} ms : {rate} hashs par seconde sur le fil de cette page.',
  'steps.againTooQuick':
    'De nouveau le nonce {nonce}, après {tries, plural, one {# essai} other {# essais}} en moins d’une milliseconde : trop rapide pour mesurer un débit. Essayez une difficulté plus haute.',
  'steps.againStopped': 'Arrêté après {tries, plural, one {# essai} other {# essais}}.',
  'steps.seriesTitle': 'Essais par bloc',
  'steps.seriesHint':
    'Chaque essai gagne avec une chance de 1 sur 2^difficulté : un bloc demande donc en moyenne 2^difficulté essais, certains bien moins, d’autres bien plus. Minez-en plusieurs pour le voir.',
  'steps.seriesCount': 'Blocs à miner à pleine vitesse',
  'steps.seriesMine': 'Les miner',
  'steps.seriesProgress': 'Bloc {done} sur {count} : {tries, plural, one {# essai} other {# essais}} jusqu’ici.',
  'steps.seriesDone': '{count, plural, one {# bloc miné} other {# blocs minés}}.',
  'steps.seriesStopped': 'Arrêté : {done} blocs minés sur {count}.',
  'steps.summary':
    'Difficulté {difficulty} : {blocks, plural, one {# bloc} other {# blocs}}, {average} essais en moyenne ; 2^{difficulty} = {expected} attendus.',
  'steps.recordsCaption': 'Chaque bloc miné pendant cette leçon, le plus récent en premier',
  'steps.block': 'Bloc',
  'steps.blockDifficulty': 'Difficulté',
  'steps.blockTries': 'Essais',
  'steps.blockBar': 'Essais face à 2^difficulté (la ligne du milieu)',
};
