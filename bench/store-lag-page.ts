// The node's writes on the chain bench page: a BlockchainNode over the real IndexedDB store (and, for the lag, the
// real miner pool), measured through its own events and a wrapper around its store. Used by store-lag.ts.
import {
  createNetworkParams,
  createTransaction,
  generateKeyPair,
  type NetworkParams,
  type Transaction,
} from '../src/core/index.ts';
import { createBrowserMinerPool } from '../src/mining/index.ts';
import { BlockchainNode } from '../src/node/node.ts';
import type { MinerPort, NodeStorePort } from '../src/node/ports.ts';
import { deleteDatabase } from '../src/storage/idb.ts';
import { createNodeId, nodeDatabaseName, openIndexedDbStore } from '../src/storage/index.ts';
import type { FloodFigures, StoreLag } from './chain-bench-api.ts';

/** What `?difficulty=N` makes of a room (src/ui/room.ts): a fixed difficulty, no retargeting. */
function fixedDifficulty(room: string, difficulty: number): NetworkParams {
  return createNetworkParams(room, { difficulty, minDifficulty: Math.min(difficulty, 1), retarget: null });
}

/** Any address: the records below go nowhere in particular. */
const RECIPIENT = generateKeyPair().address;

/** A miner that is never asked to mine: the flood figures time the mempool's path alone. */
const IDLE_MINER: MinerPort = {
  mine: async () => null,
  setWorkerCount: () => {},
  workerCount: 1,
};

/**
 * A new node of `params` on a database of its own; `onCommit` hears of every save the store committed, with when
 * the save began.
 */
async function openBenchNode(
  params: NetworkParams,
  miner: MinerPort,
  onCommit: (blocks: readonly string[], startedAt: number) => void,
) {
  const nodeId = createNodeId((n) => crypto.getRandomValues(new Uint8Array(n)));
  const store = await openIndexedDbStore({ network: params.name, nodeId });
  const port: NodeStorePort = {
    load: () => store.load(),
    async save(changes) {
      const startedAt = performance.now();
      await store.save(changes);
      onCommit(
        (changes.blocks ?? []).map((block) => block.hash),
        startedAt,
      );
    },
  };
  // Gone with its run: one origin keeps all its databases in one store, so a run's leftovers would slow the next.
  const discard = async () => {
    store.close();
    await deleteDatabase(indexedDB, nodeDatabaseName(params.name, nodeId), () => {});
  };
  return { node: await BlockchainNode.open({ params, nodeId, store: port, miner }), discard };
}

/** The page's event loop going this long without running its 5 ms timer counts as a stall. */
const STALL_MS = 25;

/** StoreLag and where its time went: what the page's log line shows besides the figures (store-lag.ts). */
export type StoreLagDetail = StoreLag & {
  /** Each save's time, from the call to the store until it committed (a merge it waited for included). */
  readonly saveMs: { readonly median: number; readonly p90: number; readonly max: number };
  /** Event-loop stalls of STALL_MS or more: how many, and their total. */
  readonly stalls: { readonly count: number; readonly totalMs: number };
  /** How much of the worst block's wait (admission to commit seen) the page's own stalls took. */
  readonly worstStalledMs: number;
};

/** The `q` quantile of ascending `sorted`, 0 for none. */
function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;
}

/** How much of [from, to] the stalls cover. */
function overlap(stalls: readonly (readonly [number, number])[], from: number, to: number): number {
  return stalls.reduce((sum, [start, end]) => sum + Math.max(0, Math.min(to, end) - Math.max(from, start)), 0);
}

/**
 * Auto-mines for `seconds` and records, for every block, how long from its admission until the save carrying it
 * committed, and how many admitted blocks the store lacked at each admission.
 */
