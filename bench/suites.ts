// Every benchmark `npm run bench` runs, in order, and the ratios it prints. A new figure (e.g. cold_start_10k_ms in
// Chromium) is a new Suite in its own file plus one line here; results.json and the table pick it up.
import { browserMiningSuite } from './browser-mining.ts';
import { nodeHashingSuite } from './node-hashing.ts';
import type { Ratio, Suite } from './registry.ts';
import { validateChainSuite } from './validate-chain.ts';

export const SUITES: readonly Suite[] = [nodeHashingSuite, browserMiningSuite, validateChainSuite];

export const RATIOS: readonly Ratio[] = [
  {
    id: 'kernel_vs_native',
    description: "the miner's kernel in Node / node:crypto per nonce, same header, one core (goal ≥ 0.25)",
    numerator: 'hashrate_kernel_node_mhs',
    denominator: 'hashrate_native_mhs',
  },
  {
    id: 'kernel_browser_vs_native',
    description: 'one Chromium worker / node:crypto per nonce in Node (goal ≥ 0.25)',
    numerator: 'hashrate_kernel_mhs',
    denominator: 'hashrate_native_mhs',
  },
  {
    id: 'kernel_vs_native_compressions',
    description: "the miner's kernel in Node / native SHA-256 compressions (SHA-NI): the hardware's ceiling",
    numerator: 'hashrate_kernel_node_mhs',
    denominator: 'hashrate_native_compressions_mhs',
  },
  {
    id: 'kernel_js_vs_native',
    description: "the core's JS kernel / node:crypto per nonce, in Node",
    numerator: 'hashrate_kernel_js_node_mhs',
    denominator: 'hashrate_native_mhs',
  },
  {
    id: 'kernel_simd_vs_js',
    description: 'WebAssembly SIMD kernel / JS kernel, in Node',
    numerator: 'hashrate_kernel_node_mhs',
    denominator: 'hashrate_kernel_js_node_mhs',
  },
  {
    id: 'kernel_vs_seed_style',
    description: "one Chromium worker / the seed's JSON mining on a Chromium page",
    numerator: 'hashrate_kernel_mhs',
    denominator: 'hashrate_seed_style_browser_mhs',
  },
  {
    id: 'pool_scaling_2_workers',
    description: 'pool of 2 / pool of 1, wall clock in Chromium (2.0 is linear; this machine has 2 cores)',
    numerator: 'hashrate_pool_2_workers_mhs',
    denominator: 'hashrate_pool_1_worker_mhs',
  },
  {
    id: 'pool_efficiency_1_worker',
    description: "a pool of 1's wall-clock rate / its worker's own hashing rate: what messaging and pacing cost",
    numerator: 'hashrate_pool_1_worker_mhs',
    denominator: 'hashrate_kernel_mhs',
  },
];
