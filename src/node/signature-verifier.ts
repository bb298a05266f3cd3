// Checks many Ed25519 signatures at once. WebCrypto verifies in native code and in parallel (16,500/s in Chromium
// here against 2,000/s for @noble/curves, shared/MEASURED.md), which decides how fast a late joiner syncs; where it
// is missing (plain http on a LAN address is no secure context) the core's noble check does the work.
import { type Block, type NetworkParams, type SignatureCheck, signatureCheckOf, verify } from '../core/index.ts';

export type SignatureVerifier = (checks: readonly SignatureCheck[]) => Promise<boolean[]>;

/** 2^255 - 19, little-endian: an encoded point's y must be below it. */
const FIELD_PRIME_LE = Uint8Array.from({ length: 32 }, (_, i) => (i === 0 ? 0xed : i === 31 ? 0x7f : 0xff));

/**
 * True when the 32-byte point encoding has y < p. The core's check (noble, strict RFC 8032) refuses the other
 * spellings; WebCrypto implementations may accept them, and two nodes must never disagree on a signature.
 */
export function isCanonicalPointEncoding(bytes: Uint8Array): boolean {
  if (bytes.length !== 32) return false;
  for (let i = 31; i >= 0; i--) {
    const byte = (bytes[i] as number) & (i === 31 ? 0x7f : 0xff);
    const limit = FIELD_PRIME_LE[i] as number;
    if (byte !== limit) return byte < limit;
  }
  return false;
}

export const nobleVerifier: SignatureVerifier = async (checks) =>
  checks.map((c) => verify(c.signature, c.message, c.publicKey));

type Subtle = Pick<SubtleCrypto, 'importKey' | 'verify'>;

async function webCryptoVerifyOne(subtle: Subtle, check: SignatureCheck): Promise<boolean> {
  if (check.signature.length !== 64 || !isCanonicalPointEncoding(check.publicKey)) return false;
  if (!isCanonicalPointEncoding(check.signature.subarray(0, 32))) return false;
  const key = await subtle.importKey('raw', check.publicKey as BufferSource, { name: 'Ed25519' }, false, ['verify']);
  return subtle.verify({ name: 'Ed25519' }, key, check.signature as BufferSource, check.message as BufferSource);
}

/** Uses WebCrypto when this context has Ed25519 (probed once with a known-good signature), noble otherwise. */
export async function createSignatureVerifier(
  subtle: Subtle | undefined = globalThis.crypto?.subtle,
): Promise<SignatureVerifier> {
  if (!subtle || !(await webCryptoWorks(subtle))) return nobleVerifier;
  return (checks) =>
    Promise.all(
      checks.map((check) =>
        webCryptoVerifyOne(subtle, check).catch(() => verify(check.signature, check.message, check.publicKey)),
      ),
    );
}

/** RFC 8032 test 1: the empty message signed by its key. */
const PROBE = {
  publicKey: 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a',
  signature:
    'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
};

async function webCryptoWorks(subtle: Subtle): Promise<boolean> {
  try {
    const fromHex = (hex: string) => Uint8Array.from(hex.match(/../g) ?? [], (b) => Number.parseInt(b, 16));
    return await webCryptoVerifyOne(subtle, {
      publicKey: fromHex(PROBE.publicKey),
      signature: fromHex(PROBE.signature),
      message: new Uint8Array(0),
    });
  } catch {
    return false;
  }
}

/** For each block, whether every signature in it is valid, all checked in one batch. */
export async function verifyBlockSignatures(
  blocks: readonly Block[],
  params: NetworkParams,
  verifier: SignatureVerifier,
): Promise<boolean[]> {
  const checksPerBlock = blocks.map((block) =>
    block.transactions.map((tx) => signatureCheckOf(tx, params)).filter((check) => check !== null),
  );
  const verdicts = await verifier(checksPerBlock.flat());
  let next = 0;
  return checksPerBlock.map((checks) => {
    const allValid = verdicts.slice(next, next + checks.length).every(Boolean);
    next += checks.length;
    return allValid;
  });
}
