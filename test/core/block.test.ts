import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Block,
  Blockchain,
  blockFromJson,
  blockToJson,
  bytesToHex,
  checkBlock,
  createBlock,
  createCoinbase,
  createGenesisBlock,
  createNetworkParams,
  createTransaction,
  decodeHeader,
  encodeHeader,
  encodeTransactionPayload,
  GENESIS_TIMESTAMP,
  HEADER_SIZE,
  hexToBytes,
  leadingZeroBits,
  mineBlock,
  RejectCode,
  type Transaction,
  transactionFromJson,
  transactionFromPayload,
  transactionToJson,
} from '../../src/core/index.ts';
import { alice, bob, buildBlock, mineFailingPow, params, pay, T0 } from './helpers.ts';

const chain = new Blockchain(params);
const valid = buildBlock(chain, chain.genesis, { transactions: [pay(alice, bob, 0, 'reading=1')] });

/** The same transaction carrying another signature, decoded as a peer's would be. */
function withSignature(tx: Transaction, signature: string): Transaction {
  const decoded = transactionFromJson({ ...transactionToJson(tx), signature });
  if (!decoded.ok) throw new Error(decoded.detail);
  return decoded.value;
}

/** A block with the given changes, mined again so only the intended rule breaks. */
function remined(base: Block, changes: Partial<Parameters<typeof createBlock>[0]>): Block {
  const mined = mineBlock(createBlock({ ...base, ...changes, transactionsRoot: undefined as never, nonce: 0 }));
  if (!mined) throw new Error('unminable');
  return mined;
}

describe('block header', () => {
  it('is 92 bytes and round-trips through its encoding', () => {
    fc.assert(
      fc.property(
        fc.record({
          version: fc.integer({ min: 0, max: 0xffffffff }),
          index: fc.integer({ min: 0, max: 0xffffffff }),
          timestamp: fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
          previousHash: fc.uint8Array({ minLength: 32, maxLength: 32 }),
          transactionsRoot: fc.uint8Array({ minLength: 32, maxLength: 32 }),
          difficulty: fc.integer({ min: 0, max: 256 }),
          nonce: fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        }),
        (fields) => {
          const bytes = encodeHeader(fields);
          expect(bytes.length).toBe(HEADER_SIZE);
          expect(decodeHeader(bytes)).toEqual(fields);
        },
      ),
    );
  });

  it('counts leading zero bits', () => {
    expect(leadingZeroBits(hexToBytes('ff'))).toBe(0);
    expect(leadingZeroBits(hexToBytes('0f'))).toBe(4);
    expect(leadingZeroBits(hexToBytes('0001'))).toBe(15);
    expect(leadingZeroBits(new Uint8Array(32))).toBe(256);
  });
});

describe('block JSON', () => {
  it("keeps the seed's field names, genesis index 1", () => {
    const json = blockToJson(chain.genesis);
    expect(Object.keys(json)).toEqual([
      'index',
      'timestamp',
      'transactions',
      'proof',
      'previous_hash',
      'hash',
      'difficulty',
      'transactions_root',
      'version',
    ]);
    expect(json.index).toBe(1);
  });

  it('round-trips valid blocks', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.integer({ min: 0, max: 1e6 }), (info, offset) => {
        const block = buildBlock(chain, chain.genesis, { coinbaseInfo: info.slice(0, 10), timestampOffset: offset });
        const back = blockFromJson(JSON.parse(JSON.stringify(blockToJson(block))));
        expect(back.ok && blockToJson(back.value)).toEqual(blockToJson(block));
      }),
      { numRuns: 30 },
    );
  });

  it('rejects a stated hash that is not the header hash: bad-hash', () => {
    const json = { ...blockToJson(valid), hash: 'ab'.repeat(32) };
    expect(blockFromJson(json)).toMatchObject({ ok: false, code: RejectCode.BadHash });
  });

  it('rejects malformed shapes', () => {
    const json = blockToJson(valid);
    for (const bad of [null, 3, [], { ...json, extra: 1 }, { ...json, proof: -1 }, { ...json, transactions: {} }]) {
      expect(blockFromJson(bad)).toMatchObject({ ok: false, code: RejectCode.Malformed });
    }
  });
});

describe('genesis', () => {
  it('is the same for one network and differs between networks and rules', () => {
    const a = createGenesisBlock(createNetworkParams('room-a'));
    expect(createGenesisBlock(createNetworkParams('room-a')).hash).toBe(a.hash);
    expect(createGenesisBlock(createNetworkParams('room-b')).hash).not.toBe(a.hash);
    expect(createGenesisBlock(createNetworkParams('room-a', { reward: 1 })).hash).not.toBe(a.hash);
    expect(a.index).toBe(1);
    expect(a.timestamp).toBe(GENESIS_TIMESTAMP);
  });
});

