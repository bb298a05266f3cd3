// The mining lesson's English texts (its own chunk, loaded with the view: src/ui/i18n/section.ts).

export const miningStepsEn = {
  'steps.intro':
    'The node’s next block as a sandbox: mining tries nonce after nonce, hashing the header each time, until the hash is at most the target. Nothing mined here is added to the chain.',
  'steps.difficulty': 'Difficulty for this lesson: leading zero bits (0 to 20)',
  'steps.difficultyInvalid': 'Enter a whole number from 0 to 20.',
  'steps.roomDifficulty': 'The room’s next block needs difficulty {difficulty}.',
  'steps.speed': 'Speed',
  'steps.speedTries': '{speed, plural, one {# try per second} other {# tries per second}}',
  'steps.speedFull': 'Full speed',
  'steps.start': 'Start',
  'steps.pause': 'Pause',
  'steps.resume': 'Resume',
  'steps.step': 'One try',
  'steps.stop': 'Stop',
  'steps.newCandidate': 'New candidate',
  'steps.candidate': 'The candidate block',
  'steps.index': 'Index',
  'steps.parent': 'Builds on',
  'steps.transactions': 'Transactions',
  'steps.transactionsValue':
    '{count, plural, one {# transaction} other {# transactions}}: the coinbase, then the mempool’s',
  'steps.target': 'Target: the largest hash allowed',
  'steps.header': 'Header of the latest try (92 bytes; the nonce marked)',
  'steps.ready': 'Press Start to try nonces from 0 at the chosen speed, or One try for a single step.',
  'steps.running': 'Mining: each try puts the next nonce in the header and hashes it.',
  'steps.paused': 'Paused after {tries, plural, one {# try} other {# tries}}. One try steps on; Resume goes on.',
  'steps.stopped':
    'Stopped after {tries, plural, one {# try} other {# tries}} without a block. Start tries a new candidate.',
  'steps.found':
    'Block found: nonce {nonce}, after {tries, plural, one {# try} other {# tries}}. Its hash starts with {zeros, plural, one {# zero bit} other {# zero bits}}, at least the {difficulty} required, so it is at most the target.',
  'steps.triesCount': '{tries, plural, one {# try} other {# tries}} so far',
  'steps.triesCaption': 'The latest tries, newest first',
  'steps.nonce': 'Nonce',
  'steps.hash': 'Block hash',
  'steps.zeros': 'Leading zero bits vs required',
  'steps.verdict': 'At most the target?',
  'steps.yes': 'yes',
  'steps.no': 'no',
  'steps.foundTitle': 'The same block at full speed',
  'steps.again': 'Mine it again at full speed',
  'steps.againResult':
    'Nonce {nonce} again, after {tries, plural, one {# try} other {# tries}} in {ms} ms: {rate} hashes per second on this page’s thread.',
  'steps.againTooQuick':
    'Nonce {nonce} again, after {tries, plural, one {# try} other {# tries}} in under a millisecond: too quick to measure a rate. Try a higher difficulty.',
  'steps.againStopped': 'Stopped after {tries, plural, one {# try} other {# tries}}.',
  'steps.seriesTitle': 'Tries per block',
  'steps.seriesHint':
    'Each try wins with a chance of 1 in 2^difficulty, so a block takes 2^difficulty tries on average: some far fewer, some far more. Mine several to see it.',
  'steps.seriesCount': 'Blocks to mine at full speed',
  'steps.seriesMine': 'Mine them',
  'steps.seriesProgress': 'Block {done} of {count}: {tries, plural, one {# try} other {# tries}} so far.',
  'steps.seriesDone': '{count, plural, one {# block} other {# blocks}} mined.',
  'steps.seriesStopped': 'Stopped: {done} of {count} blocks mined.',
  'steps.summary':
    'Difficulty {difficulty}: {blocks, plural, one {# block} other {# blocks}}, {average} tries on average; 2^{difficulty} = {expected} expected.',
  'steps.recordsCaption': 'Each block mined in this lesson, newest first',
  'steps.block': 'Block',
  'steps.blockDifficulty': 'Difficulty',
  'steps.blockTries': 'Tries',
  'steps.blockBar': 'Tries against 2^difficulty (the middle line)',
} as const;

export type MiningStepsKey = keyof typeof miningStepsEn;
