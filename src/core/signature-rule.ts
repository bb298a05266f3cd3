// The chain's one Ed25519 acceptance rule (docs/chain-format.md, "Signature rule"): cheap byte-level pre-checks that
// any verifier runs first, and the reference check (pre-checks, then the cofactorless equation) in noble.
import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToNumberLE } from '@noble/curves/utils.js';
import { sha512 } from '@noble/hashes/sha2.js';
import { concatBytes, equalBytes, hexToBytes } from './bytes.ts';
import { SignerPoints } from './signer-points.ts';
import type { SignatureCheck } from './transaction.ts';

export const PUBLIC_KEY_BYTES = 32;
export const SIGNATURE_BYTES = 64;

/** 2^255 - 19, little-endian: an encoded point's y (the low 255 bits) must be below it. */
const FIELD_PRIME_LE = hexToBytes('edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f');
/** L = 2^252 + 27742317777372353535851937790883648493, little-endian: the group order, which s must be below. */
const GROUP_ORDER_LE = hexToBytes('edd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010');

/**
 * The y of every point of order 1, 2, 4 or 8, in all 7 spellings below 2^255: 0 and 1 (and their non-canonical
 * p and p + 1), p - 1, and the two of order 8. A point's other coordinate is fixed by y up to sign, and both signs
 * of a small-order y are small-order, so these 7 cover all 14 encodings of the 8 torsion points (libsodium's list).
 */
const SMALL_ORDER_Y = [
  '0000000000000000000000000000000000000000000000000000000000000000', // (±√-1, 0), order 4
  '0100000000000000000000000000000000000000000000000000000000000000', // the identity (0, 1)
  'ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f', // (0, -1), order 2
  '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05', // order 8
  'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a', // order 8
  'edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f', // p: 0 spelled again
  'eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f', // p + 1: 1 spelled again
].map(hexToBytes);

/** The sign bit of x: the top bit of the last byte, masked off wherever y is read. */
const SIGN_BIT = 0x80;

/** Whether the 32 little-endian bytes, the last one's top bit masked by `topMask`, are below `limit`. */
function isBelow(bytes: Uint8Array, limit: Uint8Array, topMask: number): boolean {
  for (let i = 31; i >= 0; i--) {
    const byte = (bytes[i] as number) & (i === 31 ? topMask : 0xff);
    const bound = limit[i] as number;
    if (byte !== bound) return byte < bound;
  }
  return false;
}

/** True when a 32-byte point encoding spells y below p: the only spelling RFC 8032 §5.1.3 decodes. */
export function isCanonicalPointEncoding(bytes: Uint8Array): boolean {
  return bytes.length === PUBLIC_KEY_BYTES && isBelow(bytes, FIELD_PRIME_LE, ~SIGN_BIT & 0xff);
}

/** True when 32 bytes spell one of the 8 points of small order, in any of its 14 encodings (x's sign bit ignored). */
export function isSmallOrderEncoding(bytes: Uint8Array): boolean {
  if (bytes.length !== PUBLIC_KEY_BYTES) return false;
  return SMALL_ORDER_Y.some((y) => {
    for (let i = 0; i < 31; i++) if (bytes[i] !== y[i]) return false;
    return ((bytes[31] as number) & ~SIGN_BIT) === y[31];
  });
}

/**
 * A public key the rule lets sign: 32 bytes, y below p, and not a point of small order. A small-order key needs no
 * secret (R = B, s = 1 passes a cofactorless check against the identity), and WebCrypto engines accept those
 * forgeries where noble refuses them: two verdicts for one transaction, so the rule refuses the keys outright.
 */
export function isAcceptablePublicKey(bytes: Uint8Array): boolean {
  return isCanonicalPointEncoding(bytes) && !isSmallOrderEncoding(bytes);
}

/** A signature the rule can accept: 64 bytes, R's y below p, and s below L (one spelling for each signature). */
export function isCanonicalSignature(bytes: Uint8Array): boolean {
  return (
    bytes.length === SIGNATURE_BYTES &&
    isCanonicalPointEncoding(bytes.subarray(0, 32)) &&
    isBelow(bytes.subarray(32), GROUP_ORDER_LE, 0xff)
  );
}

/** The pre-checks every verifier runs before its own equation: a few byte comparisons, no curve arithmetic. */
export function passesSignaturePrechecks(publicKey: Uint8Array, signature: Uint8Array): boolean {
  return isAcceptablePublicKey(publicKey) && isCanonicalSignature(signature);
}

/** The keys the reference check remembers (src/core/signer-points.ts), made at its first use. */
let rememberedSigners: SignerPoints | undefined;

function defaultSigners(): SignerPoints {
  rememberedSigners ??= new SignerPoints();
  return rememberedSigners;
}

/**
 * The reference check: the pre-checks, A decoded as RFC 8032 §5.1.3 says, and the cofactorless equation
 * [s]B = R + [k]A with k = SHA-512(R ‖ A ‖ message) mod L. Cofactorless because that is what WebCrypto engines
 * (BoringSSL, OpenSSL) check, so the fast path agrees on every input; noble's own `verify` checks the cofactored
 * equation, which also accepts an R carrying a torsion part (measured: 20 of 20 such signatures; WebCrypto, none).
 * [s]B − [k]A is compared with R as encodings, as BoringSSL does: R's spelling is canonical (the pre-checks), so equal
 * bytes are equal points, and a spelling that decodes to no point (or to x = 0 with the sign bit set) equals none.
 * `ed25519` is read inside the functions only: a top-level read would keep noble in the verifier worker's bundle.
 */
export function verifySignature(
  signature: Uint8Array,
  message: Uint8Array,
  publicKey: Uint8Array,
  signers: SignerPoints = defaultSigners(),
): boolean {
  if (!passesSignaturePrechecks(publicKey, signature)) return false;
  const negatedA = signers.negatedKey(publicKey);
  if (negatedA === null) return false;
  const { Point } = ed25519;
  const encodedR = signature.subarray(0, 32);
  const s = bytesToNumberLE(signature.subarray(32));
  const k = Point.Fn.create(bytesToNumberLE(sha512(concatBytes(encodedR, publicKey, message))));
  return equalBytes(Point.BASE.multiplyUnsafe(s).add(negatedA.multiplyUnsafe(k)).toBytes(), encodedR);
}

/** The reference check of one batched check (signatureCheckOf's shape): what every batch verifier falls back on. */
export function checkSignature(check: SignatureCheck): boolean {
  return verifySignature(check.signature, check.message, check.publicKey);
}
