// resolve(), the seed's /nodes/resolve: every connected peer's whole chain is fetched in bounded parts, checked,
// and offered to the node, whose fork choice keeps the most-work valid chain.
import { describe, expect, it } from 'vitest';
import { buildBlock, carol, NOW } from '../core/helpers.ts';
import { succeededWith } from '../node/fakes.ts';
import { blocksOf, link, premadeChain, startPeer, type TestPeer, traffic } from './helpers.ts';
import { MemoryHub } from './memory-transport.ts';

/** Adds blocks straight to a node's chain: no events, so nothing is relayed and peers stay unaware. */
function mineQuietly(peer: TestPeer, count: number, miner = carol): void {
  const chain = peer.node.chain;
  for (let i = 0; i < count; i++) chain.addBlock(buildBlock(chain, chain.tip, { miner }), { now: NOW });
}

describe('resolve', () => {
  it('adopts the peer chain with the most work and reports {replaced, length}', async () => {
    const hub = new MemoryHub();
    const [a, b, c] = await Promise.all(['a', 'b', 'c'].map((n) => startPeer(hub, n)));
    if (!a || !b || !c) throw new Error('three peers');
    await link(hub, [
      [c, a],
      [c, b],
    ]);
    mineQuietly(a, 10);
    mineQuietly(b, 20);

    expect(await c.network.resolve()).toEqual({ replaced: true, length: 21 });
    expect(c.node.chain.tip.hash).toBe(b.node.chain.tip.hash);
    expect(traffic(c, 'out', 'get-chain')).toBe(2);
    // Nothing better anywhere: the chain stays.
    expect(await b.network.resolve()).toEqual({ replaced: false, length: 21 });
  });

  it('reorganises onto a heavier branch and puts the orphaned transactions back in the mempool', async () => {
    const hub = new MemoryHub();
    const common = blocksOf(premadeChain(3));
    const [a, b] = await Promise.all(['a', 'b'].map((n) => startPeer(hub, n, { blocks: common })));
    if (!a || !b) throw new Error('two peers');
    await link(hub, [[a, b]]);
    a.network.goOffline();
    // A record with no amount: valid on either branch, so it must survive the reorg.
    const { txid } = succeededWith(await a.node.newTransaction({ recipient: carol.address, info: 'sensor-1: 20C' }));
    await a.node.mine();
    mineQuietly(b, 3);
    a.network.goOnline();
    await hub.settle();
    await a.network.resolve();

    expect(a.node.chain.tip.hash).toBe(b.node.chain.tip.hash);
    expect(a.node.mempool.has(txid)).toBe(true);
    // Nobody else ever saw it: it goes out again from a's mempool.
    expect(b.node.mempool.has(txid)).toBe(true);
  });

  it('sends a long chain in bounded parts, waiting for the link to drain between them', async () => {
    const hub = new MemoryHub();
    const big = await startPeer(hub, 'big', {
      blocks: blocksOf(premadeChain(2_000)),
      config: { batchBytes: 64 * 1024 },
    });
    const asker = await startPeer(hub, 'asker', { blocks: blocksOf(premadeChain(2_000)) });
    await link(hub, [[asker, big]]);
    mineQuietly(big, 1);
    const link0 = big.transport.openLinks()[0];
    if (!link0) throw new Error('a link');
    link0.setBuffered(10 * 1024 * 1024); // the channel reports a full buffer: sending must pause
    const resolving = asker.network.resolve();
    await hub.settle();
    const partsWhileFull = traffic(big, 'out', 'chain');
    expect(partsWhileFull).toBeLessThanOrEqual(1);
    link0.setBuffered(0);
    expect(await resolving).toEqual({ replaced: true, length: 2_002 });
    const parts = traffic(big, 'out', 'chain');
    expect(parts).toBeGreaterThan(10);
    const largest = Math.max(
      ...big.events.flatMap((e) => (e.type === 'traffic' && e.messageType === 'chain' ? [e.bytes] : [])),
    );
    expect(largest).toBeLessThan(70 * 1024);
  });

  it('shares one run between calls made while it is running', async () => {
    const hub = new MemoryHub();
    const [a, b] = await Promise.all(['a', 'b'].map((n) => startPeer(hub, n)));
    if (!a || !b) throw new Error('two peers');
    await link(hub, [[a, b]]);
    const [first, second] = await Promise.all([a.network.resolve(), a.network.resolve()]);
    expect(first).toEqual(second);
    expect(traffic(a, 'out', 'get-chain')).toBe(1);
  });
});
