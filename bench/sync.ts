// A late joiner in Chromium: validating the 10,000-block bench chain on a page, and a fresh tab syncing the same
// chain from a tab that holds it (its invite link), in the same run: the sync is judged against the validation.
import { cpus } from 'node:os';
import {
  type BenchWindow,
  benchNodeId,
  CHAIN_URL,
  consoleSignal,
  type Environment,
  LAN_HOST,
  nodePage,
  openNode,
  profiled,
  settleStoredNode,
  storeBenchChain,
  WAIT_MS,
  withEnvironment,
} from './browser-node.ts';
import { BENCH_CHAIN_DIFFICULTY, BENCH_CHAIN_ROOM, bob, CHAIN_BLOCKS } from './fixtures.ts';
import { type MachineCpu, sampleMachineCpu } from './machine-cpu.ts';
import { type Measured, round, type Suite, type SuiteContext } from './registry.ts';

/** The machine's cores, as the kernel counts them: a sync's CPU time over them is its shortest possible wall time. */
const CORES = cpus().length;

/** What a sync joiner's init script logs once it holds the whole chain. */
const SYNCED_SIGNAL = 'bench:synced';

async function measureBrowserValidation(context: SuiteContext): Promise<Measured[]> {
  const runs = context.quick ? 1 : 3;
  return withEnvironment(context, { signalling: false }, async (env) => {
    const ctx = await env.newContext();
    const page = await ctx.newPage();
    await page.goto(`${env.server.origin}/bench/chain-bench.html`);
    await page.waitForFunction(() => (window as unknown as BenchWindow).chainBench !== undefined);
    const results = [];
    const cpu = sampleMachineCpu();
    const cpuMs: number[] = [];
    try {
      for (let run = 0; run < runs; run++) {
        const result = await page.evaluate(
          (url) => (window as unknown as BenchWindow).chainBench.validate(url),
          CHAIN_URL,
        );
        results.push(result);
        if (cpu) cpuMs.push(round(cpu.busyBetween(result.startedAt, result.startedAt + result.ms), 0));
      }
    } finally {
      cpu?.stop();
    }
    const verifiers = new Set(results.map((r) => r.verifier));
    context.log(
      `validate in Chromium: ${results.map((r) => round(r.ms, 0)).join(' ')} ms (${[...verifiers]}), ` +
        `machine CPU ${cpuMs.join(' ')} ms`,
    );
    await ctx.close();
    return [
      {
        id: 'validate_10k_browser_ms',
        unit: 'ms',
        description: `the node's validateChain on the ${CHAIN_BLOCKS}-block chain on a Chromium page (${[...verifiers]} batch)`,
        runs: results.map((r) => round(r.ms, 1)),
      },
      ...machineCpuFigure(
        'validate_10k_browser_cpu_ms',
        cpuMs,
        'the same validations: CPU time of all processes on the machine while each ran (/proc/stat)',
      ),
    ];
  });
}

/** A CPU-time figure where the machine could be sampled (Linux), none elsewhere. */
function machineCpuFigure(id: string, runs: readonly number[], description: string): Measured[] {
  return runs.length === 0 ? [] : [{ id, unit: 'ms', description, runs }];
}

/** A chain to sync: where the bench server serves it, and how many blocks it holds after genesis and block 2. */
export type SyncedChain = { readonly url: string; readonly blocks: number };

/**
 * Fresh tabs (each a new context: empty IndexedDB) opening the invite link of a tab that holds `chain`: each one's
 * ready to the whole chain as its main chain, and to its first ready peer. The serving tab is a returning tab of a
 * node that has run before (its ledger snapshot stored), as a teacher's is.
 */
