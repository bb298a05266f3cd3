// simulate/NAME.json and simulate/NAME.html: the figures, and one self-contained page that shows them (inline SVG
// and CSS, no script, nothing fetched).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Figures } from './figures.ts';
import { barChart, errorChart, escapeXml, lineChart, type Series } from './svg-charts.ts';

/** The sorted values as a distribution: x the value, y the share of items at or below it (a step each). */
function distribution(values: readonly number[]): Array<readonly [number, number]> {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.flatMap((v, i) => [[v, i / sorted.length] as const, [v, (i + 1) / sorted.length] as const]);
}

function histogram(values: readonly number[], bins: number): Array<readonly [string, number]> {
  if (values.length === 0) return [];
  const min = Math.min(...values);
  const max = Math.max(...values);
  const width = max > min ? (max - min) / bins : 1;
  const counts = new Array<number>(max > min ? bins : 1).fill(0);
  for (const v of values) {
    const at = Math.min(counts.length - 1, Math.floor((v - min) / width));
    counts[at] = (counts[at] ?? 0) + 1;
  }
  return counts.map((count, i) => [`${(min + i * width).toFixed(1)}`, count] as const);
}

const text = (value: unknown) => escapeXml(value === null || value === undefined ? '—' : String(value));

function card(label: string, value: string, detail = ''): string {
  return `<div class="card"><div class="label">${escapeXml(label)}</div><div class="value">${value}</div><div class="detail">${escapeXml(detail)}</div></div>`;
}

