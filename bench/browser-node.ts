// What the Chromium node suites share (cold-start.ts, growth.ts, sync.ts, propagation.ts, store-lag.ts): a browser,
// the real app (index.html) as the node in every tab, and tabs stamped when their node is ready. The app and
// bench/chain-bench.html are built together and served on one loopback origin, so the bench page can write a node's
// IndexedDB that an app tab then loads (sessionStorage names the node it resumes).
// Signalling is a `peer` server on 127.0.0.1 started here (or none, ?signal=none); ICE servers are none for a
// loopback or LAN signalling host (src/net/signalling-config.ts). Every request to another host fails the suite.
// With `host: LAN_HOST` the app and its signalling are both on the namespace's 198.18.0.1, as a teacher's `npm start`
// is on the classroom's LAN: plain http there is no secure context (no WebCrypto Ed25519), as students' pages are.
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from '@playwright/test';
import { PeerServer } from 'peer';
import playwrightConfig from '../playwright.config.ts';
import { SNAPSHOT_DEPTH, SNAPSHOT_EVERY_BLOCKS } from '../src/node/snapshot-start.ts';
import { MetaKeys, nodeDatabaseName, sessionNodeKey } from '../src/storage/constants.ts';
import { type BenchPageServer, startBenchPageServer } from './bench-page-server.ts';
import type { ChainBenchApi } from './chain-bench-api.ts';
import { BENCH_CHAIN_DIFFICULTY, BENCH_CHAIN_ROOM } from './fixtures.ts';
import { round, type SuiteContext } from './registry.ts';
import { benchChainText, CACHE_FILE } from './validate-chain.ts';

/** Where the served folder holds the cached chain (bench-page-server copies it there). */
export const CHAIN_URL = '/bench-chain.json';
/** The test namespace's LAN address (scripts/isolation.mjs): it exists only inside `npm run bench`'s namespace. */
export const LAN_HOST = '198.18.0.1';
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', LAN_HOST]);
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
export const VIEWS_SIGNAL = 'bench:views';

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
export function consoleSignal(page: Page, signal: string, timeout = WAIT_MS): Promise<unknown> {
  return page.waitForEvent('console', { predicate: (message) => message.text() === signal, timeout });
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

/** A `peer` server on a free port of `host`, as test/browser/fixtures.ts starts one. */
function startSignalling(host: string): Promise<Signalling> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('PeerJS server did not listen within 5 s')), 5_000);
    PeerServer({ host, port: 0, path: '/peerjs', allow_discovery: true }, (server) => {
      clearTimeout(timer);
      const address = server.address();
      if (address === null || typeof address === 'string') {
        reject(new Error(`PeerJS server listens on ${String(address)}`));
        return;
      }
      resolve({
        url: `http://${host}:${address.port}/peerjs`,
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
  options: { signalling: boolean; files?: Readonly<Record<string, string>>; host?: string },
  body: (env: Environment) => Promise<T>,
): Promise<T> {
  if (context.chromePath === undefined) throw new Error('no Chromium: run the bench through `npm run bench`');
  await benchChainText(context); // builds the cached chain if it is missing
  const files = { 'bench-chain.json': CACHE_FILE, ...options.files };
  const host = options.host ?? '127.0.0.1';
  const server = await startBenchPageServer({ app: true, files, log: context.log, host });
  const offMachine: string[] = [];
  let signalling: Signalling | null = null;
  let browser: Browser | null = null;
  try {
    signalling = options.signalling ? await startSignalling(host) : null;
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

/** How long a node that ran once may take to store its first ledger snapshot (2 s after its start, then its save). */
const SNAPSHOT_WAIT_MS = 60_000;

/**
 * Resolves once the page's service worker is active (its precache stored), or says the browser has none. A first
 * visit's install fetches and compiles the whole app (156 files): eight at once kept both cores busy through the
 * propagation rounds (traced), and one still running when a returning tab is timed competes with its start. A
 * classroom's devices each install once, on cores of their own, so the bench waits for it. A first visit registers
 * only once it is behind no peer (src/ui/install-moment.ts, 30 s at the latest): `ready` waits for that too.
 */
export function serviceWorkerActive(page: Page): Promise<'active' | 'none' | 'timeout'> {
  return page.evaluate(async (waitMs) => {
    const container = navigator.serviceWorker;
    if (container === undefined) return 'none';
    const late = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), waitMs));
    return Promise.race([container.ready.then(() => 'active' as const), late]);
  }, WAIT_MS);
}

/**
 * Runs stored node `nodeId` once, as a user's earlier visit would, until it has stored its ledger snapshot: a
 * returning tab of a node that has run starts on it (src/node/node-snapshots.ts), where the chain bench page's save
 * alone leaves none.
 */
export async function settleStoredNode(
  env: Environment,
  ctx: BrowserContext,
  nodeId: string,
  context: SuiteContext,
  blocks: number,
): Promise<void> {
  // A chain short of the first snapshot (taken at 321 blocks) has none to wait for: its starts read every block.
  if (blocks <= SNAPSHOT_EVERY_BLOCKS + SNAPSHOT_DEPTH) return;
  const page = await nodePage(ctx, BENCH_CHAIN_ROOM, nodeId);
  try {
    await openNode(page, env.appUrl(BENCH_CHAIN_ROOM, BENCH_CHAIN_DIFFICULTY));
    const started = Date.now();
    const name = nodeDatabaseName(BENCH_CHAIN_ROOM, nodeId);
    const stored = () =>
      page.evaluate(
        ([database, key]) =>
          new Promise<boolean>((resolve) => {
            const open = indexedDB.open(database);
            open.onerror = () => resolve(false);
            open.onsuccess = () => {
              const read = open.result.transaction('meta').objectStore('meta').count(key);
              read.onsuccess = () => {
                open.result.close();
                resolve(read.result > 0);
              };
            };
          }),
        [name, MetaKeys.Snapshot] as const,
      );
    while (!(await stored())) {
      if (Date.now() - started > SNAPSHOT_WAIT_MS) throw new Error(`${nodeId} stored no ledger snapshot`);
      await page.waitForTimeout(250);
    }
    context.log(`${nodeId} stored its ledger snapshot ${Date.now() - started} ms after ready`);
    // As a returning tab's first visit had: its service worker installed, not installing through the timed start.
    const worker = await serviceWorkerActive(page);
    context.log(`${nodeId}'s service worker: ${worker}, ${Date.now() - started} ms after ready`);
  } finally {
    await page.close();
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
