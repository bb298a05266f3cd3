// Mining figures in headless Chromium: the bench page's pools on real workers, driven through window.minerBench.
// Launched with the browser tests' own Chromium flags (playwright.config.ts), inside the same network namespace.
import { type Browser, chromium, type Page } from '@playwright/test';
import playwrightConfig from '../playwright.config.ts';
import { startBenchPageServer } from './bench-page-server.ts';
import type { HashRateRun, MinerBenchApi } from './miner-bench-api.ts';
import { type Measured, megahashes, repeat, round, type Suite, type SuiteContext } from './registry.ts';

/** The page's api; only inside `page.evaluate`. */
declare const minerBench: MinerBenchApi;

function launchArgs(): string[] {
  return [...(playwrightConfig.projects?.[0]?.use?.launchOptions?.args ?? [])];
}

async function hashRateRuns(page: Page, workers: number, runs: number, ms: number): Promise<HashRateRun[]> {
  const results: HashRateRun[] = [];
  for (let run = 0; run < runs; run++) {
    results.push(await page.evaluate(([w, t]) => minerBench.hashRate(w, t), [workers, ms] as const));
  }
  return results;
}

async function measureOnPage(page: Page, context: SuiteContext): Promise<Measured[]> {
  const runs = context.quick ? 2 : 5;
  const ms = context.quick ? 400 : 2000;
  const defaultWorkers = await page.evaluate(() => minerBench.defaultWorkers);
  context.noteEnvironment('chromium_default_workers', String(defaultWorkers));
  const byWorkers = new Map<number, HashRateRun[]>();
  for (const workers of new Set([1, 2, defaultWorkers])) {
    const results = await hashRateRuns(page, workers, runs, ms);
    byWorkers.set(workers, results);
    const kernels = new Set(results.map((r) => r.kernel));
    context.log(
      `pool of ${workers}: ${results.map((r) => megahashes(r.wallHashRate)).join(' ')} MH/s (${[...kernels]})`,
    );
  }
  const wall = (workers: number) => (byWorkers.get(workers) ?? []).map((r) => megahashes(r.wallHashRate));
  const kernel = (byWorkers.get(1) ?? []).map((r) => megahashes(r.kernelHashRate));

  const seedStyle = await repeat(runs, async () =>
    megahashes(await page.evaluate((t) => minerBench.seedStyleRate(t), context.quick ? 250 : 1000)),
  );
  const aborts = await repeat(context.quick ? 3 : 9, () => page.evaluate(() => minerBench.abortLatency(500)));
  context.log(`abort: ${aborts.map((a) => `${round(a.resolveMs, 1)}/${round(a.idleMs, 1)}`).join(' ')} ms`);

  return [
    {
      id: 'hashrate_kernel_mhs',
      unit: 'MH/s',
      description: "one worker's hashing rate inside the worker (its own clock), WebAssembly SIMD",
      runs: kernel,
    },
    {
      id: 'hashrate_pool_mhs',
      unit: 'MH/s',
      description: `the default pool (hardwareConcurrency - 1 = ${defaultWorkers} workers), wall clock`,
      runs: wall(defaultWorkers),
    },
    { id: 'hashrate_pool_1_worker_mhs', unit: 'MH/s', description: 'a pool of 1 worker, wall clock', runs: wall(1) },
    { id: 'hashrate_pool_2_workers_mhs', unit: 'MH/s', description: 'a pool of 2 workers, wall clock', runs: wall(2) },
    {
      id: 'hashrate_seed_style_browser_mhs',
      unit: 'MH/s',
      description: "the seed's JSON-per-proof mining with @noble/hashes on the page's thread",
      runs: seedStyle,
    },
    {
      id: 'abort_resolve_ms',
      unit: 'ms',
      description: 'default pool: from abort() to mine() resolving null',
      runs: aborts.map((a) => round(a.resolveMs, 2)),
    },
    {
      id: 'abort_idle_ms',
      unit: 'ms',
      description: 'default pool: from abort() to every worker idle (hashing really stopped)',
      runs: aborts.map((a) => round(a.idleMs, 2)),
    },
  ];
}

async function measure(context: SuiteContext): Promise<Measured[]> {
  if (context.chromePath === undefined) throw new Error('no Chromium: run the bench through `npm run bench`');
  const server = await startBenchPageServer();
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({ executablePath: context.chromePath, args: launchArgs() });
    context.noteEnvironment('chromium', browser.version());
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => window.minerBench !== undefined);
    return await measureOnPage(page, context);
  } finally {
    await browser?.close();
    await server.close();
  }
}

export const browserMiningSuite: Suite = { id: 'browser-mining', where: 'chromium', run: measure };
