// Firefox next to Chromium in one browser test (firefox.spec.ts): Debian's Firefox ESR driven over WebDriver BiDi
// by puppeteer-core, and a Chromium the spec launches itself, both at their defaults for WebRTC (mDNS host
// candidates) and for storage prompts. Each browser's page is a NodeTab: the same calls into `window.blockchain`,
// whichever driver runs it, with its page errors and any request off this machine recorded.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { type Browser, chromium, type LaunchOptions, type Page } from '@playwright/test';
import puppeteer, { type Browser as FirefoxBrowser, type Page as FirefoxPage } from 'puppeteer-core';
import { MDNS_OFF_FLAG } from './chromium-args.ts';
import type { ApiWindow } from './peers-harness.ts';

const DEBIAN_FIREFOX = '/usr/bin/firefox-esr';
/** Hosts a page may reach: loopback and the namespace's veth (the same list as fixtures.ts). */
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '198.18.0.1']);
const LAUNCH_TIMEOUT_MS = 60_000;

/**
 * Firefox to drive, or why there is none. scripts/isolation.mjs looks for it (and installs it as root) before the
 * run and passes FIREFOX_PATH, or FIREFOX_MISSING with what to run; `npx playwright test` falls back to Debian's.
 */
export function findFirefox(): { path: string } | { missing: string } {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv && existsSync(fromEnv)) return { path: fromEnv };
  if (!fromEnv && existsSync(DEBIAN_FIREFOX)) return { path: DEBIAN_FIREFOX };
  return {
    missing:
      process.env.FIREFOX_MISSING ||
      `No Firefox at ${fromEnv || DEBIAN_FIREFOX}: install it (as root: apt-get install -y firefox-esr) or set FIREFOX_PATH.`,
  };
}

/** A node's page in either browser: evaluate in it, reload it, shoot it; what went wrong on it so far. */
export type NodeTab = {
  readonly browser: 'firefox' | 'chromium';
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** Uncaught errors and unhandled rejections of the page, in order. */
  readonly pageErrors: readonly string[];
  /** Requests to hosts outside this machine (the namespace drops them; this names them). */
  readonly offMachine: readonly string[];
  /** The page's console errors and warnings, for the test's log (PeerJS warns of every failed dial). */
  readonly consoleProblems: readonly string[];
};

function isOnThisMachine(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (['data:', 'blob:', 'about:'].includes(protocol)) return true;
  return LOCAL_HOSTS.has(hostname);
}

function recorder() {
  const pageErrors: string[] = [];
  const offMachine: string[] = [];
  const consoleProblems: string[] = [];
  return {
    pageErrors,
    offMachine,
    consoleProblems,
    console: (type: string, text: string) => {
      if (type === 'error' || type === 'warn' || type === 'warning') consoleProblems.push(`${type}: ${text}`);
    },
    error: (error: Error) => pageErrors.push(`${error.name}: ${error.message}`),
    request: (url: string) => {
      if (!isOnThisMachine(url)) offMachine.push(url);
    },
  };
}

async function screenshotTo(path: string, take: () => Promise<unknown>): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await take();
}

export type FirefoxNodeBrowser = {
  readonly browser: FirefoxBrowser;
  readonly tab: NodeTab;
  readonly page: FirefoxPage;
  /** Script URLs of the dedicated workers the page started (BiDi worker realms), in order. */
  readonly workers: readonly string[];
};

/**
 * Firefox with a fresh temporary profile and puppeteer's automation prefs only (none touches WebRTC or permission
 * prompts), headless, over WebDriver BiDi.
 */
export async function launchFirefox(executablePath: string): Promise<FirefoxNodeBrowser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    timeout: LAUNCH_TIMEOUT_MS,
  });
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  const seen = recorder();
  page.on('pageerror', (error) => seen.error(error as Error));
  page.on('console', (message) => seen.console(message.type(), message.text()));
  page.on('request', (request) => seen.request(request.url()));
  const workers: string[] = [];
  page.on('workercreated', (worker) => workers.push(worker.url()));
  const tab: NodeTab = {
    browser: 'firefox',
    // puppeteer's evaluate is variadic and typed by the function; one argument in, its awaited result out.
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => page.evaluate(fn as never, arg) as Promise<R>,
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    reload: async () => void (await page.reload({ waitUntil: 'load' })),
    screenshot: (path) => screenshotTo(path, () => page.screenshot({ path: path as `${string}.png`, fullPage: true })),
    pageErrors: seen.pageErrors,
    offMachine: seen.offMachine,
    consoleProblems: seen.consoleProblems,
  };
  return { browser, tab, page, workers };
}

