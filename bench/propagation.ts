// A block's trip across 8 tabs of the real app in one Chromium (one context each, a full mesh over a local `peer`
// server), and what each block costs a tab's page thread: the two figures that decide how fast a classroom sees a
// block. Page work is the main thread's CPU time per block, read from the DevTools protocol (Performance.getMetrics):
// a view that redraws for every block, seen or not, shows up there before it shows up as a slow trip.
import { randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';
import {
  type BenchWindow,
  nodePage,
  openNode,
  profiled,
  serviceWorkerActive,
  sleep,
  WAIT_MS,
  withEnvironment,
} from './browser-node.ts';
import type { Measured, Suite, SuiteContext } from './registry.ts';

const TABS = 8;

/** Polls `fn` every `everyMs` until it returns true, at most `timeoutMs`. */
async function until(
  what: string | (() => string),
  fn: () => Promise<boolean>,
  timeoutMs = WAIT_MS,
  everyMs = 100,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await fn())) {
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${typeof what === 'string' ? what : what()}`);
    await sleep(everyMs);
  }
}

function readyPeers(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as BenchWindow).blockchain.peerInfo().filter((p) => p.ready).length);
}

/**
 * The tab's height from `storage()`, which reads the tip: `chain()` builds the whole seed answer, and eight tabs
 * polling it stole the cores the trip is measured on.
 */
function heightOf(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as BenchWindow).blockchain.storage().height);
}

/** In every tab: stamp (Date.now(), one clock for all the machine's processes) when its chain reaches `target`. */
function armArrival(page: Page, target: number): Promise<void> {
  return page.evaluate(
    ([goal, waitMs]) => {
      const win = window as unknown as BenchWindow;
      win.benchArrivedAt = undefined;
      const deadline = performance.now() + waitMs;
      const tick = () => {
        if (win.blockchain.storage().height >= goal) win.benchArrivedAt = Date.now();
        else if (performance.now() < deadline) setTimeout(tick, 2);
      };
      tick();
    },
    [target, 15_000] as const,
  );
}

async function measurePropagation(context: SuiteContext): Promise<Measured[]> {
  const rounds = context.quick ? 3 : 10;
  return withEnvironment(context, { signalling: true }, async (env) => {
    const room = `bench-prop-${randomBytes(4).toString('hex')}`;
    const pages: Page[] = [];
    const ids: string[] = [];
    const meshStarted = Date.now();
    for (let i = 0; i < TABS; i++) {
      const page = await nodePage(await env.newContext(), room, null);
      ids.push((await openNode(page, env.appUrl(room, 6))).id);
      pages.push(page);
    }
    // As the tests' mesh(): each node registers the later ones; discovery through the server's list also runs.
    for (const [i, page] of pages.entries()) {
      const later = ids.slice(i + 1);
      if (later.length > 0) {
        await page.evaluate((list) => (window as unknown as BenchWindow).blockchain.registerNodes(list), later);
      }
    }
    for (const page of pages) await until('a full mesh', async () => (await readyPeers(page)) === TABS - 1);
    context.log(`${TABS} tabs meshed (${TABS - 1} ready peers each) in ${Date.now() - meshStarted} ms`);
    const installing = Date.now();
    const workers = await Promise.all(pages.map(serviceWorkerActive));
    context.log(`service workers: ${workers.join(' ')}, ${Date.now() - installing} ms after the mesh`);

    const spreads: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const miner = pages[r % TABS] as Page;
      const height = await heightOf(miner);
      await until('every tab at the same height', async () =>
        (await Promise.all(pages.map(heightOf))).every((h) => h === height),
      );
      await Promise.all(pages.map((page) => armArrival(page, height + 1)));
      const block = await miner.evaluate(() => (window as unknown as BenchWindow).blockchain.mine());
      const stamps: number[] = [];
      for (const page of pages) {
        // Polled every 20 ms, not every frame (Playwright's default): the stamp is the page's own, and a page made to
        // draw frames while the others receive the block would take the cores the trip is timed on.
        await page.waitForFunction(() => (window as unknown as BenchWindow).benchArrivedAt !== undefined, null, {
          timeout: 15_000,
          polling: 20,
        });
        stamps.push(await page.evaluate(() => (window as unknown as BenchWindow).benchArrivedAt as number));
      }
      const tips = await Promise.all(
        pages.map((page) =>
          page.evaluate(() => (window as unknown as BenchWindow).blockchain.chain().chain.at(-1)?.hash),
        ),
      );
      if (tips.some((tip) => tip !== block.hash)) throw new Error(`round ${r}: not every tab has block ${block.index}`);
      // From the first tab having the block to the last. The miner's tab has it first, but its own poll can fire
      // late (its thread is busy relaying and storing the block), so the earliest stamp of all is the start.
      spreads.push(Math.max(...stamps) - Math.min(...stamps));
      await sleep(200);
    }
    context.log(`propagation to all ${TABS} tabs: ${spreads.join(' ')} ms (max ${Math.max(...spreads)})`);
    const work = await pageWorkPerBlock(pages, context);
    const fixed = (values: number[]) => values.map((ms) => ms.toFixed(1)).join(' ');
    context.log(`page work per block in each receiving tab: ${fixed(work.perBlock)} ms`);
    context.log(`the same tabs with no blocks: ${fixed(work.idlePerSecond)} ms of CPU a second`);
    return [
      {
        id: 'propagation_8_tabs_ms',
        unit: 'ms',
        description: `${TABS} tabs (one context each) in a full mesh: from the first tab (the miner's) having a new block to the last tab having it, one round per run`,
        runs: spreads,
      },
      {
        id: 'block_page_work_ms',
        unit: 'ms',
        description: `main-thread CPU time a receiving tab spends per block (CDP ThreadTime over ${WORK_BLOCKS} blocks mined in a row by another tab, less the same time with no blocks), one figure per tab`,
        runs: work.perBlock,
      },
    ];
  });
}

