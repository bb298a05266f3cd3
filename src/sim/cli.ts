// `npm run simulate -- [flags]` (scripts/simulate.mjs runs this file): one scenario, its figures and report.
import { figuresOf } from './figures.ts';
import { parseCommand, USAGE, UsageError } from './presets.ts';
import { writeReport } from './report.ts';
import { runScenario } from './scenario.ts';

async function main(): Promise<number> {
  let command: ReturnType<typeof parseCommand>;
  try {
    command = parseCommand(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`simulate: ${error.message}\n${USAGE}`);
    return 2;
  }
  const { name, options, outDir } = command;
  const log = (message: string) => console.error(`[simulate ${name}] ${message}`);
  log(
    `${options.nodes} nodes, degree ${options.degree}, a block every ${options.blockIntervalMs} ms, seed ${options.seed}`,
  );
  const run = await runScenario(options, log);
  const figures = figuresOf(name, run);
  const { json, html } = writeReport(outDir, figures);
  const { blocks: _blocks, per_node: _perNode, traffic_by_type: _types, cuts: _cuts, ...headline } = figures;
  console.log(JSON.stringify(headline, null, 2));
  log(`wrote ${json} and ${html}`);
  return 0;
}

process.exitCode = await main();