export type ChromiumNodeBrowser = { readonly browser: Browser; readonly tab: NodeTab; readonly page: Page };

/**
 * Chromium with the project's launch options except the flag that turns mDNS host candidates off: the browser's
 * own WebRTC default, as a student's Chrome has it.
 */
export async function launchDefaultChromium(projectLaunch: LaunchOptions | undefined): Promise<ChromiumNodeBrowser> {
  const args = (projectLaunch?.args ?? []).filter((arg) => arg !== MDNS_OFF_FLAG);
  const browser = await chromium.launch({ ...projectLaunch, args, timeout: LAUNCH_TIMEOUT_MS });
  const context = await browser.newContext();
  const page = await context.newPage();
  const seen = recorder();
  page.on('pageerror', seen.error);
  page.on('console', (message) => seen.console(message.type(), message.text()));
  context.on('request', (request) => seen.request(request.url()));
  const tab: NodeTab = {
    browser: 'chromium',
    // Playwright unboxes the argument's type; the same one argument in, its awaited result out.
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => page.evaluate(fn as never, arg) as Promise<R>,
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    screenshot: (path) => screenshotTo(path, () => page.screenshot({ path, fullPage: true })),
    pageErrors: seen.pageErrors,
    offMachine: seen.offMachine,
    consoleProblems: seen.consoleProblems,
  };
  return { browser, tab, page };
}

/** What the page's node is once `blockchain.ready` has resolved. */
export type TabNode = { readonly id: string; readonly peerId: string; readonly address: string };

export async function openTabNode(tab: NodeTab, url: string): Promise<TabNode> {
  await tab.goto(url);
  return nodeOf(tab);
}

export function nodeOf(tab: NodeTab): Promise<TabNode> {
  return tab.evaluate(async () => {
    const api = (window as unknown as ApiWindow).blockchain;
    await api.ready;
    return { id: api.id, peerId: api.peerId, address: api.address };
  }, undefined);
}

export function tabPeers(tab: NodeTab): Promise<string[]> {
  return tab.evaluate(() => (window as unknown as ApiWindow).blockchain.peers(), undefined);
}

export function tabTip(tab: NodeTab): Promise<string | undefined> {
  return tab.evaluate(() => (window as unknown as ApiWindow).blockchain.chain().chain.at(-1)?.hash, undefined);
}

export function tabMempool(tab: NodeTab): Promise<string[]> {
  return tab.evaluate(() => (window as unknown as ApiWindow).blockchain.mempool().map((tx) => tx.txid), undefined);
}

/**
 * The ICE candidates a fresh RTCPeerConnection of this page gathers with no ICE servers, as "type address": what
 * the browser's WebRTC defaults put in an offer (`host <uuid>.local` with mDNS on).
 */
export function hostCandidates(tab: NodeTab, waitMs = 5_000): Promise<string[]> {
  return tab.evaluate(
    (wait) =>
      new Promise<string[]>((resolve) => {
        const connection = new RTCPeerConnection({ iceServers: [] });
        const found: string[] = [];
        const done = () => {
          connection.close();
          resolve(found);
        };
        const timer = setTimeout(done, wait);
        connection.onicecandidate = ({ candidate }) => {
          if (candidate === null) {
            clearTimeout(timer);
            done();
          } else if (candidate.candidate !== '') {
            found.push(`${candidate.type} ${candidate.address}`);
          }
        };
        connection.createDataChannel('probe');
        void connection.createOffer().then((offer) => connection.setLocalDescription(offer));
      }),
    waitMs,
  );
}

/**
 * Whether `navigator.storage.persist()` is still unanswered after `waitMs`: Firefox asks the user, and a first
 * visit that nobody answers is the case the node must start in.
 */
export function persistPromptPending(tab: NodeTab, waitMs = 1_000): Promise<boolean> {
  return tab.evaluate(
    (wait) =>
      Promise.race([
        navigator.storage.persist().then(() => false),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(true), wait)),
      ]),
    waitMs,
  );
}
