// The figures of a run, as simulate/NAME.json holds them (names from issue 16), and the goals they are judged by.
import { Blockchain } from '../core/index.ts';
import { type BlockRecord, median, quantile, reachMs, type Traffic } from './metrics.ts';
import type { IntervalSegment, ScenarioOptions, ScenarioRun } from './scenario.ts';

export type BlockFigures = {
  readonly height: number;
  readonly stale: boolean;
  readonly reach50_ms: number | null;
  readonly reach90_ms: number | null;
  readonly reach100_ms: number | null;
  /** Most `block` messages carrying this block that one node sent. */
  readonly sends_max: number;
};

export type StaleAtInterval = {
  readonly interval_ms: number;
  readonly blocks: number;
  readonly stale: number;
  readonly stale_rate: number | null;
  /** 95 % Wilson interval of the rate: how much the block count can tell. */
  readonly stale_rate_95: readonly [number, number] | null;
};

export type Goal = {
  readonly goal: string;
  readonly target: number;
  readonly measured: number | null;
  readonly met: boolean;
  /** What limits it, when missed (filled in from the figures; the docs say more). */
  readonly note: string;
};

export type Figures = ReturnType<typeof figuresOf>;

/** What the simulator cut to fit a thousand nodes in one process, said in every output. */
const CUTS: readonly string[] = [
  'Validation, relay and every handler take no virtual time: a block is forwarded the instant it arrives, so reach times are pure network (latency, jitter, retransmissions, bandwidth).',
  'Mining: each node draws its block times from its share of the hash power (exponential waits, seeded); the block is then really mined at a low fixed difficulty and validated by every node like any other.',
  'Blocks carry only their coinbase: no transactions are made, so no signature is checked (none needs cutting or sharing).',
  'Stores keep nothing (a simulated node never restarts); the chain, mempool, fork choice, network, relay, sync, rate limits and misbehaviour rules are the real src/core, src/net and src/node code.',
  'Peer discovery: the signalling server is simulated by handing each node a random sample of ids at start and every 15 s (the real server lists every id).',
  'A partition closes every link across it at once and fails dials across it after 5 s; a lost frame is resent one round trip plus 200 ms later, holding back the frames behind it.',
];

function wilson(stale: number, total: number): readonly [number, number] | null {
  if (total === 0) return null;
  const z = 1.96;
  const p = stale / total;
  const centre = (p + (z * z) / (2 * total)) / (1 + (z * z) / total);
  const spread = (z * Math.sqrt((p * (1 - p)) / total + (z * z) / (4 * total * total))) / (1 + (z * z) / total);
  const bound = (value: number) => Math.round(Math.min(1, Math.max(0, value)) * 10_000) / 10_000;
  return [bound(centre - spread), bound(centre + spread)];
}

function recordsOf(run: ScenarioRun, segment: IntervalSegment): BlockRecord[] {
  return [...run.metrics.blocks.values()].filter(
    (r) => r.serial >= segment.firstSerial && r.serial < segment.endSerial,
  );
}

function staleAt(run: ScenarioRun, segment: IntervalSegment): StaleAtInterval {
  const records = recordsOf(run, segment);
  const stale = records.filter((r) => !run.mainChain.has(r.hash)).length;
  return {
    interval_ms: segment.intervalMs,
    blocks: records.length,
    stale,
    stale_rate: records.length === 0 ? null : stale / records.length,
    stale_rate_95: wilson(stale, records.length),
  };
}

/** Mean time for this machine's core to validate one block of the run's main chain (Node, one thread). */
function validationMs(run: ScenarioRun): number {
  const node = run.nodes[0];
  if (node === undefined) return 0;
  const blocks = node.chainNode.chain.mainChain().slice(1);
  if (blocks.length === 0) return 0;
  const chain = new Blockchain(node.chainNode.params);
  const start = performance.now();
  for (const block of blocks) chain.addBlock(block, { now: Number.MAX_SAFE_INTEGER });
  return (performance.now() - start) / blocks.length;
}

