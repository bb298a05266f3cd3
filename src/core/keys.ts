// Ed25519 keys and the addresses derived from them.
import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToHex, isHex, isWellFormedText } from './bytes.ts';
import { sha256 } from './sha256.ts';

export const ADDRESS_BYTES = 20;
/** The seed's sender for mined coins: "0". */
export const COINBASE_SENDER = '0';

export type KeyPair = { readonly secretKey: Uint8Array; readonly publicKey: Uint8Array; readonly address: string };

/**
 * The last keys derived and their addresses, newest first. A chain's payments come from a few senders (a class, a
 * handful of devices), and every block check derives each sender's address again: a sync of 10,000 payments spent
 * 0.1 s of its page time hashing the same keys.
 */
const RECENT_KEYS = 64;
const recent: { readonly key: Uint8Array; readonly address: string }[] = [];

/** Public keys are public: the comparison stops at the first byte that differs, so a miss costs a byte or two. */
function sameKey(a: Uint8Array, b: Uint8Array): boolean {
  for (let i = 0; i < 32; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** An address is the first 20 bytes of SHA-256(public key), in lowercase hex. */
export function addressFromPublicKey(publicKey: Uint8Array): string {
  if (publicKey.length !== 32) throw new RangeError('Ed25519 public key must be 32 bytes');
  const known = recent.find((entry) => sameKey(entry.key, publicKey));
  if (known !== undefined) return known.address;
  const address = bytesToHex(sha256(publicKey).subarray(0, ADDRESS_BYTES));
  // A copy: the key given may be a view of a buffer its owner reuses.
  recent.unshift({ key: publicKey.slice(), address });
  if (recent.length > RECENT_KEYS) recent.pop();
  return address;
}

export function isAddress(value: unknown): value is string {
  return isHex(value, ADDRESS_BYTES);
}

/** Characters a record's label may hold: 1 to 64, none of them a control character or half of one. */
export const MAX_LABEL_CHARACTERS = 64;
/** C0 and C1 control characters and DEL: a label is printed on screens and in files as it is. */
function isControl(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  return code <= 0x1f || (code >= 0x7f && code <= 0x9f);
}

/** A record's free-text recipient (the paper's device data: `{sender, recipient: "sensor-7", info}`). */
export function isRecordLabel(value: unknown): value is string {
  if (typeof value !== 'string' || value.trim() === '' || !isWellFormedText(value)) return false;
  const characters = [...value];
  return characters.length <= MAX_LABEL_CHARACTERS && !characters.some(isControl);
}

/**
 * Who a transaction may name as recipient: an address whenever value moves; a record of amount 0 may instead name
 * a label (the paper's records from devices), which no key can ever spend from.
 */
export function isValidRecipient(recipient: unknown, amount: unknown): recipient is string {
  return isAddress(recipient) || (amount === 0 && isRecordLabel(recipient));
}

export function keyPairFromSecret(secretKey: Uint8Array): KeyPair {
  if (secretKey.length !== 32) throw new RangeError('Ed25519 secret key must be 32 bytes');
  const publicKey = ed25519.getPublicKey(secretKey);
  return { secretKey, publicKey, address: addressFromPublicKey(publicKey) };
}

/**
 * A key pair as this node stored it, secret and public key together. The public key is taken as stored: deriving it
 * again is a scalar multiplication whose first run builds noble's tables (~50 ms of a tab's startup). A stored public
 * key that does not match would only make this node's own signatures fail the checks every node makes, its own too.
 */
export function keyPairFromStored(secretKey: Uint8Array, publicKey: Uint8Array): KeyPair {
  if (secretKey.length !== 32) throw new RangeError('Ed25519 secret key must be 32 bytes');
  return { secretKey, publicKey, address: addressFromPublicKey(publicKey) };
}

/** `randomBytes` is injected so tests and fixtures can be deterministic. */
export function generateKeyPair(
  randomBytes: (n: number) => Uint8Array = () => ed25519.utils.randomSecretKey(),
): KeyPair {
  return keyPairFromSecret(randomBytes(32));
}

export function sign(message: Uint8Array, secretKey: Uint8Array): Uint8Array {
  return ed25519.sign(message, secretKey);
}
