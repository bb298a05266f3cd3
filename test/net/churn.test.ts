// A room with more nodes than link slots: once the mesh has settled, a node that leaves and comes back must not set
// off a round of evictions that goes on by itself, each link made and dropped an RTCPeerConnection on a phone.
import { describe, expect, it } from 'vitest';
import { DEFAULT_NETWORK_CONFIG } from '../../src/net/config.ts';
import { ManualClock, startPeer, type TestPeer } from './helpers.ts';
import { MemoryHub } from './memory-transport.ts';

const ROOM = 12;
const HEARTBEAT_MS = DEFAULT_NETWORK_CONFIG.heartbeatMs;

async function beatFor(hub: MemoryHub, clock: ManualClock, ms: number): Promise<void> {
  for (let elapsed = 0; elapsed < ms; elapsed += HEARTBEAT_MS) {
    clock.advance(HEARTBEAT_MS);
    await hub.settle();
  }
}

/** Counts every dial of the room from now on. */
function countDials(peers: readonly TestPeer[]): () => number {
  let dials = 0;
  for (const peer of peers) {
    const dial = peer.transport.dial.bind(peer.transport);
    peer.transport.dial = (peerId) => {
      dials++;
      dial(peerId);
    };
  }
  return () => dials;
}

async function settledRoom() {
  const hub = new MemoryHub();
  const clock = new ManualClock();
  const peers = await Promise.all(Array.from({ length: ROOM }, (_, i) => startPeer(hub, `p${i}`, { clock })));
  // Everyone heard of everyone, as from the signalling server's list.
  for (const peer of peers) peer.network.addCandidates(peers.filter((p) => p !== peer).map((p) => p.peerId));
  await hub.settle();
  await beatFor(hub, clock, 5 * 60_000);
  return { hub, clock, peers };
}

describe('a settled room', () => {
  it('makes a bounded number of dials after a node leaves and comes back, then none', async () => {
    const { hub, clock, peers } = await settledRoom();
    const dials = countDials(peers);
    await beatFor(hub, clock, 60_000);
    expect(dials(), 'dials in a quiet settled room').toBe(0);

    const [leaver] = peers;
    if (leaver === undefined) throw new Error('no peers');
    leaver.network.goOffline();
    await beatFor(hub, clock, 20_000);
    leaver.network.goOnline();
    await beatFor(hub, clock, 5 * 60_000);
    const afterReturn = dials();
    // The leaver's own dials (up to its 8 slots, some refused and tried again) and one dial per settled node whose
    // slot it freed or took, each at most once per settledDialMs: not a free slot going round the room.
    expect(afterReturn, 'dials over the five minutes after it came back').toBeLessThanOrEqual(3 * ROOM);
    await beatFor(hub, clock, 60_000);
    expect(dials() - afterReturn, 'dials in the minute after that').toBeLessThanOrEqual(2);
    for (const peer of peers) expect(peer.network.peers().length, `${peer.name}'s links`).toBeGreaterThan(2);
  });
});
