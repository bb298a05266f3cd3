// What the IoT view shows, without the DOM: the device records of the chain and the mempool grouped by device, each
// numeric quantity as points over block height for a chart, and the simulated sensor's settings and random walk.
import { type Block, confirmationsAt, isAddress, isCoinbase, isRecordLabel, type Transaction } from '../core/index.ts';
import { parseReading, type ReadingField, readingNumber } from '../core/readings.ts';

/** One device record: a reading in a block of the main chain (with its confirmations) or pending in the mempool. */
export type DeviceRecord = {
  readonly txid: string;
  readonly label: string;
  /** The block's index; null while the record waits in the mempool. */
  readonly height: number | null;
  readonly confirmations: number;
  readonly timestamp: number;
  readonly fields: readonly ReadingField[];
};

export type ChartPoint = { readonly height: number; readonly value: number };

/** A device's records, newest first, as every node sees them: grouped by the address that signed them. */
export type DeviceRecords = {
  readonly address: string;
  /** The name of its newest record (a device may be renamed: its address stays). */
  readonly label: string;
  readonly records: readonly DeviceRecord[];
  /** Each numeric quantity's points over block height, oldest first, the last `CHART_POINTS` of them. */
  readonly series: ReadonlyMap<string, readonly ChartPoint[]>;
};

/** Records listed per device, and points drawn per quantity: a device posting every few seconds for a lesson. */
export const LISTED_RECORDS = 20;
export const CHART_POINTS = 60;

/** The reading a transaction carries: a record of 0 to a label whose info parses; null for everything else. */
export function readingOf(tx: Transaction): readonly ReadingField[] | null {
  if (tx.amount !== 0 || isCoinbase(tx) || isAddress(tx.recipient) || !isRecordLabel(tx.recipient)) return null;
  const parsed = parseReading(tx.info);
  return parsed.ok ? parsed.value : null;
}

type Group = { address: string; label: string; records: DeviceRecord[]; series: Map<string, ChartPoint[]> };

function groupOf(groups: Map<string, Group>, tx: Transaction): Group {
  let group = groups.get(tx.sender);
  if (!group) {
    group = { address: tx.sender, label: tx.recipient, records: [], series: new Map() };
    groups.set(tx.sender, group);
  }
  return group;
}

/**
 * Every device record of the main chain (`blocks`, genesis first) and the mempool, grouped by device: the most
 * recently heard first. Confirmations follow Bitcoin's convention (src/core/confirmations.ts).
 */
export function collectDeviceRecords(
  blocks: readonly Block[],
  mempool: readonly Transaction[],
  only?: ReadonlySet<string>,
): DeviceRecords[] {
  const tipHeight = blocks.at(-1)?.index ?? 0;
  const groups = new Map<string, Group>();
  const add = (tx: Transaction, block: Block | null) => {
    if (only && !only.has(tx.sender)) return;
    const fields = readingOf(tx);
    if (fields === null) return;
    const group = groupOf(groups, tx);
    group.label = tx.recipient;
    const height = block?.index ?? null;
    const confirmations = block ? confirmationsAt(block.index, tipHeight) : 0;
    group.records.push({ txid: tx.txid, label: tx.recipient, height, confirmations, timestamp: tx.timestamp, fields });
    if (height === null) return;
    for (const { key, value } of fields) {
      const number = readingNumber(value);
      if (number === null) continue;
      const points = group.series.get(key) ?? [];
      points.push({ height, value: number });
      group.series.set(key, points);
    }
  };
  for (const block of blocks) for (const tx of block.transactions) add(tx, block);
  for (const tx of mempool) add(tx, null);
  // Map order is first heard; the list shows the most recently heard device first.
  const heard = [...groups.values()].reverse();
  heard.sort((a, b) => lastHeard(b) - lastHeard(a));
  return heard.map((group) => ({
    address: group.address,
    label: group.label,
    records: group.records.slice(-LISTED_RECORDS).reverse(),
    series: new Map([...group.series].map(([key, points]) => [key, points.slice(-CHART_POINTS)])),
  }));
}

/** Pending records count as newest; otherwise the height of the last one. */
function lastHeard(group: Group): number {
  const last = group.records.at(-1);
  return last?.height ?? Number.MAX_SAFE_INTEGER;
}