export async function timeSyncs(
  env: Environment,
  context: SuiteContext,
  chain: SyncedChain,
  runs: number,
  profileName: string | null,
): Promise<{ synced: number[]; connected: number[]; cpuMs: number[]; anySecure: boolean }> {
  const serverCtx = await env.newContext();
  let cpu: MachineCpu | null = null;
  try {
    const servingId = benchNodeId();
    const { page: benchPage, stored } = await storeBenchChain(env, serverCtx, servingId, context, chain.url);
    await benchPage.close();
    await settleStoredNode(env, serverCtx, servingId, context, chain.blocks);
    const serving = await nodePage(serverCtx, BENCH_CHAIN_ROOM, servingId);
    const servingNode = await openNode(serving, env.appUrl(BENCH_CHAIN_ROOM, BENCH_CHAIN_DIFFICULTY));
    if (servingNode.id !== servingId) throw new Error(`the serving tab runs ${servingNode.id}, not ${servingId}`);
    // Bob is paid 1 in every block from the third on: his balance is complete exactly when the whole chain is the main one.
    const full = chain.blocks - 2;
    const waitMs = Math.max(WAIT_MS, chain.blocks * 5);
    const synced: number[] = [];
    const connected: number[] = [];
    const cpuMs: number[] = [];
    /** Whether any joiner was a secure context (the LAN suite's figure holds only where none was). */
    let anySecure = false;
    cpu = sampleMachineCpu();
    for (let run = 0; run < runs; run++) {
      const ctx = await env.newContext();
      try {
        const page = await nodePage(ctx, BENCH_CHAIN_ROOM, null);
        await page.addInitScript(
          ([address, balance, limitMs, syncedSignal]) => {
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
                if (api.balance(address) === balance) {
                  state.syncedAt = performance.now();
                  console.debug(syncedSignal);
                  return;
                }
              }
              if (performance.now() - started < limitMs) setTimeout(tick, 10);
            };
            tick();
          },
          [bob.address, full, waitMs, SYNCED_SIGNAL] as const,
        );
        const syncedSignal = consoleSignal(page, SYNCED_SIGNAL, waitMs);
        const invite = env.appUrl(BENCH_CHAIN_ROOM, BENCH_CHAIN_DIFFICULTY, { peer: servingNode.peerId });
        const joiner = await openNode(page, invite);
        const wait = () => syncedSignal;
        if (run === 0 && profileName !== null) await profiled(page, profileName, context, wait);
        else await wait();
        const state = await page.evaluate(() => (window as unknown as BenchWindow).benchSync);
        anySecure ||= await page.evaluate(() => window.isSecureContext);
        const tip = await page.evaluate(() => (window as unknown as BenchWindow).blockchain.storage().tipHash);
        if (tip !== stored.tipHash) throw new Error(`run ${run}: the joiner's tip is ${tip}, not ${stored.tipHash}`);
        synced.push(round((state?.syncedAt ?? Number.NaN) - joiner.readyAt, 1));
        connected.push(round((state?.connectedAt ?? Number.NaN) - joiner.readyAt, 1));
        if (cpu && state?.syncedAt !== undefined) {
          const origin = await page.evaluate(() => performance.timeOrigin);
          cpuMs.push(round(cpu.busyBetween(origin + joiner.readyAt, origin + state.syncedAt), 0));
        }
      } finally {
        await ctx.close();
      }
    }
    context.log(
      `sync ${chain.blocks}: ${synced.join(' ')} ms after ready (first ready peer at ${connected.join(' ')} ms, ` +
        `machine CPU ${cpuMs.join(' ')} ms of ${CORES} cores)`,
    );
    return { synced, connected, cpuMs, anySecure };
  } finally {
    cpu?.stop();
    await serverCtx.close();
  }
}

async function measureSync(context: SuiteContext): Promise<Measured[]> {
  const runs = context.quick ? 1 : 3;
  return withEnvironment(context, { signalling: true }, async (env) => {
    const chain = { url: CHAIN_URL, blocks: CHAIN_BLOCKS };
    const { synced, connected, cpuMs } = await timeSyncs(env, context, chain, runs, 'sync-joiner');
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
      ...machineCpuFigure(
        'sync_10k_cpu_ms',
        cpuMs,
        'the same syncs, ready to synced: CPU time of all processes on the machine (both tabs, the browser, /proc/stat)',
      ),
      ...machineCpuFigure(
        'sync_10k_cpu_floor_ms',
        cpuMs.map((ms) => round(ms / CORES, 0)),
        `that CPU time over the machine's ${CORES} cores: the shortest wall time the same work could take here`,
      ),
    ];
  });
}

/**
 * The same sync with the app and its signalling on the namespace's LAN address, as students open a teacher's `npm
 * start`: plain http there is no secure context, so the joiner has no WebCrypto Ed25519 and checks the signatures
 * with noble, in workers (src/node/worker-verifier.ts). Only inside `npm run bench`'s namespace, where that address is.
 */
async function measureLanSync(context: SuiteContext): Promise<Measured[]> {
  if (process.env.BENCH_ISOLATED !== '1') {
    context.log(`sync-lan skipped: ${LAN_HOST} exists only in the namespace npm run bench makes`);
    return [];
  }
  return withEnvironment(context, { signalling: true, host: LAN_HOST }, async (env) => {
    const chain = { url: CHAIN_URL, blocks: CHAIN_BLOCKS };
    const { synced, cpuMs, anySecure } = await timeSyncs(env, context, chain, context.quick ? 1 : 3, 'sync-lan-joiner');
    if (anySecure)
      throw new Error(`a joiner on http://${LAN_HOST} was a secure context: the figure would not be a LAN's`);
    return [
      {
        id: 'sync_10k_lan_ms',
        unit: 'ms',
        description: `sync_10k_ms with the app on plain http at ${LAN_HOST}: no secure context, signatures checked by noble in workers`,
        runs: synced,
      },
      ...machineCpuFigure('sync_10k_lan_cpu_ms', cpuMs, 'the same LAN syncs: CPU time of all processes (/proc/stat)'),
    ];
  });
}

export const browserValidateSuite: Suite = { id: 'validate-browser', where: 'chromium', run: measureBrowserValidation };
export const syncSuite: Suite = { id: 'sync', where: 'chromium', run: measureSync };
export const lanSyncSuite: Suite = { id: 'sync-lan', where: 'chromium', run: measureLanSync };
