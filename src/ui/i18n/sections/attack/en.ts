// The 51% lesson's English texts (its own chunk, loaded with the view: src/ui/i18n/section.ts).

export const attackEn = {
  'attack.intro':
    'A group with most of the hash rate can rewrite recent history. Try it with the real nodes of this room: pay a classmate in public, go dark and mine a private branch in which the same coins go elsewhere, then rejoin.',
  'attack.share': "Your side's share of the room's hash rate: {share} % (measured from the nodes' reports).",
  'attack.shareNone':
    "Your side's share of the room's hash rate: not measured yet (mining nodes report their rates every few seconds).",
  'attack.step1': '1. Pay the victim in public',
  'attack.recipient': "Victim's address",
  'attack.amount': 'Amount (empty: all your coins)',
  'attack.pay': 'Pay',
  'attack.hint1': 'Your node stops mining, so that the room, not you, puts the payment in a block.',
  'attack.pending': 'Payment {txid}: waiting in the mempool, 0 confirmations.',
  'attack.inBlock':
    'Payment {txid}: in block {height}, {confirmations, plural, one {# confirmation} other {# confirmations}}.',
  'attack.gone': 'Payment {txid}: in no block and no mempool of this node any more: undone.',
  'attack.step2': '2. Go dark and spend the same coins elsewhere',
  'attack.hint2':
    'Wait until the victim sees the payment confirmed. Then your node drops every link except to the accomplices you tick, and mines a branch from the block before the payment whose first block sends the same coins to a new wallet of yours. Accomplices go dark on their own pages, keeping the link to you.',
  'attack.accomplices': 'Accomplices (linked nodes that go dark with you)',
  'attack.noPeers': 'No linked node to take along: you attack alone.',
  'attack.blocks': 'Private blocks to mine before rejoining',
  'attack.goDark': 'Go dark and double-spend',
  'attack.dark': 'Dark since block {height}: {blocks} of {target} private blocks mined; the coins go to {loot}.',
  'attack.behind':
    "When you went dark the room's branch was already {blocks} blocks above the fork: yours needs more than that, and more than the room mines meanwhile.",
  'attack.failedEarly':
    'With {share} % of the hash rate your side mines faster than the rest of the room on average, but it rejoined before its branch had caught up: choose more private blocks.',
  'attack.assistTitle': 'Or help an attacker',
  'attack.assistHint':
    'An accomplice goes dark before the attacker does, keeping only its link to the attacker, and mines on the private branch as soon as its first block arrives. Rejoin when the attacker does.',
  'attack.assistPick': 'Attacker',
  'attack.assist': 'Go dark with this attacker',
  'attack.assisting': 'Dark with {attacker}: {blocks} blocks of the private branch so far.',
  'attack.assistWaiting': "Dark with {attacker}: waiting for the private branch's first block.",
  'attack.step3': '3. Rejoin the room',
  'attack.rejoin': 'Rejoin now',
  'attack.rejoining': 'Rejoining: linking to the room again and offering it the private branch…',
  'attack.succeeded':
    "The attack succeeded: your branch ({private} blocks) had more work than the room's ({public}), so the nodes reorganised onto it. The payment fell back to the mempools and failed as a double spend: on the new chain its coins were already spent.",
  'attack.failed':
    "The attack failed: the room's branch ({public} blocks) had more work than yours ({private}), so your private branch went stale and the payment stands.",
  'attack.failedShare':
    'With {share} % of the hash rate your side finds blocks more slowly than the rest of the room: the longer it mines in private, the further it falls behind.',
  'attack.reset': 'Start again',
  'attack.droppedTitle': 'Payments undone on this node',
  'attack.droppedNone': 'None so far.',
  'attack.dropped': '{amount} from {sender} to {recipient} ({txid}): {reason}',
  'attack.droppedOverspend':
    'a double spend: a reorg brought it back to the mempool, and on the new chain its coins were already spent',
  'attack.droppedOther': 'a reorg brought it back to the mempool, and the new chain refused it ({code})',
} as const;

export type AttackKey = keyof typeof attackEn;
