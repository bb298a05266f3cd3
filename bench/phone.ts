// A phone's answer to a tap while the node keeps mining (issue 10, "Phones"): the app at 360×640 with "Keep mining"
// on, taps on the menu button, each timed from the tap's own timestamp to the first animation frame after its handler
// ran (when its effect can be painted), with Chromium's CPU throttled 4× (a low-end phone) and unthrottled, in turns
// within one run. test/browser/phone.spec.ts uses the same taps.
import type { CDPSession, Page } from '@playwright/test';
import { withEnvironment } from './browser-node.ts';
import { type Measured, median, round, type Suite, type SuiteContext } from './registry.ts';

/** A classroom's low difficulty: blocks as fast as the node can take them, the most work per second for the page. */
export const PHONE_DIFFICULTY = 12;
export const PHONE_THROTTLE = 4;
/** The control tapped: its handler is trivial, so what a tap waits for is whatever else holds the main thread. */
const TAPPED = '#menu-toggle';

/**
 * Installed once per page: every pointerdown records the time from the event's timestamp (when the input reached the
 * browser) to the next animation frame after its listeners ran. A string, so it runs as written in any page.
 */
const TAP_RECORDER = `(() => {
  if (window.__tapDelays) return;
  window.__tapDelays = [];
  addEventListener('pointerdown', (event) => {
    const tappedAt = event.timeStamp;
    requestAnimationFrame(() => window.__tapDelays.push(performance.now() - tappedAt));
  }, { capture: true });
})()`;

function recorded(page: Page): Promise<number> {
  return page.evaluate('window.__tapDelays.length') as Promise<number>;
}

/**
 * Taps the menu button `taps` times (click with a mouse, or tap on a touch page), a little apart so taps meet the
 * mining at different moments, and checks each one opened or closed the menu. Returns each tap's delay in ms.
 */
export async function measureTapDelays(page: Page, taps: number, touch: boolean): Promise<number[]> {
  await page.evaluate(TAP_RECORDER);
  const before = await recorded(page);
  for (let i = 0; i < taps; i++) {
    const expanded = await page.getAttribute(TAPPED, 'aria-expanded');
    if (touch) await page.tap(TAPPED);
    else await page.click(TAPPED);
    await page.waitForFunction(`window.__tapDelays.length > ${before + i}`);
    const after = await page.getAttribute(TAPPED, 'aria-expanded');
    if (after === expanded) throw new Error(`tap ${i} on ${TAPPED} did not toggle the menu`);
    await page.waitForTimeout(120 + 37 * i);
  }
  const delays = (await page.evaluate('window.__tapDelays')) as number[];
  return delays.slice(before);
}

/** One DevTools session per page, kept open: Chromium drops a session's emulation (throttling) when it detaches. */
const sessions = new WeakMap<Page, CDPSession>();

/** Chromium's CPU throttling for `page` (1 = none), through the DevTools protocol. */
export async function throttleCpu(page: Page, rate: number): Promise<void> {
  let cdp = sessions.get(page);
  if (cdp === undefined) {
    cdp = await page.context().newCDPSession(page);
    sessions.set(page, cdp);
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/** Milliseconds a fixed piece of JavaScript takes on the page's main thread: shows the throttling took effect. */
export function fixedWorkMs(page: Page): Promise<number> {
  return page.evaluate(
    `(() => { const start = performance.now(); let x = 0; for (let i = 0; i < 3e6; i++) x = (x * 31 + i) | 0; ` +
      `return performance.now() - start + (x === 0.5 ? 1 : 0); })()`,
  ) as Promise<number>;
}

/** Turns on "Keep mining" and waits until a few blocks have come: the load the taps are measured under. */
export async function keepMining(page: Page): Promise<void> {
  await page.check('#auto-mine');
  await page.waitForFunction("Number(document.querySelector('#node-height')?.textContent) > 5");
}

async function measure(context: SuiteContext): Promise<Measured[]> {
  const rounds = context.quick ? 1 : 4;
  const tapsPerRound = context.quick ? 3 : 5;
  return withEnvironment(context, { signalling: false }, async (env) => {
    const ctx = await env.newContext();
    const page = await ctx.newPage();
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto(env.appUrl(`bench-phone-${Date.now()}`, PHONE_DIFFICULTY));
    await page.waitForSelector('#section-nav:not([hidden])');
    await keepMining(page);
    const throttled: number[] = [];
    const unthrottled: number[] = [];
    const work = { throttled: [] as number[], unthrottled: [] as number[] };
    for (let r = 0; r < rounds; r++) {
      await throttleCpu(page, 1);
      work.unthrottled.push(await fixedWorkMs(page));
      unthrottled.push(...(await measureTapDelays(page, tapsPerRound, false)));
      await throttleCpu(page, PHONE_THROTTLE);
      work.throttled.push(await fixedWorkMs(page));
      throttled.push(...(await measureTapDelays(page, tapsPerRound, false)));
    }
    await throttleCpu(page, 1);
    const height = await page.textContent('#node-height');
    context.log(
      `phone taps while mining at difficulty ${PHONE_DIFFICULTY} (height ${height}): unthrottled median ` +
        `${round(median(unthrottled), 1)} ms (worst ${round(Math.max(...unthrottled), 1)}), ${PHONE_THROTTLE}× ` +
        `throttled median ${round(median(throttled), 1)} ms (worst ${round(Math.max(...throttled), 1)}); a fixed ` +
        `loop took ${round(median(work.unthrottled), 1)} ms unthrottled, ${round(median(work.throttled), 1)} ms throttled`,
    );
    await ctx.close();
    const description = (how: string) =>
      `a tap on the page at 360×640 while auto-mining at ?difficulty=${PHONE_DIFFICULTY}, ${how}: from the tap's ` +
      'timestamp to the first frame after its handler';
    return [
      {
        id: 'phone_input_delay_ms',
        unit: 'ms',
        description: description(`CPU throttled ${PHONE_THROTTLE}× (goal < 100)`),
        runs: throttled.map((ms) => round(ms, 1)),
      },
      {
        id: 'phone_input_delay_unthrottled_ms',
        unit: 'ms',
        description: description('CPU not throttled, same run'),
        runs: unthrottled.map((ms) => round(ms, 1)),
      },
    ];
  });
}

export const phoneSuite: Suite = { id: 'phone', where: 'chromium', run: measure };
