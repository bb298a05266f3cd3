// validate_10k_ms: the seed's valid_chain on a 10,000-block chain with one signed transaction per block, as a late
// joiner would check a peer's {chain, length}. The chain is built once and cached under node_modules/.cache.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type Block,
  createBlock,
  createCoinbase,
  createGenesisBlock,
  createNetworkParams,
  createTransaction,
  exportChain,
  GENESIS_TIMESTAMP,
  keyPairFromSecret,
  mineBlock,
  type NetworkParams,
  type Transaction,
  validChain,
} from '../src/core/index.ts';
import { type Measured, repeat, round, type Suite, type SuiteContext } from './registry.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CHAIN_BLOCKS = 10_000;
const CACHE_FILE = join(ROOT, 'node_modules', '.cache', 'browser-blockchain-bench', `chain-${CHAIN_BLOCKS}.json`);
/** Difficulty 4: 16 hashes a block, so building the chain is dominated by signing, not mining. */
const PARAMS: NetworkParams = createNetworkParams('bench-validate', {
  difficulty: 4,
  minDifficulty: 1,
  retarget: null,
});
const BLOCK_INTERVAL_MS = 10_000;
/** After the last block's timestamp: no block is "in the future". */
const NOW = GENESIS_TIMESTAMP + (CHAIN_BLOCKS + 10) * BLOCK_INTERVAL_MS;

const alice = keyPairFromSecret(new Uint8Array(32).fill(1));
const bob = keyPairFromSecret(new Uint8Array(32).fill(2));

/** Alice mines every block and, from block 3 on (she has her first reward), pays Bob 1 in each. */
function buildChain(): Block[] {
  const blocks: Block[] = [createGenesisBlock(PARAMS)];
  for (let index = 2; index <= CHAIN_BLOCKS; index++) {
    const parent = blocks[blocks.length - 1] as Block;
    const timestamp = GENESIS_TIMESTAMP + index * BLOCK_INTERVAL_MS;
    const payments: Transaction[] =
      index >= 3
        ? [createTransaction(alice, { recipient: bob.address, amount: 1, timestamp, nonce: index }, PARAMS)]
        : [];
    const coinbase = createCoinbase({ recipient: alice.address, amount: PARAMS.reward, index, timestamp });
    const template = createBlock({
      index,
      timestamp,
      previousHash: parent.hash,
      difficulty: PARAMS.difficulty,
      nonce: 0,
      transactions: [coinbase, ...payments],
    });
    const mined = mineBlock(template);
    if (mined === null) throw new Error(`block ${index}: nonce space exhausted`);
    blocks.push(mined);
  }
  return blocks;
}

async function buildAndCache(context: SuiteContext): Promise<string> {
  context.log(`building a ${CHAIN_BLOCKS}-block chain (once; cached in ${CACHE_FILE})`);
  const started = performance.now();
  const text = JSON.stringify(exportChain(buildChain()));
  context.log(`built in ${round((performance.now() - started) / 1000, 1)} s`);
  await mkdir(dirname(CACHE_FILE), { recursive: true });
  await writeFile(CACHE_FILE, text);
  return text;
}

/** Milliseconds `validChain` takes on the chain's text; throws if the chain is invalid. */
function timeValidation(text: string): number {
  const json: unknown = JSON.parse(text);
  const started = performance.now();
  const result = validChain(json, PARAMS, NOW);
  const ms = performance.now() - started;
  if (!result.ok) throw new Error(`the bench chain is invalid: ${result.code} ${result.detail}`);
  return round(ms, 1);
}

async function measure(context: SuiteContext): Promise<Measured[]> {
  let text = existsSync(CACHE_FILE) ? await readFile(CACHE_FILE, 'utf8') : await buildAndCache(context);
  const runs = await repeat(context.quick ? 1 : 3, async (run) => {
    try {
      return timeValidation(text);
    } catch (error) {
      // A cache from before a change of the chain format: build it again, once.
      if (run > 0) throw error;
      context.log(`cached chain refused (${(error as Error).message}): building it again`);
      text = await buildAndCache(context);
      return timeValidation(text);
    }
  });
  context.log(`validate_10k_ms: ${runs.join(' ')} ms`);
  return [
    {
      id: 'validate_10k_ms',
      unit: 'ms',
      description: `validChain on an exported ${CHAIN_BLOCKS}-block chain, one Ed25519-signed payment a block (Node)`,
      runs,
    },
  ];
}

export const validateChainSuite: Suite = { id: 'validate-chain', where: 'node', run: measure };
