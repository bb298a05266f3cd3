#!/usr/bin/env node
// Entry point of `npm run simulate -- [--preset NAME] [flags]`: runs src/sim/cli.ts with tsx, as bench.mjs runs
// bench/run.ts. No namespace is needed: the simulated network never leaves this process (no socket is opened).
import { delimiter, join } from 'node:path';
import { createLogger, ROOT, run } from './isolation.mjs';

const logger = createLogger('simulate');
const env = {
  ...process.env,
  PATH: `${join(ROOT, 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}`,
  // A thousand nodes keep about a gigabyte of JavaScript objects: more room than Node's default old space.
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=6144`.trim(),
};
process.exitCode = await run('tsx', ['src/sim/cli.ts', ...process.argv.slice(2)], env, logger);
