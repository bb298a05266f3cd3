// The tamper view's English texts (its own chunk, loaded with the view: src/ui/i18n/section.ts).

export const tamperEn = {
  'tamper.intro':
    "Edit a block in a sandbox copy of the main chain and watch which links break. The node's real chain is never touched.",
  'tamper.start': 'Copy the main chain',
  'tamper.block': 'Block',
  'tamper.tx': 'Transaction',
  'tamper.txOption': '#{n}: {from} → {amount}',
  'tamper.info': 'New info',
  'tamper.amount': 'New amount',
  'tamper.apply': 'Edit block',
  'tamper.remine': 'Re-mine from the edited block',
  'tamper.cancel': 'Stop mining',
  'tamper.reset': 'Discard sandbox',
  'tamper.empty': 'Mine a few blocks first: the demo edits blocks after the genesis block.',
  'tamper.status': 'Sandbox of {count} blocks. {broken}',
  'tamper.allValid': 'Every link checks out.',
  'tamper.broken': 'Broken from block {index}: {count, plural, one {# block} other {# blocks}} would be refused.',
  'tamper.mining': 'Re-mining block {index}: {tried} nonces tried so far…',
  'tamper.mined':
    'Re-mined {blocks, plural, one {# block} other {# blocks}}: {tried} nonces tried in {seconds} s (about {expected} expected per block).',
  'tamper.whyRefused':
    'Peers still refuse this copy: it has {sandboxWork} expected hashes of work, the honest chain {honestWork} and growing. A node only switches to a chain with more work, so the cheater would have to out-mine everyone else together.',
  'tamper.ok': 'valid',
  'tamper.code.bad-merkle-root': 'the transactions no longer match the root in the header (bad-merkle-root)',
  'tamper.code.broken-link': 'its previous hash is not the hash of the block before (broken-link)',
  'tamper.code.bad-pow': 'its hash does not meet the difficulty: no proof of work (bad-pow)',
  'tamper.code.bad-signature':
    "the edited transaction's signature no longer matches; re-mining cannot forge it (bad-signature)",
  'tamper.code.invalid-parent': 'it builds on a refused block (invalid-parent)',
  'tamper.code.other': 'refused: {code}',
} as const;

export type TamperKey = keyof typeof tamperEn;
