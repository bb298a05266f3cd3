import { describe, expect, it } from 'vitest';
import {
  Blockchain,
  bytesToHex,
  checkTransaction,
  createTransaction,
  signingMessage,
  transactionToJson,
} from '../../src/core/index.ts';
import { sha256 } from '../../src/core/sha256.ts';
import { SIGNED_TEXT_PREFIX } from '../../src/node/full-node.ts';
import {
  addressDerivation,
  checkSignedText,
  differences,
  parseSignature,
  readSignature,
  signedTransactionsNewestFirst,
  tamperedCopy,
  transactionAt,
} from '../../src/ui/keys-model.ts';
import { alice, bob, extend, params, pay, T0 } from '../core/helpers.ts';
import { startLoneNode } from '../node/fakes.ts';

describe('keys model', () => {
  it('cuts the address from the SHA-256 of the public key', () => {
    const derivation = addressDerivation(alice.publicKey);
    expect(derivation.hashHex).toBe(bytesToHex(sha256(alice.publicKey)));
    expect(derivation.address).toBe(alice.address);
    expect(derivation.hashHex.slice(0, derivation.addressHexLength)).toBe(alice.address);
    expect(derivation.publicKeyHex).toHaveLength(64);
  });

  it('marks the characters of an edit that differ from the original, and counts the removed ones', () => {
    expect(differences('Pay Alice 5', 'Pay Alice 5')).toEqual({
      segments: [{ text: 'Pay Alice 5', changed: false }],
      count: 0,
    });
    expect(differences('Pay Alice 5', 'Pay Alica 6')).toEqual({
      segments: [
        { text: 'Pay Alic', changed: false },
        { text: 'a', changed: true },
        { text: ' ', changed: false },
        { text: '6', changed: true },
      ],
      count: 2,
    });
    expect(differences('Pay 5', 'Pay 55')).toEqual({
      segments: [
        { text: 'Pay 5', changed: false },
        { text: '5', changed: true },
      ],
      count: 1,
    });
    expect(differences('Pay 123', 'Pay 3')).toEqual({ segments: [{ text: 'Pay 3', changed: false }], count: 2 });
    // Characters, not UTF-16 units: one replaced emoji is one change.
    expect(differences('a😀b', 'a😃b').count).toBe(1);
    expect(differences('', '')).toEqual({ segments: [], count: 0 });
  });

  it("checks a text against a typed signature with the node's own check", async () => {
    const node = await startLoneNode('n-text');
    const { signature } = node.signText('hello');
    const hex = bytesToHex(signature);
    const verify = (text: string, bytes: Uint8Array) => node.verifyText(text, bytes);
    expect(checkSignedText(verify, 'hello', ` ${hex.toUpperCase()} `)).toBe('valid');
    expect(checkSignedText(verify, 'hellp', hex)).toBe('invalid');
    const oneCharacterOff = `${hex.slice(0, 10)}${hex[10] === '0' ? '1' : '0'}${hex.slice(11)}`;
    expect(checkSignedText(verify, 'hello', oneCharacterOff)).toBe('invalid');
    expect(checkSignedText(verify, 'hello', hex.slice(1))).toBe('not-a-signature');
    expect(checkSignedText(verify, 'hello', `${hex.slice(1)}g`)).toBe('not-a-signature');
    expect(parseSignature(hex)).toEqual(signature);
    expect(SIGNED_TEXT_PREFIX.endsWith('\n')).toBe(true);
  });

  it('lists signed transactions newest first and opens any by block and position', () => {
    const chain = new Blockchain(params);
    extend(chain, 1, { miner: alice });
    const paid = pay(alice, bob, 5, 'rent');
    const record = pay(alice, 'sensor-7', 0, 'reading 21');
    extend(chain, 1, { miner: bob, transactions: [paid, record] });
    const listed = signedTransactionsNewestFirst(chain, 10);
    expect(listed.map((placed) => [placed.block, placed.position, placed.transaction.txid])).toEqual([
      [3, 2, record.txid],
      [3, 1, paid.txid],
    ]);
    expect(signedTransactionsNewestFirst(chain, 1)).toHaveLength(1);
    expect(transactionAt(chain, '3', '1')).toMatchObject({ ok: true, placed: { block: 3, position: 1 } });
    expect(transactionAt(chain, '2', '0')).toMatchObject({ ok: true, placed: { block: 2, position: 0 } });
    expect(transactionAt(chain, '9', '0')).toEqual({ ok: false, problem: 'block' });
    expect(transactionAt(chain, 'x', '0')).toEqual({ ok: false, problem: 'block' });
    expect(transactionAt(chain, '3', '3')).toEqual({ ok: false, problem: 'position' });
    expect(transactionAt(chain, '3', '-1')).toEqual({ ok: false, problem: 'position' });
  });

  it("reads a transaction's signature as the core checks it; a reward has none", () => {
    const chain = new Blockchain(params);
    const [block] = extend(chain, 1);
    const reward = block?.transactions[0];
    if (!reward) throw new Error('a block without its reward');
    expect(readSignature(reward, params)).toBeNull();
    const paid = pay(alice, bob, 5, 'rent');
    const reading = readSignature(paid, params);
    expect(reading?.message).toEqual(signingMessage(paid.payload, params.name));
    expect(reading?.publicKey).toEqual(alice.publicKey);
    expect(reading?.signature).toEqual(paid.signature);
    expect(reading?.verdict).toEqual({ ok: true, value: true });
  });

  it("a copy with another amount or info keeps the original's signature and fails the core's check", () => {
    const paid = createTransaction(
      alice,
      { recipient: bob.address, amount: 5, info: 'rent', timestamp: T0, nonce: 1 },
      params,
    );
    const same = tamperedCopy(paid, { amount: '5', info: 'rent' });
    expect(same.ok && transactionToJson(same.value)).toEqual(transactionToJson(paid));
    for (const edit of [
      { amount: '50', info: 'rent' },
      { amount: '5', info: 'rent!' },
    ]) {
      const copy = tamperedCopy(paid, edit);
      if (!copy.ok) throw new Error(`no copy for ${JSON.stringify(edit)}`);
      expect(copy.value.signature).toEqual(paid.signature);
      expect(checkTransaction(copy.value, params)).toMatchObject({ ok: false, code: 'bad-signature' });
      expect(readSignature(copy.value, params)?.verdict).toMatchObject({ ok: false, code: 'bad-signature' });
    }
    expect(tamperedCopy(paid, { amount: '-1', info: '' })).toEqual({ ok: false, code: 'amount' });
    expect(tamperedCopy(paid, { amount: '1.5', info: '' })).toEqual({ ok: false, code: 'amount' });
    // A record's label can be paid nothing: the core refuses that copy before any signature is checked.
    const record = pay(alice, 'sensor-7', 0, 'reading 21');
    expect(tamperedCopy(record, { amount: '3', info: 'reading 21' })).toMatchObject({ ok: false, code: 'bad-address' });
  });
});
