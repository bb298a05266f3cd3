// Keeps a phone's screen on while "Keep mining" is on: a sleeping phone stops its tab, and with it the node's mining.
// Only where the Screen Wake Lock API exists; it never prompts, and a refusal (battery saver, a hidden page) only
// means the screen may sleep. The browser drops the lock whenever the page is hidden: it is asked for again when the
// page is visible and still mining.

/** The part of WakeLockSentinel used here. */
export type ScreenLock = {
  release(): Promise<void>;
  addEventListener(type: 'release', listener: () => void): void;
};
/** The part of navigator.wakeLock used here. */
export type WakeLockApi = { request(type: 'screen'): Promise<ScreenLock> };

export type MiningWakeLock = {
  /** Called with the node's "Keep mining" state on every redraw: only a change does anything. */
  setMining(mining: boolean): void;
  /** Called on the document's visibilitychange. */
  visibilityChanged(): void;
};

export function createMiningWakeLock(api: WakeLockApi | undefined, isVisible: () => boolean): MiningWakeLock {
  let wanted = false;
  let held: ScreenLock | null = null;
  let requesting = false;

  const acquire = () => {
    if (api === undefined || held !== null || requesting || !isVisible()) return;
    requesting = true;
    api.request('screen').then(
      (lock) => {
        requesting = false;
        if (!wanted) {
          void lock.release().catch(() => {});
          return;
        }
        held = lock;
        lock.addEventListener('release', () => {
          if (held === lock) held = null;
        });
      },
      () => {
        // Refused (power saving, a hidden page, a permissions policy): the screen may sleep, nothing else changes.
        requesting = false;
      },
    );
  };

  const release = () => {
    const lock = held;
    held = null;
    if (lock) void lock.release().catch(() => {});
  };

  return {
    setMining(mining) {
      if (mining === wanted) return;
      wanted = mining;
      if (mining) acquire();
      else release();
    },
    visibilityChanged() {
      if (wanted && isVisible()) acquire();
    },
  };
}
