// Time for the network layer, injected: the browser's clock in the app, a hand-driven one in unit tests.

/** Cancels a scheduled call; calling it twice or after the call ran is harmless. */
export type Cancel = () => void;

export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
  /** Runs `callback` once after `ms`. */
  after(ms: number, callback: () => void): Cancel;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  after(ms, callback) {
    const handle = setTimeout(callback, ms);
    return () => clearTimeout(handle);
  },
};

/** Rejects with `Error(what …)` unless `promise` settles within `ms` of the clock. */
export function withTimeout<T>(clock: Clock, ms: number, what: string, promise: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const cancel = clock.after(ms, () => reject(new Error(`${what}: no answer within ${ms} ms`)));
    promise.then(
      (value) => {
        cancel();
        resolve(value);
      },
      (error: unknown) => {
        cancel();
        reject(error);
      },
    );
  });
}
