// One simulated run: N real nodes on the simulated wire find each other through a simulated signalling list, link,
// mine for a while on virtual time, settle, and then (optionally) split into two halves that mine apart and are
// joined again. The figures come from metrics.ts; the run itself knows nothing of what they mean.
import { createNetworkParams, GENESIS_TIMESTAMP } from '../core/index.ts';
import type { NetworkConfig } from '../net/config.ts';
import { SERVER_LIST_INTERVAL_MS } from '../net/discovery.ts';
import { Metrics } from './metrics.ts';
import { hashString, SeededRandom } from './random.ts';
import { type SimNode, startSimNode } from './sim-node.ts';
import { type LinkModel, SimWire } from './sim-transport.ts';
import { VirtualClock } from './virtual-clock.ts';

export type ScenarioOptions = {
  readonly nodes: number;
  /** Links per node at most (the network's maxConnections). */
  readonly degree: number;
  readonly blockIntervalMs: number;
  /** Virtual time spent mining at blockIntervalMs: the run whose propagation and traffic are measured. */
  readonly durationMs: number;
  /** Further intervals mined at afterwards, on the same network, for the stale rate alone. */
  readonly sweepIntervalsMs: readonly number[];
  /** Blocks expected in each of those (their mining time is this many intervals). */
  readonly sweepBlocks: number;
  readonly seed: number;
  readonly link: LinkModel;
  /** Leading zero bits of every block: real proof of work, kept cheap. */
  readonly difficulty: number;
  /** Ids a node gets from the simulated signalling server's list, at start and every 15 s. */
  readonly listedPeers: number;
  /** Virtual time to link up before mining starts, and to settle after it stops. */
  readonly warmupMs: number;
  readonly drainMs: number;
  /** Mining time of each half while partitioned; 0: no partition phase. */
  readonly partitionMs: number;
  /** How long after healing the halves may take to agree before the run gives up. */
  readonly healLimitMs: number;
  /** Message types sent but never delivered (SimWire.muted): a declared cut, for runs too large to carry them. */
  readonly mutedMessages: readonly string[];
};

export type PartitionOutcome = {
  readonly blocksMinedApart: number;
  /** Tips held at the moment of healing (at least two when both halves mined). */
  readonly tipsAtHeal: number;
  /** The halves' chains had equal work when joined: only a next block can decide between them. */
  readonly tiedAtHeal: boolean;
  /** From healing until every node held one tip; null when they did not within healLimitMs. */
  readonly healMs: number | null;
  readonly tipsAtEnd: number;
  /** Links between the halves when the run ended: none, and the halves cannot learn of each other's chain. */
  readonly linksAcrossAtEnd: number;
};

/** Blocks mined at one interval: serials [firstSerial, endSerial) of the metrics' records. */
export type IntervalSegment = {
  readonly intervalMs: number;
  readonly durationMs: number;
  readonly firstSerial: number;
  readonly endSerial: number;
};

export type ScenarioRun = {
  readonly options: ScenarioOptions;
  readonly metrics: Metrics;
  readonly nodes: readonly SimNode[];
  /** The measured segment first, then the sweep's. */
  readonly segments: readonly IntervalSegment[];
  /** Hashes of the final main chain of node 0 (every node's, when the run converged). */
  readonly mainChain: ReadonlySet<string>;
  readonly tipsAfterDrain: number;
  readonly linksPerNode: readonly number[];
  readonly partition: PartitionOutcome | null;
  readonly wallMs: number;
  /** CPU time of this process over the run (user and system): what the run costs on a machine shared with others. */
  readonly cpuMs: number;
  readonly peakRssBytes: number;
  readonly peakHeapBytes: number;
  readonly timersRun: number;
  readonly wire: SimWire['stats'];
};

export type Progress = (message: string) => void;

/** The network settings a node of degree `degree` runs with: the real defaults, scaled (8 links: 5 inbound). */
export function networkConfigFor(degree: number): Partial<NetworkConfig> {
  const reserved = Math.max(1, Math.round((degree * 3) / 8));
  return {
    maxConnections: degree,
    maxInbound: Math.max(1, degree - reserved),
    settledLinks: Math.max(1, Math.round(degree / 2)),
  };
}

/**
 * Runs the scenario with Math.random drawing from the seed (the network draws its ping nonces from it, and their
 * length changes the bytes on the wire), so one seed gives one run.
 */
