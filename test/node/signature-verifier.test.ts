import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCanonicalPointEncoding, signatureCheckOf } from '../../src/core/index.ts';
import { createSignatureVerifier, nobleVerifier } from '../../src/node/signature-verifier.ts';
import { alice, bob, params, pay } from '../core/helpers.ts';

function checks() {
  const good = [pay(alice, bob, 1), pay(bob, alice, 2, 'x')].map((tx) => signatureCheckOf(tx, params));
  const valid = good.filter((c) => c !== null);
  const [first, second] = valid;
  if (!first || !second) throw new Error('missing');
  const tampered = { ...first, message: Uint8Array.from(first.message, (b, i) => (i === 40 ? b ^ 1 : b)) };
  const wrongKey = { ...second, publicKey: first.publicKey };
  return [first, second, tampered, wrongKey];
}

describe('batch signature verification', () => {
  it('WebCrypto (Node has Ed25519) and noble agree on good and bad signatures', async () => {
    const webCrypto = await createSignatureVerifier();
    const expected = [true, true, false, false];
    expect(await nobleVerifier(checks())).toEqual(expected);
    expect(await webCrypto(checks())).toEqual(expected);
    expect(webCrypto).not.toBe(nobleVerifier);
  });

  it('falls back to noble where WebCrypto has no Ed25519', async () => {
    const broken = {
      importKey: () => Promise.reject(new Error('NotSupportedError')),
      verify: () => Promise.resolve(true),
    };
    const verifier = await createSignatureVerifier(broken as never);
    expect(verifier).toBe(nobleVerifier);
  });

  it('recognises canonical point encodings (y below 2^255 - 19)', () => {
    const p = Uint8Array.from({ length: 32 }, (_, i) => (i === 0 ? 0xed : i === 31 ? 0x7f : 0xff));
    expect(isCanonicalPointEncoding(p)).toBe(false);
    const below = Uint8Array.from(p, (b, i) => (i === 0 ? b - 1 : b));
    expect(isCanonicalPointEncoding(below)).toBe(true);
    const signBit = Uint8Array.from(below, (b, i) => (i === 31 ? b | 0x80 : b));
    expect(isCanonicalPointEncoding(signBit)).toBe(true);
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), (bytes) => {
        let y = 0n;
        for (let i = 31; i >= 0; i--) y = (y << 8n) | BigInt((bytes[i] as number) & (i === 31 ? 0x7f : 0xff));
        expect(isCanonicalPointEncoding(bytes)).toBe(y < 2n ** 255n - 19n);
      }),
    );
  });

  it('imports each public key once, and asks again for one WebCrypto refused', async () => {
    const subtle = globalThis.crypto.subtle;
    let imports = 0;
    let refuseNext = true;
    const counting = {
      importKey: (...args: Parameters<SubtleCrypto['importKey']>) => {
        imports++;
        if (refuseNext && imports > 1) {
          refuseNext = false;
          return Promise.reject(new Error('OperationError'));
        }
        return subtle.importKey(...args);
      },
      verify: subtle.verify.bind(subtle),
    };
    const verifier = await createSignatureVerifier(counting as never);
    imports = 0; // the probe's key
    const all = checks();
    // Two keys (the fourth check borrows the first's); the second is refused, and noble decides its checks.
    expect(await verifier([...all, ...all])).toEqual([true, true, false, false, true, true, false, false]);
    expect(imports).toBe(2);
    // The refused key is asked for again; after that, both are known.
    expect(await verifier(all)).toEqual([true, true, false, false]);
    expect(imports).toBe(3);
    expect(await verifier(all)).toEqual([true, true, false, false]);
    expect(imports).toBe(3);
  });
});
