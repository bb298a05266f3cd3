// Writes docs/test-vectors.json: keys, transactions and a short chain with every intermediate encoding, so another
// implementation can check itself byte for byte. Deterministic: run it again and the file does not change.
import { writeFileSync } from 'node:fs';
import {
  Blockchain,
  blockToJson,
  bytesToHex,
  createGenesisBlock,
  createNetworkParams,
  createTransaction,
  encodeTransactionPayload,
  GENESIS_TIMESTAMP,
  keyPairFromSecret,
  leafHashOf,
  mineChildBlock,
  paramsFingerprint,
  signingMessage,
  type Transaction,
  transactionToJson,
} from '../src/core/index.ts';

const params = createNetworkParams('vectors', { difficulty: 8, retarget: null, reward: 50 });
const secret = (n: number) => Uint8Array.from({ length: 32 }, (_, i) => (i * 7 + n) & 0xff);
const alice = keyPairFromSecret(secret(1));
const bob = keyPairFromSecret(secret(2));

function txVector(tx: Transaction) {
  const payload = encodeTransactionPayload(tx);
  return {
    json: transactionToJson(tx),
    payload_hex: bytesToHex(payload),
    signing_message_hex: tx.signature.length > 0 ? bytesToHex(signingMessage(payload, params.name)) : '',
    leaf_hash: bytesToHex(leafHashOf(tx)),
  };
}

const chain = new Blockchain(params);
const blocks = [chain.genesis];
const t = GENESIS_TIMESTAMP + 3_600_000;
const transfers = [
  [],
  [
    createTransaction(
      alice,
      { recipient: bob.address, amount: 20, info: 'thermometer-7: 21.5C', timestamp: t + 5, nonce: 1 },
      params,
    ),
  ],
];
for (const [i, extra] of transfers.entries()) {
  const parent = chain.tip;
  const timestamp = t + (i + 1) * 60_000;
  const block = mineChildBlock({
    parent,
    minerAddress: alice.address,
    reward: params.reward,
    timestamp,
    difficulty: params.difficulty,
    transactions: extra,
  });
  const added = chain.addBlock(block, { now: timestamp });
  if (!added.ok) throw new Error(added.detail);
  blocks.push(block);
}

const vectors = {
  description:
    'Test vectors for the browser blockchain core. See docs/chain-format.md for the encodings. All hex is lowercase.',
  network: {
    name: params.name,
    fingerprint: paramsFingerprint(params),
    difficulty: params.difficulty,
    reward: params.reward,
  },
  keys: [alice, bob].map((k) => ({
    secret_key: bytesToHex(k.secretKey),
    public_key: bytesToHex(k.publicKey),
    address: k.address,
  })),
  genesis_hashes: Object.fromEntries(
    ['classroom', 'vectors', 'room-42'].map((name) => [name, createGenesisBlock(createNetworkParams(name)).hash]),
  ),
  transactions: blocks.flatMap((b) => b.transactions).map(txVector),
  blocks: blocks.map((b) => ({ header_hex: bytesToHex(b.header), json: blockToJson(b) })),
  balances_at_tip: { [alice.address]: chain.balanceOf(alice.address), [bob.address]: chain.balanceOf(bob.address) },
};

writeFileSync(new URL('../docs/test-vectors.json', import.meta.url), `${JSON.stringify(vectors, null, 2)}\n`);
console.log(
  `wrote docs/test-vectors.json: ${vectors.blocks.length} blocks, ${vectors.transactions.length} transactions`,
);
