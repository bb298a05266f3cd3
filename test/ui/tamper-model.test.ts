import { describe, expect, it } from 'vitest';
import { Blockchain, RejectCode } from '../../src/core/index.ts';
import { editTransaction, evaluateSandbox, mineSlice, relink } from '../../src/ui/tamper-model.ts';
import { alice, bob, extend, params, pay } from '../core/helpers.ts';

function sandbox() {
  const chain = new Blockchain(params);
  extend(chain, 2);
  extend(chain, 1, { transactions: [pay(alice, bob, 10, 'rent')] });
  extend(chain, 2);
  return chain.mainChain();
}

function codes(blocks: Parameters<typeof evaluateSandbox>[0], from: number) {
  return evaluateSandbox(blocks, from, params).map((v) => (v.ok ? 'ok' : v.code));
}

function remine(blocks: ReturnType<typeof sandbox>, from: number) {
  const repaired = [...blocks];
  for (let i = from - 1; i < repaired.length; i++) {
    const parent = repaired[i - 1];
    const block = repaired[i];
    if (!parent || !block) throw new Error('in range');
    const step = mineSlice(relink(block, parent.hash), 0, 2 ** 20);
    if (!step.block) throw new Error('difficulty 4 is found within 2^20 nonces');
    repaired[i] = step.block;
  }
  return repaired;
}

describe('tamper sandbox', () => {
  it('finds nothing wrong with an untouched copy of the main chain', () => {
    expect(codes(sandbox(), 2)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'ok']);
  });

  it('an edited coinbase breaks the root of its block and every later block is refused', () => {
    const blocks = sandbox();
    const original = blocks[2];
    if (!original) throw new Error('block 3');
    blocks[2] = editTransaction(original, 0, { info: 'I mined this', amount: 50 });
    expect(blocks[2]?.hash).toBe(original.hash);
    expect(codes(blocks, 3)).toEqual([
      'ok',
      'ok',
      RejectCode.BadMerkleRoot,
      RejectCode.InvalidParent,
      RejectCode.InvalidParent,
      RejectCode.InvalidParent,
    ]);
  });

  it('recomputing the root changes the hash: no proof of work there, and the next link breaks', () => {
    const blocks = sandbox();
    const original = blocks[2];
    const parent = blocks[1];
    if (!original || !parent) throw new Error('blocks 2 and 3');
    let relinked = relink(editTransaction(original, 0, { info: 'mine', amount: 50 }), parent.hash);
    // Nonce 0 rarely meets difficulty 4; pick a nonce that surely does not.
    for (let n = 0; relinked.hash.startsWith('0'); n++) relinked = relink({ ...relinked, nonce: n }, parent.hash);
    blocks[2] = relinked;
    const verdicts = codes(blocks, 3);
    expect(verdicts[2]).toBe(RejectCode.BadPow);
    expect(verdicts[3]).toBe(RejectCode.BrokenLink);
  });

  it('re-mining from the edited block repairs the copy of an edited coinbase', () => {
    const blocks = sandbox();
    const original = blocks[2];
    if (!original) throw new Error('block 3');
    blocks[2] = editTransaction(original, 0, { info: 'I mined this', amount: 50 });
    expect(codes(remine(blocks, 3), 3)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'ok']);
  });

  it('re-mining cannot forge a signature: an edited payment stays refused', () => {
    const blocks = sandbox();
    const original = blocks[3];
    if (!original) throw new Error('block 4');
    blocks[3] = editTransaction(original, 1, { info: 'rent', amount: 1 });
    const verdicts = codes(remine(blocks, 4), 4);
    expect(verdicts[3]).toBe(RejectCode.BadSignature);
    expect(verdicts[4]).toBe(RejectCode.InvalidParent);
  });

  it('counts the nonces a slice tried', () => {
    const blocks = sandbox();
    const block = blocks[1];
    if (!block) throw new Error('block 2');
    const step = mineSlice(relink(block, blocks[0]?.hash ?? ''), 0, 2 ** 20);
    expect(step.block?.nonce).toBe(step.tried - 1);
    expect(mineSlice(relink(block, blocks[0]?.hash ?? ''), 0, 0)).toEqual({ block: null, tried: 0 });
  });
});
