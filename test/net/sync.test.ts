// Status exchange, locator sync in batches, fetching an orphan's ancestors, and relaying once, over real nodes on
// the in-memory transport.
import { describe, expect, it, vi } from 'vitest';
import { Blockchain } from '../../src/core/index.ts';
import { alice, bob, buildBlock, carol, extend, NOW, params } from '../core/helpers.ts';
import { succeededWith } from '../node/fakes.ts';
import { blocksOf, link, premadeChain, startPeer, type TestPeer, traffic, trafficBytes } from './helpers.ts';
import { MemoryHub } from './memory-transport.ts';

describe('status exchange', () => {
  it('each side learns the other’s height and work, and the one behind catches up', async () => {
    const hub = new MemoryHub();
    const ahead = await startPeer(hub, 'ahead', { blocks: blocksOf(premadeChain(5)) });
    const behind = await startPeer(hub, 'behind');
    await link(hub, [[behind, ahead]]);

    expect(traffic(ahead, 'in', 'status')).toBe(1);
    expect(traffic(behind, 'in', 'status')).toBe(1);
    const seenByBehind = behind.network.peerInfo().find((p) => p.id === ahead.peerId);
    expect(seenByBehind).toMatchObject({ ready: true, height: 6, work: ahead.node.chain.totalWork.toString() });
    expect(behind.network.peers()).toEqual([ahead.peerId]);
    expect(ahead.network.peers()).toEqual([behind.peerId]);
    expect(behind.node.chain.tip.hash).toBe(ahead.node.chain.tip.hash);
    // The node ahead has nothing to fetch.
    expect(traffic(ahead, 'out', 'get-blocks')).toBe(0);
  });
});

describe('locator sync', () => {
  it('brings a fresh node up to 1,000 blocks in bounded batches, never asking for the whole chain', async () => {
    const hub = new MemoryHub();
    const source = premadeChain(1_000);
    const seed = await startPeer(hub, 'seed', { blocks: blocksOf(source) });
    const joiner = await startPeer(hub, 'joiner', { config: { blocksPerRequest: 100 } });
    await link(hub, [[joiner, seed]]);

    expect(joiner.node.chain.height).toBe(1_001);
    expect(joiner.node.chain.tip.hash).toBe(source.tip.hash);
    const requests = traffic(joiner, 'out', 'get-blocks');
    expect(requests).toBeGreaterThanOrEqual(10);
    expect(requests).toBeLessThanOrEqual(11);
    expect(traffic(joiner, 'out', 'get-chain')).toBe(0);
    expect(joiner.store.blocks).toHaveLength(1_000);
  });

  it('asks for the next batch as soon as one arrives, so it travels while this one is checked', async () => {
    const hub = new MemoryHub();
    const seed = await startPeer(hub, 'seed', { blocks: blocksOf(premadeChain(300)) });
    const joiner = await startPeer(hub, 'joiner', { config: { blocksPerRequest: 100 } });
    const asked: number[] = [];
    const accept = joiner.node.acceptBlocks.bind(joiner.node);
    vi.spyOn(joiner.node, 'acceptBlocks').mockImplementation((blocks, source) => {
      asked.push(traffic(joiner, 'out', 'get-blocks'));
      return accept(blocks, source);
    });
    await link(hub, [[joiner, seed]]);
    expect(joiner.node.chain.height).toBe(301);
    // Each batch is admitted with the request for the one after it already out; the last has none after it.
    expect(asked).toEqual([2, 3, 3]);
    expect(traffic(joiner, 'out', 'get-blocks')).toBe(3);
  });

  it('packs answers by bytes as well as by count, in either form', async () => {
    for (const blockBytes of [false, true]) {
      const hub = new MemoryHub();
      const seed = await startPeer(hub, 'seed', {
        blocks: blocksOf(premadeChain(300)),
        config: { batchBytes: 16_384 },
      });
      const joiner = await startPeer(hub, 'joiner', { config: { blockBytes } });
      await link(hub, [[joiner, seed]]);
      expect(joiner.node.chain.height).toBe(301);
      // 16 KiB answers: as many as the bytes need (about 200 KB as JSON, 60 KB as block bytes), not one per 500 blocks.
      const answers = traffic(seed, 'out', 'blocks');
      expect(answers).toBeGreaterThanOrEqual(Math.ceil(trafficBytes(joiner, 'in', 'blocks') / 16_384));
      expect(answers).toBeGreaterThan(blockBytes ? 3 : 10);
    }
  });

  it('answers a peer that lists block-bytes in binary, and one that does not (a node before it) in JSON', async () => {
    const hub = new MemoryHub();
    const source = premadeChain(200);
    const seed = await startPeer(hub, 'seed', { blocks: blocksOf(source) });
    const current = await startPeer(hub, 'current');
    const earlier = await startPeer(hub, 'earlier', { config: { blockBytes: false } });
    await link(hub, [
      [current, seed],
      [earlier, seed],
    ]);
    for (const joiner of [current, earlier]) {
      expect(joiner.node.chain.tip.hash).toBe(source.tip.hash);
      expect(joiner.store.blocks).toHaveLength(200);
    }
    // The same 200 blocks: block bytes are under half their JSON.
    expect(trafficBytes(current, 'in', 'blocks') * 2).toBeLessThan(trafficBytes(earlier, 'in', 'blocks'));
  });

  it('follows a heavier branch that forks below our tip until it overtakes ours', async () => {
    const hub = new MemoryHub();
    const branch = (length: number, miner = alice) => {
      const chain = new Blockchain(params);
      for (const block of blocksOf(premadeChain(20))) chain.addBlock(block, { now: NOW });
      extend(chain, length, { miner });
      return chain;
    };
    const ourBranch = branch(30);
    const theirBranch = branch(40, carol);
    // Batches of 10: the first three of their branch arrive while it is still lighter than ours.
    const ours = await startPeer(hub, 'ours', { blocks: blocksOf(ourBranch), config: { blocksPerRequest: 10 } });
    const theirs = await startPeer(hub, 'theirs', { blocks: blocksOf(theirBranch) });
    await link(hub, [[ours, theirs]]);
    expect(ours.node.chain.tip.hash).toBe(theirBranch.tip.hash);
    expect(ours.node.chain.height).toBe(61);
    expect(traffic(ours, 'out', 'get-blocks')).toBeGreaterThanOrEqual(4);
  });
});

