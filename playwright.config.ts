// Browser tests: run them through `npm run test:browser`, which builds the app, picks Chromium and isolates the network.
import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, MDNS_OFF_FLAG } from './test/browser/chromium-args.ts';

/** Fixed so the page's origin (and so its IndexedDB) is the same in every run; 5173 stays free for `npm start`. */
const PREVIEW_PORT = 4173;
const BASE_URL = `http://127.0.0.1:${PREVIEW_PORT}`;

// scripts/browser-tests.mjs exports CHROME_PATH; the fallback lets `npx playwright test` work on a Debian machine.
// Never Playwright's own download: this project runs where no browser can be downloaded.
const chromePath = process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** Specs on the namespace rig of test/browser/classroom/. */
const CLASSROOM_SPECS = /classroom\/.*\.spec\.ts$/;
/** Specs that keep every core busy on purpose (the 51% race runs nine mining workers): alone, or they starve others. */
const CPU_BOUND_SPECS = /attack\.spec\.ts$/;

const chromiumUse = {
  browserName: 'chromium' as const,
  launchOptions: {
    ...(chromePath === undefined ? {} : { executablePath: chromePath }),
    args: [...CHROMIUM_ARGS, MDNS_OFF_FLAG],
  },
};

export default defineConfig({
  testDir: 'test/browser',
  // Two cores on CI: one worker per core, each test opens two browser contexts.
  workers: 2,
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // A test that opens three nodes takes 12 to 17 s here alone, and up to twice that beside the other worker's: a
  // default with room for it (a test that needs more says so); a stall still fails, a minute later.
  timeout: 60_000,
  expect: { timeout: 5_000 },
  reporter: [[process.env.CI ? 'line' : 'list'], ['./test/browser/summary-reporter.ts']],
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
    actionTimeout: 10_000,
    navigationTimeout: 15_000,
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: [CLASSROOM_SPECS, CPU_BOUND_SPECS],
      use: chromiumUse,
    },
    {
      name: 'cpu-bound',
      testMatch: CPU_BOUND_SPECS,
      workers: 1,
      // The 51% race is a race of random block times: its spec prints each run's figures, and one lost race (a
      // run here saw the room find 18 blocks against 8 workers) is run again rather than failing the suite.
      retries: 1,
      use: chromiumUse,
    },
    {
      // The classroom rig starts a Chromium per device (12 nodes in one spec): two at once on two cores starve each
      // other's pages, so these run one at a time, after the chromium project (scripts/browser-tests.mjs).
      name: 'classroom',
      testMatch: CLASSROOM_SPECS,
      workers: 1,
      use: chromiumUse,
    },
  ],
  webServer: {
    // Serves the build made by scripts/browser-tests.mjs; loopback only.
    command: `vite preview --host 127.0.0.1 --port ${PREVIEW_PORT} --strictPort --outDir ${process.env.APP_OUT_DIR || 'dist'}`,
    url: BASE_URL,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
