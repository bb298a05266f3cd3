// Ed25519 keys and the addresses derived from them.
import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToHex, isHex } from './bytes.ts';
import { sha256 } from './sha256.ts';

export const ADDRESS_BYTES = 20;
/** The seed's sender for mined coins: "0". */
export const COINBASE_SENDER = '0';

export type KeyPair = { readonly secretKey: Uint8Array; readonly publicKey: Uint8Array; readonly address: string };

/** An address is the first 20 bytes of SHA-256(public key), in lowercase hex. */
export function addressFromPublicKey(publicKey: Uint8Array): string {
  if (publicKey.length !== 32) throw new RangeError('Ed25519 public key must be 32 bytes');
  return bytesToHex(sha256(publicKey).subarray(0, ADDRESS_BYTES));
}

export function isAddress(value: unknown): value is string {
  return isHex(value, ADDRESS_BYTES);
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

export function verify(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean {
  try {
    // zip215: false is the strict RFC 8032 check: no second valid encoding of one signature.
    return ed25519.verify(signature, message, publicKey, { zip215: false });
  } catch {
    return false;
  }
}
