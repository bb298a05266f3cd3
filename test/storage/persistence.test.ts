// Asking the browser to keep the node's data, and reporting its answer as a state (the page words it).
import { describe, expect, it, vi } from 'vitest';
import { requestPersistentStorage } from '../../src/storage/index.ts';

describe('requestPersistentStorage', () => {
  it('does not ask again when already persistent (Firefox would prompt)', async () => {
    const persist = vi.fn(async () => true);
    const report = await requestPersistentStorage({
      persisted: async () => true,
      persist,
      estimate: async () => ({ usage: 1200, quota: 5_000_000 }),
    });
    expect(report).toEqual({ state: 'granted', usage: 1200, quota: 5_000_000 });
    expect(persist).not.toHaveBeenCalled();
  });

  it('reports a grant', async () => {
    const report = await requestPersistentStorage({ persisted: async () => false, persist: async () => true });
    expect(report).toEqual({ state: 'granted' });
  });

  it('reports a refusal, and a failing call as one', async () => {
    expect((await requestPersistentStorage({ persist: async () => false })).state).toBe('denied');
    const throwing = await requestPersistentStorage({
      persist: async () => {
        throw new Error('no');
      },
      estimate: async () => {
        throw new Error('no');
      },
    });
    expect(throwing).toEqual({ state: 'denied' });
  });

  it('reports a browser without the API', async () => {
    expect((await requestPersistentStorage({})).state).toBe('unsupported');
    expect((await requestPersistentStorage(undefined)).state).toBe('unsupported');
  });
});
