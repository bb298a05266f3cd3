// docs/test-vectors.json is the contract another implementation checks itself against: ours must reproduce it.
import { describe, expect, it } from 'vitest';
import vectors from '../../docs/test-vectors.json' with { type: 'json' };
import {
  addressFromPublicKey,
  blockFromJson,
  bytesToHex,
  createGenesisBlock,
  createNetworkParams,
  encodeTransactionPayload,
  hexToBytes,
  keyPairFromSecret,
  leafHashOf,
  transactionFromJson,
  validChain,
} from '../../src/core/index.ts';

const params = createNetworkParams(vectors.network.name, { difficulty: 8, retarget: null, reward: 50 });

describe('test vectors', () => {
  it('keys and addresses', () => {
    for (const k of vectors.keys) {
      const pair = keyPairFromSecret(hexToBytes(k.secret_key));
      expect(bytesToHex(pair.publicKey)).toBe(k.public_key);
      expect(addressFromPublicKey(pair.publicKey)).toBe(k.address);
    }
  });

  it('genesis hashes per network name', () => {
    for (const [name, hash] of Object.entries(vectors.genesis_hashes)) {
      expect(createGenesisBlock(createNetworkParams(name)).hash).toBe(hash);
    }
  });

  it('transaction payloads, txids and leaf hashes', () => {
    for (const v of vectors.transactions) {
      const tx = transactionFromJson(v.json);
      if (!tx.ok) throw new Error(tx.detail);
      expect(bytesToHex(encodeTransactionPayload(tx.value))).toBe(v.payload_hex);
      expect(bytesToHex(leafHashOf(tx.value))).toBe(v.leaf_hash);
    }
  });

  it('block headers and hashes, and the chain validates to the stated balances', () => {
    for (const v of vectors.blocks) {
      const block = blockFromJson(v.json);
      if (!block.ok) throw new Error(block.detail);
      expect(bytesToHex(block.value.header)).toBe(v.header_hex);
    }
    const chain = validChain({ chain: vectors.blocks.map((b) => b.json), length: vectors.blocks.length }, params, 2e12);
    if (!chain.ok) throw new Error(chain.detail);
    for (const [address, balance] of Object.entries(vectors.balances_at_tip)) {
      expect(chain.value.balanceOf(address)).toBe(balance);
    }
  });
});
