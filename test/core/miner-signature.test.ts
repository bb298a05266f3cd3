import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Block,
  Blockchain,
  blockFromBytes,
  blockFromJson,
  blockToJson,
  bytesToHex,
  checkBlock,
  createGenesisBlock,
  createNetworkParams,
  encodeBlockBytes,
  encodeSealedBlockBytes,
  type KeyPair,
  keyPairFromSecret,
  type NetworkParams,
  paramsFingerprint,
  paramsFromGenesis,
  RejectCode,
  roleOf,
  signHeader,
  withMinerSignature,
} from '../../src/core/index.ts';
import { BAN_THRESHOLD, penaltyFor } from '../../src/net/misbehaviour.ts';
import { FailureCode } from '../../src/node/failures.ts';
import { BlockchainNode } from '../../src/node/node.ts';
import { nobleVerifier, verifyBlockSignatures } from '../../src/node/signature-verifier.ts';
import { MemoryStore, succeededWith, ThreadMiner } from '../node/fakes.ts';
import { alice, bob, buildBlock, carol, keys, NOW, params, pay } from './helpers.ts';

/** The test network with Alice and Bob listed as its miners: same name, so `pay` signs for it too. */
function privateParams(...miners: KeyPair[]): NetworkParams {
  const { name, ...rules } = params;
  return createNetworkParams(name, { ...rules, miners: miners.map((k) => bytesToHex(k.publicKey)) });
}
const room = privateParams(alice, bob);

/** A block of `chain` mined by `miner` (its coinbase pays the miner) and signed by `signer`. */
function minedBy(chain: Blockchain, miner: KeyPair, signer: KeyPair = miner, roomName = chain.params.name): Block {
  const block = buildBlock(chain, chain.tip, { miner, transactions: [pay(carol, alice, 0, 'a record')] });
  return withMinerSignature(block, signHeader(block.header, signer, roomName));
}

const secretKeys = fc.uint8Array({ minLength: 32, maxLength: 32 });

describe('private rooms: the genesis commits to the miners', () => {
  it('another list is another genesis; the same keys in any order, repeated, are the same', () => {
    const other = privateParams(alice, carol);
    expect(createGenesisBlock(room).hash).not.toBe(createGenesisBlock(other).hash);
    expect(createGenesisBlock(room).hash).not.toBe(createGenesisBlock(params).hash);
    expect(createGenesisBlock(privateParams(bob, alice, bob)).hash).toBe(createGenesisBlock(room).hash);
    expect(paramsFingerprint(room)).toContain(`;miners=${room.miners?.join(',')}`);
    expect(paramsFingerprint(params)).not.toContain('miners');
  });

  it('a chain file reads the list back from its genesis', () => {
    expect(paramsFromGenesis(blockToJson(createGenesisBlock(room)))).toEqual(room);
    expect(paramsFromGenesis(blockToJson(createGenesisBlock(params)))).toEqual(params);
  });

  it('refuses a list that is empty, too long or holds no public key', () => {
    const make = (miners: string[]) => () => createNetworkParams('x', { miners });
    expect(make([])).toThrow(RangeError);
    expect(make(['ab'])).toThrow(RangeError);
    expect(make([`01${'0'.repeat(62)}`])).toThrow(RangeError); // the identity point: a small-order key
    expect(make([bytesToHex(alice.publicKey).toUpperCase()])).toThrow(RangeError);
    expect(make(Array.from({ length: 65 }, (_, i) => bytesToHex(keys(100 + i).publicKey)))).toThrow(RangeError);
  });

  it('names each node a miner or a user', () => {
    expect(roleOf(room, alice.publicKey)).toBe('miner');
    expect(roleOf(room, carol.publicKey)).toBe('user');
    expect(roleOf(params, carol.publicKey)).toBe('miner');
  });
});

