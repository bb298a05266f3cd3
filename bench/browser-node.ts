// Node figures in headless Chromium, with the real app (index.html) as the node in every tab: cold start over a
// stored 10,000-block chain, batched validation on a page, and a late joiner's sync of 10,000 blocks (the 8-tab
// block trip is propagation.ts). The app and bench/chain-bench.html are built together and served on one loopback
// origin, so the bench page can write a node's IndexedDB that an app tab then loads (sessionStorage names the node
// it resumes).
// Signalling is a `peer` server on 127.0.0.1 started here (or none, ?signal=none); ICE servers are none for a
// loopback signalling host (src/net/signalling-config.ts). Every request to another host fails the suite.
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from '@playwright/test';
import { PeerServer } from 'peer';
import playwrightConfig from '../playwright.config.ts';
import { sessionNodeKey } from '../src/storage/constants.ts';
import { type BenchPageServer, startBenchPageServer } from './bench-page-server.ts';
import type { ChainBenchApi } from './chain-bench-api.ts';
import { BENCH_CHAIN_DIFFICULTY, BENCH_CHAIN_ROOM, BOB_FULL_BALANCE, bob, CHAIN_BLOCKS } from './fixtures.ts';
import { type Measured, round, type Suite, type SuiteContext } from './registry.ts';
import { benchChainText, CACHE_FILE } from './validate-chain.ts';

/** Where the served folder holds the cached chain (bench-page-server copies it there). */
const CHAIN_URL = '/bench-chain.json';
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '198.18.0.1']);
/** What esbuild's keepNames helper does, for functions serialized into pages (their inner functions call it). */
const NAME_SHIM = 'globalThis.__name ??= (target) => target;';
/** The longest any single wait in these suites may take: every loop is bounded by count and by this. */
export const WAIT_MS = 60_000;

/** What these suites read of the page's `window.blockchain` (src/ui/console-api.ts). */
type AppApi = {
  readonly ready: Promise<void>;
  readonly id: string;
  readonly peerId: string;
  mine(): Promise<{ hash: string; index: number }>;
  chain(): { chain: Array<{ hash: string }>; length: number };
  /** The tip's height and hash without building the chain's answer. */
  storage(): { height: number; tipHash: string };
  registerNodes(ids: string[]): Promise<unknown>;
  peerInfo(): Array<{ id: string; ready: boolean }>;
  balance(address?: string): number;
};
/** The page globals the init script and the pollers below add. */
export type BenchWindow = Window & {
  blockchain: AppApi;
  chainBench: ChainBenchApi;
  benchReadyAt?: number;
  benchArrivedAt?: number | undefined;
  benchSync?: { connectedAt?: number; syncedAt?: number };
};

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function launchArgs(): string[] {
  return [...(playwrightConfig.projects?.[0]?.use?.launchOptions?.args ?? [])];
}

export function benchNodeId(): string {
  return `n-bench${randomBytes(6).toString('hex')}`;
}

/** What the init script logs when the node is ready, and when the page has drawn its views. */
const READY_SIGNAL = 'bench:ready';
const VIEWS_SIGNAL = 'bench:views';
/** What a sync joiner's init script logs once it holds the whole chain. */
const SYNCED_SIGNAL = 'bench:synced';

/**
 * Runs before the app's scripts: stamps (performance.now()) the moment `window.blockchain.ready` resolves, and says
 * so, and that the views are drawn (the app's `node-start:views` mark), on the console. The bench listens there
 * instead of evaluating in the page: Playwright's first evaluate injects a 330 KB script, about 60 ms of the page's
 * thread, which would land inside the very start being measured.
 */
function stampReady(signals: { ready: string; views: string }): void {
  let api: unknown;
  Object.defineProperty(window, 'blockchain', {
    configurable: true,
    get: () => api,
    set(value: { ready: Promise<void> }) {
      api = value;
      value.ready.then(
        () => {
          (window as unknown as BenchWindow).benchReadyAt = performance.now();
          console.debug(signals.ready);
        },
        () => {},
      );
    },
  });
  new PerformanceObserver((list, observer) => {
    if (list.getEntriesByName('node-start:views').length === 0) return;
    console.debug(signals.views);
    observer.disconnect();
  }).observe({ type: 'mark' });
}

