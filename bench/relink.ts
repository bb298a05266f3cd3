// How fast a restarted peer is linked again (issue 12, "A returning peer replaces its dead link"; issue 10, scenario
// 4): two app pages linked over WebRTC, then one page's renderer is crashed (no unload, nothing closed) and its node
// opened again in a new tab of the same context. relink_after_restart_ms is the time from the reopened node being
// ready to the link being open on both sides: the reopened node has the other ready, and the other has taken the new
// link (a status arrived on it). Times are Date.now() stamped inside the pages (one clock for every process here).
import { randomBytes } from 'node:crypto';
import type { BrowserContext, Page } from '@playwright/test';
import { sessionNodeKey } from '../src/storage/constants.ts';
import { panelsEn } from '../src/ui/i18n/sections/panels/en.ts';
import { withEnvironment } from './browser-node.ts';
import { type Measured, median, round, type Suite, type SuiteContext } from './registry.ts';

/** The longest any one wait may take. */
const WAIT_MS = 60_000;

/** What this suite reads of `window.blockchain` (src/ui/console-api.ts). */
type RelinkApi = {
  readonly ready: Promise<void>;
  readonly id: string;
  readonly peerId: string;
  peers(): string[];
  registerNodes(ids: string[]): Promise<unknown>;
  traffic(): { in: { messages: Record<string, number> } };
};
type RelinkWindow = Window & {
  blockchain: RelinkApi;
  relinkReadyAt?: number;
  relinkLinkedAt?: number | undefined;
};

type OpenNode = { readonly page: Page; readonly id: string; readonly peerId: string; readonly readyAt: number };

/** Before the app's scripts: stamps when `window.blockchain.ready` resolves, not when an evaluate gets to ask. */
function stampReady(): void {
  let api: unknown;
  Object.defineProperty(window, 'blockchain', {
    configurable: true,
    get: () => api,
    set(value: { ready: Promise<void> }) {
      api = value;
      value.ready.then(
        () => {
          (window as unknown as RelinkWindow).relinkReadyAt = Date.now();
        },
        () => {},
      );
    },
  });
}

/** A new tab of `ctx` that will run node `nodeId` (its session names it), or a new node, once it goes to the app. */
async function nodeTab(ctx: BrowserContext, room: string, nodeId: string | null): Promise<Page> {
  const page = await ctx.newPage();
  if (nodeId !== null) {
    await page.addInitScript(([key, id]) => sessionStorage.setItem(key, id), [sessionNodeKey(room), nodeId] as const);
  }
  await page.addInitScript(stampReady);
  return page;
}

/** Opens the app in `page` and waits for its node to be ready. */
async function openNode(page: Page, url: string): Promise<OpenNode> {
  await page.goto(url, { timeout: WAIT_MS });
  await page.waitForFunction(() => (window as unknown as RelinkWindow).relinkReadyAt !== undefined, null, {
    timeout: WAIT_MS,
  });
  const { id, peerId, readyAt } = await page.evaluate(() => {
    const win = window as unknown as RelinkWindow;
    return { id: win.blockchain.id, peerId: win.blockchain.peerId, readyAt: win.relinkReadyAt as number };
  });
  return { page, id, peerId, readyAt };
}

/**
 * Stamps in `page` the moment it has `peerId` ready and, when `statusesAbove` is given, has taken a link from it
 * after now (more statuses accepted than that).
 */
function armLinked(page: Page, peerId: string, statusesAbove: number | null): Promise<void> {
  return page.evaluate(
    ([id, above, waitMs]) => {
      const win = window as unknown as RelinkWindow;
      win.relinkLinkedAt = undefined;
      const until = Date.now() + waitMs;
      const tick = () => {
        const api = win.blockchain;
        const fresh = above === null || (api.traffic().in.messages.status ?? 0) > above;
        if (api.peers().includes(id) && fresh) win.relinkLinkedAt = Date.now();
        else if (Date.now() < until) setTimeout(tick, 5);
      };
      tick();
    },
    [peerId, statusesAbove, WAIT_MS] as const,
  );
}

async function linkedAt(page: Page): Promise<number> {
  await page.waitForFunction(() => (window as unknown as RelinkWindow).relinkLinkedAt !== undefined, null, {
    timeout: WAIT_MS,
  });
  return page.evaluate(() => (window as unknown as RelinkWindow).relinkLinkedAt as number);
}

/**
 * Crashes the renderer of `node`'s page and opens its node again in a new tab of the same context, made before the
 * crash so that only the crash, the page load and the node's start lie between the two.
 */
