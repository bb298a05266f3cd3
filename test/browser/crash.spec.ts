// A browser crash while the node mines (issue 12): Chromium, started as a process of this test with a profile on
// disk, is killed with SIGKILL (no clean close, no unload) while a node mines at a low difficulty, then started again
// on the same profile. The reopened node must hold every block whose save the page had been told committed, its
// chain must pass verify(), and mining goes on from there for the next round.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from '@playwright/test';
import { sessionNodeKey } from '../../src/storage/constants.ts';
import type { StorageView } from '../../src/ui/console-api.ts';
import { expect, test } from './fixtures.ts';

const ROUNDS = 3;
/** Low enough that blocks come hundreds a second: the store is always busy when the kill comes. */
const DIFFICULTY = 8;
/** Saved blocks a round waits for past the reopened height before it kills, and how often it asks the page. */
const MIN_NEW_SAVED = 40;
const POLL_MS = 25;
const START_TIMEOUT_MS = 30_000;

/** Chromium as a process of this test: the CDP connection is only for driving it, the kill is by process id. */
type RunningBrowser = { readonly process: ChildProcess; readonly browser: Browser; readonly stderr: () => string };

async function startChromium(executable: string, args: readonly string[], profile: string): Promise<RunningBrowser> {
  const child = spawn(
    executable,
    [...args, '--headless', `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'],
    // Its own process group, so the kill takes its renderers and workers along as a real crash would.
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  const endpoint = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${stderr}`)), START_TIMEOUT_MS);
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const found = /DevTools listening on (ws:\/\/\S+)/.exec(stderr);
      if (found?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`Chromium exited (${code}) before listening: ${stderr}`)));
  });
  return { process: child, browser: await chromium.connectOverCDP(endpoint), stderr: () => stderr };
}

/** SIGKILL to the whole process group, and wait until the browser process is gone. */
async function killChromium(running: RunningBrowser): Promise<void> {
  const { pid } = running.process;
  if (pid === undefined || running.process.exitCode !== null || running.process.signalCode !== null) return;
  const exited = new Promise((resolve) => running.process.once('exit', resolve));
  process.kill(-pid, 'SIGKILL');
  await exited;
}

function storage(page: Page): Promise<StorageView> {
  return page.evaluate(() => {
    const api = window.blockchain;
    if (api === undefined) throw new Error('no console API on the page');
    return api.storage();
  });
}

/** What the page last opened warned of or logged as an error: printed when a round finds blocks missing. */
const pageWarnings: string[] = [];

/** Opens the app and waits for its node; the node is `nodeId` when given (the one the killed browser ran). */
async function openApp(browser: Browser, url: string, network: string | null, nodeId: string | null): Promise<Page> {
  const context = browser.contexts()[0] ?? (await browser.newContext());
  const page = context.pages()[0] ?? (await context.newPage());
  const ready = async () =>
    page.evaluate(async () => {
      await window.blockchain?.ready;
      return { id: window.blockchain?.id ?? '', network: window.blockchain?.network ?? '' };
    });
  page.removeAllListeners('console');
  pageWarnings.length = 0;
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') pageWarnings.push(message.text());
  });
  await page.goto(url);
  const opened = await ready();
  if (nodeId === null || opened.id === nodeId || network === null) return page;
  // The page started another node (the tab's session was not restored): resume the old one, as "Resume here" does.
  await page.evaluate(([key, id]) => sessionStorage.setItem(key, id), [sessionNodeKey(network), nodeId] as const);
  await page.reload();
  expect((await ready()).id, 'the reopened page resumes the node the killed browser ran').toBe(nodeId);
  return page;
}

// Playwright's trace follows the contexts it sees, and these die with their browser: there is nothing to keep.
test.use({ trace: 'off' });

test('a browser killed while mining reopens with every block whose save it had been told of', async ({
  launchOptions,
  baseURL,
}, info) => {
  test.setTimeout(240_000);
  const executable = launchOptions.executablePath ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';
  const profile = mkdtempSync(join(tmpdir(), 'crash-profile-'));
  const room = `crash-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6)}`;
  const url = `${baseURL}/?room=${room}&difficulty=${DIFFICULTY}&signal=none`;
  let running = await startChromium(executable, launchOptions.args ?? [], profile);
  try {
    let page = await openApp(running.browser, url, null, null);
    const { nodeId, network } = await page.evaluate(() => ({
      nodeId: window.blockchain?.id ?? '',
      network: window.blockchain?.network ?? '',
    }));
    let reopenedHeight = 1;
    for (let round = 1; round <= ROUNDS; round++) {
      await page.evaluate(() => window.blockchain?.autoMine(true));
      // Killed at a moment the store cannot predict: somewhere in the next half second once enough was saved.
      let last = await storage(page);
      while ((last.saved?.height ?? 0) < reopenedHeight + MIN_NEW_SAVED) {
        await page.waitForTimeout(POLL_MS);
        last = await storage(page);
      }
      const killAt = Date.now() + Math.random() * 500;
      while (Date.now() < killAt) {
        await page.waitForTimeout(POLL_MS);
        last = await storage(page);
      }
      await killChromium(running);
      const told = last.saved;
      if (told === null) throw new Error('the page was never told of a save');

      running = await startChromium(executable, launchOptions.args ?? [], profile);
      page = await openApp(running.browser, url, network, nodeId);
      const after = await page.evaluate(
        async ([height]) => {
          const api = window.blockchain;
          if (api === undefined) throw new Error('no console API on the page');
          // A node past its first snapshot reopens on it: the whole chain is there once its history is checked.
          await api.history;
          const block = api.chain().chain.find((b) => b.index === height);
          return { storage: api.storage(), hashAtTold: block?.hash ?? null, verified: await api.verify() };
        },
        [told.height] as const,
      );
      const description =
        `${round}: page showed ${last.height}, told saved ${told.height}; reopened at ${after.storage.height} ` +
        `(${last.height - after.storage.height} behind what the page showed)`;
      info.annotations.push({ type: 'crash round', description });
      console.log(`crash round ${description}`);
      if (after.storage.height < told.height) {
        const notices = await page.locator('#notices').textContent();
        console.log(
          `crash round ${round}: notices: ${notices || 'none'}; warnings: ${pageWarnings.join(' | ') || 'none'}`,
        );
      }
      // Every acknowledged block is there, the very chain the page was told of, and it checks out in full.
      expect(after.storage.height).toBeGreaterThanOrEqual(told.height);
      expect(after.hashAtTold).toBe(told.tipHash);
      expect(after.verified).toEqual({ valid: true, length: after.storage.height });
      reopenedHeight = after.storage.height;
    }
  } finally {
    await killChromium(running);
    rmSync(profile, { recursive: true, force: true });
  }
});
