// What `idb` costs a start, in Node with fake-indexeddb: a node of 10,000 stored blocks opened and loaded by this
// tree's store and, side by side in alternating runs, by another tree's (`--baseline`, e.g. the last commit's), both
// cold and the way a returning tab starts (index.html's early read adopted); then the block read alone, as plain
// requests against idb's promises. Not a suite of `npm run bench`: run it directly, it prints medians and ratios.
//   node --expose-gc --import tsx bench/idb-load.ts [--runs 21] [--baseline DIR]
//   mkdir /tmp/base && git archive HEAD src | tar -x -C /tmp/base && ln -s "$PWD/node_modules" /tmp/base/
// With --expose-gc every run starts from a collected heap (a 10,000-block load makes about 20 MB of garbage, and a
// collection inside a run otherwise decides the spread). fake-indexeddb clones and schedules unlike Chromium: read
// the ratios, not the milliseconds.
import 'fake-indexeddb/auto';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { IDBFactory } from 'fake-indexeddb';
import { wrap } from 'idb';
import { parseChain } from '../src/core/index.ts';
import { BENCH_CHAIN_PARAMS, CHAIN_BLOCKS } from './fixtures.ts';
import { median, round } from './registry.ts';
import { benchChainText } from './validate-chain.ts';

const NETWORK = BENCH_CHAIN_PARAMS.name;
const NODE_ID = 'n-idbload';
const WARM_UP_ROUNDS = 2;

/** The parts of one tree's src/storage that a start goes through. */
type StorageTree = {
  readonly store: Pick<typeof import('../src/storage/index.ts'), 'openIndexedDbStore' | 'takeEarlyRead'>;
  readonly early: Pick<typeof import('../src/storage/early-read.ts'), 'startEarlyRead' | 'earlyReadPlan'>;
  readonly log: Pick<
    typeof import('../src/storage/block-log.ts'),
    'placeBlockReads' | 'placeBlockStamp' | 'placeRecentReads'
  >;
};

async function loadTree(root: string): Promise<StorageTree> {
  // Another tree's modules have the same exports (they are what this one's were): typed as this tree's.
  const load = async <T>(file: string) => (await import(pathToFileURL(join(root, 'src/storage', file)).href)) as T;
  return {
    store: await load<StorageTree['store']>('index.ts'),
    early: await load<StorageTree['early']>('early-read.ts'),
    log: await load<StorageTree['log']>('block-log.ts'),
  };
}

function databaseName(tree: StorageTree): string {
  return tree.early.earlyReadPlan().databaseName.replace('{network}', NETWORK).replace('{node}', NODE_ID);
}

/** Milliseconds from opening the store to its load() resolving, with no early read (a tab's first start). */
async function coldLoad(tree: StorageTree, indexedDB: IDBFactory): Promise<number> {
  const started = performance.now();
  const store = await tree.store.openIndexedDbStore({ network: NETWORK, nodeId: NODE_ID, indexedDB });
  const loaded = await store.load();
  const ms = performance.now() - started;
  store.close();
  if (loaded.blocks.length !== CHAIN_BLOCKS - 1) throw new Error(`loaded ${loaded.blocks.length} blocks`);
  return ms;
}

/** The same, the way a returning tab starts: index.html's early read, adopted by the store. */
async function adoptedLoad(tree: StorageTree, indexedDB: IDBFactory): Promise<number> {
  const global: Record<string, unknown> = {};
  const plan = tree.early.earlyReadPlan();
  const environment = { search: `?room=${NETWORK}`, session: { getItem: () => NODE_ID }, indexedDB, global };
  const started = performance.now();
  const { placeBlockReads, placeBlockStamp, placeRecentReads } = tree.log;
  tree.early.startEarlyRead(plan, placeBlockReads, placeBlockStamp, placeRecentReads, environment);
  const early = await tree.store.takeEarlyRead(global, plan.globalKey, databaseName(tree))?.result;
  if (!early) throw new Error('the early read found nothing');
  const store = await tree.store.openIndexedDbStore({ network: NETWORK, nodeId: NODE_ID, indexedDB, early });
  const loaded = await store.load();
  const ms = performance.now() - started;
  store.close();
  if (loaded.blocks.length !== CHAIN_BLOCKS - 1) throw new Error(`loaded ${loaded.blocks.length} blocks`);
  return ms;
}

