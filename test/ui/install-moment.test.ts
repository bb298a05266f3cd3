// When a page registers its service worker: a returning page at once, a first visit once it is behind no peer.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FullNode, FullNodeEvent } from '../../src/node/index.ts';
import { FIRST_LOOK_MS, INSTALL_AT_LATEST_MS, installMoment, LOOK_EVERY_MS } from '../../src/ui/install-moment.ts';

type Peer = { readonly ready: boolean; readonly work: string };

/** A node whose tip work and peers the test sets, and whose events it sends. */
function fakeNode(ourWork: string) {
  let peers: Peer[] = [];
  const listeners = new Set<(event: FullNodeEvent) => void>();
  const node = {
    snapshot: () => ({ tip: { work: ourWork }, peers }),
    subscribe(listener: (event: FullNodeEvent) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  } as unknown as Pick<FullNode, 'snapshot' | 'subscribe'>;
  return {
    node,
    setPeers: (next: Peer[]) => {
      peers = next;
    },
    emit: (event: FullNodeEvent) => {
      for (const listener of listeners) listener(event);
    },
    listening: () => listeners.size,
  };
}

/** Whether `moment` has resolved after `ms` of fake time. */
async function settledAfter(moment: Promise<void>, ms: number): Promise<boolean> {
  let settled = false;
  void moment.then(() => {
    settled = true;
  });
  await vi.advanceTimersByTimeAsync(ms);
  return settled;
}

describe('installMoment', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is now for a page a service worker controls, and for a page without a node', async () => {
    const { node } = fakeNode('1');
    expect(await settledAfter(installMoment(node, true), 0)).toBe(true);
    expect(await settledAfter(installMoment(null, false), 0)).toBe(true);
  });

  it('is the first look for a first visit behind no peer (alone, or level with its peers)', async () => {
    const { node, setPeers, listening } = fakeNode('10');
    setPeers([
      { ready: true, work: '10' },
      { ready: false, work: '99' },
    ]);
    const moment = installMoment(node, false);
    expect(await settledAfter(moment, FIRST_LOOK_MS - 1)).toBe(false);
    expect(await settledAfter(moment, 1)).toBe(true);
    expect(listening()).toBe(0);
  });

  it('waits while a ready peer claims more work, until the first sync ends', async () => {
    const { node, setPeers, emit, listening } = fakeNode('10');
    setPeers([{ ready: true, work: '11' }]);
    const moment = installMoment(node, false);
    expect(await settledAfter(moment, FIRST_LOOK_MS + 5 * LOOK_EVERY_MS)).toBe(false);
    emit({ type: 'sync', peerId: 'p', added: 1, outcome: { code: 'caught-up' } } as FullNodeEvent);
    expect(await settledAfter(moment, 0)).toBe(true);
    expect(listening()).toBe(0);
  });

  it('stops waiting once no peer is ahead any more, and after 30 s at the latest', async () => {
    const ahead = fakeNode('10');
    ahead.setPeers([{ ready: true, work: '11' }]);
    const caughtUp = installMoment(ahead.node, false);
    expect(await settledAfter(caughtUp, FIRST_LOOK_MS + LOOK_EVERY_MS)).toBe(false);
    ahead.setPeers([{ ready: true, work: '10' }]);
    expect(await settledAfter(caughtUp, LOOK_EVERY_MS)).toBe(true);

    const stuck = fakeNode('10');
    stuck.setPeers([{ ready: true, work: '11' }]);
    const latest = installMoment(stuck.node, false);
    expect(await settledAfter(latest, INSTALL_AT_LATEST_MS - LOOK_EVERY_MS)).toBe(false);
    expect(await settledAfter(latest, LOOK_EVERY_MS)).toBe(true);
  });
});
