// validate_10k_ms: the seed's valid_chain on a 10,000-block chain with one signed transaction per block, as a late
// joiner would check a peer's {chain, length}; validate_10k_batched_ms: the same through the node's validateChain,
// every signature checked in one WebCrypto batch. The chain is built once and cached under node_modules/.cache; the
// Chromium suites (cold-start.ts, growth.ts, sync.ts) reuse it.
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
/** Where the bench chain of `blocks` blocks is cached (its first blocks are the same whatever its length). */
export function chainCacheFile(blocks: number): string {
  return join(ROOT, 'node_modules', '.cache', 'browser-blockchain-bench', `chain-${blocks}.json`);
}
export const CACHE_FILE = chainCacheFile(CHAIN_BLOCKS);

/** Alice mines every block and, from block 3 on (she has her first reward), pays Bob 1 in each. */
function buildChain(length: number): Block[] {
  const blocks: Block[] = [createGenesisBlock(PARAMS)];
  for (let index = 2; index <= length; index++) {
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

async function buildAndCache(context: SuiteContext, length: number): Promise<string> {
  const file = chainCacheFile(length);
  context.log(`building a ${length}-block chain (once; cached in ${file})`);
  const started = performance.now();
  const text = JSON.stringify(exportChain(buildChain(length)));
  context.log(`built in ${round((performance.now() - started) / 1000, 1)} s`);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text);
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

/** The cached chain's text (`length` blocks), built (and cached) first if missing or refused by today's core. */
export async function benchChainText(context: SuiteContext, length = CHAIN_BLOCKS): Promise<string> {
  const file = chainCacheFile(length);
  if (existsSync(file)) {
    const text = await readFile(file, 'utf8');
    // A structural check only (parseChain: format, genesis); the timed runs check every rule and throw otherwise.
    const result = parseChain(JSON.parse(text), PARAMS);
    if (result.ok && result.value.length === length) return text;
    // A cache from before a change of the chain format: build it again.
    context.log('cached chain refused by parseChain: building it again');
  }
  return buildAndCache(context, length);
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
