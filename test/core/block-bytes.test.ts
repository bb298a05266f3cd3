// The binary block form a node stores: valid blocks read back as the very blocks the JSON form gives; invalid bytes
// of every kind are a Malformed rejection, never a throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BLOCK_BYTES_FORMAT,
  type Block,
  Blockchain,
  ByteWriter,
  blockFromBytes,
  blockFromJson,
  blockFromSealedBytes,
  blockToJson,
  EMPTY_BYTES,
  encodeBlockBytes,
  encodeSealedBlockBytes,
  HEADER_SIZE,
  hexToBytes,
  leafHashOf,
  RejectCode,
  SEALED_BLOCK_BYTES_FORMAT,
  SEALED_WITH_LEAVES_FORMAT,
  type Transaction,
  transactionFromPayload,
  utf8,
} from '../../src/core/index.ts';
import { alice, bob, buildBlock, carol, params, pay } from './helpers.ts';

const chain = new Blockchain(params);
const plain = buildBlock(chain, chain.genesis);
const busy = buildBlock(chain, chain.genesis, {
  transactions: [pay(alice, bob, 3, 'temperature=21.5'), pay(bob, carol, 0, 'Влажность 40 % ✓'), pay(carol, alice, 1)],
  coinbaseInfo: 'miner 7',
});
const widest = buildBlock(chain, chain.genesis, {
  transactions: [pay(alice, bob, 0, 'x'.repeat(params.maxInfoBytes))],
});

function expectSameBlock(actual: Block, expected: Block): void {
  expect(blockToJson(actual)).toEqual(blockToJson(expected));
  expect(actual.header).toEqual(expected.header);
  expect(actual.transactions.map(leafHashOf)).toEqual(expected.transactions.map(leafHashOf));
  expect(actual.transactions.map((tx) => tx.payload)).toEqual(expected.transactions.map((tx) => tx.payload));
}

type Part = { payload: Uint8Array; signature: Uint8Array; length?: number } | null;

/** Bytes laid out as encodeBlockBytes does, from parts a test chooses: a stated payload length, or a part that is
 *  counted but missing (null). */
function blockBytes(header: Uint8Array, transactions: readonly Part[]) {
  const writer = new ByteWriter().u8(BLOCK_BYTES_FORMAT).bytes(header).u32(transactions.length);
  for (const tx of transactions) {
    if (tx === null) continue;
    writer
      .u32(tx.length ?? tx.payload.length)
      .bytes(tx.payload)
      .shortBytes(tx.signature);
  }
  return writer.finish();
}

function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`fixture has no item ${index}`);
  return item;
}

function rejection(bytes: Uint8Array) {
  const result = blockFromBytes(bytes);
  if (result.ok) throw new Error('expected a rejection');
  return result;
}

/** A payload written field by field, for payloads no transaction factory would make. */
function payload(fields: {
  version?: number;
  sender?: string;
  recipient?: string;
  info?: string;
  amount?: number;
  key?: Uint8Array;
}) {
  return new ByteWriter()
    .u8(fields.version ?? 1)
    .string(fields.sender ?? alice.address)
    .string(fields.recipient ?? bob.address)
    .string(fields.info ?? '')
    .u64(fields.amount ?? 0)
    .u64(1)
    .u32(2)
    .shortBytes(fields.key ?? alice.publicKey)
    .finish();
}

