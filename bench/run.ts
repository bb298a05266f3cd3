// The body of `npm run bench` (scripts/bench.mjs starts it inside the network namespace): runs the suites, prints
// each figure's median and the ratios, and writes bench/results.json.
//   --only node-hashing,browser-mining   run these suites only (results.json keeps the other figures)
//   --quick                              fewer, shorter runs to check the bench itself; results.json untouched
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type BenchResults, type Measured, mergeResults, round, type Where } from './registry.ts';
import { GOALS, RATIOS, SUITES } from './suites.ts';

const RESULTS_FILE = join(dirname(fileURLToPath(import.meta.url)), 'results.json');

function log(line: string): void {
  console.error(`[bench] ${line}`);
}

async function readPrevious(): Promise<BenchResults | null> {
  if (!existsSync(RESULTS_FILE)) return null;
  const parsed = JSON.parse(await readFile(RESULTS_FILE, 'utf8')) as { schema?: unknown };
  return parsed.schema === 1 ? (parsed as BenchResults) : null;
}

function printTable(results: BenchResults, measured: ReadonlySet<string>): void {
  const rows = Object.entries(results.figures).map(([id, f]) => [
    measured.has(id) ? id : `${id} (earlier run)`,
    String(f.median),
    f.unit,
    f.where,
    f.runs.join(' '),
  ]);
  const header = ['figure', 'median', 'unit', 'where', 'runs'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  console.log('');
  const ratios = Object.entries(results.ratios);
  const idWidth = Math.max(0, ...ratios.map(([id]) => id.length));
  for (const [id, ratio] of ratios) {
    console.log(`${id.padEnd(idWidth)}  ${String(ratio.value).padStart(8)}  ${ratio.description}`);
  }
  const goals = Object.entries(results.goals ?? {});
  if (goals.length > 0) console.log('');
  const goalWidth = Math.max(0, ...goals.map(([id]) => id.length));
  for (const [id, goal] of goals) {
    const verdict = goal.met ? 'met' : 'NOT MET';
    console.log(`goal ${id.padEnd(goalWidth)}  ${String(goal.median).padStart(9)} < ${goal.below}  ${verdict}`);
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { only: { type: 'string' }, quick: { type: 'boolean', default: false } } });
  const only = values.only?.split(',').map((s) => s.trim());
  const unknown = only?.filter((id) => !SUITES.some((s) => s.id === id)) ?? [];
  if (unknown.length > 0) {
    log(`unknown suite ${unknown.join(', ')}; suites: ${SUITES.map((s) => s.id).join(', ')}`);
    return 2;
  }
  const cpuList = cpus();
  const environment: Record<string, string> = {
    node: process.version,
    cpu: cpuList[0]?.model ?? 'unknown',
    cores: String(cpuList.length),
    isolated: process.env.BENCH_ISOLATED === '1' ? 'network namespace' : 'NOT ISOLATED',
  };
  const context = {
    quick: values.quick,
    log,
    chromePath: process.env.CHROME_PATH,
    noteEnvironment: (key: string, value: string) => {
      environment[key] = value;
    },
  };
  const measured: { where: Where; figure: Measured }[] = [];
  let failed = false;
  for (const suite of SUITES.filter((s) => only === undefined || only.includes(s.id))) {
    log(`== ${suite.id} (${suite.where})`);
    const started = performance.now();
    try {
      for (const figure of await suite.run(context)) measured.push({ where: suite.where, figure });
    } catch (error) {
      failed = true;
      log(`${suite.id} failed: ${(error as Error).stack ?? String(error)}`);
    }
    log(`${suite.id}: ${round((performance.now() - started) / 1000, 1)} s`);
  }
  const previous = values.quick ? null : await readPrevious();
  const results = mergeResults(previous, measured, RATIOS, environment, new Date().toISOString(), GOALS);
  printTable(results, new Set(measured.map((m) => m.figure.id)));
  if (values.quick) {
    log('--quick: figures not written to bench/results.json');
  } else if (measured.length > 0) {
    await writeFile(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
    log(`written: bench/results.json (${measured.length} figures measured now)`);
  }
  return failed ? 1 : 0;
}

// Exit now rather than when the event loop drains: a closed `peer` server leaves its cleanup intervals behind, and
// they kept a finished bench alive for good.
process.exit(await main());
