import { describe, expect, it } from 'vitest';
import { createMiningWakeLock, type ScreenLock, type WakeLockApi } from '../../src/ui/wake-lock.ts';

/** A wake lock API that grants (or refuses) at once and records what is held; `drop` is the browser hiding the page. */
function fakeWakeLock(options: { refuse?: boolean } = {}) {
  const held = new Set<ScreenLock>();
  let requests = 0;
  const listeners = new Map<ScreenLock, () => void>();
  const api: WakeLockApi = {
    async request(type) {
      expect(type).toBe('screen');
      requests++;
      if (options.refuse) throw new DOMException('denied', 'NotAllowedError');
      const lock: ScreenLock = {
        async release() {
          if (held.delete(lock)) listeners.get(lock)?.();
        },
        addEventListener(_type, listener) {
          listeners.set(lock, listener);
        },
      };
      held.add(lock);
      return lock;
    },
  };
  const drop = () => {
    for (const lock of [...held]) void lock.release();
  };
  return { api, held, drop, requests: () => requests };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the screen wake lock while mining', () => {
  it('is held while mining and released when mining stops', async () => {
    const fake = fakeWakeLock();
    const lock = createMiningWakeLock(fake.api, () => true);
    lock.setMining(true);
    await settled();
    expect(fake.held.size).toBe(1);
    // Every redraw repeats the state: no second request.
    lock.setMining(true);
    await settled();
    expect(fake.requests()).toBe(1);
    lock.setMining(false);
    await settled();
    expect(fake.held.size).toBe(0);
  });

  it('is asked for again when the page comes back into view while still mining', async () => {
    const fake = fakeWakeLock();
    let visible = true;
    const lock = createMiningWakeLock(fake.api, () => visible);
    lock.setMining(true);
    await settled();
    visible = false;
    fake.drop();
    lock.visibilityChanged();
    await settled();
    expect(fake.held.size).toBe(0);
    visible = true;
    lock.visibilityChanged();
    await settled();
    expect(fake.held.size).toBe(1);
    expect(fake.requests()).toBe(2);
  });

  it('is not asked for while hidden or when not mining, and is released if mining stopped while it was granted', async () => {
    const fake = fakeWakeLock();
    let visible = false;
    const lock = createMiningWakeLock(fake.api, () => visible);
    lock.setMining(true);
    await settled();
    expect(fake.requests()).toBe(0);
    lock.setMining(false);
    visible = true;
    lock.visibilityChanged();
    await settled();
    expect(fake.requests()).toBe(0);
    lock.setMining(true);
    lock.setMining(false); // before the request is granted
    await settled();
    expect(fake.held.size).toBe(0);
  });

  it('does nothing without the API and survives a refusal', async () => {
    const none = createMiningWakeLock(undefined, () => true);
    expect(() => none.setMining(true)).not.toThrow();
    const fake = fakeWakeLock({ refuse: true });
    const refused = createMiningWakeLock(fake.api, () => true);
    refused.setMining(true);
    await settled();
    expect(fake.held.size).toBe(0);
    // A later visibility change may try again.
    refused.visibilityChanged();
    await settled();
    expect(fake.requests()).toBe(2);
  });
});