/** Resolves when the page logs `signal` (bounded); made before the navigation, so the signal cannot be missed. */
function consoleSignal(page: Page, signal: string): Promise<unknown> {
  return page.waitForEvent('console', { predicate: (message) => message.text() === signal, timeout: WAIT_MS });
}

/**
 * With BENCH_PROFILE=DIR in the environment, records a CPU profile of `page` (Chrome DevTools format) while `body`
 * runs and writes it to DIR/NAME.cpuprofile; without it, just runs `body`. For finding where a figure's time goes;
 * the profiler slows the page, so figures of a profiled run are not comparable.
 */
export async function profiled<T>(page: Page, name: string, context: SuiteContext, body: () => Promise<T>): Promise<T> {
  const traceDir = process.env.BENCH_TRACE;
  const browser = page.context().browser();
  if (traceDir && browser) {
    await mkdir(traceDir, { recursive: true });
    const path = join(traceDir, `${name}.trace.json`);
    const categories = [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'toplevel',
      'v8',
      'blink',
      'blink.user_timing',
    ];
    await browser.startTracing(page, { path, categories });
    try {
      return await body();
    } finally {
      await browser.stopTracing();
      context.log(`trace: ${path}`);
    }
  }
  const dir = process.env.BENCH_PROFILE;
  if (!dir) return body();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  try {
    return await body();
  } finally {
    const { profile } = await cdp.send('Profiler.stop');
    await mkdir(dir, { recursive: true });
    const file = join(dir, `${name}.cpuprofile`);
    await writeFile(file, JSON.stringify(profile));
    context.log(`CPU profile: ${file}`);
    await cdp.detach();
  }
}

type Signalling = { readonly url: string; close(): Promise<void> };