describe('private rooms: every block is signed by a listed miner', () => {
  it('accepts a listed miner’s block, any listed key', () => {
    const chain = new Blockchain(room);
    for (const miner of [alice, bob, alice]) expect(chain.addBlock(minedBy(chain, miner), { now: NOW }).ok).toBe(true);
    expect(chain.height).toBe(4);
  });

  it('refuses any unlisted key, with its own code', () => {
    fc.assert(
      fc.property(secretKeys, (secret) => {
        const outsider = keyPairFromSecret(secret);
        fc.pre(roleOf(room, outsider.publicKey) === 'user');
        const chain = new Blockchain(room);
        expect(chain.addBlock(minedBy(chain, outsider), { now: NOW })).toMatchObject({
          ok: false,
          code: RejectCode.UnlistedMiner,
        });
      }),
      { numRuns: 25 },
    );
  });

  it('refuses a block with no signature, and one signed for another room', () => {
    const chain = new Blockchain(room);
    const unsigned = buildBlock(chain, chain.tip, { miner: alice });
    expect(chain.addBlock(unsigned, { now: NOW })).toMatchObject({ ok: false, code: RejectCode.UnsignedBlock });
    const elsewhere = minedBy(chain, alice, alice, 'another-room');
    expect(chain.addBlock(elsewhere, { now: NOW })).toMatchObject({ ok: false, code: RejectCode.BadMinerSignature });
  });

  it('refuses a tampered signature, whichever bit is flipped', () => {
    const chain = new Blockchain(room);
    const block = minedBy(chain, alice);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 64 * 8 - 1 }), (bit) => {
        const signature = block.miner?.signature.slice() ?? new Uint8Array(64);
        signature[bit >> 3] = (signature[bit >> 3] as number) ^ (1 << (bit & 7));
        const forged = withMinerSignature(block, { publicKey: alice.publicKey, signature });
        expect(checkBlock(forged, room)).toMatchObject({ ok: false, code: RejectCode.BadMinerSignature });
      }),
      { numRuns: 60 },
    );
    expect(checkBlock(block, room).ok).toBe(true);
  });

  it('refuses a listed miner signing a block whose coinbase pays someone else', () => {
    const chain = new Blockchain(room);
    const paysCarol = minedBy(chain, carol, alice);
    expect(chain.addBlock(paysCarol, { now: NOW })).toMatchObject({ ok: false, code: RejectCode.BadMinerSignature });
  });

  it('a forged signature on a real block does not shut the real block out', () => {
    const chain = new Blockchain(room);
    const real = minedBy(chain, alice);
    const stripped = buildBlock(chain, chain.tip, { miner: alice, transactions: real.transactions.slice(1) });
    expect(stripped.hash).toBe(real.hash);
    const forged = withMinerSignature(real, signHeader(real.header, carol, room.name));
    expect(chain.addBlock(stripped, { now: NOW })).toMatchObject({ ok: false, code: RejectCode.UnsignedBlock });
    expect(chain.addBlock(forged, { now: NOW })).toMatchObject({ ok: false, code: RejectCode.UnlistedMiner });
    expect(chain.addBlock(real, { now: NOW }).ok).toBe(true);
  });

  it('costs the peer that sends such a block as any forgery: two and it is banned', () => {
    for (const code of [RejectCode.UnsignedBlock, RejectCode.UnlistedMiner, RejectCode.BadMinerSignature]) {
      expect(penaltyFor(code, 'block') * 2).toBe(BAN_THRESHOLD);
    }
  });

  it('a public room refuses a signed block and keeps its blocks as they were', () => {
    const chain = new Blockchain(params);
    const plain = buildBlock(chain, chain.tip, { miner: alice });
    expect(Object.keys(blockToJson(plain))).not.toContain('miner_signature');
    expect(encodeBlockBytes(plain)[0]).toBe(1);
    const signed = withMinerSignature(plain, signHeader(plain.header, alice, params.name));
    expect(chain.addBlock(signed, { now: NOW })).toMatchObject({ ok: false, code: RejectCode.Malformed });
    expect(chain.addBlock(plain, { now: NOW }).ok).toBe(true);
  });
});

describe('private rooms: the signature travels with the block', () => {
  const chain = new Blockchain(room);
  const block = minedBy(chain, bob);

  it('through JSON, last, and back', () => {
    const json = blockToJson(block);
    expect(Object.keys(json).slice(-2)).toEqual(['miner_public_key', 'miner_signature']);
    const back = blockFromJson(JSON.parse(JSON.stringify(json)));
    expect(back.ok && back.value.miner).toEqual(block.miner);
    const { miner_signature: _, ...half } = json;
    expect(blockFromJson(half)).toMatchObject({ ok: false, code: RejectCode.Malformed });
    expect(blockFromJson({ ...json, miner_signature: 'ab' })).toMatchObject({ ok: false, code: RejectCode.Malformed });
  });

  it('through both binary forms, 96 bytes more, and back', () => {
    const { miner: _, ...unsigned } = block;
    for (const encode of [encodeBlockBytes, encodeSealedBlockBytes]) {
      const bytes = encode(block);
      expect(bytes.length - encode(unsigned).length).toBe(96);
      expect(bytes.subarray(1, bytes.length - 96)).toEqual(encode(unsigned).subarray(1));
      const back = blockFromBytes(bytes);
      expect(back.ok && back.value.miner).toEqual(block.miner);
      expect(back.ok && back.value.hash).toBe(block.hash);
      expect(blockFromBytes(bytes.subarray(0, bytes.length - 1)).ok).toBe(false);
    }
    expect(encodeBlockBytes(block)[0]).toBe(17);
    expect(encodeSealedBlockBytes(block)[0]).toBe(19);
  });

  it('and the batch verifier checks it with the transactions', async () => {
    const tampered = block.miner?.signature.slice() ?? new Uint8Array(64);
    tampered[0] = (tampered[0] as number) ^ 1;
    const forged = withMinerSignature(block, { publicKey: bob.publicKey, signature: tampered });
    expect(await verifyBlockSignatures([block, forged], room, nobleVerifier)).toEqual([true, false]);
  });
});

describe('private rooms: a user’s node does not mine', () => {
  const open = (own: KeyPair) =>
    BlockchainNode.open({
      params: room,
      nodeId: 'n-private',
      store: new MemoryStore(),
      miner: new ThreadMiner(),
      now: () => NOW,
      generateKeys: () => own,
    });

  it('a listed miner mines signed blocks', async () => {
    const node = await open(alice);
    expect(node.role).toBe('miner');
    const mined = succeededWith(await node.mine());
    expect(mined.miner_public_key).toBe(bytesToHex(alice.publicKey));
    expect(node.chain.tip.miner?.publicKey).toEqual(alice.publicKey);
  });

  it('a user gets a code from mine() and auto-mining never starts', async () => {
    const node = await open(carol);
    expect(node.role).toBe('user');
    expect(await node.mine()).toEqual({ ok: false, failure: { code: FailureCode.NotAMiner, values: {}, field: null } });
    node.setAutoMine(true);
    expect(node.isAutoMining).toBe(false);
    expect(node.isMining).toBe(false);
  });
});
