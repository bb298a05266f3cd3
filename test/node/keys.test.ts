import { describe, expect, it } from 'vitest';
import { keyPairFromSecret, signingMessage, utf8, verifySignature } from '../../src/core/index.ts';
import { sha256 } from '../../src/core/sha256.ts';
import { SIGNED_TEXT_PREFIX, textSigningMessage } from '../../src/node/full-node.ts';
import { params } from '../core/helpers.ts';
import { startLoneNode } from './fakes.ts';

/** The same bytes with one bit of byte `at` flipped. */
function flipped(bytes: Uint8Array, at: number): Uint8Array {
  const copy = bytes.slice();
  copy[at] = (copy[at] as number) ^ 1;
  return copy;
}

describe("the node's keys", () => {
  it('gives copies of its key pair: the public key its address derives from, and the secret key behind both', async () => {
    const node = await startLoneNode('n-keys');
    const secret = node.exportPrivateKey();
    const derived = keyPairFromSecret(secret.slice());
    expect(derived.address).toBe(node.address);
    expect(node.publicKey).toEqual(derived.publicKey);
    // Copies: what a page does with them cannot change the node's key.
    secret.fill(0);
    node.publicKey.fill(0);
    expect(node.exportPrivateKey()).toEqual(derived.secretKey);
    expect(node.publicKey).toEqual(derived.publicKey);
  });

  it('signs text under its own prefix, and one changed character of text or signature fails the check', async () => {
    const node = await startLoneNode('n-sign');
    const { message, signature } = node.signText('Pay Alice 5');
    expect(message).toEqual(utf8(`${SIGNED_TEXT_PREFIX}Pay Alice 5`));
    expect(verifySignature(signature, message, node.publicKey)).toBe(true);
    expect(node.verifyText('Pay Alice 5', signature)).toBe(true);
    expect(node.verifyText('Pay Alice 6', signature)).toBe(false);
    expect(node.verifyText('Pay Alice 5', flipped(signature, 40))).toBe(false);
    // The bare text, without the prefix, is not what was signed.
    expect(verifySignature(signature, utf8('Pay Alice 5'), node.publicKey)).toBe(false);
    const other = await startLoneNode('n-other');
    expect(node.verifyText('Pay Alice 5', signature, other.publicKey)).toBe(false);
    expect(node.verifyText('', node.signText('').signature)).toBe(true);
  });

  it("never signs what a transaction's signature covers: a text's message starts with 32 fixed bytes, not a hash", () => {
    // A transaction's message starts with SHA-256 of its network's tag (core signingMessage).
    const transactionStart = signingMessage(new Uint8Array(), params.name);
    expect(transactionStart).toEqual(sha256(utf8(`browser-blockchain/tx/${params.name}`)));
    const textStart = utf8(SIGNED_TEXT_PREFIX).subarray(0, 32);
    expect(textStart).toHaveLength(32);
    expect(textStart).not.toEqual(transactionStart);
    // Whatever the text, even one spelling that hash out, its message starts with the prefix.
    for (const text of ['', 'x', new TextDecoder('latin1').decode(transactionStart)]) {
      expect(textSigningMessage(text).subarray(0, 32)).toEqual(textStart);
    }
  });
});
