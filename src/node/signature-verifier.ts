// Checks many Ed25519 signatures at once. WebCrypto verifies in native code and in parallel (16,500/s in Chromium
// here against 2,000/s for @noble/curves, shared/MEASURED.md), which decides how fast a late joiner syncs; where it
// is missing (plain http on a LAN address is no secure context) the core's noble check does the work. Every
// verifier here gives the verdict of the chain's one signature rule (src/core/signature-rule.ts).
import {
  type Block,
  checkSignature,
  minerSignatureCheckOf,
  type NetworkParams,
  type SignatureCheck,
  signatureCheckOf,
} from '../core/index.ts';
import { type Subtle, webCryptoFollowsRule, webCryptoVerdict } from './webcrypto-ed25519.ts';

export type SignatureVerifier = (checks: readonly SignatureCheck[]) => Promise<boolean[]>;

/** The rule's reference check (the core's, in noble), one signature after another. */
export const nobleVerifier: SignatureVerifier = async (checks) => checks.map(checkSignature);

/** 30–80 ms of noble a slice (0.5 ms a check in Chromium, shared/MEASURED.md; 1.2 ms in Node, bench/signature-rule.ts). */
const REFERENCE_SLICE = 64;

/**
 * The same reference check in slices, the event loop getting a turn between them: re-checking a 10,000-signature
 * chain is 5 to 12 seconds of noble, which must not freeze the page or silence its links. For user-started checks
 * in a visible page: a hidden tab's timers are throttled to one a second.
 */
export const referenceVerifier: SignatureVerifier = async (checks) => {
  const verdicts: boolean[] = [];
  for (let at = 0; at < checks.length; at += REFERENCE_SLICE) {
    if (at > 0) await new Promise((resolve) => setTimeout(resolve, 0));
    for (const check of checks.slice(at, at + REFERENCE_SLICE)) verdicts.push(checkSignature(check));
  }
  return verdicts;
};

/** Uses WebCrypto where it has Ed25519 and checks the rule's equation (probed once), noble otherwise. */
export async function createSignatureVerifier(
  subtle: Subtle | undefined = globalThis.crypto?.subtle,
): Promise<SignatureVerifier> {
  if (!subtle || !(await webCryptoFollowsRule(subtle))) return nobleVerifier;
  return (checks) =>
    Promise.all(checks.map(async (check) => (await webCryptoVerdict(subtle, check)) ?? checkSignature(check)));
}

/** For each block, whether every signature in it (a private room's miner signature too) is valid, in one batch. */
export async function verifyBlockSignatures(
  blocks: readonly Block[],
  params: NetworkParams,
  verifier: SignatureVerifier,
): Promise<boolean[]> {
  const checksPerBlock = blocks.map((block) =>
    [
      minerSignatureCheckOf(block.header, block.miner, params),
      ...block.transactions.map((tx) => signatureCheckOf(tx, params)),
    ].filter((check) => check !== null),
  );
  const verdicts = await verifier(checksPerBlock.flat());
  let next = 0;
  return checksPerBlock.map((checks) => {
    const allValid = verdicts.slice(next, next + checks.length).every(Boolean);
    next += checks.length;
    return allValid;
  });
}
