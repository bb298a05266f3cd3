// The node's writes in Chromium (issue 12, "Saves that batch themselves"; issue 11, finding 3): how far IndexedDB
// falls behind a node auto-mining at difficulty 8, and the owner's newTransaction while a peer floods 2,000
// transactions, against the same call on an idle node in the same run. Measured on the chain bench page
// (store-lag-page.ts), a BlockchainNode over the real IndexedDB store and miner pool; no network.
import type { Page } from '@playwright/test';
import { profiled, withEnvironment } from './browser-node.ts';
import type { ChainBenchApi } from './chain-bench-api.ts';
import { type Measured, round, type Suite, type SuiteContext } from './registry.ts';
import type { StoreLagDetail } from './store-lag-page.ts';

/** A classroom's low difficulty, where the chain grew hundreds of blocks per second (issue 12). */
const LAG_DIFFICULTY = 8;
const FLOOD = 2_000;

type PageMeasure = 'storeLag' | 'floodOwnerTx';
type PageResult = Awaited<ReturnType<ChainBenchApi[PageMeasure]>>;

/** Runs one of the chain bench page's measurements (both take two numbers) and returns what it returned. */
async function onPage<M extends PageMeasure>(
  page: Page,
  method: M,
  args: readonly [number, number],
): Promise<Awaited<ReturnType<ChainBenchApi[M]>>> {
  const result = await page.evaluate<PageResult, readonly [PageMeasure, readonly [number, number]]>(
    ([name, [a, b]]) => {
      const api = (window as { chainBench?: ChainBenchApi }).chainBench;
      if (api === undefined) throw new Error('no chain bench on the page');
      return api[name](a, b);
    },
    [method, args],
  );
  // The page's own method answered: its result has that method's type.
  return result as Awaited<ReturnType<ChainBenchApi[M]>>;
}

async function measure(context: SuiteContext): Promise<Measured[]> {
  const lagRuns = context.quick ? 1 : 3;
  const seconds = context.quick ? 2 : 5;
  const floodRuns = context.quick ? 1 : 3;
  return withEnvironment(context, { signalling: false }, async (env) => {
    const ctx = await env.newContext();
    const page = await ctx.newPage();
    await page.goto(`${env.server.origin}/bench/chain-bench.html`);
    await page.waitForFunction(() => (window as { chainBench?: ChainBenchApi }).chainBench !== undefined);
    const lags = [];
    for (let run = 0; run < lagRuns; run++) {
      // The page's measureStoreLag answers with its details too (store-lag-page.ts).
      const lag = (await profiled(page, `store-lag-${run}`, context, () =>
        onPage(page, 'storeLag', [LAG_DIFFICULTY, seconds]),
      )) as StoreLagDetail;
      const { saveMs, stalls } = lag;
      context.log(
        `store lag run ${run}: ${lag.blocks} blocks (${round(lag.blocksPerSecond, 0)}/s) in ${lag.saves} saves, ` +
          `at most ${lag.lagBlocksMax} blocks and ${round(lag.lagMsMax, 1)} ms behind (that block: ` +
          `${round(lag.worst.queuedMs, 1)} ms before its save began, ${round(lag.worst.saveMs, 1)} ms for the save ` +
          `of ${lag.worst.saveBlocks} blocks, ${round(lag.worstStalledMs, 1)} ms of its wait in event-loop stalls); ` +
          `saves ${round(saveMs.median, 1)} ms median, ${round(saveMs.p90, 1)} p90, ${round(saveMs.max, 1)} max; ` +
          `${stalls.count} stalls of 25 ms or more, ${round(stalls.totalMs, 0)} ms in all, the longest ` +
          `${round(lag.loopGapMsMax, 1)} ms`,
      );
      lags.push(lag);
    }
    const flood = await onPage(page, 'floodOwnerTx', [FLOOD, floodRuns]);
    context.log(
      `flood: idle ${flood.idleMs.map((ms) => round(ms, 1)).join(' ')} ms, flooded ${flood.floodedMs
        .map((ms) => round(ms, 1))
        .join(' ')} ms; admitted ${flood.admitted.join(' ')} of ${FLOOD}`,
    );
    await ctx.close();
    return [
      {
        id: 'store_lag_blocks_max',
        unit: 'blocks',
        description: `a node auto-mining at ?difficulty=${LAG_DIFFICULTY} for ${seconds} s: the most admitted blocks IndexedDB lacked`,
        runs: lags.map((lag) => lag.lagBlocksMax),
      },
      {
        id: 'store_lag_ms_max',
        unit: 'ms',
        description: 'the same runs: the longest from a block admitted to the save carrying it committed (goal < 100)',
        runs: lags.map((lag) => round(lag.lagMsMax, 1)),
      },
      {
        id: 'flood_owner_tx_ms',
        unit: 'ms',
        description: `the owner's newTransaction while a peer floods ${FLOOD} zero-amount records from fresh keys`,
        runs: flood.floodedMs.map((ms) => round(ms, 1)),
      },
      {
        id: 'idle_owner_tx_ms',
        unit: 'ms',
        description: "the owner's newTransaction on an idle node, same page and run (the flood figure's baseline)",
        runs: flood.idleMs.map((ms) => round(ms, 1)),
      },
    ];
  });
}

export const storeLagSuite: Suite = { id: 'store-lag', where: 'chromium', run: measure };