describe('binary block form', () => {
  it.each([
    ['a coinbase only', plain],
    ['several transactions, Unicode info', busy],
    ['info at the size limit', widest],
  ])('reads back %s as the block the JSON form gives', (_name, block) => {
    const bytes = encodeBlockBytes(block);
    const decoded = blockFromBytes(bytes);
    if (!decoded.ok) throw new Error(decoded.detail);
    expectSameBlock(decoded.value, block);
    const viaJson = blockFromJson(blockToJson(block));
    if (!viaJson.ok) throw new Error(viaJson.detail);
    expectSameBlock(decoded.value, viaJson.value);
    expect(encodeBlockBytes(decoded.value)).toEqual(bytes);
  });

  it('shares what repeats among decoded blocks: one empty array, one array per public key', () => {
    const twice = buildBlock(chain, chain.genesis, { transactions: [pay(alice, bob, 1), pay(alice, carol, 2)] });
    const first = blockFromBytes(encodeBlockBytes(twice));
    const again = blockFromSealedBytes(encodeSealedBlockBytes(twice));
    const viaJson = blockFromJson(blockToJson(twice));
    if (!first.ok || !again.ok || !viaJson.ok) throw new Error('the block does not read back');
    const [coinbase, one, two] = first.value.transactions;
    expect(coinbase?.publicKey).toBe(EMPTY_BYTES);
    expect(coinbase?.signature).toBe(EMPTY_BYTES);
    expect(one?.publicKey).toEqual(alice.publicKey);
    expect(two?.publicKey).toBe(one?.publicKey);
    expect(again.value.transactions[1]?.publicKey).toBe(one?.publicKey);
    expect(viaJson.value.transactions[2]?.publicKey).toBe(one?.publicKey);
    // Another key is another array, however its first bytes compare.
    const bobs = blockFromBytes(
      encodeBlockBytes(buildBlock(chain, chain.genesis, { transactions: [pay(bob, alice, 0)] })),
    );
    if (!bobs.ok) throw new Error(bobs.detail);
    expect(bobs.value.transactions[1]?.publicKey).toEqual(bob.publicKey);
    expect(EMPTY_BYTES.length).toBe(0);
  });

  it('is about half the size of the JSON form', () => {
    const bytes = encodeBlockBytes(busy).length;
    expect(bytes).toBeLessThan(JSON.stringify(blockToJson(busy)).length / 1.5);
  });

  it('rejects, never throws, for bytes cut short at every length', () => {
    const bytes = encodeBlockBytes(busy);
    for (let length = 0; length < bytes.length; length++) {
      expect(rejection(bytes.slice(0, length)).code, `cut at ${length}`).toBe(RejectCode.Malformed);
    }
  });

  it('rejects a trailing byte, another format and a count over the limit', () => {
    const bytes = encodeBlockBytes(plain);
    const trailing = new Uint8Array(bytes.length + 1);
    trailing.set(bytes);
    expect(rejection(trailing).detail).toContain('after the end of a block');
    const otherFormat = bytes.slice();
    otherFormat[0] = SEALED_BLOCK_BYTES_FORMAT + 1;
    expect(rejection(otherFormat).detail).toContain('format');
    const crowded = bytes.slice();
    new DataView(crowded.buffer).setUint32(1 + HEADER_SIZE, 10_001);
    expect(rejection(crowded).code).toBe(RejectCode.TooManyTransactions);
  });

  const coinbase = at(plain.transactions, 0);
  it.each([
    ['a payload length past the end', [{ ...coinbase, length: 0xffffffff }], 'a transaction at byte 101 runs past'],
    ['a payload length one short', [{ ...coinbase, length: coinbase.payload.length - 1 }], 'transaction 0: '],
    ['a payload length one long', [{ ...coinbase, length: coinbase.payload.length + 1 }], 'a signature at byte'],
    ['an empty payload', [{ payload: new Uint8Array(0), signature: new Uint8Array(0) }], 'transaction version'],
    ['a count of two with one transaction', [coinbase, null], 'runs past the end'],
  ])('rejects %s', (_name, transactions, detail) => {
    const result = rejection(blockBytes(plain.header, transactions));
    expect(result.code).toBe(RejectCode.Malformed);
    expect(result.detail).toContain(detail);
  });

  it('rejects more transactions than the caller allows', () => {
    expect(blockFromBytes(encodeBlockBytes(busy), busy.transactions.length - 1)).toMatchObject({
      ok: false,
      code: RejectCode.TooManyTransactions,
    });
    expect(blockFromBytes(encodeBlockBytes(busy), busy.transactions.length).ok).toBe(true);
  });

  const header = plain.header;
  const signature = new Uint8Array(64);
  it.each([
    ['a payload of another version', payload({ version: 2 }), signature, RejectCode.Malformed, 'version'],
    [
      'info that is not UTF-8',
      payload({ info: 'x' }).map((b, i, a) => (i === a.indexOf(0x78) ? 0xff : b)),
      signature,
      RejectCode.Malformed,
      'UTF-8',
    ],
    ['a sender that is not an address', payload({ sender: 'alice' }), signature, RejectCode.BadAddress, 'sender'],
    [
      'a recipient that is not an address where value moves',
      payload({ recipient: bob.address.toUpperCase(), amount: 5 }),
      signature,
      RejectCode.BadAddress,
      'recipient',
    ],
    [
      "a record's label with a control character",
      payload({ recipient: 'sensor\n7' }),
      signature,
      RejectCode.BadAddress,
      'recipient',
    ],
    [
      "a record's label of 65 characters",
      payload({ recipient: 'x'.repeat(65) }),
      signature,
      RejectCode.BadAddress,
      'recipient',
    ],
    ['a public key of 31 bytes', payload({ key: new Uint8Array(31) }), signature, RejectCode.Malformed, 'public key'],
    ['a signature of 63 bytes', payload({}), new Uint8Array(63), RejectCode.Malformed, 'signature'],
  ])('rejects %s', (_name, txPayload, txSignature, code, detail) => {
    const result = rejection(blockBytes(header, [{ payload: txPayload, signature: txSignature }]));
    expect(result.code).toBe(code);
    expect(result.detail).toContain(detail);
  });

  it('rejects a payload with bytes after its last field', () => {
    const longer = new Uint8Array([...payload({}), 0]);
    expect(transactionFromPayload(longer, signature)).toMatchObject({ ok: false, code: RejectCode.Malformed });
  });

  it('rejects header fields past the safe integers and difficulties over 256', () => {
    const unsafe = header.slice();
    unsafe.fill(0xff, 84, 92); // the nonce: 2^64 - 1
    expect(rejection(blockBytes(unsafe, [])).detail).toContain('safe integers');
    const hard = header.slice();
    new DataView(hard.buffer).setUint32(80, 257);
    expect(rejection(blockBytes(hard, [])).detail).toContain('over 256');
  });

  it('never throws for any flipped byte, and reads back only the block itself or a rejection', () => {
    const bytes = encodeBlockBytes(busy);
    fc.assert(
      fc.property(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 1, max: 255 }), (at, mask) => {
        const flipped = bytes.slice();
        flipped[at] = (flipped[at] as number) ^ mask;
        const result = blockFromBytes(flipped);
        // A flip changes the header (so the hash), a transaction (so its txid or leaf) or the framing.
        if (result.ok) expect(result.value.hash === busy.hash && sameLeaves(result.value, busy)).toBe(false);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws for arbitrary bytes, and what it accepts is exactly the encoding of what it gives', () => {
    const start = encodeBlockBytes(plain).subarray(0, 1 + HEADER_SIZE);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.boolean(), (tail, prefixed) => {
        // Behind a real format byte and header the random part reaches the transaction framing.
        const bytes = prefixed ? new Uint8Array([...start, ...tail]) : tail;
        const result = blockFromBytes(bytes);
        const encode = bytes[0] === SEALED_BLOCK_BYTES_FORMAT ? encodeSealedBlockBytes : encodeBlockBytes;
        if (result.ok) expect(encode(result.value)).toEqual(bytes);
      }),
      { numRuns: 400 },
    );
  });

  it('round-trips random transfers between random keys', () => {
    const people = [alice, bob, carol];
    const transfer = fc.record({
      from: fc.nat({ max: 2 }),
      to: fc.nat({ max: 2 }),
      amount: fc.nat({ max: 1_000_000 }),
      // ASCII, and any Unicode (up to four UTF-8 bytes a code point) within the network's info limit.
      info: fc
        .oneof(fc.string({ maxLength: 20 }), fc.string({ unit: 'grapheme', maxLength: 8 }))
        .filter((info) => utf8(info).length <= params.maxInfoBytes),
    });
    fc.assert(
      fc.property(fc.array(transfer, { maxLength: 5 }), (transfers) => {
        const transactions: Transaction[] = transfers.map((t) =>
          pay(people[t.from] ?? alice, people[t.to] ?? bob, t.amount, t.info),
        );
        const block = buildBlock(new Blockchain(params), chain.genesis, { transactions });
        const decoded = blockFromBytes(encodeBlockBytes(block));
        if (!decoded.ok) throw new Error(decoded.detail);
        expectSameBlock(decoded.value, block);
      }),
      { numRuns: 60 },
    );
  });
});

