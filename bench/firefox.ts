// How long a new node takes to become ready in Firefox ESR next to Chromium (issue 10, "Browsers"): the same build
// of the app, the same page (a new room each time, ?signal=none, so nothing stored and no network in the figure),
// opened in turns in one run, Firefox over WebDriver BiDi (puppeteer-core) and Chromium through Playwright. Each
// time is the page's own clock: navigation start (0) to the moment `window.blockchain.ready` resolved.
import { randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';
import type { Page as FirefoxPage } from 'puppeteer-core';
import { launchFirefox } from '../test/browser/firefox-harness.ts';
import { withEnvironment } from './browser-node.ts';
import { type Measured, median, round, type Suite, type SuiteContext } from './registry.ts';

/** A string, so it runs as written in both browsers (no bundler helpers): stamps when `blockchain.ready` resolves. */
const STAMP_READY = `(() => {
  let api;
  Object.defineProperty(window, 'blockchain', {
    configurable: true,
    get: () => api,
    set(value) {
      api = value;
      value.ready.then(() => { window.benchReadyAt = performance.now(); }, () => {});
    },
  });
})()`;
const READY_AT = 'window.benchReadyAt';
/** The app's own marks of its start steps (src/node/browser-node.ts), as "step ms" in order: where the time went. */
const START_STEPS = `performance.getEntriesByType('mark').filter((m) => m.name.startsWith('node-start:'))
  .map((m) => m.name.slice(11) + ' ' + Math.round(m.startTime)).join(', ')`;
const WAIT_MS = 60_000;

/** Navigates to `url` and waits (bounded) for the stamp; the page's performance.now() at ready. */
async function readyInChromium(page: Page, url: string): Promise<number> {
  await page.goto(url, { timeout: WAIT_MS });
  await page.waitForFunction(`${READY_AT} !== undefined`, null, { timeout: WAIT_MS });
  return (await page.evaluate(READY_AT)) as number;
}

async function readyInFirefox(page: FirefoxPage, url: string): Promise<number> {
  await page.goto(url, { timeout: WAIT_MS, waitUntil: 'load' });
  await page.waitForFunction(`${READY_AT} !== undefined`, { timeout: WAIT_MS });
  return (await page.evaluate(READY_AT)) as number;
}

async function measureFirefoxReady(context: SuiteContext): Promise<Measured[]> {
  const firefoxPath = process.env.FIREFOX_PATH;
  if (!firefoxPath)
    throw new Error(`no Firefox: ${process.env.FIREFOX_MISSING ?? 'run the bench through npm run bench'}`);
  // One warm-up each (the first start compiles the app and fills the HTTP cache), then these, alternating.
  const runs = context.quick ? 2 : 7;
  return withEnvironment(context, { signalling: false }, async (env) => {
    const firefox = await launchFirefox(firefoxPath);
    try {
      context.noteEnvironment('firefox', await firefox.browser.version());
      await firefox.page.evaluateOnNewDocument(STAMP_READY);
      const chromiumContext = await env.newContext();
      await chromiumContext.addInitScript({ content: STAMP_READY });
      const freshUrl = () => env.appUrl(`bench-ready-${randomBytes(4).toString('hex')}`, 16);
      const inFirefox: number[] = [];
      const inChromium: number[] = [];
      for (let run = -1; run < runs; run++) {
        const firefoxMs = round(await readyInFirefox(firefox.page, freshUrl()), 1);
        const firefoxSteps = await firefox.page.evaluate(START_STEPS);
        const chromiumPage = await chromiumContext.newPage();
        const chromiumMs = round(await readyInChromium(chromiumPage, freshUrl()), 1);
        const chromiumSteps = await chromiumPage.evaluate(START_STEPS);
        await chromiumPage.close();
        context.log(`${run < 0 ? 'warm-up' : `run ${run}`}: Firefox ${firefoxMs} ms, Chromium ${chromiumMs} ms`);
        context.log(`  steps: Firefox ${firefoxSteps}; Chromium ${chromiumSteps}`);
        if (run < 0) continue;
        inFirefox.push(firefoxMs);
        inChromium.push(chromiumMs);
      }
      const errors = [...firefox.tab.pageErrors];
      if (errors.length > 0) throw new Error(`Firefox page errors: ${errors.join('; ')}`);
      if (firefox.tab.offMachine.length > 0) {
        throw new Error(`Firefox requests off this machine: ${firefox.tab.offMachine.join(' ')}`);
      }
      context.log(`median: Firefox ${median(inFirefox)} ms, Chromium ${median(inChromium)} ms`);
      return [
        {
          id: 'firefox_ready_ms',
          unit: 'ms',
          description:
            'a new node in Firefox ESR (WebDriver BiDi, fresh profile, persist() prompt unanswered): navigation start to blockchain.ready (?signal=none)',
          runs: inFirefox,
        },
        {
          id: 'chromium_ready_ms',
          unit: 'ms',
          description: 'the same page in Chromium, in turns with Firefox in the same run: navigation start to ready',
          runs: inChromium,
        },
      ];
    } finally {
      await firefox.browser.close();
    }
  });
}

export const firefoxReadySuite: Suite = { id: 'firefox-ready', where: 'chromium', run: measureFirefoxReady };
