import { describe, expect, it } from 'vitest';
import { Blockchain, bytesToHex, encodeHeader, hexToBytes } from '../../src/core/index.ts';
import {
  headerParts,
  merkleDrawing,
  parseHeight,
  readZeros,
  shownBits,
  targetHex,
} from '../../src/ui/block-anatomy-model.ts';
import { alice, bob, carol, extend, params, pay } from '../core/helpers.ts';

/** A block of five transactions (the reward and four payments): a Merkle tree with an odd node on two levels. */
function blockOfFive() {
  const chain = new Blockchain(params);
  extend(chain, 2);
  const payments = [pay(alice, bob, 1, 'a'), pay(alice, carol, 2, 'b'), pay(alice, bob, 3, 'c'), pay(alice, carol, 4)];
  const [block] = extend(chain, 1, { transactions: payments });
  if (!block) throw new Error('extend gives the block');
  return block;
}

describe('block anatomy model', () => {
  const block = blockOfFive();

  it("cuts the header the core encoded into its seven fields, in byte order, with the block's values", () => {
    const parts = headerParts(block);
    expect(parts.map((part) => [part.name, part.number, part.offset, part.size])).toEqual([
      ['version', 1, 0, 4],
      ['index', 2, 4, 4],
      ['timestamp', 3, 8, 8],
      ['previousHash', 4, 16, 32],
      ['transactionsRoot', 5, 48, 32],
      ['difficulty', 6, 80, 4],
      ['nonce', 7, 84, 8],
    ]);
    const encoded = encodeHeader({
      ...block,
      previousHash: hexToBytes(block.previousHash),
      transactionsRoot: hexToBytes(block.transactionsRoot),
    });
    expect(parts.flatMap((part) => part.bytes).join('')).toBe(bytesToHex(encoded));
    expect(parts.find((part) => part.name === 'previousHash')?.value).toBe(block.previousHash);
    expect(parts.find((part) => part.name === 'nonce')?.value).toBe(String(block.nonce));
    expect(parts.find((part) => part.name === 'index')?.bytes).toEqual(['00', '00', '00', '04']);
  });

  it('writes the target as the largest hash with the leading zero bits difficulty asks for', () => {
    expect(targetHex(0)).toBe('f'.repeat(64));
    expect(targetHex(8)).toBe(`00${'f'.repeat(62)}`);
    expect(targetHex(10)).toBe(`003${'f'.repeat(61)}`);
    expect(targetHex(256)).toBe('0'.repeat(64));
    for (const difficulty of [0, 1, 7, 10, 33]) expect(readZeros(targetHex(difficulty)).zeroBits).toBe(difficulty);
    // Same length lowercase hex compares as numbers do: a mined block's hash is at or below its target.
    expect(block.hash <= targetHex(block.difficulty)).toBe(true);
  });

  it('counts leading zero bits and the whole zero hex digits they fill', () => {
    expect(readZeros(`0f${'f'.repeat(62)}`)).toMatchObject({ zeroBits: 4, zeroDigits: 1 });
    expect(readZeros(`003${'0'.repeat(61)}`)).toMatchObject({ zeroBits: 10, zeroDigits: 2 });
    expect(readZeros(`8${'0'.repeat(63)}`).bits.slice(0, 5)).toBe('10000');
    expect([0, 24, 25, 57, 250].map(shownBits)).toEqual([32, 32, 64, 96, 256]);
  });

  it('takes a height from 1 to the tip and says what is wrong with anything else', () => {
    expect(parseHeight(' 4 ', 5)).toEqual({ ok: true, height: 4 });
    expect(parseHeight('5', 5)).toEqual({ ok: true, height: 5 });
    for (const text of ['0', '6', '99999999999']) expect(parseHeight(text, 5), text).toMatchObject({ ok: false });
    expect(parseHeight('6', 5)).toEqual({ ok: false, problem: 'out-of-range' });
    for (const text of ['', '2.5', '-1', 'abc', '1e2']) {
      expect(parseHeight(text, 5), text).toEqual({ ok: false, problem: 'not-whole' });
    }
  });

  it("draws the tree up to the header's root and marks a transaction's path and its siblings", () => {
    const none = merkleDrawing(block, null);
    expect(none.root).toBe(block.transactionsRoot);
    expect(none.levels.map((level) => level.length)).toEqual([5, 3, 2, 1]);
    expect(none.path).toBeNull();
    expect(none.levels.flat().every((node) => node.role === null)).toBe(true);

    const drawing = merkleDrawing(block, 2);
    expect(drawing.path?.root).toBe(block.transactionsRoot);
    const roles = drawing.levels.map((level) => level.map((node) => node.role));
    expect(roles).toEqual([
      [null, null, 'path', 'sibling', null],
      ['sibling', 'path', null],
      ['path', 'sibling'],
      ['path'],
    ]);
    const siblingHashes = drawing.levels
      .flat()
      .filter((node) => node.role === 'sibling')
      .map((node) => node.hash);
    expect(drawing.path?.steps.map((step) => step.sibling)).toEqual(siblingHashes);
    expect(drawing.path?.steps.map((step) => step.siblingOnLeft)).toEqual([false, true, false]);
    // The node over leaf 4 is promoted twice: one leaf, no left child; the root spans all five, four on its left.
    expect(drawing.levels[2]?.[1]).toMatchObject({ firstLeaf: 4, leafCount: 1, leftLeaves: null });
    expect(drawing.levels[3]?.[0]).toMatchObject({ firstLeaf: 0, leafCount: 5, leftLeaves: 4 });
    expect(merkleDrawing(block, 5).selected).toBeNull();
  });
});
