// How a node's start and memory grow with its history (issue 16, "Growth"): a new tab of a node whose IndexedDB holds
// 1,000, 10,000 and 100,000 blocks of the bench chain, against a new node with nothing stored, all in one run so the
// curve is measured side by side. Each size is a node of its own in a context of its own (the device resumes its
// most recently used node, so sizes must not share one), stored through the chain bench page as cold-start does.

import { benchNodeId, type Environment, settleStoredNode, storeBenchChain, withEnvironment } from './browser-node.ts';
import { type TabStart, timeTabStart } from './cold-start.ts';
import { type Measured, median, round, type Suite, type SuiteContext } from './registry.ts';
import { timeSyncs } from './sync.ts';
import { benchChainText, chainCacheFile } from './validate-chain.ts';

/** The sizes of the curve; 10,000 is also cold-start's own figure, measured there with more runs. */
const SIZES = [1_000, 10_000, 100_000] as const;
/** Sync's curve: 10,000 is the sync suite's own figure. */
const SYNC_SIZES = [1_000, 100_000] as const;

/** Bob is paid 1 in every block from the third on: his balance says the tab holds the whole chain. */
const bobBalance = (blocks: number) => blocks - 2;

const label = (blocks: number) => `${blocks / 1000}k`;

async function startsOf(
  env: Environment,
  context: SuiteContext,
  blocks: number | null,
  runs: number,
): Promise<TabStart[]> {
  const ctx = await env.newContext();
  try {
    const nodeId = blocks === null ? null : benchNodeId();
    if (blocks !== null && nodeId !== null) {
      const { page } = await storeBenchChain(env, ctx, nodeId, context, `/chain-${blocks}.json`);
      await page.close();
      await settleStoredNode(env, ctx, nodeId, context, blocks);
    }
    const starts: TabStart[] = [];
    for (let run = 0; run < runs; run++) {
      // The longest chain's last start is the one profiled (BENCH_PROFILE / BENCH_TRACE).
      const profile = blocks === SIZES.at(-1) && run === runs - 1 ? `growth-${label(blocks)}` : null;
      const tab = await timeTabStart(env, ctx, nodeId, profile, context);
      if (blocks !== null && (tab.id !== nodeId || tab.bob !== bobBalance(blocks))) {
        throw new Error(
          `${label(blocks)} run ${run}: the tab ran ${tab.id} with Bob at ${tab.bob}, not the whole chain`,
        );
      }
      context.log(`${blocks === null ? 'empty' : label(blocks)} run ${run}: ${tab.steps}; heap ${tab.heapMb} MB`);
      starts.push(tab);
    }
    return starts;
  } finally {
    await ctx.close();
  }
}

async function measureGrowth(context: SuiteContext): Promise<Measured[]> {
  const runs = context.quick ? 1 : 3;
  for (const blocks of SIZES) await benchChainText(context, blocks); // built once, then cached
  const files = Object.fromEntries(SIZES.map((blocks) => [`chain-${blocks}.json`, chainCacheFile(blocks)]));
  return withEnvironment(context, { signalling: true, files }, async (env) => {
    // A new node's starts before each size's, as many as that size's, each in a context of its own (nothing stored):
    // the denominator of every ratio moves more than the sizes themselves (one start per size gave medians from 419
    // to 603 ms in runs of the same code).
    const empty: TabStart[] = [];
    const bySize = new Map<number, TabStart[]>();
    for (const blocks of SIZES) {
      for (let run = 0; run < runs; run++) empty.push(...(await startsOf(env, context, null, 1)));
      bySize.set(blocks, await startsOf(env, context, blocks, runs));
    }
    // Sync at the two sizes the sync suite does not measure (its 10,000 is sync_10k_ms): one joiner each.
    const syncs = new Map<number, number[]>();
    for (const blocks of SYNC_SIZES) {
      const chain = { url: `/chain-${blocks}.json`, blocks };
      syncs.set(blocks, (await timeSyncs(env, context, chain, 1, null)).synced);
    }
    const emptyReady = median(empty.map((tab) => tab.readyAt));
    const table = SIZES.map((blocks) => {
      const ready = median((bySize.get(blocks) ?? []).map((tab) => tab.readyAt));
      const heap = median((bySize.get(blocks) ?? []).map((tab) => tab.heapMb));
      return `${label(blocks)}: ready ${ready} ms (${round(ready / emptyReady, 2)}× empty), heap ${heap} MB`;
    });
    context.log(`growth: empty ready ${emptyReady} ms; ${table.join('; ')}`);
    // The names for 1k and 100k; 10k has its own in cold-start, so the curve's point here is named apart.
    const named = (blocks: number, kind: 'cold_start' | 'heap') => {
      const unit = kind === 'heap' ? 'mb' : 'ms';
      return blocks === 10_000 ? `${kind}_10k_growth_${unit}` : `${kind}_${label(blocks)}_${unit}`;
    };
    const figures: Measured[] = [
      {
        id: 'cold_start_empty_growth_ms',
        unit: 'ms',
        description:
          'growth suite: a new node with nothing stored, navigation start to ready (as many per size as the size has, in turns)',
        runs: empty.map((tab) => tab.readyAt),
      },
    ];
    for (const blocks of SIZES) {
      const tabs = bySize.get(blocks) ?? [];
      figures.push(
        {
          id: named(blocks, 'cold_start'),
          unit: 'ms',
          description: `growth suite: a new tab of a node holding ${blocks} blocks, navigation start to ready`,
          runs: tabs.map((tab) => tab.readyAt),
        },
        {
          id: named(blocks, 'heap'),
          unit: 'MB',
          description: `growth suite: that tab's JS heap in use after a full collection, ${blocks} blocks loaded`,
          runs: tabs.map((tab) => tab.heapMb),
        },
      );
    }
    for (const blocks of SYNC_SIZES) {
      figures.push({
        id: `sync_${label(blocks)}_ms`,
        unit: 'ms',
        description: `growth suite: a fresh tab syncing ${blocks} blocks from a tab that holds them, its ready to the whole chain`,
        runs: syncs.get(blocks) ?? [],
      });
    }
    return figures;
  });
}

export const growthSuite: Suite = { id: 'growth', where: 'chromium', run: measureGrowth };
