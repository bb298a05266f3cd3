// Checks many Ed25519 signatures at once. WebCrypto verifies in native code and in parallel (16,500/s in Chromium
// here against 2,000/s for @noble/curves, shared/MEASURED.md), which decides how fast a late joiner syncs; where it
// is missing (plain http on a LAN address is no secure context) the core's noble check does the work.
import { type Block, type NetworkParams, type SignatureCheck, signatureCheckOf, verify } from '../core/index.ts';
import { type Subtle, webCryptoHasEd25519, webCryptoVerdict } from './webcrypto-ed25519.ts';

export type SignatureVerifier = (checks: readonly SignatureCheck[]) => Promise<boolean[]>;

export const nobleVerifier: SignatureVerifier = async (checks) =>
  checks.map((c) => verify(c.signature, c.message, c.publicKey));

/** Uses WebCrypto when this context has Ed25519 (probed once with a known-good signature), noble otherwise. */
export async function createSignatureVerifier(
  subtle: Subtle | undefined = globalThis.crypto?.subtle,
): Promise<SignatureVerifier> {
  if (!subtle || !(await webCryptoHasEd25519(subtle))) return nobleVerifier;
  return (checks) =>
    Promise.all(
      checks.map(async (check) => {
        const verdict = await webCryptoVerdict(subtle, check);
        return verdict ?? verify(check.signature, check.message, check.publicKey);
      }),
    );
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