describe('checkBlock', () => {
  it('accepts a valid block', () => {
    expect(checkBlock(valid, params)).toEqual({ ok: true, value: true });
  });

  const coinbase = (amount: number, index = valid.index) =>
    createCoinbase({ recipient: alice.address, amount, index, timestamp: valid.timestamp });
  const invalid: Array<[string, () => Block, string]> = [
    ['a hash above the target', () => mineFailingPow(valid), RejectCode.BadPow],
    ['an unknown version', () => remined(valid, { version: 2 }), RejectCode.BadVersion],
    [
      'transactions that do not match the root',
      () => createBlock({ ...valid, transactions: [coinbase(params.reward)] }),
      RejectCode.BadMerkleRoot,
    ],
    ['no coinbase', () => remined(valid, { transactions: [pay(alice, bob, 0)] }), RejectCode.BadCoinbase],
    ['a coinbase paying too much', () => remined(valid, { transactions: [coinbase(51)] }), RejectCode.BadCoinbase],
    ['a coinbase of another height', () => remined(valid, { transactions: [coinbase(50, 9)] }), RejectCode.BadCoinbase],
    [
      'two coinbases',
      () =>
        remined(valid, {
          transactions: [coinbase(50), createCoinbase({ recipient: bob.address, amount: 50, index: 3, timestamp: 1 })],
        }),
      RejectCode.BadCoinbase,
    ],
    [
      'one transaction twice',
      () => {
        const tx = pay(alice, bob, 0);
        return remined(valid, { transactions: [coinbase(50), tx, tx] });
      },
      RejectCode.DuplicateTransaction,
    ],
    [
      'more transactions than the network allows',
      () => remined(valid, { transactions: [coinbase(50), ...Array.from({ length: 16 }, () => pay(alice, bob, 0))] }),
      RejectCode.TooManyTransactions,
    ],
    [
      'a transaction dated long after its block',
      () => {
        const timestamp = valid.timestamp + params.maxFutureMs + 1;
        const late = createTransaction(alice, { recipient: bob.address, timestamp, nonce: 1 }, params);
        return remined(valid, { transactions: [coinbase(50), late] });
      },
      RejectCode.BadTimestamp,
    ],
    [
      'a forged signature',
      () => remined(valid, { transactions: [coinbase(50), withSignature(pay(alice, bob, 1), '07'.repeat(64))] }),
      RejectCode.BadSignature,
    ],
  ];
  for (const [name, make, code] of invalid) {
    it(`rejects ${name}: ${code}`, () => {
      expect(checkBlock(make(), params)).toMatchObject({ ok: false, code });
    });
  }

  it('skips signature checks only when asked (trusted storage)', () => {
    const tx = withSignature(pay(alice, bob, 1), '07'.repeat(64));
    const block = remined(valid, { transactions: [coinbase(50), tx] });
    expect(checkBlock(block, params, { skipSignatures: true }).ok).toBe(true);
    expect(checkBlock(block, params).ok).toBe(false);
  });

  it("checks each sender is its key's address unless the block is from the node's own storage", () => {
    // Bob's key under Alice's name: a batch verifier checks the signature against the key, not the name.
    const payload = encodeTransactionPayload({
      sender: alice.address,
      recipient: bob.address,
      info: '',
      amount: 1,
      timestamp: T0,
      nonce: 99,
      publicKey: bob.publicKey,
    });
    const renamed = transactionFromPayload(payload, new Uint8Array(64));
    if (!renamed.ok) throw new Error(renamed.detail);
    const block = remined(valid, { transactions: [coinbase(50), renamed.value] });
    expect(checkBlock(block, params, { skipSignatures: true })).toMatchObject({
      ok: false,
      code: RejectCode.BadAddress,
    });
    expect(checkBlock(block, params, { skipSignatures: true, skipKeyBinding: true }).ok).toBe(true);
  });
});

describe('transaction payloads', () => {
  it('are copies of their own, however many are encoded after them (one writer serves them all)', () => {
    const fields = (info: string, amount: number) => ({
      sender: alice.address,
      recipient: bob.address,
      info,
      amount,
      timestamp: T0,
      nonce: 1,
      publicKey: alice.publicKey,
    });
    const first = encodeTransactionPayload(fields('short', 1));
    const copy = first.slice();
    const long = encodeTransactionPayload(fields('x'.repeat(2_000), 2));
    encodeTransactionPayload(fields('again', 3));
    expect(first).toEqual(copy);
    expect(long.length).toBeGreaterThan(2_000);
    expect(first.buffer).not.toBe(long.buffer);
    // A payload that fails midway leaves nothing behind for the next.
    expect(() => encodeTransactionPayload(fields('bad', -1))).toThrow(RangeError);
    expect(encodeTransactionPayload(fields('short', 1))).toEqual(copy);
  });
});

describe('hex', () => {
  it('round-trips any bytes and refuses every other spelling', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        expect(hexToBytes(bytesToHex(bytes))).toEqual(bytes);
      }),
    );
    for (const bad of ['a', 'AB', '0g', 'é0', ' 00', '0x00']) expect(() => hexToBytes(bad)).toThrow(TypeError);
  });
});
