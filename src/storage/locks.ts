// Web Locks as this app uses them: a lock held for as long as the holder wants, taken only if free, and a look at
// who holds what. The lock manager is injected so Node tests can use a fake.

/** The part of the browser's LockManager we use; `navigator.locks` fits it. */
export type LockManagerLike = {
  request(
    name: string,
    options: { readonly ifAvailable: true },
    callback: (lock: { readonly name: string } | null) => Promise<void> | undefined,
  ): Promise<unknown>;
  query(): Promise<{ readonly held?: readonly { readonly name?: string }[] }>;
};

/** `navigator.locks`, or null where it is missing: insecure contexts (plain http on a LAN address), old browsers. */
export function browserLocks(): LockManagerLike | null {
  return typeof navigator !== 'undefined' && navigator.locks !== undefined ? navigator.locks : null;
}

/**
 * Takes the lock if nobody holds it and keeps it until the returned function is called (or the tab closes: the
 * browser releases a dead tab's locks). Resolves null when another tab holds it. Rejects if the browser refuses
 * locks altogether (SecurityError in opaque origins).
 */
export function holdLockIfFree(locks: LockManagerLike, name: string): Promise<(() => void) | null> {
  return new Promise((resolve, reject) => {
    locks
      .request(name, { ifAvailable: true }, (lock) => {
        if (lock === null) {
          resolve(null);
          return undefined;
        }
        // The lock lasts as long as this promise is pending.
        return new Promise<void>((release) => resolve(() => release()));
      })
      .catch(reject);
  });
}

/** Whether some tab holds the lock, by looking only: querying never takes it from under a tab that is starting. */
export async function isLockHeld(locks: LockManagerLike, name: string): Promise<boolean> {
  const snapshot = await locks.query();
  return (snapshot.held ?? []).some((lock) => lock.name === name);
}
