import { describe, expect, it } from 'vitest';
import type { FullNodeEvent } from '../../src/node/events.ts';
import { FullNode } from '../../src/node/full-node.ts';
import { type NodeNotice, NoticeCode, nodeNotice } from '../../src/node/notices.ts';
import { keys, params } from '../core/helpers.ts';
import { link, startPeer } from '../net/helpers.ts';
import { MemoryHub } from '../net/memory-transport.ts';
import { MemoryStore, openChainNode, succeededWith } from './fakes.ts';

describe('FullNode', () => {
  it('registers peers with one id check: room peer ids saved in order, own id skipped, a bad list keeps nothing', async () => {
    const store = new MemoryStore();
    const node = await FullNode.start({ chainNode: await openChainNode('n-full', store) });
    const events: FullNodeEvent[] = [];
    node.subscribe((event) => events.push(event));
    const tag = (id: string) => `r${node.chain.genesis.hash.slice(0, 12)}-${id}`;
    expect(succeededWith(await node.registerNodes(['n-alpha', tag('n-beta'), 'n-alpha', 'n-full']))).toEqual({
      total_nodes: [tag('n-alpha'), tag('n-beta')],
    });
    expect(store.peers).toEqual([tag('n-alpha'), tag('n-beta')]);
    expect(node.snapshot().registeredPeers).toEqual([tag('n-alpha'), tag('n-beta')]);
    expect(events.filter((e) => e.type === 'registered-peers').at(-1)).toEqual({
      type: 'registered-peers',
      peers: [tag('n-alpha'), tag('n-beta')],
    });
    // 'a--b' is no PeerJS id: refused here, where it used to be saved and then quietly never dialled.
    for (const bad of [['a--b'], ['n-gamma', 'bad id!'], ['r000000000000-n-other-room'], [7]]) {
      expect(await node.registerNodes(bad)).toMatchObject({
        ok: false,
        failure: { code: 'peer-id-invalid', field: 'nodes' },
      });
    }
    expect(await node.registerNodes([])).toMatchObject({ ok: false, failure: { code: 'nodes-not-a-list' } });
    expect(await node.registerNodes('n-alpha')).toMatchObject({ ok: false, failure: { code: 'nodes-not-a-list' } });
    expect(store.peers).toEqual([tag('n-alpha'), tag('n-beta')]);
  });

  it('dials its registered peers again after a restart, with no one registering them anew', async () => {
    const hub = new MemoryHub();
    const b = await startPeer(hub, 'b');
    const store = new MemoryStore();
    const a = await startPeer(hub, 'a', { store });
    succeededWith(await a.full.registerNodes(['n-b']));
    await hub.settle();
    expect(a.full.snapshot().peers.map((p) => p.id)).toEqual([b.peerId]);
    a.full.stop();
    await hub.settle();
    expect(b.network.peers()).toEqual([]);
    const again = await startPeer(hub, 'a', { store });
    await hub.settle();
    expect(again.full.snapshot().registeredPeers).toEqual([b.peerId]);
    expect(again.network.peers()).toEqual([b.peerId]);
  });

  it('shows one snapshot: tip, balance, mempool, mining, and each link with what carries it', async () => {
    const hub = new MemoryHub();
    const a = await startPeer(hub, 'a');
    const b = await startPeer(hub, 'b');
    const events: FullNodeEvent[] = [];
    a.full.subscribe((event) => events.push(event));
    await link(hub, [[a, b]]);
    const mined = succeededWith(await a.full.mine());
    succeededWith(await a.full.newTransaction({ recipient: keys(5).address, info: 'meter=12', amount: 2 }));
    const snapshot = a.full.snapshot();
    expect(snapshot).toMatchObject({
      id: 'n-a',
      network: params.name,
      tip: { hash: mined.hash, height: 2 },
      balance: 50,
      peerId: a.peerId,
      online: true,
      mining: { active: false, auto: false, workers: 1, progress: null },
      registeredPeers: [],
    });
    expect(snapshot.mempool.map((tx) => tx.info)).toEqual(['meter=12']);
    expect(snapshot.peers).toEqual([
      expect.objectContaining({ id: b.peerId, link: 'in-memory', outbound: true, ready: true }),
    ]);
    // One union of events, one name per meaning: links, blocks, transactions, traffic.
    const types = new Set(events.map((e) => e.type));
    for (const type of ['links', 'block', 'transaction', 'mempool', 'traffic']) expect(types).toContain(type);
    expect(a.full.traffic().out.messages).toMatchObject({ status: 1, block: 1 });
  });

  it("relays a peer's block on before its page hears of it, though the page subscribed first", async () => {
    const hub = new MemoryHub();
    const [a, b, c] = [await startPeer(hub, 'a'), await startPeer(hub, 'b'), await startPeer(hub, 'c')];
    await link(hub, [
      [a, b],
      [b, c],
    ]);
    const relayedWhenHeard: number[] = [];
    b.full.subscribe((event) => {
      if (event.type === 'block') relayedWhenHeard.push(b.full.traffic().out.messages.block ?? 0);
    });
    succeededWith(await a.full.mine());
    await hub.settle();
    // b's only other peer is c: the block had gone to c by the time b's page heard of it.
    expect(relayedWhenHeard).toEqual([1]);
    expect(c.full.snapshot().tip.height).toBe(2);
  });

  it('goes offline and online as a command, and says when there is no network to switch', async () => {
    const hub = new MemoryHub();
    const a = await startPeer(hub, 'a');
    const b = await startPeer(hub, 'b');
    await link(hub, [[a, b]]);
    expect(a.full.setOnline(false)).toEqual({ ok: true, value: false });
    await hub.settle();
    expect(a.full.snapshot()).toMatchObject({ online: false, peers: [] });
    expect(a.full.setOnline(true)).toEqual({ ok: true, value: true });
    await hub.settle();
    expect(a.full.snapshot().peers.map((p) => p.id)).toEqual([b.peerId]);

    const alone = await FullNode.start({ chainNode: await openChainNode('n-full') });
    expect(alone.setOnline(false)).toMatchObject({ ok: false, failure: { code: 'no-network' } });
    expect(alone.snapshot()).toMatchObject({ peerId: null, online: false, peers: [] });
  });

  it('runs without peers when its network cannot start, and says why in a notice', async () => {
    const node = await FullNode.start({
      chainNode: await openChainNode('n-full'),
      attachNetwork: () => Promise.reject(new TypeError('signal: not a URL')),
    });
    expect(node.notices).toEqual([{ code: 'no-network', values: { error: new TypeError('signal: not a URL') } }]);
    expect(succeededWith(await node.mine()).index).toBe(2);
    expect(await node.resolve()).toEqual({ replaced: false, length: 2 });
  });

  it('becomes ready without waiting on an answer that may wait on the user, and tells it when it comes', async () => {
    const never = FullNode.start({ chainNode: await openChainNode('n-full'), laterNotices: new Promise(() => {}) });
    expect((await never).snapshot().tip.height).toBe(1);
    let answer: (notices: readonly NodeNotice[]) => void = () => {};
    const node = await FullNode.start({
      chainNode: await openChainNode('n-full'),
      laterNotices: new Promise((resolve) => {
        answer = resolve;
      }),
    });
    const told: FullNodeEvent[] = [];
    node.subscribe((event) => told.push(event));
    expect(node.notices).toEqual([]);
    answer([nodeNotice(NoticeCode.StorageBestEffort)]);
    await Promise.resolve();
    expect(node.notices).toEqual([{ code: 'storage-best-effort', values: {} }]);
    expect(told).toEqual([{ type: 'notice', notice: { code: 'storage-best-effort', values: {} } }]);
  });
});