/** The two getAll of the block stores in one transaction: plain requests read once it commits (block-log.ts). */
async function plainBlockRead(tree: StorageTree, db: IDBDatabase): Promise<number> {
  const started = performance.now();
  const stores = tree.early.earlyReadPlan().stores;
  const tx = db.transaction([stores.segments, stores.blocks], 'readonly');
  const read = tree.log.placeBlockReads(tx, stores);
  await new Promise((done) => tx.addEventListener('complete', done));
  const ms = performance.now() - started;
  if ((read()?.segments.length ?? 0) === 0) throw new Error('no segments read');
  return ms;
}

/** The same reads through idb: one promise per request, awaited with the transaction's. */
async function idbBlockRead(tree: StorageTree, db: IDBDatabase): Promise<number> {
  const started = performance.now();
  const stores = tree.early.earlyReadPlan().stores;
  const tx = wrap(db).transaction([stores.segments, stores.blocks], 'readonly');
  const [segments] = await Promise.all([
    tx.objectStore(stores.segments).getAll(),
    tx.objectStore(stores.blocks).getAll(),
    tx.done,
  ]);
  const ms = performance.now() - started;
  if (segments.length === 0) throw new Error('no segments read');
  return ms;
}

type Contender = { readonly label: string; readonly run: () => Promise<number> };

/** Node's gc() under --expose-gc. */
const collectGarbage = (globalThis as { gc?: () => void }).gc;

/** Each contender once a round, the order turned round every round; the warm-up rounds are dropped. */
async function alternate(contenders: readonly Contender[], rounds: number): Promise<Map<string, number[]>> {
  const runs = new Map(contenders.map((c) => [c.label, [] as number[]]));
  for (let round = 0; round < WARM_UP_ROUNDS + rounds; round++) {
    const order = round % 2 === 0 ? contenders : [...contenders].reverse();
    for (const contender of order) {
      collectGarbage?.();
      const ms = await contender.run();
      if (round >= WARM_UP_ROUNDS) runs.get(contender.label)?.push(ms);
    }
  }
  return runs;
}

function report(title: string, runs: Map<string, number[]>): void {
  console.log(`\n${title}`);
  const medians = [...runs].map(([label, values]) => ({ label, median: median(values), values }));
  for (const { label, median: ms, values } of medians) {
    console.log(`  ${label.padEnd(34)} median ${round(ms, 2)} ms   runs ${values.map((v) => round(v, 1)).join(' ')}`);
  }
  const [first, second] = medians;
  if (first && second)
    console.log(`  ratio ${second.label} / ${first.label}: ${round(second.median / first.median, 3)}`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '21' }, baseline: { type: 'string' } } });
  const rounds = Number(values.runs);
  const log = (line: string) => console.error(`[idb-load] ${line}`);
  const context = { quick: false, log, chromePath: undefined, noteEnvironment: () => {} };
  const parsed = parseChain(JSON.parse(await benchChainText(context)), BENCH_CHAIN_PARAMS);
  if (!parsed.ok) throw new Error(`the bench chain is unreadable: ${parsed.code}`);
  const blocks = parsed.value.slice(1); // the genesis is never stored
  const tip = blocks.at(-1);
  if (tip === undefined) throw new Error('the bench chain has no blocks');
  const current = await loadTree(fileURLToPath(new URL('..', import.meta.url)));
  const trees: [string, StorageTree][] = [['this tree (idb)', current]];
  if (values.baseline !== undefined) trees.unshift([`baseline ${values.baseline}`, await loadTree(values.baseline)]);

  // Stored as the cold-start bench stores it: one saveBlocks, its segments sealed. Both trees read this layout.
  const indexedDB = new IDBFactory();
  const filling = await current.store.openIndexedDbStore({ network: NETWORK, nodeId: NODE_ID, indexedDB });
  await filling.saveBlocks(blocks, tip.hash);
  filling.close();
  log(`${blocks.length} blocks stored; ${rounds} alternating rounds after ${WARM_UP_ROUNDS} of warm-up`);
  if (collectGarbage === undefined) log('no gc() (run node with --expose-gc): collections will widen the spread');

  const each = (run: (tree: StorageTree, factory: IDBFactory) => Promise<number>) =>
    trees.map(([label, tree]) => ({ label, run: () => run(tree, indexedDB) }));
  report('open + load, cold (ms)', await alternate(each(coldLoad), rounds));
  report('early read + adopt + load, a returning tab (ms)', await alternate(each(adoptedLoad), rounds));

  const opening = indexedDB.open(databaseName(current));
  await wrap(opening);
  const raw = opening.result;
  const reads: Contender[] = [
    { label: 'plain requests (block-log.ts)', run: () => plainBlockRead(current, raw) },
    { label: "idb's promises", run: () => idbBlockRead(current, raw) },
  ];
  report('the block stores read in one transaction (ms)', await alternate(reads, rounds));
  raw.close();
}

await main();
