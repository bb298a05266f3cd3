// One Firefox ESR node next to one Chromium node, as two students' browsers would be: both at their defaults for
// WebRTC (mDNS host candidates) and for storage prompts (Firefox's persist() prompt stays unanswered). They find
// each other through the signalling server's list, trade a transaction and a block each way, agree on the chain,
// Firefox mines in its own worker and keeps its chain over a reload, and its page renders.
import type { BlockJson, ChainJson } from '../../src/core/index.ts';
import {
  type ChromiumNodeBrowser,
  type FirefoxNodeBrowser,
  findFirefox,
  hostCandidates,
  launchDefaultChromium,
  launchFirefox,
  type NodeTab,
  nodeOf,
  openTabNode,
  persistPromptPending,
  type TabNode,
  tabMempool,
  tabPeers,
  tabTip,
} from './firefox-harness.ts';
import { expect, test } from './fixtures.ts';
import { type ApiWindow, roomQuery, SPREAD_MS, testRoom } from './peers-harness.ts';

/** Sixteen bits of work: ~65,000 nonces a block, a few milliseconds of a worker's time, not a page's. */
const DIFFICULTY = 16;
const SCREENSHOT = 'test-results/firefox/firefox-node.png';

const firefox = findFirefox();

function chainOf(tab: NodeTab): Promise<ChainJson> {
  return tab.evaluate(() => (window as unknown as ApiWindow).blockchain.chain(), undefined);
}

function verifyOn(tab: NodeTab): Promise<{ valid: boolean; length?: number }> {
  return tab.evaluate(() => (window as unknown as ApiWindow).blockchain.verify(), undefined);
}

function send(tab: NodeTab, recipient: string, info: string): Promise<{ txid: string }> {
  return tab.evaluate((request) => (window as unknown as ApiWindow).blockchain.newTransaction(request), {
    recipient,
    info,
  });
}

function mine(tab: NodeTab): Promise<BlockJson> {
  return tab.evaluate(() => (window as unknown as ApiWindow).blockchain.mine(), undefined);
}

/** Notices of the page about a missing web platform feature (src/node/capabilities.ts), by their English words. */
function platformNoticesShown(tab: NodeTab): Promise<string[]> {
  return tab.evaluate(
    () =>
      [...document.querySelectorAll('#notices li')]
        .map((item) => item.getAttribute('data-text') ?? '')
        .filter((text) => /module workers|WebAssembly SIMD|BroadcastChannel/.test(text)),
    undefined,
  );
}

/** A transaction from one node reaches the other's mempool; the other mines it, and its block comes back. */
async function transactionThenBlock(from: NodeTab, to: NodeTab, toNode: TabNode): Promise<BlockJson> {
  const { txid } = await send(from, toNode.address, `${from.browser} to ${to.browser}`);
  await expect.poll(() => tabMempool(to), { timeout: SPREAD_MS }).toContain(txid);
  const block = await mine(to);
  expect(block.transactions.map((tx) => tx.txid)).toContain(txid);
  await expect.poll(() => tabTip(from), { timeout: SPREAD_MS }).toBe(block.hash);
  return block;
}

