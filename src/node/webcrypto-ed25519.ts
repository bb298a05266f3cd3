// Ed25519 checks through WebCrypto alone, held to the core's rules (strict RFC 8032, as noble checks). Nothing here
// imports the core's noble code, so the verifier worker that uses it stays a few kilobytes.
import type { SignatureCheck } from '../core/index.ts';

export type Subtle = Pick<SubtleCrypto, 'importKey' | 'verify'>;

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

async function verifyOne(subtle: Subtle, check: SignatureCheck): Promise<boolean> {
  if (check.signature.length !== 64 || !isCanonicalPointEncoding(check.publicKey)) return false;
  if (!isCanonicalPointEncoding(check.signature.subarray(0, 32))) return false;
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

/** RFC 8032 test 1: the empty message signed by its key. */
const PROBE = {
  publicKey: 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a',
  signature:
    'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
};

/** Whether this context's WebCrypto has Ed25519: probed once with a known-good signature. */
export async function webCryptoHasEd25519(subtle: Subtle | undefined = globalThis.crypto?.subtle): Promise<boolean> {
  if (!subtle) return false;
  const fromHex = (hex: string) => Uint8Array.from(hex.match(/../g) ?? [], (b) => Number.parseInt(b, 16));
  const check = { publicKey: fromHex(PROBE.publicKey), signature: fromHex(PROBE.signature), message: new Uint8Array() };
  return (await webCryptoVerdict(subtle, check)) === true;
}
