// Cold start in Chromium: a new tab of a node whose IndexedDB holds the 10,000-block bench chain, against a new node
// with nothing stored, with the start's own steps (the app's performance marks), the page's heap once drawn, and the
// split of loading on the bench page (reads and decoding, then the rebuild). growth.ts draws the curve over sizes.
import type { BrowserContext, Page } from '@playwright/test';
import {
  type BenchWindow,
  benchNodeId,
  type Environment,
  nodePage,
  openNode,
  profiled,
  settleStoredNode,
  storeBenchChain,
  VIEWS_SIGNAL,
  withEnvironment,
} from './browser-node.ts';
import { BENCH_CHAIN_DIFFICULTY, BENCH_CHAIN_ROOM, BOB_FULL_BALANCE, bob, CHAIN_BLOCKS } from './fixtures.ts';
import { type Measured, round, type Suite, type SuiteContext } from './registry.ts';

export type TabStart = {
  id: string;
  bob: number;
  readyAt: number;
  viewsAt: number;
  dcl: number;
  steps: string;
  /** The page's JS heap in use once its views are drawn, after a full garbage collection, in MB. */
  heapMb: number;
};

/** The page's JS heap in use after a full collection (what a node keeps, not what it has yet to free), in MB. */
async function heapInUseMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return round(usedSize / 2 ** 20, 1);
  } finally {
    await cdp.detach();
  }
}

/** Opens node `nodeId` (or a new node) of the bench room in a new tab, waits for ready, and closes the tab. */
export async function timeTabStart(
  env: Environment,
  ctx: BrowserContext,
  nodeId: string | null,
  profileName: string | null,
  context: SuiteContext,
): Promise<TabStart> {
  const page = await nodePage(ctx, BENCH_CHAIN_ROOM, nodeId);
  try {
    // The page draws its views in the task after ready: when the page is usable, not only the node.
    const open = () => openNode(page, env.appUrl(BENCH_CHAIN_ROOM, BENCH_CHAIN_DIFFICULTY), VIEWS_SIGNAL);
    const node = profileName === null ? await open() : await profiled(page, profileName, context, open);
    // Started on its ledger snapshot, the tab reads the history after ready: what it holds is counted once it has.
    const history = await page.evaluate(() => (window as unknown as BenchWindow).blockchain.history);
    const check = await page.evaluate((address) => {
      const win = window as unknown as BenchWindow;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      // The app's own marks of its start steps (src/node/browser-node.ts), in the order they happened.
      const steps = performance
        .getEntriesByType('mark')
        .filter((entry) => entry.name.startsWith('node-start:'))
        .map((entry) => `${entry.name.slice('node-start:'.length)} ${Math.round(entry.startTime)}`);
      if (nav) steps.unshift(`response ${Math.round(nav.responseEnd)}, interactive ${Math.round(nav.domInteractive)}`);
      const viewsAt = performance.getEntriesByName('node-start:views')[0]?.startTime ?? Number.NaN;
      return {
        bob: win.blockchain.balance(address),
        dcl: nav?.domContentLoadedEventStart ?? Number.NaN,
        viewsAt,
        steps,
      };
    }, bob.address);
    return {
      id: node.id,
      bob: check.bob,
      heapMb: await heapInUseMb(page),
      readyAt: round(node.readyAt, 1),
      viewsAt: round(check.viewsAt, 1),
      dcl: round(check.dcl, 1),
      steps: `${check.steps.join(', ')}; ready ${Math.round(node.readyAt)}${history.blocks > 0 ? ` on the snapshot (then ${history.blocks} blocks checked${history.agreed ? '' : ', disagreeing'})` : ''}`,
    };
  } finally {
    await page.close();
  }
}