function round(value: number | null, digits = 1): number | null {
  if (value === null) return null;
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

function nonNull(values: ReadonlyArray<number | null>): number[] {
  return values.filter((v): v is number => v !== null);
}

/** The cuts of this run: the fixed ones, and the message types it muted. */
export function cutsOf(options: ScenarioOptions): string[] {
  const muted = options.mutedMessages;
  return muted.length === 0
    ? [...CUTS]
    : [
        ...CUTS,
        `Muted: ${muted.join(', ')} messages are built and sent (and counted as sent) but never delivered, so nobody relays them; their real cost at this size is beyond what one process can simulate in time.`,
      ];
}

export function figuresOf(name: string, run: ScenarioRun) {
  const { options, metrics } = run;
  const [measured, ...sweep] = run.segments;
  if (measured === undefined) throw new Error('a run mines at least once');
  const records = recordsOf(run, measured);
  const blocks: BlockFigures[] = records.map((r) => ({
    height: r.height,
    stale: !run.mainChain.has(r.hash),
    reach50_ms: reachMs(r, 0.5),
    reach90_ms: reachMs(r, 0.9),
    reach100_ms: reachMs(r, 1),
    sends_max: Math.max(0, ...r.sends),
  }));
  const minedCount = Math.max(1, records.length);
  const perNode = (pick: (t: Traffic) => number) =>
    metrics.sent.map((byType) => [...byType.values()].reduce((sum, t) => sum + pick(t), 0) / minedCount);
  const messagesPerNode = perNode((t) => t.messages);
  const bytesPerNode = perNode((t) => t.bytes);
  const byType: Record<
    string,
    { messages_per_node_per_block: number | null; bytes_per_node_per_block: number | null }
  > = {};
  const types = new Set(metrics.sent.flatMap((m) => [...m.keys()]));
  for (const type of [...types].sort()) {
    const of = (pick: (t: Traffic) => number) =>
      metrics.sent.reduce((sum, m) => sum + pick(m.get(type) ?? { messages: 0, bytes: 0 }), 0) /
      (options.nodes * minedCount);
    byType[type] = {
      messages_per_node_per_block: round(
        of((t) => t.messages),
        2,
      ),
      bytes_per_node_per_block: round(
        of((t) => t.bytes),
        0,
      ),
    };
  }
  const stale = [staleAt(run, measured), ...sweep.map((s) => staleAt(run, s))].sort(
    (a, b) => a.interval_ms - b.interval_ms,
  );
  const meanLatencyMs = (options.link.minLatencyMs + options.link.maxLatencyMs) / 2 + options.link.jitterMs / 2;
  const validation = validationMs(run);
  const reach90 = median(nonNull(blocks.map((b) => b.reach90_ms)));
  const sendsMax = Math.max(0, ...blocks.map((b) => b.sends_max));
  const staleAt10s = stale.find((s) => s.interval_ms === 10_000) ?? null;
  const reachTarget = 4 * meanLatencyMs + validation;
  const links = [...run.linksPerNode].sort((a, b) => a - b);
  const goals: Goal[] = [
    {
      goal: '90 % reach within 4 link latencies plus validation time (median over blocks)',
      target: round(reachTarget) as number,
      measured: round(reach90),
      met: reach90 !== null && reach90 <= reachTarget,
      note: `mean one-way link latency ${round(meanLatencyMs)} ms; validation ${round(validation, 3)} ms a block`,
    },
    {
      goal: 'messages per node per block <= degree (each block over each link at most once)',
      target: options.degree,
      measured: sendsMax,
      met: sendsMax <= options.degree && metrics.duplicateLinkSends === 0,
      note: `${metrics.duplicateLinkSends} block(s) sent twice over one link`,
    },
    {
      goal: 'stale blocks < 2 % at a 10 s interval',
      target: 0.02,
      measured: staleAt10s?.stale_rate ?? null,
      met: staleAt10s?.stale_rate !== null && staleAt10s !== null && (staleAt10s.stale_rate as number) < 0.02,
      note:
        staleAt10s === null
          ? 'no run at a 10 s interval'
          : `${staleAt10s.stale} of ${staleAt10s.blocks} blocks; 95 % interval ${staleAt10s.stale_rate_95?.map((v) => round(v, 3)).join('-')}`,
    },
  ];
  const measuredStale = staleAt(run, measured);
  return {
    name,
    nodes: options.nodes,
    degree: options.degree,
    block_interval_ms: options.blockIntervalMs,
    duration_ms: options.durationMs,
    seed: options.seed,
    link: options.link,
    difficulty: options.difficulty,
    reach50_ms_median: round(median(nonNull(blocks.map((b) => b.reach50_ms)))),
    reach90_ms_median: round(reach90),
    reach100_ms_median: round(median(nonNull(blocks.map((b) => b.reach100_ms)))),
    reach90_ms_p90: round(quantile(nonNull(blocks.map((b) => b.reach90_ms)), 0.9)),
    blocks_reaching_all: blocks.filter((b) => b.reach100_ms !== null).length,
    messages_per_node_per_block_max: sendsMax,
    duplicate_block_sends_per_link: metrics.duplicateLinkSends,
    all_messages_per_node_per_block_median: round(median(messagesPerNode), 2),
    all_messages_per_node_per_block_max: round(Math.max(0, ...messagesPerNode), 2),
    bytes_per_node_per_block_median: round(median(bytesPerNode), 0),
    bytes_per_node_per_block_max: round(Math.max(0, ...bytesPerNode), 0),
    traffic_by_type: byType,
    blocks_mined: measuredStale.blocks,
    stale_rate: measuredStale.stale_rate === null ? null : round(measuredStale.stale_rate, 4),
    stale_by_interval: stale,
    converged: run.tipsAfterDrain === 1,
    heal_ms: run.partition?.healMs ?? null,
    partition: run.partition,
    links_per_node: { min: links[0] ?? 0, median: links[links.length >> 1] ?? 0, max: links[links.length - 1] ?? 0 },
    validation_ms_per_block: round(validation, 3),
    peak_rss_mb: round(run.peakRssBytes / 2 ** 20),
    peak_heap_mb: round(run.peakHeapBytes / 2 ** 20),
    run_ms: Math.round(run.wallMs),
    cpu_ms: Math.round(run.cpuMs),
    timers_run: run.timersRun,
    wire: run.wire,
    goals,
    muted_messages: options.mutedMessages,
    cuts: cutsOf(options),
    blocks,
    per_node: {
      messages_per_block: messagesPerNode.map((v) => round(v, 2)),
      bytes_per_block: bytesPerNode.map((v) => round(v, 0)),
    },
  };
}
