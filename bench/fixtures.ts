// What the hashing benchmarks hash, the same in Node and in the bench page: a block template on a fixed network,
// and the seed's way of mining it (the JSON of the whole block hashed per proof).
import { sha256 } from '@noble/hashes/sha2.js';
import {
  type Block,
  Blockchain,
  type BlockJson,
  blockToJson,
  bytesToHex,
  createBlockTemplate,
  createNetworkParams,
  GENESIS_TIMESTAMP,
  keyPairFromSecret,
  Mempool,
  type NetworkParams,
} from '../src/core/index.ts';

/** No hash has 60 leading zero bits in any benchmark's few hundred million tries: mining runs until stopped. */
export const UNREACHABLE_DIFFICULTY = 60;
const BENCH_MINER = keyPairFromSecret(new Uint8Array(32).fill(42));

/** A template for block 2 of the "bench" network at `difficulty`: deterministic, so Node can check a page's block. */
export function benchTemplate(difficulty: number): Block {
  const params = createNetworkParams('bench', { difficulty, minDifficulty: 0, retarget: null });
  const chain = new Blockchain(params);
  return createBlockTemplate(chain, new Mempool(chain), {
    minerAddress: BENCH_MINER.address,
    now: GENESIS_TIMESTAMP + 60_000,
    coinbaseInfo: 'bench',
  });
}

/**
 * The seed's proof of work, as the Flask tutorial mines: the block as JSON with the candidate proof, SHA-256 of its
 * UTF-8, the hex digest compared with a prefix of zeros. Returns hashes per second over about `ms`.
 */
export function seedStyleRate(block: BlockJson, ms: number, now: () => number): number {
  const encoder = new TextEncoder();
  const target = '0'.repeat(16); // never met: the loop runs for the whole time
  const started = now();
  let proof = 0;
  let elapsed = 0;
  while (elapsed < ms) {
    // The clock is read every 256 hashes: its cost stays under 1% of the loop.
    for (let i = 0; i < 256; i++, proof++) {
      const digest = bytesToHex(sha256(encoder.encode(JSON.stringify({ ...block, proof }))));
      if (digest.startsWith(target)) return Number.POSITIVE_INFINITY;
    }
    elapsed = now() - started;
  }
  return (proof / elapsed) * 1000;
}

export function benchTemplateJson(): BlockJson {
  return blockToJson(benchTemplate(UNREACHABLE_DIFFICULTY));
}

// The bench chain (bench/validate-chain.ts builds and caches it; the Chromium node suites store it in a tab): 10,000
// blocks mined by Alice, each from block 3 on with one signed payment of 1 to Bob.
export const CHAIN_BLOCKS = 10_000;
export const BENCH_CHAIN_ROOM = 'bench-validate';
/** Difficulty 4: 16 hashes a block, so building the chain is dominated by signing, not mining. */
export const BENCH_CHAIN_DIFFICULTY = 4;
/** The app's `?room=bench-validate&difficulty=4` makes the same parameters (src/ui/room.ts), so the same genesis. */
export const BENCH_CHAIN_PARAMS: NetworkParams = createNetworkParams(BENCH_CHAIN_ROOM, {
  difficulty: BENCH_CHAIN_DIFFICULTY,
  minDifficulty: 1,
  retarget: null,
});
export const BLOCK_INTERVAL_MS = 10_000;
/** After the last block's timestamp: no block is "in the future". */
export const CHAIN_NOW = GENESIS_TIMESTAMP + (CHAIN_BLOCKS + 10) * BLOCK_INTERVAL_MS;
export const alice = keyPairFromSecret(new Uint8Array(32).fill(1));
export const bob = keyPairFromSecret(new Uint8Array(32).fill(2));
/** Bob's balance on a node that has the whole bench chain as its main chain: a cheap "synced" test. */
export const BOB_FULL_BALANCE = CHAIN_BLOCKS - 2;