async function measureColdStart(context: SuiteContext): Promise<Measured[]> {
  const runs = context.quick ? 2 : 5;
  return withEnvironment(context, { signalling: false }, async (env) => {
    const ctx = await env.newContext();
    const nodeId = benchNodeId();
    const { page: benchPage } = await storeBenchChain(env, ctx, nodeId, context);
    await settleStoredNode(env, ctx, nodeId, context, CHAIN_BLOCKS);
    const splits = [];
    for (let run = 0; run < runs; run++) {
      splits.push(
        await benchPage.evaluate((id) => (window as unknown as BenchWindow).chainBench.loadSplit(id), nodeId),
      );
    }
    await benchPage.close();
    const last = splits.at(-1);
    if (last?.height !== CHAIN_BLOCKS) throw new Error(`loaded ${last?.height} blocks, not ${CHAIN_BLOCKS}`);

    const ready: number[] = [];
    const views: number[] = [];
    const domLoaded: number[] = [];
    const heap: number[] = [];
    for (let run = 0; run < runs; run++) {
      // A new tab each time (the previous one closed, so its Web Lock is free): the node resumes from storage.
      const tab = await timeTabStart(env, ctx, nodeId, run === runs - 1 ? 'cold-start' : null, context);
      context.log(`run ${run}: ${tab.steps}`);
      if (tab.id !== nodeId || tab.bob !== BOB_FULL_BALANCE) {
        throw new Error(`run ${run}: the tab ran ${tab.id} with Bob at ${tab.bob}, not ${nodeId}'s whole chain`);
      }
      ready.push(tab.readyAt);
      views.push(tab.viewsAt);
      domLoaded.push(tab.dcl);
      heap.push(tab.heapMb);
    }
    // The same page with nothing stored: what a start costs before any block is read. A context of its own each
    // run: in this one, a new tab resumes the device's most recently used node (the 10,000 blocks), as users want.
    const empty: number[] = [];
    const emptyHeap: number[] = [];
    for (let run = 0; run < runs; run++) {
      const fresh = await env.newContext();
      const tab = await timeTabStart(env, fresh, null, null, context);
      await fresh.close();
      context.log(`new node ${run}: ${tab.steps}`);
      empty.push(tab.readyAt);
      emptyHeap.push(tab.heapMb);
    }
    context.log(
      `JS heap in use after a full collection: ${heap.join(' ')} MB (10k), ${emptyHeap.join(' ')} MB (empty)`,
    );
    context.log(`cold start: ready ${ready.join(' ')} ms after navigation; DOMContentLoaded ${domLoaded.join(' ')}`);
    context.log(
      `split on the bench page: open ${splits.map((s) => round(s.openMs, 0)).join(' ')}, load ${splits
        .map((s) => round(s.loadMs, 0))
        .join(' ')}, rebuild ${splits.map((s) => round(s.rebuildMs, 0)).join(' ')} ms`,
    );
    await ctx.close();
    return [
      {
        id: 'cold_start_10k_ms',
        unit: 'ms',
        description: `a new tab of a node whose IndexedDB holds ${CHAIN_BLOCKS} blocks: navigation start to blockchain.ready (?signal=none)`,
        runs: ready,
      },
      {
        id: 'heap_10k_mb',
        unit: 'MB',
        description: `the same tabs: the page's JS heap in use with ${CHAIN_BLOCKS} blocks loaded and its views drawn, after a full garbage collection`,
        runs: heap,
      },
      {
        id: 'heap_empty_mb',
        unit: 'MB',
        description: "the new node's tabs: the same heap figure with only the genesis block",
        runs: emptyHeap,
      },
      {
        id: 'cold_start_10k_views_ms',
        unit: 'ms',
        description: 'the same tabs: navigation start until the page has drawn its views (the task after ready)',
        runs: views,
      },
      {
        id: 'cold_start_empty_ms',
        unit: 'ms',
        description: 'a new tab of a new node (nothing stored): navigation start to blockchain.ready (?signal=none)',
        runs: empty,
      },
      {
        id: 'cold_start_10k_dom_ms',
        unit: 'ms',
        description: 'the same tabs: navigation start to DOMContentLoaded (page and scripts loaded, node start begun)',
        runs: domLoaded,
      },
      {
        id: 'cold_start_10k_idb_load_ms',
        unit: 'ms',
        description: `bench page, same database: open + store.load() of ${CHAIN_BLOCKS} blocks (reads and decoding)`,
        runs: splits.map((s) => round(s.openMs + s.loadMs, 1)),
      },
      {
        id: 'cold_start_10k_rebuild_ms',
        unit: 'ms',
        description: 'bench page: the loaded blocks added to a new Blockchain as BlockchainNode.open does (trusted)',
        runs: splits.map((s) => round(s.rebuildMs, 1)),
      },
    ];
  });
}

export const coldStartSuite: Suite = { id: 'cold-start', where: 'chromium', run: measureColdStart };