export function reportHtml(f: Figures): string {
  const reachSeries: Series[] = (
    [
      ['50 % of nodes', 'reach50_ms'],
      ['90 % of nodes', 'reach90_ms'],
      ['100 % of nodes', 'reach100_ms'],
    ] as const
  ).map(([name, key]) => ({
    name,
    points: distribution(f.blocks.flatMap((b) => (b[key] === null ? [] : [b[key] as number]))),
  }));
  const byType = Object.entries(f.traffic_by_type);
  const staleful = f.stale_by_interval.filter((s) => s.stale_rate !== null);
  const goals = f.goals
    .map(
      (g) =>
        `<tr><td>${text(g.goal)}</td><td>${text(g.target)}</td><td>${text(g.measured)}</td><td class="${g.met ? 'met' : 'missed'}">${g.met ? 'met' : 'missed'}</td><td>${text(g.note)}</td></tr>`,
    )
    .join('');
  const heal = f.partition;
  const healDetail =
    heal === null
      ? 'no partition in this run'
      : `${heal.blocksMinedApart} blocks mined apart, ${heal.tipsAtHeal} tips when joined${heal.tiedAtHeal ? ' (equal work)' : ''}, ${heal.tipsAtEnd} at the end, ${heal.linksAcrossAtEnd ?? '?'} links across`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Network simulation: ${text(f.name)}</title>
<style>
body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:1180px;padding:0 1rem;color:#1b1b1b}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem}
.cards{display:flex;flex-wrap:wrap;gap:.75rem}.card{border:1px solid #ccc;border-radius:6px;padding:.6rem .9rem;min-width:11rem}
.label{font-size:.8rem;color:#555}.value{font-size:1.4rem;font-weight:600}.detail{font-size:.75rem;color:#555;max-width:16rem}
.charts{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-start}figure{margin:0}figcaption{font-size:.85rem;color:#333}
table{border-collapse:collapse;font-size:.9rem}td,th{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
.met{color:#1b5e20;font-weight:600}.missed{color:#b71c1c;font-weight:600}
</style></head><body>
<h1>Network simulation: ${text(f.name)}</h1>
<p>${text(f.nodes)} real nodes (src/core, src/net, src/node) in one Node process on virtual time; up to ${text(f.degree)} links each;
one-way latency ${text(f.link.minLatencyMs)}–${text(f.link.maxLatencyMs)} ms plus up to ${text(f.link.jitterMs)} ms jitter, ${text(f.link.loss * 100)} % of frames lost and resent,
${text(f.link.bandwidthBytesPerSec / 125_000)} Mbit/s each way; a block every ${text(f.block_interval_ms / 1000)} s for ${text(f.duration_ms / 1000)} s; seed ${text(f.seed)}.
Ran in ${text((f.run_ms / 1000).toFixed(1))} s of wall time, ${text((f.cpu_ms / 1000).toFixed(1))} s of CPU.
${f.muted_messages.length > 0 ? `<strong>Muted (sent, never delivered): ${text(f.muted_messages.join(', '))}.</strong>` : ''}</p>
<div class="cards">
${card('90 % reach, median', `${text(f.reach90_ms_median)} ms`, `50 %: ${f.reach50_ms_median} ms, 100 %: ${f.reach100_ms_median} ms`)}
${card('block messages per node per block, most', text(f.messages_per_node_per_block_max), `degree ${f.degree}; ${f.duplicate_block_sends_per_link} sent twice over one link`)}
${card('stale rate', text(f.stale_rate), `${f.blocks_mined} blocks at ${f.block_interval_ms / 1000} s`)}
${card('heal time', f.heal_ms === null ? 'none' : `${text(f.heal_ms)} ms`, healDetail)}
${card('peak memory', `${text(f.peak_rss_mb)} MB`, `resident; JS heap ${f.peak_heap_mb} MB`)}
${card('links per node', `${text(f.links_per_node.median)}`, `min ${f.links_per_node.min}, max ${f.links_per_node.max}`)}
</div>
<h2>Goals</h2>
<table><tr><th>goal</th><th>target</th><th>measured</th><th></th><th>what it rests on</th></tr>${goals}</table>
<h2>Propagation</h2>
<div class="charts">
${lineChart('Time for a block to reach 50, 90 and 100 % of nodes (share of blocks)', 'ms after mining', 'share of blocks', reachSeries)}
</div>
<h2>Traffic per node per block</h2>
<div class="charts">
${barChart(
  'Messages sent per node per block, by type (all nodes)',
  'messages',
  byType.map(([type, t]) => [type, t.messages_per_node_per_block ?? 0]),
)}
${barChart(
  'Bytes sent per node per block, by type (all nodes)',
  'bytes',
  byType.map(([type, t]) => [type, t.bytes_per_node_per_block ?? 0]),
)}
${barChart(
  'Nodes by messages sent per block (all types)',
  'nodes',
  histogram(
    f.per_node.messages_per_block.flatMap((v) => (v === null ? [] : [v])),
    10,
  ),
)}
</div>
<h2>Stale blocks against block interval</h2>
<div class="charts">
${errorChart(
  'Stale rate (blocks off the final main chain) with its 95 % interval',
  'block interval, s',
  'stale rate',
  staleful.map((s) => ({
    x: s.interval_ms / 1000,
    y: s.stale_rate as number,
    low: s.stale_rate_95?.[0] ?? 0,
    high: s.stale_rate_95?.[1] ?? 0,
  })),
)}
<table><tr><th>interval</th><th>blocks</th><th>stale</th><th>rate</th><th>95 % interval</th></tr>
${f.stale_by_interval.map((s) => `<tr><td>${s.interval_ms / 1000} s</td><td>${s.blocks}</td><td>${s.stale}</td><td>${text(s.stale_rate?.toFixed(3))}</td><td>${text(s.stale_rate_95?.map((v) => v.toFixed(3)).join('–'))}</td></tr>`).join('')}
</table>
</div>
<h2>What is real and what is cut</h2>
<ul>${f.cuts.map((c) => `<li>${escapeXml(c)}</li>`).join('')}</ul>
</body></html>
`;
}

/** Writes NAME.json and NAME.html into `dir`; returns their paths. */
export function writeReport(dir: string, figures: Figures): { json: string; html: string } {
  mkdirSync(dir, { recursive: true });
  const json = join(dir, `${figures.name}.json`);
  const html = join(dir, `${figures.name}.html`);
  writeFileSync(json, `${JSON.stringify(figures, null, 2)}\n`);
  writeFileSync(html, reportHtml(figures));
  return { json, html };
}
