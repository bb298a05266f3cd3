// The genesis block, derived from the network parameters alone: every node of a room computes the same one, and
// rooms with different names or rules never share a chain (the seed dated its genesis with the clock, so no two
// nodes agreed).
import { type Block, createBlock, ZERO_HASH } from './block.ts';
import type { NetworkParams } from './params.ts';
import { paramsFingerprint } from './params.ts';
import { createCoinbase } from './transaction.ts';

/** 2026-01-01T00:00:00Z: fixed, so the genesis hash depends on the parameters only. */
export const GENESIS_TIMESTAMP = 1_767_225_600_000;
export const GENESIS_RECIPIENT = '0'.repeat(40);

export function createGenesisBlock(params: NetworkParams): Block {
  const record = createCoinbase({
    recipient: GENESIS_RECIPIENT,
    amount: 0,
    index: 1,
    timestamp: GENESIS_TIMESTAMP,
    info: `genesis;${paramsFingerprint(params)}`,
  });
  return createBlock({
    index: 1,
    timestamp: GENESIS_TIMESTAMP,
    previousHash: ZERO_HASH,
    difficulty: params.difficulty,
    nonce: 0,
    transactions: [record],
  });
}