test('a Firefox ESR node and a Chromium node at browser defaults find each other, trade both ways and agree', async ({
  signalling,
  baseURL,
}, info) => {
  if ('missing' in firefox) {
    // Printed, not only recorded: a skipped Firefox test must be seen in the run's output.
    console.warn(`[firefox.spec] SKIPPED, no Firefox: ${firefox.missing}`);
    test.skip(true, firefox.missing);
    return;
  }
  test.setTimeout(240_000);
  const url = `${baseURL}/${roomQuery(testRoom('firefox', info), DIFFICULTY, signalling)}`;
  let fx: FirefoxNodeBrowser | null = null;
  let cr: ChromiumNodeBrowser | null = null;
  try {
    // One after the other, so that a failed launch leaves nothing running that `finally` would not close.
    fx = await launchFirefox(firefox.path);
    cr = await launchDefaultChromium(info.project.use.launchOptions);
    const ff = fx.tab;
    const ch = cr.tab;

    await test.step('both browsers keep their WebRTC default: host candidates are mDNS names', async () => {
      for (const tab of [ff, ch]) {
        const hosts = (await hostCandidates(tab)).filter((candidate) => candidate.startsWith('host '));
        console.log(`[firefox.spec] ${tab.browser} host candidates: ${hosts.join(', ')}`);
        expect(hosts.length, `${tab.browser} host candidates`).toBeGreaterThan(0);
        for (const host of hosts) expect(host, tab.browser).toMatch(/^host [0-9a-f-]+\.local$/);
      }
    });

    const [ffNode, chNode] = await test.step('both nodes become ready, Firefox with its prompt unanswered', () =>
      Promise.all([openTabNode(ff, url), openTabNode(ch, url)]));
    expect(ff.pageErrors, 'Firefox page errors at start').toEqual([]);
    expect(ch.pageErrors, 'Chromium page errors at start').toEqual([]);
    expect(await persistPromptPending(ff)).toBe(true);
    // Both have module workers, WebAssembly SIMD and BroadcastChannel: a false alarm would greet every student.
    for (const tab of [ff, ch]) expect(await platformNoticesShown(tab), tab.browser).toEqual([]);
    const genesis = await Promise.all([ff, ch].map(async (tab) => (await chainOf(tab)).chain[0]?.hash));
    expect(genesis[0]).toBeDefined();
    expect(genesis[0], 'same genesis').toBe(genesis[1]);

    await test.step('discovery without registration: each lists the other as a linked peer', async () => {
      await expect.poll(() => tabPeers(ff), { timeout: SPREAD_MS }).toEqual([chNode.peerId]);
      await expect.poll(() => tabPeers(ch), { timeout: SPREAD_MS }).toEqual([ffNode.peerId]);
    });

    const minersBefore = fx.workers.filter((worker) => worker.includes('miner')).length;
    await test.step('Chromium → Firefox: a transaction, which Firefox mines in its worker; the block comes back', () =>
      transactionThenBlock(ch, ff, ffNode));
    console.log(`[firefox.spec] Firefox workers: ${fx.workers.join(', ')}`);
    expect(fx.workers.filter((worker) => worker.includes('miner')).length).toBeGreaterThan(minersBefore);
    await test.step('Firefox → Chromium: a transaction, which Chromium mines; the block comes back', () =>
      transactionThenBlock(ff, ch, chNode));

    const [ffChain, chChain] = await Promise.all([chainOf(ff), chainOf(ch)]);
    expect(ffChain.length).toBe(3);
    expect(ffChain).toEqual(chChain);
    expect(await verifyOn(ff)).toEqual({ valid: true, length: 3 });
    expect(await verifyOn(ch)).toEqual({ valid: true, length: 3 });

    await test.step('a Firefox reload keeps its node and its chain, and it links again', async () => {
      await ff.reload();
      const again = await nodeOf(ff);
      expect(again.id).toBe(ffNode.id);
      expect(await chainOf(ff)).toEqual(ffChain);
      await expect.poll(() => tabPeers(ff), { timeout: SPREAD_MS }).toEqual([chNode.peerId]);
    });

    const shown = () =>
      ff.evaluate(
        () => ['#node-height', '#node-peers'].map((id) => document.querySelector(id)?.textContent ?? null),
        undefined,
      );
    await expect.poll(shown, { timeout: SPREAD_MS }).toEqual(['3', '1']);
    await ff.screenshot(SCREENSHOT);
    for (const tab of [ff, ch])
      console.log(`[firefox.spec] ${tab.browser} console: ${tab.consoleProblems.join(' | ')}`);
    expect(ff.pageErrors, 'Firefox page errors').toEqual([]);
    expect(ch.pageErrors, 'Chromium page errors').toEqual([]);
    expect([...ff.offMachine, ...ch.offMachine], 'requests to hosts outside this machine').toEqual([]);
  } finally {
    await Promise.all([fx?.browser.close(), cr?.browser.close()]);
  }
});
