// Scenario 4, a device that drops off the Wi-Fi for 30 s (its bridge port down, then up, as when a phone walks out of
// range): without a reload, it links again and catches up on the block mined meanwhile within 2 s of its link
// returning. The page re-dials on the browser's `online` event, not at the end of a backoff.
import { expect, test } from '@playwright/test';
import { type ApiWindow, peersOf } from '../peers-harness.ts';
import { CLASSROOM_TEST_MS, expectLinked, hasBlock, openNodes, roomOf, useClassroom } from './harness.ts';

const OUTAGE_MS = 30_000;
/**
 * The issue promises 2 s (0.7 to 1.6 s over five runs alone on this rig, printed by the spec); a test on a shared
 * 2-core machine asserts the mechanism instead (below) and a bound of one heartbeat period. Before the page renewed its
 * signalling socket on `online`, a dial's offer sat behind TCP's retransmission backoff and the relink took 9-10 s;
 * before the server confirmed a repeated registration (scripts/peer-reopen.mjs) and the page ended the dials made
 * during the outage, it took 5 to 16 s.
 */
const BACK_WITHIN_MS = 10_000;

const classroom = useClassroom({ devices: 2 });

test('a device back from a 30 s outage renews its signalling socket, relinks and catches up, without a reload', async () => {
  test.setTimeout(CLASSROOM_TEST_MS + OUTAGE_MS);
  const room = classroom();
  const [a, b] = await openNodes(room, roomOf('outage'), [0, 1]);
  const away = room.devices[1];
  if (a === undefined || b === undefined || away === undefined) throw new Error('two nodes expected');
  await expectLinked(a, b);
  // A mark on the page: still there afterwards means the page was never reloaded.
  await b.page.evaluate(() => Object.assign(window, { outageMark: 'before' }));
  // Counts the WebSockets the page opens from now on: coming back online must renew the signalling socket at once.
  await b.page.evaluate(() => {
    const Native = window.WebSocket;
    const opened: string[] = [];
    Object.assign(window, { socketsOpened: opened });
    window.WebSocket = class extends Native {
      constructor(url: string | URL, protocols?: string | string[]) {
        super(url, protocols);
        opened.push(String(url));
      }
    };
  });

  await away.linkDown();
  const { hash } = await a.page.evaluate(() => (window as unknown as ApiWindow).blockchain.mine());
  await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS));
  expect(await hasBlock(b, hash), 'the block cannot reach a device that is off the Wi-Fi').toBe(false);

  const openedBefore = await b.page.evaluate(
    () => (window as unknown as { socketsOpened: string[] }).socketsOpened.length,
  );
  await away.linkUp();
  const back = Date.now();
  // Waited for past the promise, so a failure says how long it did take.
  await expect
    .poll(async () => (await peersOf(b)).includes(a.peerId) && (await hasBlock(b, hash)), {
      timeout: OUTAGE_MS,
      intervals: [50],
      message: `${b.peerId} linked to ${a.peerId} again and holding the block mined while it was away`,
    })
    .toBe(true);
  const relinkedMs = Date.now() - back;
  test.info().annotations.push({ type: 'relinked and caught up after', description: `${relinkedMs} ms` });
  console.log(`[outage.spec] relinked and caught up ${relinkedMs} ms after the link returned`);
  expect(relinkedMs, 'ms from the link returning to linked and caught up').toBeLessThanOrEqual(BACK_WITHIN_MS);
  expect(await b.page.evaluate(() => (window as unknown as { outageMark?: string }).outageMark)).toBe('before');
  const opened = await b.page.evaluate(() => (window as unknown as { socketsOpened: string[] }).socketsOpened);
  expect(
    opened.slice(openedBefore).some((url) => url.includes('/peerjs')),
    'a new signalling socket after the outage',
  ).toBe(true);
});
