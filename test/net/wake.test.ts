// The browser's wake events (online, a page shown again) make one redial round at once, and a burst of them at most
// one more, a debounce later.
import { describe, expect, it } from 'vitest';
import { onWake, WAKE_DEBOUNCE_MS, type WakeReason } from '../../src/net/wake.ts';
import { ManualClock } from './helpers.ts';

/** A document whose visibility a test sets before firing visibilitychange. */
class FakeDocument extends EventTarget {
  visibilityState: DocumentVisibilityState = 'visible';

  show(state: DocumentVisibilityState): void {
    this.visibilityState = state;
    this.dispatchEvent(new Event('visibilitychange'));
  }
}

function setup() {
  const clock = new ManualClock();
  const window = new EventTarget();
  const document = new FakeDocument();
  const rounds: Array<{ reason: WakeReason; at: number }> = [];
  const stop = onWake({ window, document }, clock, (reason) => rounds.push({ reason, at: clock.now() }));
  return { clock, window, document, rounds, stop, start: clock.now() };
}

describe('wake events', () => {
  it('answer going online and a page shown again with a round at once; hiding makes none', () => {
    const { clock, window, document, rounds, start } = setup();
    window.dispatchEvent(new Event('online'));
    expect(rounds).toEqual([{ reason: 'online', at: start }]);

    clock.advance(WAKE_DEBOUNCE_MS);
    document.show('hidden');
    expect(rounds).toHaveLength(1);
    document.show('visible');
    expect(rounds).toEqual([
      { reason: 'online', at: start },
      { reason: 'visible', at: start + WAKE_DEBOUNCE_MS },
    ]);
  });

  it('fold a burst into one more round, a debounce after the first', () => {
    const { clock, window, document, rounds, start } = setup();
    window.dispatchEvent(new Event('online'));
    for (let i = 0; i < 20; i++) {
      clock.advance(10);
      window.dispatchEvent(new Event('online'));
      document.show('visible');
    }
    expect(rounds).toHaveLength(1);
    clock.advance(WAKE_DEBOUNCE_MS);
    expect(rounds.map((r) => r.at)).toEqual([start, start + WAKE_DEBOUNCE_MS]);
    clock.advance(10 * WAKE_DEBOUNCE_MS);
    expect(rounds).toHaveLength(2);
  });

  it('stop listening, and drop a pending round, once stopped', () => {
    const { clock, window, rounds, stop } = setup();
    window.dispatchEvent(new Event('online'));
    window.dispatchEvent(new Event('online'));
    stop();
    clock.advance(WAKE_DEBOUNCE_MS);
    window.dispatchEvent(new Event('online'));
    expect(rounds).toHaveLength(1);
  });
});
