import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../src/core/sha256.ts';

describe('sha256 (one-shot, for small messages)', () => {
  it('gives the FIPS 180-4 digests of "", "abc" and the two-block message', () => {
    expect(bytesToHex(sha256())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(bytesToHex(sha256(utf8ToBytes('abc')))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(bytesToHex(sha256(utf8ToBytes('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('agrees with @noble/hashes at every length around the padding boundaries', () => {
    for (let length = 0; length <= 200; length++) {
      const message = Uint8Array.from({ length }, (_, i) => (i * 31 + length) & 0xff);
      expect(bytesToHex(sha256(message)), `length ${length}`).toBe(bytesToHex(nobleSha256(message)));
    }
  });

  it('hashes parts as their concatenation, however the message is split', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 150 }), { maxLength: 6 }), (parts) => {
        const whole = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
        let at = 0;
        for (const part of parts) {
          whole.set(part, at);
          at += part.length;
        }
        expect(bytesToHex(sha256(...parts))).toBe(bytesToHex(nobleSha256(whole)));
      }),
      { numRuns: 500 },
    );
  });

  it('returns a fresh array each call, untouched by later calls', () => {
    const first = sha256(utf8ToBytes('a'));
    const copy = first.slice();
    sha256(utf8ToBytes('b'));
    expect(first).toEqual(copy);
  });
});