describe('orphan blocks', () => {
  it('fetch their missing ancestors from the peer that sent them', async () => {
    const hub = new MemoryHub();
    const a = await startPeer(hub, 'a', { blocks: blocksOf(premadeChain(3)) });
    const b = await startPeer(hub, 'b', { blocks: blocksOf(premadeChain(3)) });
    await link(hub, [[a, b]]);
    // Three blocks reach a's chain without events (so nothing is relayed), then a fourth is announced.
    for (let i = 0; i < 3; i++) a.node.chain.addBlock(buildBlock(a.node.chain, a.node.chain.tip), { now: NOW });
    const announced = buildBlock(a.node.chain, a.node.chain.tip);
    expect(a.node.acceptBlock(announced, 'peer').ok).toBe(true);
    await hub.settle();

    expect(b.node.chain.tip.hash).toBe(announced.hash);
    expect(b.node.chain.height).toBe(8);
    expect(traffic(b, 'out', 'get-blocks', a)).toBe(1);
    expect(b.node.chain.orphanCount()).toBe(0);
  });
});

/** No node sent the message type twice over one link. */
function expectAtMostOncePerLink(peers: readonly TestPeer[], messageType: 'transaction' | 'block'): void {
  for (const from of peers) {
    for (const to of peers) {
      if (from !== to)
        expect(traffic(from, 'out', messageType, to), `${from.name} -> ${to.name}`).toBeLessThanOrEqual(1);
    }
  }
}

describe('relay', () => {
  it('sends a transaction once over each link, never back to where it came from', async () => {
    const hub = new MemoryHub();
    const funded = blocksOf(premadeChain(2));
    const [a, b, c] = await Promise.all(['a', 'b', 'c'].map((n) => startPeer(hub, n, { blocks: funded })));
    if (!a || !b || !c) throw new Error('three peers');
    await link(hub, [
      [a, b],
      [b, c],
    ]);
    const { txid } = succeededWith(await a.node.newTransaction({ recipient: bob.address, info: 'door=open' }));
    await hub.settle();

    for (const peer of [a, b, c]) expect(peer.node.mempool.has(txid)).toBe(true);
    expect(traffic(a, 'in', 'transaction')).toBe(0);
    expectAtMostOncePerLink([a, b, c], 'transaction');
    // A late joiner gets the pending transaction when it connects, once per link it ends up with.
    const d = await startPeer(hub, 'd', { blocks: funded });
    await link(hub, [[d, b]]);
    expect(d.node.mempool.has(txid)).toBe(true);
    expectAtMostOncePerLink([a, b, c, d], 'transaction');
  });

  it('sends a mined block to every peer once, and every node adopts it', async () => {
    const hub = new MemoryHub();
    const [a, b, c, d] = await Promise.all(['a', 'b', 'c', 'd'].map((n) => startPeer(hub, n)));
    if (!a || !b || !c || !d) throw new Error('four peers');
    await link(hub, [
      [a, b],
      [b, c],
      [c, d],
    ]);
    const mined = succeededWith(await b.node.mine());
    await hub.settle();
    for (const peer of [a, b, c, d]) expect(peer.node.chain.tip.hash).toBe(mined.hash);
    expectAtMostOncePerLink([a, b, c, d], 'block');
    // Nobody sends it back to its miner.
    expect(traffic(b, 'in', 'block')).toBe(0);
  });
});
