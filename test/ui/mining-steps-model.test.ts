import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Blockchain, checkBlock, NONCE_OFFSET, setHeaderNonce } from '../../src/core/index.ts';
import {
  attemptOf,
  barShare,
  controlsFor,
  defaultLessonDifficulty,
  expectedTries,
  hashRate,
  lessonCandidate,
  NonceWalk,
  nextChunkSize,
  parseLessonDifficulty,
  parseSpeed,
  summarizeTries,
  tickPlan,
} from '../../src/ui/mining-steps-model.ts';
import { alice, bob, NOW, params, pay } from '../core/helpers.ts';

const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const hexBytes = (hex: string) => Uint8Array.from(Buffer.from(hex, 'hex'));

const payments = [pay(alice, bob, 1, 'a'), pay(alice, bob, 2, 'b')];

function candidate(
  difficulty: number,
  previousTimestamp: number | null = null,
  chain = new Blockchain(params),
  mempool = payments,
) {
  return lessonCandidate({
    parent: chain.tip,
    minerAddress: alice.address,
    reward: params.reward,
    difficulty,
    minTimestamp: 0,
    now: NOW,
    previousTimestamp,
    mempool,
    maxTransactionsPerBlock: params.maxTransactionsPerBlock,
  });
}

describe('mining steps model', () => {
  it('builds the candidate on the tip: the coinbase to this node, then the mempool, nonce 0', () => {
    const chain = new Blockchain(params);
    const block = candidate(6, null, chain);
    expect(block.index).toBe(chain.tip.index + 1);
    expect(block.previousHash).toBe(chain.tip.hash);
    expect(block.nonce).toBe(0);
    expect(block.difficulty).toBe(6);
    expect(block.timestamp).toBe(NOW);
    expect(block.transactions.map((tx) => tx.amount)).toEqual([params.reward, 1, 2]);
    expect(block.transactions[0]?.recipient).toBe(alice.address);
    // Each later candidate is dated later, so no two candidates of a lesson share a header.
    expect(candidate(6, NOW).timestamp).toBe(NOW + 1);
    expect(candidate(6, NOW - 10).timestamp).toBe(NOW);
  });

  it('tries nonces from 0 one by one; each row is the header with that nonce and its real SHA-256', () => {
    const walk = new NonceWalk(candidate(20));
    for (let nonce = 0; nonce < 10; nonce++) {
      const attempt = walk.step();
      expect(attempt.nonce).toBe(nonce);
      const expectedHeader = new Uint8Array(walk.candidate.header);
      setHeaderNonce(expectedHeader, nonce);
      expect(attempt.header).toBe(Buffer.from(expectedHeader).toString('hex'));
      expect(attempt.hash).toBe(sha256Hex(hexBytes(attempt.header)));
      // The verdict is the chain's: below the target 2^(256 - difficulty) exactly when the hash is.
      const belowTarget = BigInt(`0x${attempt.hash}`) < 2n ** BigInt(256 - attempt.difficulty);
      expect(attempt.belowTarget).toBe(belowTarget);
      expect(attempt.belowTarget).toBe(attempt.leadingZeroBits >= 20);
    }
    expect(walk.tries).toBe(10);
  });

  it('stops at the first winning nonce, step by step and at full speed alike, with a block the chain accepts', () => {
    const slow = new NonceWalk(candidate(6));
    while (slow.found === null) slow.step();
    expect(() => slow.step()).toThrow();
    const fast = new NonceWalk(slow.candidate);
    let found = null;
    while (found === null) found = fast.searchChunk(7);
    expect(found.nonce).toBe(slow.found.nonce);
    expect(fast.tries).toBe(slow.tries);
    expect(fast.tries).toBe(found.nonce + 1);
    expect(attemptOf(found).belowTarget).toBe(true);
    expect(hexBytes(attemptOf(found).header).subarray(NONCE_OFFSET)).toEqual(found.header.subarray(NONCE_OFFSET));
    // Every block check of the chain passes, proof of work included.
    expect(checkBlock(found, params)).toEqual({ ok: true, value: true });
  });

  it('averages about 2^difficulty tries over many blocks', () => {
    const difficulty = 5;
    const chain = new Blockchain(params);
    const records = [];
    for (let block = 1; block <= 400; block++) {
      const walk = new NonceWalk(candidate(difficulty, NOW + block, chain, []));
      while (walk.searchChunk(1024) === null);
      records.push({ block, difficulty, tries: walk.tries });
    }
    const [summary] = summarizeTries(records);
    expect(summary?.blocks).toBe(400);
    expect(summary?.expectedTries).toBe(32);
    // Tries are geometric with mean 32 and deviation about 31.5: 400 blocks put the mean within ±5 (3 sigma). The
    // candidates are fixed (fixed keys and timestamps), so this is the same 400 blocks on every run.
    expect(Math.abs((summary?.averageTries ?? 0) - 32)).toBeLessThan(5);
  });

  it('sums tries per difficulty, the latest difficulty first', () => {
    const summary = summarizeTries([
      { block: 1, difficulty: 3, tries: 4 },
      { block: 2, difficulty: 3, tries: 12 },
      { block: 3, difficulty: 8, tries: 300 },
    ]);
    expect(summary).toEqual([
      { difficulty: 8, blocks: 1, averageTries: 300, expectedTries: 256 },
      { difficulty: 3, blocks: 2, averageTries: 8, expectedTries: 8 },
    ]);
    expect(summarizeTries([])).toEqual([]);
    expect(expectedTries(0)).toBe(1);
    expect(barShare(8, 3)).toBe(0.5);
    expect(barShare(100, 3)).toBe(1);
  });

  it('reads the difficulty field and clamps the room difficulty into the lesson range', () => {
    expect(parseLessonDifficulty('0')).toBe(0);
    expect(parseLessonDifficulty(' 20 ')).toBe(20);
    for (const bad of ['21', '-1', '1.5', '', 'ten', '007']) expect(parseLessonDifficulty(bad)).toBeNull();
    expect(defaultLessonDifficulty(4)).toBe(4);
    expect(defaultLessonDifficulty(28)).toBe(20);
    expect(defaultLessonDifficulty(-3)).toBe(0);
  });

  it('paces slow speeds by ticks of at least 50 ms and sizes full-speed chunks to about 12 ms', () => {
    expect(tickPlan(1)).toEqual({ intervalMs: 1000, triesPerTick: 1 });
    expect(tickPlan(10)).toEqual({ intervalMs: 100, triesPerTick: 1 });
    expect(tickPlan(200)).toEqual({ intervalMs: 50, triesPerTick: 10 });
    expect(parseSpeed('full')).toBe('full');
    expect(parseSpeed('5')).toBe(5);
    expect(parseSpeed('7')).toBeNull();
    expect(nextChunkSize(4096, 1)).toBe(8192);
    expect(nextChunkSize(4096, 12)).toBe(4096);
    expect(nextChunkSize(4096, 100)).toBe(2048);
    expect(nextChunkSize(1024, 100)).toBe(1024);
    expect(hashRate(1000, 0.5)).toBeNull();
    expect(hashRate(3000, 2)).toBe(1_500_000);
  });

  it('offers each control only where it makes sense', () => {
    expect(controlsFor('ready')).toEqual({
      run: 'start',
      enabled: { run: true, step: true, stop: false, choose: true, again: false },
    });
    expect(controlsFor('running').run).toBe('pause');
    expect(controlsFor('running').enabled).toMatchObject({ step: false, stop: true, choose: false });
    expect(controlsFor('paused')).toMatchObject({ run: 'resume', enabled: { step: true, stop: true } });
    expect(controlsFor('found').enabled).toMatchObject({ again: true, step: false, stop: false, choose: true });
    expect(controlsFor('busy').enabled).toEqual({ run: false, step: false, stop: true, choose: false, again: false });
  });
});
