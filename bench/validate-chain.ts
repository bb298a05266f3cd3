// validate_10k_ms: the seed's valid_chain on a 10,000-block chain with one signed transaction per block, as a late
// joiner would check a peer's {chain, length}; validate_10k_batched_ms: the same through the node's validateChain,
// every signature checked in one WebCrypto batch. The chain is built once and cached under node_modules/.cache; the
// Chromium suites (browser-node.ts) reuse it.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type Block,
  createGenesisBlock,
  createTransaction,
  exportChain,
  GENESIS_TIMESTAMP,
  mineChildBlock,
  parseChain,
  type Transaction,
  validChain,
} from '../src/core/index.ts';
import { validateChain } from '../src/node/chain-validation.ts';
import { createSignatureVerifier } from '../src/node/signature-verifier.ts';
import {
  alice,
  BLOCK_INTERVAL_MS,
  bob,
  CHAIN_BLOCKS,
  CHAIN_NOW as NOW,
  BENCH_CHAIN_PARAMS as PARAMS,
} from './fixtures.ts';
import { type Measured, repeat, round, type Suite, type SuiteContext } from './registry.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CACHE_FILE = join(
  ROOT,
  'node_modules',
  '.cache',
  'browser-blockchain-bench',
  `chain-${CHAIN_BLOCKS}.json`,
);

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
    const mined = mineChildBlock({
      parent,
      minerAddress: alice.address,
      reward: PARAMS.reward,
      timestamp,
      difficulty: PARAMS.difficulty,
      transactions: payments,
    });
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

/** The cached chain's text, built (and cached) first if missing or refused by today's core. */
export async function benchChainText(context: SuiteContext): Promise<string> {
  if (existsSync(CACHE_FILE)) {
    const text = await readFile(CACHE_FILE, 'utf8');
    // A structural check only (parseChain: format, genesis); the timed runs check every rule and throw otherwise.
    const result = parseChain(JSON.parse(text), PARAMS);
    if (result.ok && result.value.length === CHAIN_BLOCKS) return text;
    // A cache from before a change of the chain format: build it again.
    context.log('cached chain refused by parseChain: building it again');
  }
  return buildAndCache(context);
}

/** Milliseconds the node's validateChain (signatures in one batch) takes; throws if the chain is invalid. */
async function timeBatchedValidation(text: string): Promise<number> {
  const json: unknown = JSON.parse(text);
  // Made outside the timing, as a node makes it once at start (its probe is one WebCrypto verify).
  const verifier = await createSignatureVerifier();
  const started = performance.now();
  const result = await validateChain(json, PARAMS, NOW, verifier);
  const ms = performance.now() - started;
  if (!result.ok) throw new Error(`the bench chain is invalid (batched): ${result.code} ${result.detail}`);
  return round(ms, 1);
}

async function measure(context: SuiteContext): Promise<Measured[]> {
  const text = await benchChainText(context);
  const runs = await repeat(context.quick ? 1 : 3, () => timeValidation(text));
  context.log(`validate_10k_ms: ${runs.join(' ')} ms`);
  const batched = await repeat(context.quick ? 1 : 3, () => timeBatchedValidation(text));
  context.log(`validate_10k_batched_ms: ${batched.join(' ')} ms`);
  return [
    {
      id: 'validate_10k_ms',
      unit: 'ms',
      description: `validChain on an exported ${CHAIN_BLOCKS}-block chain, one Ed25519-signed payment a block (Node)`,
      runs,
    },
    {
      id: 'validate_10k_batched_ms',
      unit: 'ms',
      description: `the node's validateChain on the same chain, every signature in one WebCrypto Ed25519 batch (Node)`,
      runs: batched,
    },
  ];
}

export const validateChainSuite: Suite = { id: 'validate-chain', where: 'node', run: measure };
