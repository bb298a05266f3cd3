import { describe, expect, it } from 'vitest';
import { createConsoleApi } from '../../src/node/console-api.ts';
import { BlockchainNode } from '../../src/node/node.ts';
import { keys, NOW, params } from '../core/helpers.ts';
import { MemoryStore, ThreadMiner } from './fakes.ts';

describe('console API (the seed endpoints)', () => {
  it('says to await ready until the node is loaded', () => {
    const api = createConsoleApi(new Promise(() => {}));
    expect(() => api.id).toThrow(/await blockchain.ready/);
    expect(api.help()).toContain('newTransaction');
  });

  it('answers in the seed shapes', async () => {
    const node = BlockchainNode.open({
      params,
      nodeId: 'n-api',
      store: new MemoryStore(),
      miner: new ThreadMiner(),
      now: () => NOW,
    });
    const api = createConsoleApi(node);
    await api.ready;
    expect(api.id).toBe('n-api');
    expect(api.network).toBe('test');
    const block = await api.mine();
    expect(block).toMatchObject({ index: 2, previous_hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const recipient = keys(9).address;
    expect(await api.newTransaction({ recipient, info: 'lamp=on', amount: 3 })).toEqual({
      index: 3,
      txid: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(api.mempool()).toHaveLength(1);
    expect(api.mempool()[0]).toMatchObject({ recipient, info: 'lamp=on', amount: 3 });
    expect(api.chain()).toMatchObject({ length: 2 });
    expect(await api.registerNodes(['n-peer'])).toEqual({ total_nodes: 1 });
    expect(api.peers()).toEqual(['n-peer']);
    expect(await api.resolve()).toEqual({ replaced: false, length: 2 });
    expect(api.balance()).toBe(50);
    expect(api.workers(3)).toBe(3);
    expect(api.autoMine()).toBe(false);
    await expect(api.newTransaction({ recipient: 'nobody' } as never)).rejects.toThrow(/^recipient/);
    await expect(api.newTransaction({ recipient, info: 'half \ud83d', amount: 0 })).rejects.toThrow(/^info/);
  });
});