export async function runScenario(options: ScenarioOptions, progress: Progress = () => {}): Promise<ScenarioRun> {
  const systemRandom = Math.random;
  const seeded = new SeededRandom(hashString(`math-random:${options.seed}`));
  Math.random = () => seeded.next();
  try {
    return await runSeeded(options, progress);
  } finally {
    Math.random = systemRandom;
  }
}

async function runSeeded(options: ScenarioOptions, progress: Progress): Promise<ScenarioRun> {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const random = new SeededRandom(options.seed);
  const clock = new VirtualClock(GENESIS_TIMESTAMP + 3_600_000);
  const wire = new SimWire(clock, options.link, random.derive('wire'), options.seed);
  const metrics = new Metrics(clock, options.nodes);
  wire.onSend = (link, frame) => metrics.onFrame(link, frame);
  wire.muted = new Set(options.mutedMessages);
  const params = createNetworkParams('sim', { difficulty: options.difficulty, minDifficulty: 1, retarget: null });
  const config = networkConfigFor(options.degree);
  const memory = { rss: 0, heap: 0 };
  const sampleMemory = () => {
    const usage = process.memoryUsage();
    memory.rss = Math.max(memory.rss, usage.rss);
    memory.heap = Math.max(memory.heap, usage.heapUsed);
  };

  const shares = hashShares(options.nodes, random.derive('shares'));
  const nodes: SimNode[] = [];
  for (let index = 0; index < options.nodes; index++) {
    const node = await startSimNode({
      index,
      params,
      wire,
      random,
      config,
      share: shares[index] as number,
      blockIntervalMs: options.blockIntervalMs,
    });
    metrics.register(node.peerId, index);
    node.full.subscribe((event) => metrics.onNodeEvent(index, event));
    nodes.push(node);
  }
  progress(`${options.nodes} nodes started in ${Math.round(performance.now() - started)} ms`);
  listPeersPeriodically(nodes, clock, random.derive('listing'), options.listedPeers);
  everyVirtual(clock, 5_000, sampleMemory);

  await clock.runUntil(clock.now() + options.warmupMs);
  progress(`linked: ${describeLinks(nodes)}`);

  const segments: IntervalSegment[] = [];
  const mine = async (intervalMs: number, durationMs: number) => {
    // A mining loop stopped by the last segment must have ended first: BlockchainNode drops a setAutoMine(true)
    // that comes while its stopped loop is still unwinding (a few promise reactions), and would never mine again.
    await clock.runUntil(clock.now());
    for (const node of nodes) node.miner.setBlockInterval(intervalMs);
    const from = clock.now();
    const firstSerial = metrics.blocks.size;
    setMining(nodes, true);
    for (let step = 1; step <= 5; step++) {
      await clock.runUntil(from + (durationMs * step) / 5);
      const wallS = Math.round((performance.now() - started) / 1000);
      progress(`mining at ${intervalMs} ms, ${step * 20} %: ${metrics.blocks.size} blocks, ${wallS} s`);
    }
    setMining(nodes, false);
    segments.push({ intervalMs, durationMs, firstSerial, endSerial: metrics.blocks.size });
  };
  metrics.measuring = true;
  await mine(options.blockIntervalMs, options.durationMs);
  await clock.runUntil(clock.now() + options.drainMs);
  metrics.measuring = false;
  for (const intervalMs of options.sweepIntervalsMs) await mine(intervalMs, options.sweepBlocks * intervalMs);
  if (options.sweepIntervalsMs.length > 0) await clock.runUntil(clock.now() + options.drainMs);
  const tipsAfterDrain = distinctTips(nodes);
  const mainChain = new Set(nodes[0]?.chainNode.chain.mainChain().map((b) => b.hash) ?? []);
  const linksPerNode = nodes.map((n) => n.network.peers().length);
  progress(`settled: ${tipsAfterDrain} tip(s), ${metrics.blocks.size} blocks mined`);

  const partition = options.partitionMs > 0 ? await partitionAndHeal(nodes, wire, clock, options, progress) : null;
  sampleMemory();
  for (const node of nodes) node.full.stop();
  return {
    options,
    metrics,
    nodes,
    segments,
    mainChain,
    tipsAfterDrain,
    linksPerNode,
    partition,
    wallMs: performance.now() - started,
    cpuMs: cpuMsSince(cpuBefore),
    peakRssBytes: memory.rss,
    peakHeapBytes: memory.heap,
    timersRun: clock.timersRun,
    wire: { ...wire.stats },
  };
}