/** The polyline of a chart `width` × `height` (with `pad` around) for points over block height. */
export function chartPath(
  points: readonly ChartPoint[],
  width: number,
  height: number,
  pad: number,
): {
  readonly path: string;
  /** Where each point is drawn, in the order given. */
  readonly dots: ReadonlyArray<{ readonly x: number; readonly y: number }>;
  readonly min: number;
  readonly max: number;
  readonly first: number;
  readonly last: number;
} {
  const values = points.map((p) => p.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const first = points[0]?.height ?? 0;
  const last = points.at(-1)?.height ?? 0;
  const x = (h: number) => (last === first ? width / 2 : pad + ((h - first) / (last - first)) * (width - 2 * pad));
  const y = (v: number) => (max === min ? height / 2 : height - pad - ((v - min) / (max - min)) * (height - 2 * pad));
  const dots = points.map((p) => ({ x: x(p.height), y: y(p.value) }));
  const path = dots.map((d, i) => `${i === 0 ? 'M' : 'L'}${d.x.toFixed(1)} ${d.y.toFixed(1)}`).join(' ');
  return { path, dots, min, max, first, last };
}

/** The simulated sensor's settings: which quantity, the range it wanders in, and how often it posts. */
export type SimulatorConfig = {
  readonly key: string;
  readonly min: number;
  readonly max: number;
  readonly periodSeconds: number;
};

/** A sensor posting faster than a block can carry its readings only fills the mempool's share for it. */
export const MIN_PERIOD_SECONDS = 2;
export const MAX_PERIOD_SECONDS = 3600;
/** A simulator stops by itself after this many readings: a tab left open all night posts no more than this. */
export const MAX_SIMULATED_READINGS = 500;

export type SimulatorField = 'key' | 'min' | 'max' | 'period';
export type SimulatorProblem =
  | { readonly field: 'key'; readonly code: 'bad-key' }
  | { readonly field: 'min' | 'max'; readonly code: 'not-a-number' }
  | { readonly field: 'max'; readonly code: 'max-below-min' }
  | { readonly field: 'period'; readonly code: 'bad-period'; readonly min: number; readonly max: number };

const KEY = /^[A-Za-z][A-Za-z0-9_.-]{0,31}$/;

function numberFrom(text: string): number | null {
  const trimmed = text.trim();
  const number = trimmed === '' ? Number.NaN : Number(trimmed);
  return Number.isFinite(number) ? number : null;
}

/** The settings from the form's texts, or the first field that is wrong. */
export function parseSimulatorConfig(input: {
  readonly key: string;
  readonly min: string;
  readonly max: string;
  readonly period: string;
}):
  | { readonly ok: true; readonly config: SimulatorConfig }
  | { readonly ok: false; readonly problem: SimulatorProblem } {
  const key = input.key.trim();
  if (!KEY.test(key)) return { ok: false, problem: { field: 'key', code: 'bad-key' } };
  const min = numberFrom(input.min);
  if (min === null) return { ok: false, problem: { field: 'min', code: 'not-a-number' } };
  const max = numberFrom(input.max);
  if (max === null) return { ok: false, problem: { field: 'max', code: 'not-a-number' } };
  if (max < min) return { ok: false, problem: { field: 'max', code: 'max-below-min' } };
  const period = numberFrom(input.period);
  if (period === null || !Number.isInteger(period) || period < MIN_PERIOD_SECONDS || period > MAX_PERIOD_SECONDS) {
    const problem = { field: 'period', code: 'bad-period', min: MIN_PERIOD_SECONDS, max: MAX_PERIOD_SECONDS } as const;
    return { ok: false, problem };
  }
  return { ok: true, config: { key, min, max, periodSeconds: period } };
}

/**
 * The next value of a random walk inside [min, max]: a step of at most a tenth of the range either way, from the
 * middle when there is no previous value, rounded to two decimals as a thermometer would show it.
 */
export function nextWalkValue(config: SimulatorConfig, previous: number | null, random: () => number): number {
  const { min, max } = config;
  const start = previous ?? (min + max) / 2;
  const step = ((max - min) / 10) * (random() * 2 - 1);
  const rounded = Math.round((start + step) * 100) / 100;
  return Math.min(max, Math.max(min, rounded));
}
