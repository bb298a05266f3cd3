// The differential corpus for the signature rule: every kind of Ed25519 input on which verifiers are known to part
// ways, each with the verdict the rule gives it, worked out from how the case was built (not by asking a verifier).
import { ED25519_TORSION_SUBGROUP, ed25519 } from '@noble/curves/ed25519.js';
import { bytesToNumberLE, numberToBytesLE } from '@noble/curves/utils.js';
import { sha512 } from '@noble/hashes/sha2.js';
import { concatBytes, hexToBytes, type SignatureCheck, utf8 } from '../../src/core/index.ts';
import { RFC8032_VECTORS } from './rfc8032-vectors.ts';

const Point = ed25519.Point;
type CurvePoint = InstanceType<typeof Point>;
const L = Point.Fn.ORDER;
const P = 2n ** 255n - 19n;
const SIGN_BIT = 2n ** 255n;

export type CorpusCase = {
  readonly name: string;
  readonly check: SignatureCheck;
  /** The rule's verdict, known from how the case was built. */
  readonly rule: boolean;
  /** What a cofactored check (noble's own `verify`) says, where the case was built to differ from the rule. */
  readonly cofactored?: boolean;
};

const le32 = (n: bigint) => numberToBytesLE(n, 32);
const signature = (r: Uint8Array, s: bigint) => concatBytes(r, le32(s));
/** k = SHA-512(R ‖ A ‖ M) mod L, over the bytes as given, as every RFC 8032 verifier hashes them. */
const challenge = (r: Uint8Array, a: Uint8Array, m: Uint8Array) =>
  Point.Fn.create(bytesToNumberLE(sha512(concatBytes(r, a, m))));

/** The 8 torsion points, and the 14 spellings of them below 2^255 that a lenient decoder (ZIP 215) accepts. */
export const TORSION_POINTS: readonly CurvePoint[] = ED25519_TORSION_SUBGROUP.map((hex) => Point.fromHex(hex));
export const SMALL_ORDER_ENCODINGS: readonly Uint8Array[] = (() => {
  const ys = new Set(TORSION_POINTS.map((t) => t.toAffine().y));
  for (const y of [...ys]) if (y + P < SIGN_BIT) ys.add(y + P); // y below 19 has a second spelling
  return [...ys].flatMap((y) => [le32(y), le32(y | SIGN_BIT)]);
})();

/** A signer who knows the scalar of `publicKey` (any point, torsion part included) and picks its own nonce. */
function signWith(scalar: bigint, publicKey: Uint8Array, message: Uint8Array, nonce: bigint, rTorsion?: CurvePoint) {
  const rPoint = Point.BASE.multiply(nonce);
  const r = (rTorsion ? rPoint.add(rTorsion) : rPoint).toBytes();
  return signature(r, Point.Fn.create(nonce + challenge(r, publicKey, message) * scalar));
}

function rfcCases(): CorpusCase[] {
  return RFC8032_VECTORS.flatMap((v) => {
    const check = {
      publicKey: hexToBytes(v.publicKey),
      signature: hexToBytes(v.signature),
      message: hexToBytes(v.message),
    };
    const otherMessage = concatBytes(check.message, Uint8Array.of(0));
    return [
      { name: `RFC 8032 ${v.name}`, check, rule: true },
      { name: `RFC 8032 ${v.name}, message changed`, check: { ...check, message: otherMessage }, rule: false },
    ];
  });
}

/** Forgeries under every small-order key: no secret needed, and lenient engines accept some of them. */
function smallOrderCases(message: Uint8Array): CorpusCase[] {
  const base = Point.BASE.toBytes();
  return SMALL_ORDER_ENCODINGS.flatMap((publicKey, i) => [
    {
      name: `small-order key ${i}, R = B, s = 1`,
      check: { publicKey, signature: signature(base, 1n), message },
      rule: false,
    },
    {
      name: `small-order key ${i}, R = A, s = 0`,
      check: { publicKey, signature: signature(publicKey, 0n), message },
      rule: false,
    },
  ]);
}

/** A real key plus a torsion point, signed by whoever knows the real key's scalar: cofactored checks accept all of
 *  these, the rule (cofactorless) only those whose k kills the torsion part. */
