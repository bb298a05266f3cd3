// The reference check's remembered keys: decoded once, a table for a key in frequent use, the least recently used
// forgotten; and the same verdicts on the differential corpus whether a key has its table or not.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hexToBytes, keyPairFromSecret, sign, utf8, verifySignature } from '../../src/core/index.ts';
import { SignerPoints, TABLE_AFTER_USES } from '../../src/core/signer-points.ts';
import { signatureCorpus } from './signature-corpus.ts';

const keyOf = (seed: number) => keyPairFromSecret(new Uint8Array(32).fill(seed)).publicKey;
/** y = 2 has no x on the curve: 32 canonical bytes that spell no point. */
const NOT_A_POINT = hexToBytes('0200000000000000000000000000000000000000000000000000000000000000');

describe('SignerPoints', () => {
  it('decodes a key once and builds its table at its TABLE_AFTER_USES-th use', () => {
    const signers = new SignerPoints();
    const key = keyOf(1);
    const first = signers.negatedKey(key);
    expect(first).not.toBeNull();
    for (let use = 2; use < TABLE_AFTER_USES; use++) expect(signers.negatedKey(key)).toBe(first);
    expect(signers.size).toEqual({ keys: 1, tables: 0 });
    expect(signers.negatedKey(key)).toBe(first);
    expect(signers.size).toEqual({ keys: 1, tables: 1 });
  });

  it('remembers nothing of bytes that spell no point', () => {
    const signers = new SignerPoints();
    expect(signers.negatedKey(NOT_A_POINT)).toBeNull();
    expect(signers.size).toEqual({ keys: 0, tables: 0 });
  });

  it('forgets the least recently used key when full', () => {
    const signers = new SignerPoints(2);
    const [a, b, c] = [keyOf(1), keyOf(2), keyOf(3)];
    const pointOfA = signers.negatedKey(a);
    signers.negatedKey(b);
    signers.negatedKey(a); // a is now the more recent of the two
    signers.negatedKey(c); // b goes
    expect(signers.size.keys).toBe(2);
    expect(signers.negatedKey(a)).toBe(pointOfA);
    const pointOfB = signers.negatedKey(b); // decoded again, and c goes
    expect(pointOfB).not.toBeNull();
    expect(signers.negatedKey(c)).not.toBe(pointOfB);
  });
});

describe('SignerPoints with more keys in frequent use than tables', () => {
  const keys = [1, 2, 3].map((seed) => keyPairFromSecret(new Uint8Array(32).fill(seed)));
  const [first, second, third] = keys.map((key) => key.publicKey) as [Uint8Array, Uint8Array, Uint8Array];
  const use = (signers: SignerPoints, key: Uint8Array, times: number) => {
    for (let n = 0; n < times; n++) signers.negatedKey(key);
  };
  const tabled = (signers: SignerPoints) => [first, second, third].map((key) => signers.hasTable(key));

  it('keeps the tables of keys still in use: the others check without, and do not take turns', () => {
    const signers = new SignerPoints(8, 2);
    // Taking turns, as a sync's blocks mix a class's payments.
    for (let round = 0; round < 3 * TABLE_AFTER_USES; round++)
      for (const key of [first, second, third]) use(signers, key, 1);
    expect(tabled(signers)).toEqual([true, true, false]);
    const message = utf8('no table');
    const signer = keys[2] as (typeof keys)[number];
    expect(verifySignature(sign(message, signer.secretKey), message, third, signers)).toBe(true);
  });

  it('gives the table of a key idle for more lookups than keys are remembered to one in use', () => {
    const remembered = 4 * TABLE_AFTER_USES;
    const signers = new SignerPoints(remembered, 2);
    use(signers, first, TABLE_AFTER_USES);
    use(signers, second, TABLE_AFTER_USES);
    use(signers, third, TABLE_AFTER_USES);
    expect(tabled(signers)).toEqual([true, true, false]);
    // The first key signs no more; the third goes on, asking again every TABLE_AFTER_USES uses: at its asks the first
    // has been idle 2, 3 and 4 × TABLE_AFTER_USES lookups (not more than remembered), then 5 ×.
    use(signers, third, 2 * TABLE_AFTER_USES);
    expect(tabled(signers)).toEqual([true, true, false]);
    use(signers, third, TABLE_AFTER_USES);
    expect(tabled(signers)).toEqual([false, true, true]);
    const message = utf8('after its table went');
    const signer = keys[0] as (typeof keys)[number];
    expect(verifySignature(sign(message, signer.secretKey), message, first, signers)).toBe(true);
  });
});

describe('the reference check with a remembered key', () => {
  it.each(signatureCorpus())('$name: the same verdict with the key’s table as without', ({ check, rule }) => {
    const cold = new SignerPoints();
    expect(verifySignature(check.signature, check.message, check.publicKey, cold)).toBe(rule);
    const warm = new SignerPoints();
    for (let use = 0; use < TABLE_AFTER_USES; use++) warm.negatedKey(check.publicKey);
    expect(verifySignature(check.signature, check.message, check.publicKey, warm)).toBe(rule);
  });

  it('accepts every signature of a key with its table, and refuses each one changed', () => {
    const keys = keyPairFromSecret(new Uint8Array(32).fill(9));
    const signers = new SignerPoints();
    for (let use = 0; use < TABLE_AFTER_USES; use++) signers.negatedKey(keys.publicKey);
    expect(signers.size.tables).toBe(1);
    fc.assert(
      fc.property(fc.string(), fc.nat(64 * 8 - 1), (text, bit) => {
        const message = utf8(text);
        const signature = sign(message, keys.secretKey);
        expect(verifySignature(signature, message, keys.publicKey, signers)).toBe(true);
        const flipped = Uint8Array.from(signature, (b, i) => (i === bit >> 3 ? b ^ (1 << (bit & 7)) : b));
        expect(verifySignature(flipped, message, keys.publicKey, signers)).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});
