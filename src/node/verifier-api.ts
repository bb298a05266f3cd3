// What a signature-checking worker serves: many checks packed into one byte array (one transfer instead of three
// small arrays per check, which the structured clone would copy one by one), answered with one verdict byte each.
import type { SignatureCheck } from '../core/index.ts';
import { PUBLIC_KEY_BYTES, SIGNATURE_BYTES } from '../core/signature-rule.ts';
import { type Subtle, webCryptoFollowsRule, webCryptoVerdict } from './webcrypto-ed25519.ts';

const LENGTH_BYTES = 4;
const FIXED_BYTES = PUBLIC_KEY_BYTES + SIGNATURE_BYTES + LENGTH_BYTES;

export class PackedChecksError extends Error {
  override readonly name = 'PackedChecksError';
}

/** Each check as its public key, its signature, a u32 message length and the message. Keys and signatures of
 *  another length cannot be valid and are packed as zeros: an all-zero key is of small order, which the rule refuses. */
export function packSignatureChecks(checks: readonly SignatureCheck[]): Uint8Array {
  let size = 0;
  for (const check of checks) size += FIXED_BYTES + check.message.length;
  const packed = new Uint8Array(size);
  const view = new DataView(packed.buffer);
  let at = 0;
  for (const { publicKey, signature, message } of checks) {
    if (publicKey.length === PUBLIC_KEY_BYTES && signature.length === SIGNATURE_BYTES) {
      packed.set(publicKey, at);
      packed.set(signature, at + PUBLIC_KEY_BYTES);
    }
    view.setUint32(at + PUBLIC_KEY_BYTES + SIGNATURE_BYTES, message.length);
    packed.set(message, at + FIXED_BYTES);
    at += FIXED_BYTES + message.length;
  }
  return packed;
}

/** The checks of a packed array, as views into it; throws PackedChecksError when it is cut short. */
export function unpackSignatureChecks(packed: Uint8Array): SignatureCheck[] {
  const view = new DataView(packed.buffer, packed.byteOffset, packed.byteLength);
  const checks: SignatureCheck[] = [];
  for (let at = 0; at < packed.length; ) {
    if (at + FIXED_BYTES > packed.length) throw new PackedChecksError(`a check at byte ${at} is cut short`);
    const length = view.getUint32(at + PUBLIC_KEY_BYTES + SIGNATURE_BYTES);
    const end = at + FIXED_BYTES + length;
    if (end > packed.length) throw new PackedChecksError(`the message of the check at byte ${at} is cut short`);
    checks.push({
      publicKey: packed.subarray(at, at + PUBLIC_KEY_BYTES),
      signature: packed.subarray(at + PUBLIC_KEY_BYTES, at + PUBLIC_KEY_BYTES + SIGNATURE_BYTES),
      message: packed.subarray(at + FIXED_BYTES, end),
    });
    at = end;
  }
  return checks;
}

/** A verdict byte: the signature is invalid, valid, or was not checked here (WebCrypto threw; the page decides). */
export const Verdict = { Invalid: 0, Valid: 1, Unchecked: 2 } as const;

export type VerifierApi = {
  /** One Verdict byte per packed check; rejects when this context's WebCrypto cannot check the rule. */
  verify(packed: Uint8Array): Promise<Uint8Array>;
};

/**
 * The worker's side: the rule's byte pre-checks, then WebCrypto (probed once, on first use, for Ed25519 and the
 * rule's cofactorless equation), so the worker carries no curve code of its own.
 */
export function createVerifierApi(subtle: Subtle | null = globalThis.crypto?.subtle ?? null): VerifierApi {
  let usable: Promise<boolean> | null = null;
  return {
    async verify(packed) {
      usable ??= subtle ? webCryptoFollowsRule(subtle) : Promise.resolve(false);
      if (!subtle || !(await usable)) throw new Error('WebCrypto here has no Ed25519 that checks the signature rule');
      const verdicts = await Promise.all(unpackSignatureChecks(packed).map((check) => webCryptoVerdict(subtle, check)));
      return Uint8Array.from(verdicts, (v) => (v === null ? Verdict.Unchecked : v ? Verdict.Valid : Verdict.Invalid));
    },
  };
}

/**
 * A worker's side where WebCrypto has no Ed25519 (noble-verifier.worker.ts): `check` (the rule's reference check)
 * on every packed check, so the page's thread is free while a sync's signatures are checked. Never Unchecked.
 */
export function createReferenceVerifierApi(check: (check: SignatureCheck) => boolean): VerifierApi {
  return {
    async verify(packed) {
      return Uint8Array.from(unpackSignatureChecks(packed), (one) => (check(one) ? Verdict.Valid : Verdict.Invalid));
    },
  };
}