function sameLeaves(a: Block, b: Block): boolean {
  const hex = (block: Block) => block.transactions.map((tx) => Buffer.from(leafHashOf(tx)).toString('hex')).join();
  return hex(a) === hex(b);
}

/** A block as earlier releases sealed it (format 2): each transaction's leaf hash after its txid. */
function sealedWithLeaves(block: Block): Uint8Array {
  const writer = new ByteWriter().u8(SEALED_WITH_LEAVES_FORMAT).bytes(block.header).bytes(hexToBytes(block.hash));
  writer.u32(block.transactions.length);
  for (const tx of block.transactions) {
    writer.u32(tx.payload.length).bytes(tx.payload).shortBytes(tx.signature).bytes(hexToBytes(tx.txid));
    writer.bytes(leafHashOf(tx));
  }
  return writer.finish();
}

describe('sealed block form (format 3: stated hashes)', () => {
  const blocks: Array<[string, Block]> = [
    ['a coinbase only', plain],
    ['several transactions, Unicode info', busy],
    ['info at the size limit', widest],
  ];
  /** Offsets in the sealed bytes of busy's block hash and first stated txid. */
  const blockHashAt = 1 + HEADER_SIZE;
  const firstTxidAt = blockHashAt + 32 + 4 + 4 + at(busy.transactions, 0).payload.length + 1;

  it.each(blocks)('reads back %s, trusted or checked, as the very block', (_name, block) => {
    const bytes = encodeSealedBlockBytes(block);
    for (const read of [blockFromSealedBytes, blockFromBytes]) {
      const decoded = read(bytes);
      if (!decoded.ok) throw new Error(decoded.detail);
      expectSameBlock(decoded.value, block);
      expect(encodeSealedBlockBytes(decoded.value)).toEqual(bytes);
    }
  });

  it('is format 1 plus 32 bytes per block and 32 per transaction', () => {
    const extra = encodeSealedBlockBytes(busy).length - encodeBlockBytes(busy).length;
    expect(extra).toBe(32 + 32 * busy.transactions.length);
  });

  it('reads format 1 bytes with every hash computed when asked to trust', () => {
    const decoded = blockFromSealedBytes(encodeBlockBytes(busy));
    if (!decoded.ok) throw new Error(decoded.detail);
    expectSameBlock(decoded.value, busy);
  });

  it('takes stated hashes as given when trusted, and refuses them when checked', () => {
    const wrongHash = encodeSealedBlockBytes(busy);
    wrongHash[blockHashAt] = (wrongHash[blockHashAt] as number) ^ 1;
    expect(blockFromBytes(wrongHash)).toMatchObject({ ok: false, code: RejectCode.BadHash });
    const trusted = blockFromSealedBytes(wrongHash);
    expect(trusted.ok && trusted.value.hash !== busy.hash).toBe(true);

    const wrongTxid = encodeSealedBlockBytes(busy);
    wrongTxid[firstTxidAt] = (wrongTxid[firstTxidAt] as number) ^ 1;
    expect(blockFromBytes(wrongTxid)).toMatchObject({ ok: false, code: RejectCode.Malformed });
    const taken = blockFromSealedBytes(wrongTxid);
    expect(taken.ok && at(taken.value.transactions, 0).txid !== at(busy.transactions, 0).txid).toBe(true);
  });

  it.each(blocks)(
    'reads %s sealed by an earlier release (format 2, with leaf hashes), trusted or checked',
    (_n, block) => {
      const bytes = sealedWithLeaves(block);
      for (const read of [blockFromSealedBytes, blockFromBytes]) {
        const decoded = read(bytes);
        if (!decoded.ok) throw new Error(decoded.detail);
        expectSameBlock(decoded.value, block);
        // Written again, it is the sealed form of now.
        expect(encodeSealedBlockBytes(decoded.value)).toEqual(encodeSealedBlockBytes(block));
      }
    },
  );

  it('computes a leaf hash from payload and signature, never from a stated one (format 2)', () => {
    const wrongLeaf = sealedWithLeaves(busy);
    const firstLeafAt = firstTxidAt + 32;
    wrongLeaf[firstLeafAt] = (wrongLeaf[firstLeafAt] as number) ^ 1;
    expect(blockFromBytes(wrongLeaf)).toMatchObject({ ok: false, code: RejectCode.Malformed });
    const trusted = blockFromSealedBytes(wrongLeaf);
    if (!trusted.ok) throw new Error(trusted.detail);
    expect(sameLeaves(trusted.value, busy)).toBe(true);
    expect(encodeSealedBlockBytes(trusted.value)).toEqual(encodeSealedBlockBytes(busy));
  });

  it('rejects, never throws, for sealed bytes cut short at every length, trusted or checked', () => {
    const bytes = encodeSealedBlockBytes(busy);
    for (let length = 0; length < bytes.length; length++) {
      for (const read of [blockFromSealedBytes, blockFromBytes]) {
        expect(read(bytes.slice(0, length)).ok, `cut at ${length}`).toBe(false);
      }
    }
  });

  it('still checks the fields of a trusted payload (addresses, key and signature sizes)', () => {
    const bytes = encodeSealedBlockBytes(busy);
    // The first byte of the second transaction's sender: an address no longer.
    const senderAt = firstTxidAt + 32 + 4 + 1 + 2;
    bytes[senderAt] = 0x21;
    expect(blockFromSealedBytes(bytes)).toMatchObject({ ok: false, code: RejectCode.BadAddress });
  });
});