/** Blocks mined in a row for the page-work figure: enough that one garbage collection more or less is noise. */
const WORK_BLOCKS = 20;

/**
 * The CPU time of the page's main thread so far, in ms (CDP Performance.getMetrics ThreadTime, in seconds): CPU,
 * not the tasks' wall time (TaskDuration), which eight tabs sharing two cores stretch several times over.
 */
async function cpuTimer(page: Page): Promise<() => Promise<number>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? 0) * 1000;
  };
}

/**
 * Main-thread CPU time each receiving tab spends per block while one tab mines WORK_BLOCKS in a row, less what the tab
 * spends as long again with no blocks (timers, frames, heartbeats): one figure per tab, and the idle rate.
 */
async function pageWorkPerBlock(
  pages: readonly Page[],
  context: SuiteContext,
): Promise<{ perBlock: number[]; idlePerSecond: number[] }> {
  const [miner, ...others] = pages;
  if (miner === undefined) throw new Error('no tabs');
  const timers = await Promise.all(others.map(cpuTimer));
  const readAll = () => Promise.all(timers.map((read) => read()));
  const before = await readAll();
  const started = Date.now();
  await profiled(others[0] ?? miner, 'block-receiver', context, async () => {
    for (let b = 0; b < WORK_BLOCKS; b++) {
      const block = await miner.evaluate(() => (window as unknown as BenchWindow).blockchain.mine());
      let heights: number[] = [];
      await until(
        () => `every tab has block ${block.index} (heights ${heights.join(' ')})`,
        async () => {
          heights = await Promise.all(pages.map(heightOf));
          return heights.every((h) => h >= block.index); // the Flask tutorial counts blocks from 1
        },
      );
    }
  });
  // The views redraw on their next frame and timer after the block: let those land before reading.
  await sleep(1_000);
  const busyMs = Date.now() - started;
  const busy = await readAll();
  await sleep(busyMs);
  const idle = await readAll();
  const idleRate = idle.map((ms, i) => (ms - (busy[i] ?? 0)) / busyMs);
  return {
    perBlock: busy.map((ms, i) => Math.max(0, ms - (before[i] ?? 0) - (idleRate[i] ?? 0) * busyMs) / WORK_BLOCKS),
    idlePerSecond: idleRate.map((rate) => rate * 1000),
  };
}

export const propagationSuite: Suite = { id: 'propagation', where: 'chromium', run: measurePropagation };
