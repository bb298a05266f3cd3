#!/usr/bin/env node
// Entry point of the browser tests (`npm run test:browser -- [playwright args]`): finds Chromium and Firefox ESR
// (installs them as root), then builds the app and runs Playwright inside a private network namespace, so no test
// can send a packet off this machine. The namespace recipe and the browser lookups live in isolation.mjs, shared
// with the benchmarks; Firefox reaches the Firefox spec as FIREFOX_PATH, or FIREFOX_MISSING (why it is skipped).
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appOutDir, createLogger, ROOT, run, runIsolated } from './isolation.mjs';

const logger = createLogger('browser-tests');

/** playwright.config.ts's projects, run in this order, each on its own. */
const PROJECTS_IN_TURN = ['chromium', 'cpu-bound', 'classroom'];

/** Builds the app and runs Playwright; returns the exit code. The config reads Chromium from CHROME_PATH. */
async function buildAndTest(chromePath, isolated) {
  const bin = join(ROOT, 'node_modules', '.bin');
  const env = {
    ...process.env,
    PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`,
    CHROME_PATH: chromePath,
    BROWSER_TESTS_ISOLATED: isolated ? '1' : '0',
  };
  delete env.BROWSER_TESTS_NETNS;
  // APP_OUT_DIR (default dist) lets several runs on one machine keep builds of their own.
  const built = await run('vite', ['build', '--logLevel', 'warn', '--outDir', appOutDir()], env, logger);
  if (built !== 0) {
    logger.log(`vite build failed (exit ${built}).`);
    return built;
  }
  const args = process.argv.slice(2);
  if (args.some((arg) => arg.startsWith('--project'))) return run('playwright', ['test', ...args], env, logger);
  // One project after the other: the classroom rig's Chromium per device (12 nodes in one spec) beside the main
  // project's mining and crash specs starved both, and its figures (RTCPeerConnections per flap, relink time) are
  // only worth reading on a machine that is not also running everything else.
  let failed = 0;
  for (const project of PROJECTS_IN_TURN) {
    const code = await run(
      'playwright',
      ['test', `--project=${project}`, '--pass-with-no-tests', ...args],
      env,
      logger,
    );
    if (code !== 0) failed = code;
  }
  return failed;
}

await runIsolated({
  script: fileURLToPath(import.meta.url),
  // Set on the re-executed copy of this script, so it knows it is the one inside the namespace.
  insideMark: 'BROWSER_TESTS_NETNS',
  logger,
  inside: buildAndTest,
  installFirefox: true,
});