function mixedOrderKeyCases(secret: Uint8Array, messages: readonly Uint8Array[]): CorpusCase[] {
  const { scalar, point } = ed25519.utils.getExtendedPublicKey(secret);
  return TORSION_POINTS.filter((t) => !t.is0()).flatMap((torsion, i) => {
    const publicKey = point.add(torsion).toBytes();
    return messages.map((message, j) => {
      const sig = signWith(scalar, publicKey, message, BigInt(1000 + 10 * i + j));
      const k = challenge(sig.subarray(0, 32), publicKey, message);
      const rule = torsion.multiplyUnsafe(k).is0();
      return {
        name: `mixed-order key ${i}, message ${j}`,
        check: { publicKey, signature: sig, message },
        rule,
        cofactored: true,
      };
    });
  });
}

/** Canonical R and s, valid key, R carrying a torsion part: only a cofactored check accepts these. */
function mixedOrderRCases(secret: Uint8Array, message: Uint8Array): CorpusCase[] {
  const { scalar, pointBytes: publicKey } = ed25519.utils.getExtendedPublicKey(secret);
  return TORSION_POINTS.filter((t) => !t.is0()).map((torsion, i) => ({
    name: `mixed-order R ${i}`,
    check: { publicKey, signature: signWith(scalar, publicKey, message, BigInt(77 + i), torsion), message },
    rule: false,
    cofactored: true,
  }));
}

/** Non-canonical s and R, and keys with y >= p: one signature, one spelling. */
function nonCanonicalCases(secret: Uint8Array, message: Uint8Array): CorpusCase[] {
  const { scalar, pointBytes: publicKey } = ed25519.utils.getExtendedPublicKey(secret);
  const valid = ed25519.sign(message, secret);
  const r = valid.subarray(0, 32);
  const s = bytesToNumberLE(valid.subarray(32));
  // R = the identity: [s]B - [k]A = R when s = k·a. Canonical, that is a valid signature (the rule lets R be any
  // point); spelled y = p + 1, or with x's sign bit set, it is not.
  const identityR = (spelling: Uint8Array) =>
    signature(spelling, Point.Fn.create(challenge(spelling, publicKey, message) * scalar));
  const cases: CorpusCase[] = [
    { name: 'valid', check: { publicKey, signature: valid, message }, rule: true },
    { name: 's + L', check: { publicKey, signature: signature(r, s + L), message }, rule: false },
    { name: 's + 8L', check: { publicKey, signature: signature(r, s + 8n * L), message }, rule: false },
    { name: 's = L', check: { publicKey, signature: signature(r, L), message }, rule: false },
    { name: 'R = identity', check: { publicKey, signature: identityR(le32(1n)), message }, rule: true },
    {
      name: 'R = identity as y = p + 1',
      check: { publicKey, signature: identityR(le32(P + 1n)), message },
      rule: false,
    },
    {
      name: 'R = identity, sign bit set',
      check: { publicKey, signature: identityR(le32(1n | SIGN_BIT)), message },
      rule: false,
    },
    { name: 'key of 31 bytes', check: { publicKey: publicKey.subarray(1), signature: valid, message }, rule: false },
    { name: 'signature of 63 bytes', check: { publicKey, signature: valid.subarray(1), message }, rule: false },
  ];
  // Points whose y is below 19 have a second spelling y + p, which lenient decoders read as the same point.
  for (let y = 2n; y < 19n; y++) {
    const spelled = le32(y + P);
    if (decodes(le32(y)))
      cases.push({ name: `key y = ${y} + p`, check: { publicKey: spelled, signature: valid, message }, rule: false });
  }
  return cases;
}

function decodes(bytes: Uint8Array): boolean {
  try {
    Point.fromBytes(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The whole fixed corpus: RFC 8032, small-order keys, mixed-order keys and R, non-canonical encodings. */
export function signatureCorpus(): CorpusCase[] {
  const secret = hexToBytes('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60');
  const messages = ['', 'browser-blockchain', 'a payment'].map(utf8);
  const message = utf8('browser-blockchain/tx/test payment');
  return [
    ...rfcCases(),
    ...smallOrderCases(message),
    ...mixedOrderKeyCases(secret, messages),
    ...mixedOrderRCases(secret, message),
    ...nonCanonicalCases(secret, message),
  ];
}
