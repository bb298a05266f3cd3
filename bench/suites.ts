// Every benchmark `npm run bench` runs, in order, and the ratios it prints. A new figure (e.g. cold_start_10k_ms in
// Chromium) is a new Suite in its own file plus one line here; results.json and the table pick it up.
import { browserMiningSuite } from './browser-mining.ts';
import { classroomSuite } from './classroom.ts';
import { coldStartSuite } from './cold-start.ts';
import { firefoxReadySuite } from './firefox.ts';
import { growthSuite } from './growth.ts';
import { nodeHashingSuite } from './node-hashing.ts';
import { phoneSuite } from './phone.ts';
import { propagationSuite } from './propagation.ts';
import type { Goal, Ratio, Suite } from './registry.ts';
import { relaySuite } from './relay.ts';
import { relinkSuite } from './relink.ts';
import { sizeSuite } from './size.ts';
import { storeLagSuite } from './store-lag.ts';
import { browserValidateSuite, lanSyncSuite, syncSuite } from './sync.ts';
import { validateChainSuite } from './validate-chain.ts';

export const SUITES: readonly Suite[] = [
  nodeHashingSuite,
  browserMiningSuite,
  validateChainSuite,
  browserValidateSuite,
  coldStartSuite,
  growthSuite,
  propagationSuite,
  syncSuite,
  lanSyncSuite,
  storeLagSuite,
  firefoxReadySuite,
  phoneSuite,
  classroomSuite,
  relaySuite,
  relinkSuite,
  sizeSuite,
];

/** The targets: each is printed met or unmet after the table and kept in results.json. */
export const GOALS: readonly Goal[] = [
  { figure: 'cold_start_10k_ms', below: 1_000 },
  { figure: 'propagation_8_tabs_ms', below: 50 },
  { figure: 'sync_10k_ms', below: 5_000 },
  { figure: 'abort_resolve_ms', below: 50 },
  { figure: 'store_lag_ms_max', below: 100 },
  { figure: 'phone_input_delay_ms', below: 100 },
  { figure: 'relink_after_restart_ms', below: 2_000 },
  { figure: 'first_visit_js_gzip_kb', below: 80 },
  { figure: 'heap_100k_mb', below: 100 },
];

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
    id: 'validate_batched_speedup',
    description:
      "validChain (noble, one by one) / the node's validateChain (WebCrypto batch), in Node: what batching buys",
    numerator: 'validate_10k_ms',
    denominator: 'validate_10k_batched_ms',
  },
  {
    id: 'validate_browser_vs_node_batched',
    description: 'validateChain on a Chromium page / the same in Node (both WebCrypto batches)',
    numerator: 'validate_10k_browser_ms',
    denominator: 'validate_10k_batched_ms',
  },
  {
    id: 'cold_start_1k_vs_empty',
    description: 'growth: a 1,000-block tab ready / a new node ready, same run',
    numerator: 'cold_start_1k_ms',
    denominator: 'cold_start_empty_growth_ms',
  },
  {
    id: 'cold_start_10k_growth_vs_empty',
    description: 'growth: a 10,000-block tab ready / a new node ready, same run',
    numerator: 'cold_start_10k_growth_ms',
    denominator: 'cold_start_empty_growth_ms',
  },
  {
    id: 'cold_start_100k_vs_empty',
    description: 'growth: a 100,000-block tab ready / a new node ready, same run (goal ≤ 1.3)',
    numerator: 'cold_start_100k_ms',
    denominator: 'cold_start_empty_growth_ms',
  },
  {
    id: 'sync_vs_validate_browser',
    description:
      'a fresh tab syncing 10,000 blocks from a tab / the same page validating that chain, in Chromium (goal ≤ 1.2)',
    numerator: 'sync_10k_ms',
    denominator: 'validate_10k_browser_ms',
  },
  {
    id: 'sync_lan_vs_sync',
    description: 'a sync on plain http at a LAN address (noble in workers) / the same sync on loopback (WebCrypto)',
    numerator: 'sync_10k_lan_ms',
    denominator: 'sync_10k_ms',
  },
  {
    id: 'sync_cpu_vs_validate_browser_cpu',
    description: "the machine's CPU time during the sync / during the page's validation of the same chain",
    numerator: 'sync_10k_cpu_ms',
    denominator: 'validate_10k_browser_cpu_ms',
  },
  {
    id: 'sync_floor_vs_validate_browser',
    description:
      "the sync's CPU time over this machine's cores / the page's validation: the lowest sync_vs_validate_browser the sync's work allows here",
    numerator: 'sync_10k_cpu_floor_ms',
    denominator: 'validate_10k_browser_ms',
  },
  {
    id: 'sync_10k_vs_1k',
    description: 'sync of 10,000 blocks / of 1,000 (sync and growth suites, one run): 10 is linear',
    numerator: 'sync_10k_ms',
    denominator: 'sync_1k_ms',
  },
  {
    id: 'sync_100k_vs_10k',
    description: 'sync of 100,000 blocks / of 10,000 (growth and sync suites, one run): 10 is linear',
    numerator: 'sync_100k_ms',
    denominator: 'sync_10k_ms',
  },
  {
    id: 'cold_start_rebuild_share',
    description: "chain rebuild / the whole cold start: how much of a returning tab's start is the Blockchain rebuild",
    numerator: 'cold_start_10k_rebuild_ms',
    denominator: 'cold_start_10k_ms',
  },
  {
    id: 'cold_start_idb_share',
    description: 'IndexedDB open + load / the whole cold start',
    numerator: 'cold_start_10k_idb_load_ms',
    denominator: 'cold_start_10k_ms',
  },
  {
    id: 'sync_vs_validate_batched',
    description:
      'a 10,000-block sync between tabs / validating the same chain in Node: the transfer and storage overhead',
    numerator: 'sync_10k_ms',
    denominator: 'validate_10k_batched_ms',
  },
  {
    id: 'flood_owner_tx_vs_idle',
    description: "the owner's newTransaction during a 2,000-transaction flood / the same on an idle node (goal ≤ 2)",
    numerator: 'flood_owner_tx_ms',
    denominator: 'idle_owner_tx_ms',
  },
  {
    id: 'pool_efficiency_1_worker',
    description: "a pool of 1's wall-clock rate / its worker's own hashing rate: what messaging and pacing cost",
    numerator: 'hashrate_pool_1_worker_mhs',
    denominator: 'hashrate_kernel_mhs',
  },
  {
    id: 'firefox_vs_chromium_ready',
    description: 'a new node ready in Firefox ESR / the same page in Chromium, in turns in one run',
    numerator: 'firefox_ready_ms',
    denominator: 'chromium_ready_ms',
  },
  {
    id: 'relay_vs_direct_throughput',
    description:
      "16 KiB frames page to page: through the server's WebSocket relay / over a WebRTC data channel, in turns",
    numerator: 'relay_throughput_mb_s',
    denominator: 'direct_throughput_mb_s',
  },
  {
    id: 'relink_vs_first_link',
    description: "a crashed page's node reopened, its ready to linked both ways / the same pages' first link",
    numerator: 'relink_after_restart_ms',
    denominator: 'first_link_ms',
  },
];
