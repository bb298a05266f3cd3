// The browser's word that the network may be back: `online` (Wi-Fi returned), and a hidden page shown again (a
// phone hides the page when it locks, and its timers, links and signalling socket may have died meanwhile). Each
// gets one round of redials at once instead of waiting out a backoff; events close together (a flapping Wi-Fi, a
// lock and unlock) make at most one more round, debounceMs after the last, so nothing turns into a dial storm.
import type { Cancel, Clock } from './clock.ts';

/** Rounds are at least this far apart; an event inside the gap is answered by one round at its end. */
export const WAKE_DEBOUNCE_MS = 1_000;

export type WakeReason = 'online' | 'visible';

type Listenable = Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;

export type WakeSources = {
  /** Where `online` fires (the window). */
  readonly window: Listenable | null;
  /** Where `visibilitychange` fires, and whether the page is shown now (the document). */
  readonly document: (Listenable & { readonly visibilityState: DocumentVisibilityState }) | null;
};

/** Calls `round` on every wake event, debounced as above; returns the function that stops listening. */
export function onWake(
  sources: WakeSources,
  clock: Clock,
  round: (reason: WakeReason) => void,
  debounceMs = WAKE_DEBOUNCE_MS,
): Cancel {
  let lastRoundAt = Number.NEGATIVE_INFINITY;
  let pending: Cancel | null = null;
  let stopped = false;
  const run = (reason: WakeReason) => {
    pending = null;
    lastRoundAt = clock.now();
    round(reason);
  };
  const wake = (reason: WakeReason) => {
    if (stopped || pending !== null) return;
    const waitMs = lastRoundAt + debounceMs - clock.now();
    if (waitMs <= 0) run(reason);
    else pending = clock.after(waitMs, () => run(reason));
  };
  const onOnline = () => wake('online');
  const onVisibility = () => {
    if (sources.document?.visibilityState === 'visible') wake('visible');
  };
  sources.window?.addEventListener('online', onOnline);
  sources.document?.addEventListener('visibilitychange', onVisibility);
  return () => {
    stopped = true;
    pending?.();
    sources.window?.removeEventListener('online', onOnline);
    sources.document?.removeEventListener('visibilitychange', onVisibility);
  };
}
