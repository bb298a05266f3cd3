import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NODE_REDRAW_DELAY_MS, OFF_SCREEN_REDRAW_MS, redrawScheduler } from '../../src/ui/dom.ts';

/** A visibility watch the test moves by hand, standing in for IntersectionObserver. */
function handWatch() {
  let report: ((onScreen: boolean) => void) | null = null;
  let watching = false;
  return {
    watch(_target: Element, onChange: (onScreen: boolean) => void) {
      report = onChange;
      watching = true;
      return () => {
        watching = false;
      };
    },
    show(onScreen: boolean) {
      report?.(onScreen);
    },
    get watching() {
      return watching;
    },
  };
}

const section = {} as Element;

describe('redrawScheduler', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    // Node has no frames: one every 16 ms on the fake clock.
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => setTimeout(callback, 16));
    vi.stubGlobal('cancelAnimationFrame', (frame: ReturnType<typeof setTimeout>) => clearTimeout(frame));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('coalesces a burst into one redraw a frame, and keeps minIntervalMs between redraws', () => {
    const render = vi.fn();
    const redraw = redrawScheduler(render, 250);
    for (let i = 0; i < 50; i++) redraw.schedule();
    vi.advanceTimersByTime(NODE_REDRAW_DELAY_MS + 20);
    expect(render).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 50; i++) redraw.schedule();
    vi.advanceTimersByTime(200);
    expect(render).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(80);
    expect(render).toHaveBeenCalledTimes(2);
  });

  it('redraws a view off screen at most every OFF_SCREEN_REDRAW_MS, and at once when it comes into view', () => {
    const render = vi.fn();
    const hand = handWatch();
    const redraw = redrawScheduler(render, 250, section, hand.watch);
    hand.show(false);
    redraw.schedule();
    vi.advanceTimersByTime(NODE_REDRAW_DELAY_MS + 20);
    expect(render).toHaveBeenCalledTimes(1);
    // A block every 100 ms for 1.5 s: held back while the view is out of sight.
    for (let i = 0; i < 15; i++) {
      redraw.schedule();
      vi.advanceTimersByTime(100);
    }
    expect(render).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(OFF_SCREEN_REDRAW_MS);
    expect(render).toHaveBeenCalledTimes(2);
    redraw.schedule();
    vi.advanceTimersByTime(100);
    expect(render).toHaveBeenCalledTimes(2);
    // Scrolled into view: the held redraw happens within a frame, and the view is live again.
    hand.show(true);
    vi.advanceTimersByTime(20);
    expect(render).toHaveBeenCalledTimes(3);
    redraw.schedule();
    vi.advanceTimersByTime(270);
    expect(render).toHaveBeenCalledTimes(4);
  });

  it("draws what the node did NODE_REDRAW_DELAY_MS later, so tabs sharing a CPU take a block before drawing it; the user's at once", () => {
    const forNode = vi.fn();
    const forUser = vi.fn();
    const nodeChanged = redrawScheduler(forNode, 250);
    const userActed = redrawScheduler(forUser);
    nodeChanged.schedule();
    userActed.schedule();
    vi.advanceTimersByTime(20);
    expect(forUser).toHaveBeenCalledTimes(1);
    expect(forNode).not.toHaveBeenCalled();
    vi.advanceTimersByTime(NODE_REDRAW_DELAY_MS);
    expect(forNode).toHaveBeenCalledTimes(1);
  });

  it('cancel stops a pending redraw and the watch', () => {
    const render = vi.fn();
    const hand = handWatch();
    const redraw = redrawScheduler(render, 0, section, hand.watch);
    redraw.schedule();
    redraw.cancel();
    vi.advanceTimersByTime(100);
    expect(render).not.toHaveBeenCalled();
    expect(hand.watching).toBe(false);
  });
});
