// The chain bench page: served on the app's own origin (bench-page-server.ts with `app: true`), so what it writes
// into IndexedDB is what an app tab of the same node id loads. Exposed as `window.chainBench` for the Chromium suites.
import { type Block, Blockchain, parseChain } from '../src/core/index.ts';
import { validateChain } from '../src/node/chain-validation.ts';
import { createSignatureVerifier, nobleVerifier } from '../src/node/signature-verifier.ts';
import { openIndexedDbStore } from '../src/storage/index.ts';
import type { ChainBenchApi } from './chain-bench-api.ts';
import { BENCH_CHAIN_PARAMS, CHAIN_NOW } from './fixtures.ts';
import { measureFloodOwnerTx, measureStoreLag } from './store-lag-page.ts';

/** As BlockchainNode.open: stored blocks were validated when they arrived, so today's clock does not matter. */
const TRUSTED_LOAD_CLOCK = Number.MAX_SAFE_INTEGER;

async function fetchBlocks(chainUrl: string): Promise<Block[]> {
  const response = await fetch(chainUrl);
  if (!response.ok) throw new Error(`GET ${chainUrl}: ${response.status}`);
  const parsed = parseChain(await response.json(), BENCH_CHAIN_PARAMS);
  if (!parsed.ok) throw new Error(`the bench chain does not parse: ${parsed.code} ${parsed.detail}`);
  return parsed.value;
}

const api: ChainBenchApi = {
  async storeChain(nodeId, chainUrl) {
    const blocks = (await fetchBlocks(chainUrl)).slice(1);
    const tip = blocks.at(-1);
    if (tip === undefined) throw new Error('the bench chain has only its genesis block');
    const store = await openIndexedDbStore({ network: BENCH_CHAIN_PARAMS.name, nodeId });
    try {
      const started = performance.now();
      await store.saveBlocks(blocks, tip.hash);
      return { blocks: blocks.length, tipHash: tip.hash, saveMs: performance.now() - started };
    } finally {
      store.close();
    }
  },

  async loadSplit(nodeId) {
    const t0 = performance.now();
    const store = await openIndexedDbStore({ network: BENCH_CHAIN_PARAMS.name, nodeId });
    try {
      const t1 = performance.now();
      const stored = await store.load();
      const t2 = performance.now();
      const chain = new Blockchain(BENCH_CHAIN_PARAMS);
      for (const block of stored.blocks) {
        if (block.hash === chain.genesis.hash) continue;
        chain.addBlock(block, { now: TRUSTED_LOAD_CLOCK, stored: true });
      }
      const t3 = performance.now();
      return { openMs: t1 - t0, loadMs: t2 - t1, rebuildMs: t3 - t2, height: chain.height };
    } finally {
      store.close();
    }
  },

  async validate(chainUrl) {
    const response = await fetch(chainUrl);
    const json: unknown = await response.json();
    const verifier = await createSignatureVerifier();
    const started = performance.now();
    const result = await validateChain(json, BENCH_CHAIN_PARAMS, CHAIN_NOW, verifier);
    const ms = performance.now() - started;
    if (!result.ok) throw new Error(`the bench chain is invalid here: ${result.code} ${result.detail}`);
    const startedAt = performance.timeOrigin + started;
    return { ms, startedAt, verifier: verifier === nobleVerifier ? 'noble' : 'webcrypto', height: result.value.height };
  },

  storeLag: measureStoreLag,
  floodOwnerTx: measureFloodOwnerTx,
};

window.chainBench = api;
const status = document.getElementById('status');
if (status) status.textContent = 'ready';
