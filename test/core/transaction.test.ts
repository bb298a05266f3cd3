import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addressFromPublicKey,
  bytesToHex,
  checkTransaction,
  concatBytes,
  createCoinbase,
  createNetworkParams,
  createTransaction,
  isAddress,
  leafHashOf,
  RejectCode,
  type Transaction,
  transactionFromJson,
  transactionToJson,
} from '../../src/core/index.ts';
import { sha256 } from '../../src/core/sha256.ts';
import { alice, bob, params, pay, T0 } from './helpers.ts';

function expectRejected(result: { ok: boolean; code?: string }, code: string) {
  expect(result.ok).toBe(false);
  expect(result.code).toBe(code);
}

describe('transactions', () => {
  it('derive addresses from recently seen keys as from new ones, whatever their callers do with the bytes later', () => {
    const reference = (key: Uint8Array) => bytesToHex(sha256(key).subarray(0, 20));
    fc.assert(
      fc.property(
        fc.array(fc.uint8Array({ minLength: 32, maxLength: 32 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 200 }),
        (keys, picks) => {
          for (const pick of picks) {
            const key = keys[pick % keys.length] as Uint8Array;
            const view = Uint8Array.from(key);
            expect(addressFromPublicKey(view)).toBe(reference(key));
            // A caller reusing its buffer must not change what the same key derives to next time.
            view.fill(pick & 0xff);
          }
        },
      ),
    );
    const buffer = Uint8Array.from(alice.publicKey);
    expect(addressFromPublicKey(buffer)).toBe(alice.address);
    buffer.set(bob.publicKey);
    expect(addressFromPublicKey(buffer)).toBe(bob.address);
  });

  it('derive the sender address from the signing key', () => {
    const tx = pay(alice, bob, 5, 'temperature=21.5');
    expect(tx.sender).toBe(addressFromPublicKey(alice.publicKey));
    expect(isAddress(tx.sender)).toBe(true);
    expect(checkTransaction(tx, params)).toEqual({ ok: true, value: true });
  });

  it('amount defaults to 0 and info to empty: a plain IoT record', () => {
    const tx = createTransaction(alice, { recipient: bob.address, timestamp: T0, nonce: 1 }, params);
    expect(tx.amount).toBe(0);
    expect(tx.info).toBe('');
  });

  it('same fields, same txid; any field changed, another txid', () => {
    const a = createTransaction(alice, { recipient: bob.address, timestamp: T0, nonce: 7, info: 'x' }, params);
    const b = createTransaction(alice, { recipient: bob.address, timestamp: T0, nonce: 7, info: 'x' }, params);
    const c = createTransaction(alice, { recipient: bob.address, timestamp: T0, nonce: 8, info: 'x' }, params);
    expect(a.txid).toBe(b.txid);
    expect(a.txid).not.toBe(c.txid);
  });

  it('leaf hash: SHA-256 of the payload, the signature length byte and the signature', () => {
    const signed = pay(alice, bob, 5, 'temperature=21.5');
    const coinbase = createCoinbase({ recipient: bob.address, amount: 50, index: 2, timestamp: T0 });
    for (const tx of [signed, coinbase]) {
      const leaf = sha256(concatBytes(tx.payload, Uint8Array.of(tx.signature.length), tx.signature));
      expect(leafHashOf(tx)).toEqual(leaf);
    }
    expect(leafHashOf(coinbase)).toEqual(sha256(concatBytes(coinbase.payload, Uint8Array.of(0))));
  });

  it('round-trips through JSON for any valid fields', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 20 }),
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.integer({ min: 0, max: 0xffffffff }),
        (info, amount, nonce) => {
          const tx = createTransaction(alice, { recipient: bob.address, info, amount, timestamp: T0, nonce }, params);
          const json = JSON.parse(JSON.stringify(transactionToJson(tx)));
          const back = transactionFromJson(json);
          expect(back.ok).toBe(true);
          if (back.ok) expect(transactionToJson(back.value)).toEqual(transactionToJson(tx));
        },
      ),
      { numRuns: 25 },
    );
  });

  it('refuses at creation what no valid transaction could hold', () => {
    expect(() => pay(alice, 'not-an-address', 1)).toThrow(/bad-address/);
    expect(() => pay(alice, bob, -1)).toThrow(/bad-amount/);
    expect(() => pay(alice, bob, 1.5)).toThrow(/bad-amount/);
    expect(() => pay(alice, bob, 0, 'x'.repeat(65))).toThrow(/info-too-large/);
    expect(() => pay(alice, bob, 0, 'pair \ud83d\ude00 ok')).not.toThrow();
    expect(() => pay(alice, bob, 0, 'lone \ud83d')).toThrow(/malformed/);
  });

  describe('rejections', () => {
    const good = pay(alice, bob, 3, 'ok');
    const json = transactionToJson(good);
    const cases: Array<[string, unknown, string]> = [
      ['not an object', 'tx', RejectCode.Malformed],
      ['an array', [], RejectCode.Malformed],
      ['a missing field', { ...json, info: undefined }, RejectCode.Malformed],
      ['an extra field', { ...json, extra: 1 }, RejectCode.Malformed],
      ['a wrong txid', { ...json, txid: '00'.repeat(32) }, RejectCode.Malformed],
      ['a negative amount', { ...json, amount: -1 }, RejectCode.BadAmount],
      ['a fractional amount', { ...json, amount: 0.5 }, RejectCode.BadAmount],
      ['an amount as a string', { ...json, amount: '3' }, RejectCode.BadAmount],
      ['a bad recipient', { ...json, recipient: 'bob' }, RejectCode.BadAddress],
      ['an uppercase address', { ...json, recipient: json.recipient.toUpperCase() }, RejectCode.BadAddress],
      ['a bad sender', { ...json, sender: 'alice' }, RejectCode.BadAddress],
      ['a short signature', { ...json, signature: 'abcd' }, RejectCode.Malformed],
      ['a fractional timestamp', { ...json, timestamp: 1.5 }, RejectCode.Malformed],
      ['a nonce over u32', { ...json, nonce: 2 ** 32 }, RejectCode.Malformed],
      // 40,000 characters, 80,000 UTF-8 bytes: over what the payload's u16 length holds, and no throw.
      ['info over 65,535 UTF-8 bytes', { ...json, info: 'é'.repeat(40_000) }, RejectCode.Malformed],
      // UTF-8 would store U+FFFD: the text read back from storage would not be the text signed.
      ['info with a lone surrogate', { ...json, info: 'a\ud800b' }, RejectCode.Malformed],
      ['info with a lone low surrogate', { ...json, info: '\udc00' }, RejectCode.Malformed],
    ];
    for (const [name, input, code] of cases) {
      it(`decoding ${name}: ${code}`, () => {
        const cleaned = input && typeof input === 'object' ? JSON.parse(JSON.stringify(input)) : input;
        expectRejected(transactionFromJson(cleaned), code);
      });
    }

    function decoded(overrides: Partial<typeof json>): Transaction {
      const changed = { ...json, ...overrides };
      // a forger recomputes the txid, so only the signature can catch the change
      const withTxid = transactionFromJson({ ...changed, txid: fakeTxid(changed) });
      if (!withTxid.ok) throw new Error(withTxid.detail);
      return withTxid.value;
    }

    it('a changed amount keeps its old signature: bad-signature', () => {
      expectRejected(checkTransaction(decoded({ amount: 300 }), params), RejectCode.BadSignature);
    });

    it("another key's signature: bad-address", () => {
      const forged = createTransaction(bob, { recipient: bob.address, amount: 3, timestamp: T0, nonce: 1 }, params);
      const f = transactionToJson(forged);
      expectRejected(
        checkTransaction(decoded({ public_key: f.public_key, signature: f.signature }), params),
        RejectCode.BadAddress,
      );
    });

    it('a signature from another network: bad-signature', () => {
      const other = createNetworkParams('other', { ...params });
      const tx = createTransaction(alice, { recipient: bob.address, amount: 1, timestamp: T0, nonce: 1 }, other);
      expectRejected(checkTransaction(tx, params), RejectCode.BadSignature);
    });

    it('info over the network limit: info-too-large', () => {
      const roomy = createNetworkParams('test', { ...params, maxInfoBytes: 1000 });
      const tx = createTransaction(
        alice,
        { recipient: bob.address, info: 'é'.repeat(40), timestamp: T0, nonce: 1 },
        roomy,
      );
      expectRejected(checkTransaction(tx, params), RejectCode.InfoTooLarge);
    });

    it('a coinbase carrying a signature: bad-coinbase', () => {
      const cb = transactionToJson(createCoinbase({ recipient: bob.address, amount: 50, index: 2, timestamp: T0 }));
      const signed = { ...cb, signature: json.signature };
      const tx = transactionFromJson({ ...signed, txid: fakeTxid(signed) });
      expect(tx.ok).toBe(true);
      if (tx.ok) expectRejected(checkTransaction(tx.value, params), RejectCode.BadCoinbase);
    });
  });
});

/** The txid a field set would have: found by decoding once with a wrong txid and reading the message. */
function fakeTxid(json: Record<string, unknown>): string {
  const result = transactionFromJson({ ...json, txid: '00'.repeat(32) });
  if (result.ok) return '00'.repeat(32);
  const match = /is not ([0-9a-f]{64})/.exec(result.detail);
  if (!match?.[1]) throw new Error(result.detail);
  return match[1];
}
