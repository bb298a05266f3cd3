// The signature rule in the core: its byte pre-checks against what they stand for (decoded points, integers), and
// its reference check against RFC 8032 and the differential corpus.
import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToNumberLE, numberToBytesLE } from '@noble/curves/utils.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bytesToHex,
  hexToBytes,
  isAcceptablePublicKey,
  isCanonicalPointEncoding,
  isCanonicalSignature,
  isSmallOrderEncoding,
  keyPairFromSecret,
  sign,
  verifySignature,
} from '../../src/core/index.ts';
import { RFC8032_VECTORS } from './rfc8032-vectors.ts';
import { SMALL_ORDER_ENCODINGS, signatureCorpus, TORSION_POINTS } from './signature-corpus.ts';

const P = 2n ** 255n - 19n;
const L = ed25519.Point.Fn.ORDER;
const bytes32 = fc.uint8Array({ minLength: 32, maxLength: 32 });
const yOf = (bytes: Uint8Array) => bytesToNumberLE(bytes) & (2n ** 255n - 1n);

describe('RFC 8032 test vectors', () => {
  it.each(RFC8032_VECTORS)('$name: derived from its secret key, and accepted by the rule', (v) => {
    const keys = keyPairFromSecret(hexToBytes(v.secretKey));
    expect(bytesToHex(keys.publicKey)).toBe(v.publicKey);
    expect(bytesToHex(sign(hexToBytes(v.message), keys.secretKey))).toBe(v.signature);
    expect(verifySignature(hexToBytes(v.signature), hexToBytes(v.message), keys.publicKey)).toBe(true);
  });
});

describe('small-order encodings', () => {
  it('are the 8 torsion points, each spelling of them, and nothing else', () => {
    expect(TORSION_POINTS).toHaveLength(8);
    expect(TORSION_POINTS.every((t) => t.isSmallOrder())).toBe(true);
    expect(SMALL_ORDER_ENCODINGS).toHaveLength(14);
    for (const encoding of SMALL_ORDER_ENCODINGS) {
      // ZIP 215 decoding takes y >= p and x = 0 with its sign bit: every spelling some engine reads as a point.
      expect(ed25519.Point.fromBytes(encoding, true).isSmallOrder()).toBe(true);
      expect(isSmallOrderEncoding(encoding)).toBe(true);
      expect(isAcceptablePublicKey(encoding)).toBe(false);
    }
  });

  it('match no key of a real signer, nor any other point', () => {
    fc.assert(
      fc.property(bytes32, (seed) => {
        expect(isSmallOrderEncoding(keyPairFromSecret(seed).publicKey)).toBe(false);
        const isSmall = SMALL_ORDER_ENCODINGS.some((e) => bytesToHex(e) === bytesToHex(seed));
        expect(isSmallOrderEncoding(seed)).toBe(isSmall);
      }),
    );
  });
});

describe('canonical encodings', () => {
  it('a point spells y below p; the sign bit of x is free', () => {
    const p = numberToBytesLE(P, 32);
    expect(isCanonicalPointEncoding(p)).toBe(false);
    expect(isCanonicalPointEncoding(numberToBytesLE(P - 1n, 32))).toBe(true);
    expect(isCanonicalPointEncoding(numberToBytesLE(P - 1n + 2n ** 255n, 32))).toBe(true);
    fc.assert(
      fc.property(bytes32, (b) => {
        expect(isCanonicalPointEncoding(b)).toBe(yOf(b) < P);
      }),
    );
  });

  it('a signature has a canonical R and s below L', () => {
    const r = numberToBytesLE(9n, 32);
    const withS = (s: bigint) => Uint8Array.of(...r, ...numberToBytesLE(s, 32));
    expect(isCanonicalSignature(withS(L - 1n))).toBe(true);
    expect(isCanonicalSignature(withS(L))).toBe(false);
    expect(isCanonicalSignature(withS(2n ** 256n - 1n))).toBe(false);
    expect(isCanonicalSignature(withS(0n).subarray(1))).toBe(false);
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 64, maxLength: 64 }), (sig) => {
        const canonical = yOf(sig.subarray(0, 32)) < P && bytesToNumberLE(sig.subarray(32)) < L;
        expect(isCanonicalSignature(sig)).toBe(canonical);
      }),
    );
  });
});

describe('the reference check', () => {
  it.each(signatureCorpus())('$name: the rule says $rule', ({ check, rule, cofactored }) => {
    expect(verifySignature(check.signature, check.message, check.publicKey)).toBe(rule);
    // Where the case was built to part the equations, noble's own (cofactored) verify must indeed disagree.
    if (cofactored !== undefined) {
      expect(ed25519.verify(check.signature, check.message, check.publicKey, { zip215: false })).toBe(cofactored);
    }
  });

  it('accepts what a real key signs and refuses it once anything is changed', () => {
    fc.assert(
      fc.property(bytes32, fc.uint8Array({ maxLength: 200 }), fc.nat(64 * 8 - 1), (seed, message, bit) => {
        const keys = keyPairFromSecret(seed);
        const sig = sign(message, keys.secretKey);
        expect(verifySignature(sig, message, keys.publicKey)).toBe(true);
        const flipped = Uint8Array.from(sig, (b, i) => (i === bit >> 3 ? b ^ (1 << (bit & 7)) : b));
        expect(verifySignature(flipped, message, keys.publicKey)).toBe(false);
      }),
      { numRuns: 50 },
    );
  });
});
