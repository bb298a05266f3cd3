#!/usr/bin/env node
// Entry point of `npm run bench -- [--only suites] [--quick]`: runs bench/run.ts inside the same private network
// and PID namespace as the browser tests (isolation.mjs), so no benchmark can send a packet off this machine.
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLogger, ROOT, run, runIsolated } from './isolation.mjs';

const logger = createLogger('bench');

function runBench(chromePath, isolated) {
  const env = {
    ...process.env,
    PATH: `${join(ROOT, 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}`,
    CHROME_PATH: chromePath,
    BENCH_ISOLATED: isolated ? '1' : '0',
  };
  delete env.BENCH_NETNS;
  return run('tsx', ['bench/run.ts', ...process.argv.slice(2)], env, logger);
}

await runIsolated({ script: fileURLToPath(import.meta.url), insideMark: 'BENCH_NETNS', logger, inside: runBench });