export async function measureStoreLag(difficulty: number, seconds: number): Promise<StoreLagDetail> {
  const admittedAt = new Map<string, number>();
  let lagMsMax = 0;
  let worst = { queuedMs: 0, saveMs: 0, saveBlocks: 0 };
  let worstWait: readonly [number, number] = [0, 0];
  const saveMs: number[] = [];
  const miner = createBrowserMinerPool();
  const params = fixedDifficulty('bench-lag', difficulty);
  const { node, discard } = await openBenchNode(params, miner, (hashes, startedAt) => {
    const now = performance.now();
    saveMs.push(now - startedAt);
    for (const hash of hashes) {
      const at = admittedAt.get(hash);
      admittedAt.delete(hash);
      if (at === undefined || now - at <= lagMsMax) continue;
      lagMsMax = now - at;
      worst = { queuedMs: startedAt - at, saveMs: now - startedAt, saveBlocks: hashes.length };
      worstWait = [at, now];
    }
  });
  let lagBlocksMax = 0;
  node.subscribe((event) => {
    if (event.type !== 'block') return;
    admittedAt.set(event.block.hash, performance.now());
    lagBlocksMax = Math.max(lagBlocksMax, admittedAt.size);
  });
  let loopGapMsMax = 0;
  const stalls: (readonly [number, number])[] = [];
  let lastTick = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    loopGapMsMax = Math.max(loopGapMsMax, now - lastTick);
    if (now - lastTick >= STALL_MS) stalls.push([lastTick, now]);
    lastTick = now;
  }, 5);
  const started = performance.now();
  node.setAutoMine(true);
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  node.stopMining();
  clearInterval(ticker);
  const elapsed = performance.now() - started;
  await node.whenSaved();
  miner.terminate();
  await discard();
  const blocks = node.chain.height - 1;
  const sorted = saveMs.sort((a, b) => a - b);
  return {
    blocks,
    blocksPerSecond: (blocks * 1000) / elapsed,
    saves: saveMs.length,
    lagBlocksMax,
    lagMsMax,
    worst,
    loopGapMsMax,
    saveMs: { median: quantile(sorted, 0.5), p90: quantile(sorted, 0.9), max: sorted.at(-1) ?? 0 },
    stalls: { count: stalls.length, totalMs: stalls.reduce((sum, [start, end]) => sum + end - start, 0) },
    worstStalledMs: overlap(stalls, worstWait[0], worstWait[1]),
  };
}

/** Admits `txs` as a peer's relayed messages arrive: one per task (a MessageChannel, which no timer clamps). */
function feed(node: BlockchainNode, txs: readonly Transaction[], onProgress: (fed: number) => void): Promise<void> {
  const channel = new MessageChannel();
  let next = 0;
  return new Promise((resolve) => {
    channel.port1.onmessage = () => {
      const tx = txs[next++];
      if (tx === undefined) {
        channel.port1.close();
        resolve();
        return;
      }
      node.acceptTransaction(tx, 'peer');
      onProgress(next);
      channel.port2.postMessage(null);
    };
    channel.port2.postMessage(null);
  });
}

async function timedTransaction(node: BlockchainNode, info: string): Promise<number> {
  const started = performance.now();
  const result = await node.newTransaction({ recipient: RECIPIENT, info });
  if (!result.ok) throw new Error(`newTransaction failed: ${result.failure.code}`);
  return performance.now() - started;
}

/**
 * The owner's newTransaction on a fresh node, idle, then while a peer floods `flood` zero-amount records from fresh
 * keys (made beforehand), timed once a tenth of the flood is in: the store is busy with the flood's saves by then.
 */
export async function measureFloodOwnerTx(flood: number, runs: number): Promise<FloodFigures> {
  const params = fixedDifficulty('bench-flood', 8);
  const now = Date.now();
  const txs = Array.from({ length: flood }, (_, i) =>
    createTransaction(generateKeyPair(), { recipient: RECIPIENT, info: `t=${i}`, timestamp: now, nonce: i }, params),
  );
  const figures: { idleMs: number[]; floodedMs: number[]; admitted: number[] } = {
    idleMs: [],
    floodedMs: [],
    admitted: [],
  };
  for (let run = 0; run < runs; run++) {
    const { node, discard } = await openBenchNode(params, IDLE_MINER, () => {});
    figures.idleMs.push(await timedTransaction(node, `idle ${run}`));
    let tenthIn = () => {};
    const tenth = new Promise<void>((resolve) => {
      tenthIn = resolve;
    });
    const fed = feed(node, txs, (count) => {
      if (count === Math.ceil(flood / 10)) tenthIn();
    });
    await tenth;
    figures.floodedMs.push(await timedTransaction(node, `flooded ${run}`));
    await fed;
    figures.admitted.push(node.mempool.size - 2);
    await node.whenSaved();
    await discard();
  }
  return figures;
}
