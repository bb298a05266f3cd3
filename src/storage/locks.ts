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

/**
 * Where Web Locks are missing, the next best thing: asking the other open tabs of this origin which nodes they run,
 * over a BroadcastChannel, and answering them. It cannot be sure: a tab asleep in the background (or one starting at
 * the same moment) may not answer before the deadline.
 */
export type TabPresence = {
  /** Which of these lock names another tab answered that it holds within the deadline. */
  whoHolds(names: readonly string[]): Promise<Set<string>>;
  /** Answers other tabs that this tab holds `name`, until the returned function is called. */
  announce(name: string): () => void;
};

type PresenceMessage =
  | { readonly type: 'who-holds'; readonly question: string; readonly names: readonly string[] }
  | { readonly type: 'holds'; readonly question: string; readonly names: readonly string[] };

/** The part of BroadcastChannel presence uses, so tests can link fake tabs. */
export type ChannelLike = {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { readonly data: unknown }) => void): void;
};

const PRESENCE_CHANNEL = 'bbc-node-presence';
/** Long enough for a busy foreground tab to answer, short enough not to hold up a start noticeably. */
export const PRESENCE_DEADLINE_MS = 250;

function isPresenceMessage(data: unknown): data is PresenceMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { type, question, names } = data as Record<string, unknown>;
  return (
    (type === 'who-holds' || type === 'holds') &&
    typeof question === 'string' &&
    Array.isArray(names) &&
    names.every((name) => typeof name === 'string')
  );
}

/** Presence over `channel` (another instance per tab, as BroadcastChannel never delivers to its sender). */
export function channelPresence(
  channel: ChannelLike,
  wait: (ms: number) => Promise<void>,
  deadlineMs = PRESENCE_DEADLINE_MS,
): TabPresence {
  const held = new Set<string>();
  const asking = new Map<string, Set<string>>();
  channel.addEventListener('message', ({ data }) => {
    if (!isPresenceMessage(data)) return;
    if (data.type === 'holds') {
      for (const name of data.names) asking.get(data.question)?.add(name);
      return;
    }
    const mine = data.names.filter((name) => held.has(name));
    if (mine.length > 0) channel.postMessage({ type: 'holds', question: data.question, names: mine });
  });
  let questions = 0;
  return {
    async whoHolds(names) {
      if (names.length === 0) return new Set();
      const question = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${++questions}`;
      const answered = new Set<string>();
      asking.set(question, answered);
      channel.postMessage({ type: 'who-holds', question, names: [...names] });
      await wait(deadlineMs);
      asking.delete(question);
      return answered;
    },
    announce(name) {
      held.add(name);
      return () => held.delete(name);
    },
  };
}

/** Presence over the browser's BroadcastChannel, or null where there is none. */
export function browserPresence(): TabPresence | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  return channelPresence(new BroadcastChannel(PRESENCE_CHANNEL), (ms) => new Promise((r) => setTimeout(r, ms)));
}
