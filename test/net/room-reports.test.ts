// Room reports (src/net/room-reports.ts): each node's state reaches nodes it has no link to, a few hops on, each
// report over each link at most once; a stale report is shown as such; a forged or flooding peer is charged.
import { describe, expect, it } from 'vitest';
import { narrowMessage } from '../../src/net/protocol.ts';
import { DEFAULT_REPORT_TIMING } from '../../src/net/room-reports.ts';
import { succeededWith } from '../node/fakes.ts';
import { faultsOf, link, ManualClock, startPeer, type TestPeer, traffic } from './helpers.ts';
import { MemoryHub } from './memory-transport.ts';
import { RoguePeer } from './rogue.ts';

/**
 * Peers in a line, a – b – c – …, each linked to the next only: one slot of their own and one for a peer dialling
 * in, both taken, so gossip adds no link (within the 30 s before an idle peer may be evicted).
 */
async function line(names: readonly string[]) {
  const hub = new MemoryHub();
  const clock = new ManualClock();
  const peers: TestPeer[] = [];
  const config = { maxConnections: 2, maxInbound: 1 };
  for (const name of names) peers.push(await startPeer(hub, name, { clock, config }));
  await link(
    hub,
    peers.slice(1).map((peer, i) => [peers[i] as TestPeer, peer] as const),
  );
  const beat = async (times = 1) => {
    for (let i = 0; i < times; i++) {
      clock.advance(3_000);
      await hub.settle();
    }
  };
  return { hub, clock, peers, beat };
}

const reportedNodes = (peer: TestPeer) => peer.network.roomReports().map((report) => report.node);

describe('room reports', () => {
  it('reach every node of a line of five, with the relays they took, and each report crosses each link once', async () => {
    const { peers, beat } = await line(['a', 'b', 'c', 'd', 'e']);
    const [a, , , , e] = peers as [TestPeer, TestPeer, TestPeer, TestPeer, TestPeer];
    await beat();
    const seenByA = a.network.roomReports();
    expect(seenByA.map((r) => r.node).sort()).toEqual(peers.map((p) => p.peerId).sort());
    expect(seenByA[0]).toMatchObject({ node: a.peerId, self: true, hops: 0 });
    // e's report came through d, c and b: relayed three times.
    expect(seenByA.find((r) => r.node === e.peerId)).toMatchObject({ hops: 3, stale: false, height: 1 });

    // Each node's report, once per link it crosses, whichever way: 4 links, 5 origins.
    const sent = peers.reduce((sum, peer) => sum + traffic(peer, 'out', 'report'), 0);
    const received = peers.reduce((sum, peer) => sum + traffic(peer, 'in', 'report'), 0);
    expect(received).toBe(sent);
    // Greetings on linking, then one report per node per beat at most, each crossing every link of the line.
    await beat(10);
    const after = peers.reduce((sum, peer) => sum + traffic(peer, 'out', 'report'), 0);
    // Nothing changed: each node reports again after maxIntervalMs (15 s) only, in 30 s twice; 4 links each way.
    expect(after - sent).toBeLessThanOrEqual(5 * 2 * 4);
  });

  it('are relayed four times at most: five links away is heard, six is not', async () => {
    const { peers, beat } = await line(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    await beat();
    const [a, f, g] = [peers[0], peers[5], peers[6]] as [TestPeer, TestPeer, TestPeer];
    expect(reportedNodes(a)).toContain(f.peerId);
    expect(reportedNodes(a)).not.toContain(g.peerId);
    expect(reportedNodes(g)).not.toContain(a.peerId);
  });

  it('tell a new block within a beat or two, and a node cut off is shown stale, then back', async () => {
    const { peers, beat, clock } = await line(['a', 'b', 'c']);
    const [a, b, c] = peers as [TestPeer, TestPeer, TestPeer];
    await beat(2);
    const mined = succeededWith(await c.full.mine());
    await beat(2);
    expect(a.network.roomReports().find((r) => r.node === c.peerId)).toMatchObject({
      height: mined.index,
      tip: mined.hash,
      stale: false,
    });

    c.network.goOffline();
    clock.advance(DEFAULT_REPORT_TIMING.staleAfterMs);
    await beat();
    expect(a.network.roomReports().find((r) => r.node === c.peerId)?.stale).toBe(true);
    expect(b.network.roomReports().find((r) => r.node === a.peerId)?.stale).toBe(false);

    c.network.goOnline();
    await beat(2);
    expect(a.network.roomReports().find((r) => r.node === c.peerId)?.stale).toBe(false);
  });

  it('carry what the node says it is doing', async () => {
    const { peers, beat } = await line(['a', 'b']);
    const [a, b] = peers as [TestPeer, TestPeer];
    await beat();
    const ofB = a.network.roomReports().find((r) => r.node === b.peerId);
    expect(ofB).toMatchObject({ role: 'miner', mining: false, peers: 1 });
    expect(typeof ofB?.hashRate).toBe('number');
  });

  it('from a peer past its rate are charged as flooding; older or own reports change nothing', async () => {
    const { hub, peers, beat } = await line(['a']);
    const [a] = peers as [TestPeer];
    const rogue = new RoguePeer(hub, 'r000000000000-n-rogue');
    await rogue.connect(a.peerId);
    rogue.sendStatus(a.node.chain);
    await beat();
    const report = (node: string, at: number) => ({
      type: 'report' as const,
      node,
      at,
      hops: 0,
      height: 1,
      tip: a.node.chain.tip.hash,
      work: '1',
      role: 'miner' as const,
      mining: false,
      hashrate: 0,
      peers: 1,
    });
    rogue.send(report(rogue.peerId, 2_000));
    rogue.send(report(rogue.peerId, 1_000)); // older: dropped
    rogue.send(report(a.peerId, 3_000)); // claims to be a: a knows itself
    await hub.settle();
    const ofRogue = a.network.roomReports().filter((r) => r.node === rogue.peerId);
    expect(ofRogue.map((r) => r.at)).toEqual([2_000]);
    expect(
      a.network
        .roomReports()
        .filter((r) => r.node === a.peerId)
        .map((r) => r.self),
    ).toEqual([true]);
    expect(faultsOf(a, rogue.peerId)).toEqual([]);

    for (let i = 0; i < 600; i++) rogue.send(report(`r000000000000-n-x${i}`, 5_000 + i));
    await hub.settle();
    expect(faultsOf(a, rogue.peerId)).toContain('flooding');
  });
});

describe('the report message', () => {
  const fields = {
    v: 1,
    type: 'report',
    node: 'r000000000000-n-a',
    at: 1_764_000_000_000,
    hops: 0,
    height: 3,
    tip: 'ab'.repeat(32),
    work: '24',
    role: 'user',
    mining: false,
    hashrate: 0,
    peers: 2,
  };

  it('is read with exactly its fields, each checked', () => {
    expect(narrowMessage(fields)).toMatchObject({ ok: true, message: { type: 'report', role: 'user' } });
    for (const [field, bad] of [
      ['hops', 5],
      ['role', 'teacher'],
      ['hashrate', -1],
      ['at', 1.5],
      ['node', 'not a peer id'],
      ['peers', 65],
      ['tip', 'ab'],
    ] as const) {
      expect(narrowMessage({ ...fields, [field]: bad }).ok, field).toBe(false);
    }
    expect(narrowMessage({ ...fields, extra: 1 }).ok).toBe(false);
  });
});