/** A `peer` server on a free loopback port, as test/browser/fixtures.ts starts one. */
function startSignalling(): Promise<Signalling> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('PeerJS server did not listen within 5 s')), 5_000);
    PeerServer({ host: '127.0.0.1', port: 0, path: '/peerjs', allow_discovery: true }, (server) => {
      clearTimeout(timer);
      const address = server.address();
      if (address === null || typeof address === 'string') {
        reject(new Error(`PeerJS server listens on ${String(address)}`));
        return;
      }
      resolve({
        url: `http://127.0.0.1:${address.port}/peerjs`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

export type Environment = {
  readonly browser: Browser;
  readonly server: BenchPageServer;
  readonly signalling: Signalling | null;
  /** A fresh context: one per node, as the browser tests do, so nodes share no storage. */
  newContext(): Promise<BrowserContext>;
  /** The app's URL for a room: `?signal=` the local server, or none. */
  appUrl(room: string, difficulty: number, extra?: Record<string, string>): string;
};

export async function withEnvironment<T>(
  context: SuiteContext,
  options: { signalling: boolean; files?: Readonly<Record<string, string>> },
  body: (env: Environment) => Promise<T>,
): Promise<T> {
  if (context.chromePath === undefined) throw new Error('no Chromium: run the bench through `npm run bench`');
  await benchChainText(context); // builds the cached chain if it is missing
  const files = { 'bench-chain.json': CACHE_FILE, ...options.files };
  const server = await startBenchPageServer({ app: true, files, log: context.log });
  const offMachine: string[] = [];
  let signalling: Signalling | null = null;
  let browser: Browser | null = null;
  try {
    signalling = options.signalling ? await startSignalling() : null;
    browser = await chromium.launch({ executablePath: context.chromePath, args: launchArgs() });
    context.noteEnvironment('chromium', browser.version());
    const opened = browser;
    const signal = signalling?.url ?? 'none';
    const env: Environment = {
      browser: opened,
      server,
      signalling,
      async newContext() {
        const ctx = await opened.newContext();
        // tsx compiles this file with esbuild's keepNames: functions handed to the page may call its __name helper.
        await ctx.addInitScript({ content: NAME_SHIM });
        ctx.on('request', (request) => {
          const { protocol, hostname } = new URL(request.url());
          if (!['data:', 'blob:', 'about:'].includes(protocol) && !LOCAL_HOSTS.has(hostname)) {
            offMachine.push(request.url());
          }
        });
        return ctx;
      },
      appUrl(room, difficulty, extra = {}) {
        const query = new URLSearchParams({ room, difficulty: String(difficulty), signal, ...extra });
        return `${server.origin}/?${query}`;
      },
    };
    const result = await body(env);
    if (offMachine.length > 0) throw new Error(`requests to hosts outside this machine: ${offMachine.join(' ')}`);
    return result;
  } finally {
    await browser?.close();
    await signalling?.close();
    await server.close();
  }
}

/** Writes the bench chain (or the one served at `chainUrl`) into node `nodeId`'s database through the bench page. */
export async function storeBenchChain(
  env: Environment,
  ctx: BrowserContext,
  nodeId: string,
  context: SuiteContext,
  chainUrl = CHAIN_URL,
) {
  const page = await ctx.newPage();
  try {
    await page.goto(`${env.server.origin}/bench/chain-bench.html`);
    await page.waitForFunction(() => (window as unknown as BenchWindow).chainBench !== undefined);
    const stored = await page.evaluate(
      ([id, url]) => (window as unknown as BenchWindow).chainBench.storeChain(id, url),
      [nodeId, chainUrl] as const,
    );
    context.log(`stored ${stored.blocks} blocks for ${nodeId} in ${round(stored.saveMs, 0)} ms (one saveBlocks)`);
    return { page, stored };
  } catch (error) {
    await page.close();
    throw error;
  }
}

/** A page that will run node `nodeId` of `room` (its sessionStorage names it) and stamps when its node is ready. */
export async function nodePage(ctx: BrowserContext, room: string, nodeId: string | null): Promise<Page> {
  const page = await ctx.newPage();
  if (nodeId !== null) {
    await page.addInitScript(
      ([key, id]) => {
        try {
          sessionStorage.setItem(key, id);
        } catch {
          // about:blank and the like have no sessionStorage; the app's page does.
        }
      },
      [sessionNodeKey(room), nodeId] as const,
    );
  }
  await page.addInitScript(stampReady, { ready: READY_SIGNAL, views: VIEWS_SIGNAL });
  return page;
}

type ReadyNode = { id: string; peerId: string; readyAt: number };

/** Opens `url` and waits (bounded) for the page's node to be ready, and for `alsoWait` (a console signal) if given. */
export async function openNode(page: Page, url: string, alsoWait?: string): Promise<ReadyNode> {
  const signals = [consoleSignal(page, READY_SIGNAL), ...(alsoWait ? [consoleSignal(page, alsoWait)] : [])];
  await page.goto(url, { timeout: WAIT_MS });
  await Promise.all(signals);
  return page.evaluate(() => {
    const win = window as unknown as BenchWindow;
    let peerId = '';
    try {
      peerId = win.blockchain.peerId;
    } catch {
      // ?signal=none still has a network; a node without one has no peer id.
    }
    return { id: win.blockchain.id, peerId, readyAt: win.benchReadyAt as number };
  });
}

// ---------------------------------------------------------------------------------------------------------- cold start

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
      steps: `${check.steps.join(', ')}; ready ${Math.round(node.readyAt)}`,
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

// ------------------------------------------------------------------------------------------------- browser validation

async function measureBrowserValidation(context: SuiteContext): Promise<Measured[]> {
  const runs = context.quick ? 1 : 3;
  return withEnvironment(context, { signalling: false }, async (env) => {
    const ctx = await env.newContext();
    const page = await ctx.newPage();
    await page.goto(`${env.server.origin}/bench/chain-bench.html`);
    await page.waitForFunction(() => (window as unknown as BenchWindow).chainBench !== undefined);
    const results = [];
    for (let run = 0; run < runs; run++) {
      results.push(
        await page.evaluate((url) => (window as unknown as BenchWindow).chainBench.validate(url), CHAIN_URL),
      );
    }
    const verifiers = new Set(results.map((r) => r.verifier));
    context.log(`validate in Chromium: ${results.map((r) => round(r.ms, 0)).join(' ')} ms (${[...verifiers]})`);
    await ctx.close();
    return [
      {
        id: 'validate_10k_browser_ms',
        unit: 'ms',
        description: `the node's validateChain on the ${CHAIN_BLOCKS}-block chain on a Chromium page (${[...verifiers]} batch)`,
        runs: results.map((r) => round(r.ms, 1)),
      },
    ];
  });
}

// --------------------------------------------------------------------------------------------------------------- sync

async function measureSync(context: SuiteContext): Promise<Measured[]> {
  const runs = context.quick ? 1 : 3;
  return withEnvironment(context, { signalling: true }, async (env) => {
    // The serving tab: a node whose database holds the bench chain, started from it like any returning tab.
    const serverCtx = await env.newContext();
    const servingId = benchNodeId();
    const { page: benchPage, stored } = await storeBenchChain(env, serverCtx, servingId, context);
    await benchPage.close();
    const serving = await nodePage(serverCtx, BENCH_CHAIN_ROOM, servingId);
    const servingNode = await openNode(serving, env.appUrl(BENCH_CHAIN_ROOM, BENCH_CHAIN_DIFFICULTY));
    if (servingNode.id !== servingId) throw new Error(`the serving tab runs ${servingNode.id}, not ${servingId}`);

    const synced: number[] = [];
    const connected: number[] = [];
    for (let run = 0; run < runs; run++) {
      // A fresh joiner each run: a new context (empty IndexedDB) opening the serving node's invite link (?peer=).
      const ctx = await env.newContext();
      try {
        const page = await nodePage(ctx, BENCH_CHAIN_ROOM, null);
        await page.addInitScript(
          ([address, full, waitMs, syncedSignal]) => {
            const win = window as unknown as BenchWindow;
            const state: { connectedAt?: number; syncedAt?: number } = {};
            win.benchSync = state;
            const started = performance.now();
            const tick = () => {
              const api = win.blockchain;
              if (win.benchReadyAt !== undefined) {
                if (state.connectedAt === undefined && api.peerInfo().some((p) => p.ready)) {
                  state.connectedAt = performance.now();
                }
                // Bob is paid 1 in every block: his balance is complete exactly when the whole chain is the main one.
                if (api.balance(address) === full) {
                  state.syncedAt = performance.now();
                  console.debug(syncedSignal);
                  return;
                }
              }
              if (performance.now() - started < waitMs) setTimeout(tick, 10);
            };
            tick();
          },
          [bob.address, BOB_FULL_BALANCE, WAIT_MS, SYNCED_SIGNAL] as const,
        );
        const syncedSignal = consoleSignal(page, SYNCED_SIGNAL);
        const invite = env.appUrl(BENCH_CHAIN_ROOM, BENCH_CHAIN_DIFFICULTY, { peer: servingNode.peerId });
        const joiner = await openNode(page, invite);
        const wait = () => syncedSignal;
        if (run === 0) await profiled(page, 'sync-joiner', context, wait);
        else await wait();
        const state = await page.evaluate(() => (window as unknown as BenchWindow).benchSync);
        const tip = await page.evaluate(() => (window as unknown as BenchWindow).blockchain.chain().chain.at(-1)?.hash);
        if (tip !== stored.tipHash) throw new Error(`run ${run}: the joiner's tip is ${tip}, not ${stored.tipHash}`);
        synced.push(round((state?.syncedAt ?? Number.NaN) - joiner.readyAt, 1));
        connected.push(round((state?.connectedAt ?? Number.NaN) - joiner.readyAt, 1));
      } finally {
        await ctx.close();
      }
    }
    context.log(
      `sync ${CHAIN_BLOCKS}: ${synced.join(' ')} ms after ready (first ready peer at ${connected.join(' ')} ms)`,
    );
    return [
      {
        id: 'sync_10k_ms',
        unit: 'ms',
        description: `a fresh tab opening the invite link of a tab with ${CHAIN_BLOCKS} blocks: its ready to the whole chain as main chain (same tip)`,
        runs: synced,
      },
      {
        id: 'sync_10k_connect_ms',
        unit: 'ms',
        description:
          'the same joiners: ready to their first ready peer (signalling and WebRTC; counted in sync_10k_ms)',
        runs: connected,
      },
    ];
  });
}

export const coldStartSuite: Suite = { id: 'cold-start', where: 'chromium', run: measureColdStart };
export const browserValidateSuite: Suite = { id: 'validate-browser', where: 'chromium', run: measureBrowserValidation };
export const syncSuite: Suite = { id: 'sync', where: 'chromium', run: measureSync };
