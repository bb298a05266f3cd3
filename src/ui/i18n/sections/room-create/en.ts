// The new-room form's English texts (its own chunk, loaded with the view: src/ui/i18n/section.ts).

export const roomCreateEn = {
  'create.intro':
    'Start a room for a lesson: its name and difficulty rule make its genesis block, so only nodes that open its link share its chain.',
  'create.name': 'Room name',
  'create.nameHint': '1 to 64 letters (A–Z, a–z), digits, “_” or “-”, no spaces.',
  'create.nameEmpty': 'Give the room a name.',
  'create.nameInvalid': 'Use only letters A–Z and a–z, digits, “_” and “-”, at most 64 of them.',
  'create.rule': 'Difficulty',
  'create.fixed': 'Fixed: every block needs the same number of leading zero bits',
  'create.target': 'Target time per block: the difficulty follows the room’s mining speed (retargeting)',
  'create.difficulty': 'Difficulty: leading zero bits ({max} at most)',
  'create.startDifficulty': 'Starting difficulty: leading zero bits ({max} at most)',
  'create.difficultyInvalid': 'Enter a whole number of bits from 0 to {max}.',
  'create.seconds': 'Target time per block, in seconds ({min} to {max})',
  'create.secondsHint':
    'After each block the room compares the mean time of its last {window} blocks with the target: under half of it adds one bit of difficulty, over twice removes one.',
  'create.targetInvalid': 'Enter a whole number of seconds from {min} to {max}.',
  'create.expected':
    'At this device’s hash rate, one block takes {time} on average ({hashes} hashes expected at difficulty {difficulty}).',
  'create.expectedUnknown': 'Measuring this device’s hash rate…',
  'create.instant': 'less than a millisecond',
  'create.rateMiner':
    'Hash rate as this node’s miner last reported it: {rate} MH/s with {workers, plural, one {# worker} other {# workers}}.',
  'create.rateEstimate':
    'Estimate: {rate} MH/s, this page’s JavaScript hashing measured for a moment on one thread, times {workers, plural, one {# worker} other {# workers}}. Mining a block replaces it with the miner’s own rate.',
  'create.suggest':
    'For one block every {seconds} s from this device alone, the difficulty would settle near {difficulty}; a whole class mining settles higher.',
  'create.link': 'The room’s link (open it on every device of the class):',
  'create.submit': 'Create the room and open it',
  'create.fix': 'The room was not created: correct the marked fields.',
  'create.access': 'Who may mine',
  'create.private': 'A private room: only the keys below may mine; every other node is a user',
  'create.miners': 'Public keys allowed to mine, one per line (yours is first)',
  'create.minersHint':
    'Each student opens this room, presses “Copy my public key” in the node panel and sends it to you: a node’s key belongs to a room name, so the private room keeps this room’s name. The list is part of the genesis: it cannot change later.',
  'create.minersInvalid': '{value} is not a public key: each is 64 hex characters, at most {max} keys.',
} as const;

export type RoomCreateKey = keyof typeof roomCreateEn;
