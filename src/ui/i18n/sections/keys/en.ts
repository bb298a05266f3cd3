// The keys-and-signatures view's English texts (its own chunk, loaded with the view: src/ui/i18n/section.ts).

export const keysEn = {
  'keys.intro':
    'This node signs what it sends with an Ed25519 key pair: the private key makes signatures, the public key lets anyone check them.',
  'keys.pairTitle': "This node's keys",
  'keys.publicKey': 'Public key (32 bytes)',
  'keys.hashOfKey': 'SHA-256 of the public key',
  'keys.address': 'Address',
  'keys.derivation': 'The address is the first 20 bytes (40 hex characters, marked) of the SHA-256 of the public key.',
  'keys.privateKey': 'Private key',
  'keys.privateWarning':
    "Anyone who sees the private key can spend this node's coins and sign in its name. Show it only where nobody else can see the screen, never on a projector.",
  'keys.show': 'Show private key',
  'keys.hide': 'Hide private key',
  'keys.privateStored':
    "This browser keeps it as plain bytes in the node's storage and in its backups, which is why it can be shown. The page never logs it or puts it in the address bar.",
  'keys.signTitle': 'Sign a text, then check it',
  'keys.textToSign': 'Text to sign',
  'keys.sign': "Sign with this node's key",
  'keys.prefixNote':
    'What is signed is the line “{prefix}” followed by your text, so a signed text can never pass for the signature of a transaction.',
  'keys.signature': 'Signature (64 bytes)',
  'keys.checkHint':
    'Change one character of the text or of the signature and the check fails. Characters that differ from what was signed are marked.',
  'keys.textToCheck': 'Text to check',
  'keys.signatureToCheck': 'Signature to check (128 hex characters)',
  'keys.same': 'Same as what was signed.',
  'keys.differs':
    '{count, plural, one {# character differs} other {# characters differ}} from what was signed (marked).',
  'keys.textValid': "Valid: this node's key signed exactly this text.",
  'keys.textInvalid': "Fails: this signature was not made with this node's key over this text.",
  'keys.notASignature': 'Not a signature: 128 hex characters (0–9, a–f) are needed.',
  'keys.txTitle': 'Check a transaction of the chain',
  'keys.txHint':
    'Open a transaction and the core checks its signature in front of you, as every node does when a block arrives.',
  'keys.recent': 'Signed transactions, newest first',
  'keys.noneSigned':
    'The main chain holds no signed transaction yet: send one under Transactions, then mine a block. Rewards carry no signature.',
  'keys.txOption': 'Block {block}, #{position}: {amount} to {recipient}',
  'keys.block': 'Block',
  'keys.position': 'Position in the block (0 is the reward)',
  'keys.open': 'Open',
  'keys.noBlock': 'The main chain has no block with this number.',
  'keys.noPosition': 'This block has no transaction at this position.',
  'keys.opened': 'Block {block}, transaction #{position}',
  'keys.sender': 'Sender',
  'keys.recipient': 'Recipient',
  'keys.amount': 'Amount',
  'keys.info': 'Info',
  'keys.reward':
    "A reward (coinbase): it makes new coins for the block's miner and carries no key and no signature to check.",
  'keys.message':
    'Signed message: the network tag (32 bytes, the SHA-256 of “browser-blockchain/tx/{room}”, underlined), then the transaction’s fields',
  'keys.txValid':
    'Valid: the signature holds for this message and public key, and the sender is the address of that key.',
  'keys.txInvalid': 'Fails: {reason}.',
  'keys.copyTitle': 'A tampered copy',
  'keys.copyHint':
    "Change the copy's amount or info: it keeps the original's public key and signature. Characters of its message that changed are marked.",
  'keys.copyAmount': 'Amount of the copy',
  'keys.copyInfo': 'Info of the copy',
  'keys.amountInvalid': 'Enter a whole number, 0 or more.',
} as const;

export type KeysKey = keyof typeof keysEn;