async function crashAndReopen(node: OpenNode, url: string, room: string): Promise<OpenNode> {
  const tab = await nodeTab(node.page.context(), room, node.id);
  const crashed = node.page.waitForEvent('crash', { timeout: WAIT_MS });
  const cdp = await node.page.context().newCDPSession(node.page);
  void cdp.send('Page.crash').catch(() => {}); // never answered: the page is gone
  await crashed;
  const reopened = await openNode(tab, url);
  await node.page.close();
  if (reopened.id !== node.id) throw new Error(`the new tab ran ${reopened.id}, not the crashed ${node.id}`);
  return reopened;
}

/** How the survivor's page says its last link to the returning node ended (its network log, in English). */
function endings(page: Page): Promise<{ restarted: number; silent: number }> {
  return page.evaluate(
    ([restarted, silent]) => {
      const text = document.body.textContent ?? '';
      return { restarted: text.split(restarted).length - 1, silent: text.split(silent).length - 1 };
    },
    [panelsEn['link-end.peer-restarted'], panelsEn['link-end.silent'].replace(/ \{ms\}.*$/, '')] as const,
  );
}

async function measure(context: SuiteContext): Promise<Measured[]> {
  const restarts = context.quick ? 2 : 7;
  return withEnvironment(context, { signalling: true }, async (env) => {
    const room = `bench-relink-${randomBytes(4).toString('hex')}`;
    const url = env.appUrl(room, 1);
    const first = await openNode(await nodeTab(await env.newContext(), room, null), url);
    const second = await openNode(await nodeTab(await env.newContext(), room, null), url);
    // The survivor has the smaller id and dials: its old link is the one the duplicate rule would keep.
    const [survivor, initial] = first.peerId < second.peerId ? [first, second] : [second, first];
    // The first link, for comparison: the same two pages, both long ready, one told of the other.
    await armLinked(initial.page, survivor.peerId, null);
    const askedAt = await survivor.page.evaluate((id) => {
      const at = Date.now();
      void (window as unknown as RelinkWindow).blockchain.registerNodes([id]);
      return at;
    }, initial.id);
    await armLinked(survivor.page, initial.peerId, null);
    const firstLinkMs = Math.max(await linkedAt(survivor.page), await linkedAt(initial.page)) - askedAt;
    context.log(`first link: ${firstLinkMs} ms from registering to linked both ways`);

    const relinks: number[] = [];
    const crashToReady: number[] = [];
    let returning = initial;
    for (let run = 0; run < restarts; run++) {
      const statuses = await survivor.page.evaluate(
        () => (window as unknown as RelinkWindow).blockchain.traffic().in.messages.status ?? 0,
      );
      await armLinked(survivor.page, returning.peerId, statuses);
      const crashAt = Date.now();
      returning = await crashAndReopen(returning, url, room);
      await armLinked(returning.page, survivor.peerId, null);
      const bothAt = Math.max(await linkedAt(survivor.page), await linkedAt(returning.page));
      relinks.push(Math.max(0, bothAt - returning.readyAt));
      crashToReady.push(returning.readyAt - crashAt);
      context.log(
        `restart ${run}: ready ${returning.readyAt - crashAt} ms after the crash, linked both ways ${bothAt - returning.readyAt} ms after ready`,
      );
    }
    const ended = await endings(survivor.page);
    context.log(
      `the survivor's old links ended: ${ended.restarted} replaced by the returning session, ${ended.silent} found silent`,
    );
    context.log(
      `relink: median ${median(relinks)} ms after ready (crash to ready: median ${median(crashToReady)} ms; ` +
        'the old link is dead but silent for 10 s, so a relink later than that could have waited for the heartbeat)',
    );
    return [
      {
        id: 'relink_after_restart_ms',
        unit: 'ms',
        description:
          "a linked page's renderer crashed and its node reopened in a new tab: its ready to the link open on both sides (goal < 2000)",
        runs: relinks.map((ms) => round(ms, 0)),
      },
      {
        id: 'first_link_ms',
        unit: 'ms',
        description: 'the same two pages, both ready, before any restart: registerNodes to the link open on both sides',
        runs: [firstLinkMs],
      },
      {
        id: 'restart_crash_to_ready_ms',
        unit: 'ms',
        description: 'the same restarts: the crash to the reopened node ready (tab, page load and node start)',
        runs: crashToReady.map((ms) => round(ms, 0)),
      },
    ];
  });
}

export const relinkSuite: Suite = { id: 'relink', where: 'chromium', run: measure };