/**
 * Splits the nodes into two halves that mine apart for partitionMs, joins them, and times their agreement while
 * mining goes on (every node on one tip, checked every 100 ms of virtual time).
 */
async function partitionAndHeal(
  nodes: readonly SimNode[],
  wire: SimWire,
  clock: VirtualClock,
  options: ScenarioOptions,
  progress: Progress,
): Promise<PartitionOutcome> {
  const half = Math.ceil(nodes.length / 2);
  wire.partition(new Map(nodes.map((n) => [n.peerId, n.index < half ? 0 : 1])));
  const before = nodes.reduce((sum, n) => sum + n.miner.blocksFound, 0);
  setMining(nodes, true);
  await clock.runUntil(clock.now() + options.partitionMs);
  setMining(nodes, false);
  const blocksMinedApart = nodes.reduce((sum, n) => sum + n.miner.blocksFound, 0) - before;
  // Blocks still in flight inside each half land first, so the halves are two settled chains when joined.
  await clock.runUntil(clock.now() + options.drainMs);
  const tipsAtHeal = distinctTips(nodes);
  const works = new Set(nodes.map((n) => n.chainNode.chain.totalWork));
  const tiedAtHeal = tipsAtHeal > 1 && works.size === 1;
  wire.heal();
  const healedAt = clock.now();
  progress(
    `partitioned: ${blocksMinedApart} blocks mined apart, ${tipsAtHeal} tips${tiedAtHeal ? ', tied' : ''}; healing`,
  );
  // Mining goes on, as in a live room: two chains of equal work stay apart until the next block breaks the tie.
  await clock.runUntil(clock.now());
  setMining(nodes, true);
  let checkAt = healedAt;
  let agreedAt: number | null = null;
  await clock.runUntil(healedAt + options.healLimitMs, () => {
    if (clock.now() < checkAt) return false;
    checkAt = clock.now() + 100;
    if (distinctTips(nodes) > 1) return false;
    agreedAt = clock.now();
    return true;
  });
  setMining(nodes, false);
  const healMs = agreedAt === null ? null : agreedAt - healedAt;
  progress(healMs === null ? `no agreement within ${options.healLimitMs} ms` : `agreed ${healMs} ms after healing`);
  const halfOf = new Map(nodes.map((n) => [n.peerId, n.index < half]));
  const linksAcrossAtEnd = nodes.reduce(
    (sum, n) => sum + n.network.peers().filter((id) => halfOf.get(id) !== n.index < half).length,
    0,
  );
  return {
    blocksMinedApart,
    tipsAtHeal,
    tiedAtHeal,
    healMs,
    tipsAtEnd: distinctTips(nodes),
    linksAcrossAtEnd: linksAcrossAtEnd / 2,
  };
}

/** Shares of hash power: unequal, as in a room of different devices (exponential weights, normalized). */
function hashShares(count: number, random: SeededRandom): number[] {
  const weights = Array.from({ length: count }, () => random.exponential(1));
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => w / total);
}

/**
 * The simulated signalling server's list: each node reads `count` random ids of the others at once and again every
 * SERVER_LIST_INTERVAL_MS, first at a random moment of its first second (the real server lists every id).
 */
function listPeersPeriodically(nodes: readonly SimNode[], clock: VirtualClock, random: SeededRandom, count: number) {
  const ids = nodes.map((n) => n.peerId);
  for (const node of nodes) {
    const listing = () => {
      node.network.addCandidates(random.sample(ids, count + 1).filter((id) => id !== node.peerId));
      clock.after(SERVER_LIST_INTERVAL_MS, listing);
    };
    clock.after(random.between(0, 1_000), listing);
  }
}

function cpuMsSince(before: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

function everyVirtual(clock: VirtualClock, ms: number, action: () => void): void {
  const tick = () => {
    action();
    clock.after(ms, tick);
  };
  clock.after(ms, tick);
}

function setMining(nodes: readonly SimNode[], on: boolean): void {
  for (const node of nodes) node.full.setAutoMine(on);
}

export function distinctTips(nodes: readonly SimNode[]): number {
  return new Set(nodes.map((n) => n.chainNode.chain.tip.hash)).size;
}

function describeLinks(nodes: readonly SimNode[]): string {
  const links = nodes.map((n) => n.network.peers().length).sort((a, b) => a - b);
  return `links per node min ${links[0]}, median ${links[links.length >> 1]}, max ${links[links.length - 1]}`;
}
