// Ed25519 checks through WebCrypto, held to the chain's signature rule (src/core/signature-rule.ts): the rule's
// byte pre-checks run first, so WebCrypto only ever sees inputs on which its cofactorless check is the rule's.
// Imports only the rule's pre-checks from the core, so the verifier worker that uses it carries no curve code.
import { hexToBytes } from '../core/bytes.ts';
import type { SignatureCheck } from '../core/index.ts';
import { passesSignaturePrechecks } from '../core/signature-rule.ts';

export type Subtle = Pick<SubtleCrypto, 'importKey' | 'verify'>;

async function verifyOne(subtle: Subtle, check: SignatureCheck): Promise<boolean> {
  // WebCrypto engines accept small-order and non-canonical keys (BoringSSL and Node's OpenSSL both accept R = B,
  // s = 1 under the identity key); the pre-checks refuse them before WebCrypto is asked.
  if (!passesSignaturePrechecks(check.publicKey, check.signature)) return false;
  const key = await importedKey(subtle, check.publicKey);
  return subtle.verify({ name: 'Ed25519' }, key, check.signature as BufferSource, check.message as BufferSource);
}

/** Imported keys kept per WebCrypto, by the key's bytes: a sync checks thousands of payments from a few senders. */
const importedKeys = new WeakMap<Subtle, Map<string, Promise<CryptoKey>>>();
const MAX_IMPORTED_KEYS = 1_024;

function importedKey(subtle: Subtle, publicKey: Uint8Array): Promise<CryptoKey> {
  let keys = importedKeys.get(subtle);
  if (keys === undefined) {
    keys = new Map();
    importedKeys.set(subtle, keys);
  }
  const id = String.fromCharCode(...publicKey);
  const known = keys.get(id);
  if (known !== undefined) return known;
  // A classroom has tens of keys; a stream of new ones only ever costs a fresh start.
  if (keys.size >= MAX_IMPORTED_KEYS) keys.clear();
  const imported = subtle.importKey('raw', publicKey as BufferSource, { name: 'Ed25519' }, false, ['verify']);
  keys.set(id, imported);
  // A key WebCrypto refused is not remembered: the next check asks again.
  imported.catch(() => keys.delete(id));
  return imported;
}

/** Whether the signature is valid, or null where WebCrypto threw instead of answering (the core then decides). */
export function webCryptoVerdict(subtle: Subtle, check: SignatureCheck): Promise<boolean | null> {
  return verifyOne(subtle, check).catch(() => null);
}

/** RFC 8032 test 1's key and empty message: its signature must pass, and a second one, valid only to a cofactored
 *  check (R = rB + an order-8 point, s = r + k·a), must not. The pre-checks cannot tell those two equations apart. */
export const PROBE = {
  publicKey: 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a',
  valid:
    'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
  cofactoredOnly:
    'f590e311d5f9c8b1ff524daac02b45997004152c3ceeb8dc0f230a4e66a51b9c3bbda7b2d6da1b9c289e024c2c9f5779bacdb7525cd908e357d3eb5d0935fe0b',
} as const;

/**
 * Whether this context's WebCrypto can stand in for the rule: it has Ed25519 and checks the cofactorless equation.
 * Probed with two known signatures; an engine that checked the cofactored one would accept signatures the rule
 * refuses, so it is not used at all and the core's check does the work.
 */
export async function webCryptoFollowsRule(subtle: Subtle | undefined = globalThis.crypto?.subtle): Promise<boolean> {
  if (!subtle) return false;
  const probe = (signature: string) =>
    webCryptoVerdict(subtle, {
      publicKey: hexToBytes(PROBE.publicKey),
      signature: hexToBytes(signature),
      message: new Uint8Array(),
    });
  const [valid, cofactoredOnly] = await Promise.all([probe(PROBE.valid), probe(PROBE.cofactoredOnly)]);
  return valid === true && cofactoredOnly === false;
}
