import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { changedPositions, hexToBits, parseDifficulty, readHash } from '../../src/ui/hash-playground-model.ts';

const nodeSha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('hash playground model', () => {
  it('hashes UTF-8 text to the standard SHA-256 vectors', () => {
    expect(readHash('', null, 0).hex).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(readHash('abc', null, 0).hex).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(readHash('привет, 世界', null, 0).hex).toBe(nodeSha256('привет, 世界'));
  });

  it('marks exactly the hex characters that differ from the previous hash', () => {
    expect(changedPositions('a0b1', 'a0c2')).toEqual([2, 3]);
    expect(changedPositions('a0b1', null)).toEqual([]);
    const before = nodeSha256('abc');
    const after = nodeSha256('abd');
    const expected = [...after].flatMap((digit, i) => (digit === before[i] ? [] : [i]));
    const reading = readHash('abd', before, 0);
    expect(reading.changed).toEqual(expected);
    // The avalanche effect: one letter changes most of the 64 characters (about 60 on average).
    expect(reading.changed.length).toBeGreaterThan(40);
    expect(readHash('abc', before, 0).changed).toEqual([]);
  });

  it('writes the hash as 256 bits, most significant first', () => {
    expect(hexToBits('0f')).toBe('00001111');
    expect(hexToBits('a5')).toBe('10100101');
    const reading = readHash('abc', null, 0);
    expect(reading.bits).toHaveLength(256);
    expect(reading.bits.startsWith('1011101001111000')).toBe(true); // ba78
  });

  it('counts leading zero bits and applies the chain rule: meets D when at least D zeros', () => {
    // An input whose hash starts with at least one zero byte, found here rather than hard-coded.
    let nonce = 0;
    while (!nodeSha256(`lesson ${nonce}`).startsWith('00')) nonce++;
    const text = `lesson ${nonce}`;
    const hex = nodeSha256(text);
    const zeros = hexToBits(hex).indexOf('1');
    expect(zeros).toBeGreaterThanOrEqual(8);
    const atLimit = readHash(text, null, zeros);
    expect(atLimit.leadingZeroBits).toBe(zeros);
    expect(atLimit.meetsDifficulty).toBe(true);
    expect(readHash(text, null, zeros + 1).meetsDifficulty).toBe(false);
    // 'abc' hashes to ba78…: its first bit is a one.
    expect(readHash('abc', null, 0)).toMatchObject({ leadingZeroBits: 0, meetsDifficulty: true });
    expect(readHash('abc', null, 1).meetsDifficulty).toBe(false);
  });

  it('accepts difficulties 0..32 only', () => {
    expect(parseDifficulty('0')).toBe(0);
    expect(parseDifficulty(' 12 ')).toBe(12);
    expect(parseDifficulty('32')).toBe(32);
    for (const bad of ['', '33', '-1', '1.5', 'x', '100']) expect(parseDifficulty(bad), bad).toBeNull();
  });
});
