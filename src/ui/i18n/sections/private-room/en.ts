// The private room's English texts: a node's role and its public key (its own chunk, loaded with the node panel's
// role line: src/ui/i18n/section.ts).

export const privateRoomEn = {
  'role.label': 'Role',
  'role.miner':
    'miner: this private room lists {count, plural, one {# key} other {# keys}} that may mine, and yours is one',
  'role.user':
    'user: only the keys this private room lists may mine, and yours is not one; you can still send transactions',
  'role.public': 'miner: in a public room every node may mine',
  'role.publicKey': 'Public key',
  'role.copy': 'Copy my public key',
  'role.copied': 'Copied. Send it to your teacher to be listed as a miner.',
  'role.copyFailed': 'Could not copy: select the key and copy it by hand.',
} as const;

export type PrivateRoomKey = keyof typeof privateRoomEn;
