// A small simulated network on the real node code: it converges on one tip, relays each block over each link at
// most once, heals after a partition, and gives the same figures for the same seed.
import { describe, expect, it } from 'vitest';
import { figuresOf } from '../../src/sim/figures.ts';
import { parseCommand, UsageError } from '../../src/sim/presets.ts';
import { reportHtml } from '../../src/sim/report.ts';
import { runScenario, type ScenarioOptions } from '../../src/sim/scenario.ts';

const small: ScenarioOptions = {
  nodes: 20,
  degree: 6,
  blockIntervalMs: 5_000,
  durationMs: 40_000,
  sweepIntervalsMs: [],
  sweepBlocks: 0,
  seed: 11,
  link: { minLatencyMs: 20, maxLatencyMs: 120, jitterMs: 10, loss: 0.01, bandwidthBytesPerSec: 1_250_000 },
  difficulty: 6,
  listedPeers: 12,
  warmupMs: 10_000,
  drainMs: 5_000,
  partitionMs: 15_000,
  healLimitMs: 60_000,
  // Room reports are four fifths of a small room's messages and nothing here reads them: muted, the test stays fast.
  mutedMessages: ['report'],
};

describe('a simulated network of 20 nodes', () => {
  it('converges on one tip, sends each block over each link at most once, and heals after a partition', async () => {
    const run = await runScenario(small);
    const figures = figuresOf('test', run);
    expect(figures.blocks_mined).toBeGreaterThan(3);
    expect(figures.converged).toBe(true);
    expect(figures.blocks_reaching_all).toBe(figures.blocks_mined);
    expect(figures.messages_per_node_per_block_max).toBeGreaterThan(0);
    expect(figures.messages_per_node_per_block_max).toBeLessThanOrEqual(small.degree);
    expect(figures.duplicate_block_sends_per_link).toBe(0);
    expect(figures.links_per_node.min).toBeGreaterThan(0);
    expect(figures.links_per_node.max).toBeLessThanOrEqual(small.degree);
    // Every node validated every block itself: each holds the same main chain.
    const heights = new Set(run.nodes.map((n) => n.chainNode.chain.height));
    expect(heights.size).toBe(1);
    expect(run.partition?.tipsAtHeal).toBeGreaterThan(1);
    expect(run.partition?.healMs).not.toBeNull();
    expect(run.partition?.tipsAtEnd).toBe(1);
    expect(reportHtml(figures)).toContain('<svg');
  });

  it('gives the same figures for the same seed, and others for another', async () => {
    const tiny = {
      ...small,
      nodes: 8,
      degree: 4,
      durationMs: 20_000,
      partitionMs: 0,
      sweepIntervalsMs: [2_000, 3_000],
      sweepBlocks: 6,
    };
    /** What the seed decides: everything but this machine's timings and memory. */
    const seeded = async (seed: number) => {
      const { run_ms, cpu_ms, peak_rss_mb, peak_heap_mb, validation_ms_per_block, goals, ...rest } = figuresOf(
        'test',
        await runScenario({ ...tiny, seed }),
      );
      return rest;
    };
    const first = await seeded(5);
    // Each interval of the sweep mined, the one right after another too.
    for (const at of first.stale_by_interval) expect(at.blocks).toBeGreaterThan(0);
    expect(await seeded(5)).toEqual(first);
    expect(await seeded(6)).not.toEqual(first);
  });
});

describe('the command line', () => {
  it('reads a preset and the flags that change it', () => {
    expect(parseCommand(['--preset', 'internet']).options.nodes).toBe(1_000);
    const custom = parseCommand(['--preset', 'school', '--nodes', '50', '--block-interval', '5s', '--sweep', 'none']);
    expect(custom.name).toBe('custom');
    expect(custom.options).toMatchObject({ nodes: 50, blockIntervalMs: 5_000, sweepIntervalsMs: [] });
  });

  it('refuses what it does not know with a message naming it', () => {
    expect(() => parseCommand(['--nodes', 'many'])).toThrow(UsageError);
    expect(() => parseCommand(['--nodes', 'many'])).toThrow(/--nodes/);
    expect(() => parseCommand(['--preset', 'galaxy'])).toThrow(/galaxy/);
    expect(() => parseCommand(['--speed', '3'])).toThrow(/unknown flag --speed/);
    expect(() => parseCommand(['--duration'])).toThrow(/needs a value/);
    expect(() => parseCommand(['--duration', '0s'])).toThrow(/more than 0/);
  });
});
