// The mining pool in real Chromium workers (Comlink, WebAssembly SIMD), through the bench page: it mines blocks the
// core accepts, stops on abort, and resizes while mining. Speeds are for `npm run bench`, never asserted here.

import type { Page } from '@playwright/test';
import { startBenchPageServer } from '../../bench/bench-page-server.ts';
import { benchTemplate } from '../../bench/fixtures.ts';
import type { MinerBenchApi } from '../../bench/miner-bench-api.ts';
import { meetsDifficulty, withNonce } from '../../src/core/index.ts';
import { test as base, expect } from './fixtures.ts';

/** The bench page is built once per Playwright worker into a temporary folder and served on its own port. */
const test = base.extend<{ benchPage: Page }, { benchUrl: string }>({
  benchUrl: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright requires an object pattern for a fixture's first argument.
    async ({}, use) => {
      const server = await startBenchPageServer();
      try {
        await use(server.url);
      } finally {
        await server.close();
      }
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  benchPage: async ({ newNodePage, benchUrl }, use) => {
    const page = await newNodePage();
    await page.goto(benchUrl);
    await page.waitForFunction(() => window.minerBench !== undefined);
    await use(page);
  },
});

/** The page's api; only inside `page.evaluate`, where it is defined once the page is ready. */
declare const minerBench: MinerBenchApi;

test('a worker mines a block that the core, in Node, finds valid', async ({ benchPage }) => {
  const mined = await benchPage.evaluate(() => minerBench.mineOnce(16));
  const block = withNonce(benchTemplate(16), mined.nonce);
  expect(block.hash).toBe(mined.hash);
  expect(meetsDifficulty(block)).toBe(true);
});

test('workers hash with the WebAssembly SIMD kernel and report their rate', async ({ benchPage }) => {
  // Progress is reported at most every 250 ms: mine long enough for several reports even on a loaded machine.
  const run = await benchPage.evaluate(() => minerBench.hashRate(1, 1500));
  expect(run.kernel).toBe('wasm-simd');
  expect(run.noncesTried).toBeGreaterThan(0);
  expect(run.reportedHashRate).toBeGreaterThan(0);
});

test('an abort resolves the mining call, and then every worker stops', async ({ benchPage }) => {
  // How fast is `npm run bench`'s abort_resolve_ms and abort_idle_ms; here only that both happen, in that order.
  const latency = await benchPage.evaluate(() => minerBench.abortLatency(300));
  expect(Number.isFinite(latency.idleMs)).toBe(true);
  expect(latency.resolveMs).toBeLessThanOrEqual(latency.idleMs);
});

test('the worker count changes while mining', async ({ benchPage }) => {
  const seen = await benchPage.evaluate(() => minerBench.resizeWhileMining(1, 2, 20_000));
  expect(seen).toContain(1);
  expect(seen[seen.length - 1]).toBe(2);
});
