// The named runs of `npm run simulate -- --preset NAME` and the command line that picks or changes one.
import { MessageType } from '../net/protocol.ts';
import type { ScenarioOptions } from './scenario.ts';

export type PresetName = 'classroom' | 'school' | 'internet';

const common = {
  degree: 8,
  blockIntervalMs: 10_000,
  seed: 1,
  difficulty: 8,
  listedPeers: 32,
  warmupMs: 20_000,
  drainMs: 20_000,
  partitionMs: 30_000,
  healLimitMs: 120_000,
  mutedMessages: [],
} as const;

export const PRESETS: Readonly<Record<PresetName, ScenarioOptions>> = {
  // One room on one Wi-Fi: a few milliseconds apart, nothing lost.
  classroom: {
    ...common,
    nodes: 40,
    durationMs: 600_000,
    sweepIntervalsMs: [2_000, 5_000],
    sweepBlocks: 60,
    link: { minLatencyMs: 1, maxLatencyMs: 5, jitterMs: 2, loss: 0, bandwidthBytesPerSec: 5_000_000 },
  },
  // A school's rooms on one network: further apart, a little loss.
  school: {
    ...common,
    nodes: 300,
    durationMs: 400_000,
    sweepIntervalsMs: [2_500, 5_000],
    sweepBlocks: 40,
    // Room reports flood every node's state a few hops on: at 300 nodes, millions of messages a block (docs/simulator.md).
    mutedMessages: ['report'],
    link: { minLatencyMs: 2, maxLatencyMs: 20, jitterMs: 5, loss: 0.001, bandwidthBytesPerSec: 2_500_000 },
  },
  // Browsers across the internet: 20-200 ms apart, 1 % of frames lost, 10 Mbit/s each way.
  internet: {
    ...common,
    nodes: 1_000,
    durationMs: 300_000,
    sweepIntervalsMs: [2_500, 5_000],
    sweepBlocks: 30,
    mutedMessages: ['report'],
    link: { minLatencyMs: 20, maxLatencyMs: 200, jitterMs: 20, loss: 0.01, bandwidthBytesPerSec: 1_250_000 },
  },
};

export type Command = { readonly name: string; readonly options: ScenarioOptions; readonly outDir: string };

export class UsageError extends Error {}

export const USAGE = `npm run simulate -- [--preset classroom|school|internet] [--nodes N] [--degree D]
  [--block-interval T] [--duration T] [--seed S] [--sweep T,T,...|none] [--partition T|none]
  [--mute TYPE,...|none] [--name NAME] [--out DIR]
Times are milliseconds, or a number with ms, s or m (10s, 5m). Writes DIR/NAME.json and DIR/NAME.html
(DIR: simulate, NAME: the preset's, or "custom" when a preset is changed by other flags).`;

/** Milliseconds from `500`, `500ms`, `10s` or `5m`; throws UsageError naming the flag otherwise. */
export function parseDuration(flag: string, text: string): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m)?$/.exec(text);
  if (match === null)
    throw new UsageError(`${flag} takes a time such as 10000, 10s or 5m, got ${JSON.stringify(text)}`);
  const unit = match[2] === 'm' ? 60_000 : match[2] === 's' ? 1_000 : 1;
  const ms = Math.round(Number(match[1]) * unit);
  if (ms <= 0) throw new UsageError(`${flag} must be more than 0, got ${JSON.stringify(text)}`);
  return ms;
}

function parseCount(flag: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) {
    throw new UsageError(`${flag} takes a whole number from ${min} to ${max}, got ${JSON.stringify(text)}`);
  }
  return value;
}

/** Message types of the wire protocol, as `--mute` names them. */
function parseTypes(flag: string, text: string): string[] {
  const known = Object.values(MessageType) as string[];
  const types = text.split(',');
  const unknown = types.filter((t) => !known.includes(t));
  if (unknown.length > 0)
    throw new UsageError(`${flag} takes message types (${known.join(', ')}), got ${unknown.join(', ')}`);
  return types;
}

function isPreset(name: string): name is PresetName {
  return Object.hasOwn(PRESETS, name);
}

/** Reads the command line (arguments after the script); throws UsageError on anything it does not know. */
export function parseCommand(args: readonly string[]): Command {
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const flag = args[i] as string;
    const value = args[i + 1];
    if (!flag.startsWith('--')) throw new UsageError(`unexpected argument ${JSON.stringify(flag)}`);
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${flag} needs a value`);
    if (values.has(flag)) throw new UsageError(`${flag} given twice`);
    values.set(flag, value);
    i++;
  }
  const presetName = values.get('--preset') ?? 'classroom';
  if (!isPreset(presetName))
    throw new UsageError(`no preset ${JSON.stringify(presetName)}: classroom, school or internet`);
  let options: ScenarioOptions = PRESETS[presetName];
  const changed = [...values.keys()].some((flag) => !['--preset', '--name', '--out'].includes(flag));
  for (const [flag, text] of values) {
    switch (flag) {
      case '--preset':
      case '--name':
      case '--out':
        break;
      case '--nodes':
        options = { ...options, nodes: parseCount(flag, text, 2, 100_000) };
        break;
      case '--degree':
        options = { ...options, degree: parseCount(flag, text, 2, 64) };
        break;
      case '--block-interval':
        options = { ...options, blockIntervalMs: parseDuration(flag, text) };
        break;
      case '--duration':
        options = { ...options, durationMs: parseDuration(flag, text) };
        break;
      case '--seed':
        options = { ...options, seed: parseCount(flag, text, 0, 0xffffffff) };
        break;
      case '--sweep':
        options = {
          ...options,
          sweepIntervalsMs: text === 'none' ? [] : text.split(',').map((part) => parseDuration(flag, part)),
        };
        break;
      case '--mute':
        options = { ...options, mutedMessages: text === 'none' ? [] : parseTypes(flag, text) };
        break;
      case '--partition':
        options = { ...options, partitionMs: text === 'none' ? 0 : parseDuration(flag, text) };
        break;
      default:
        throw new UsageError(`unknown flag ${flag}`);
    }
  }
  const name = values.get('--name') ?? (changed ? 'custom' : presetName);
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(name)) throw new UsageError(`--name takes letters, digits, - and _, got ${name}`);
  return { name, options, outDir: values.get('--out') ?? 'simulate' };
}
