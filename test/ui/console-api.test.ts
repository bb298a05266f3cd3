import { describe, expect, it } from 'vitest';
import { peerIdFor } from '../../src/net/room.ts';
import { createConsoleApi, NodeCommandError } from '../../src/ui/console-api.ts';
import { keys } from '../core/helpers.ts';
import { startLoneNode } from '../node/fakes.ts';

describe('console API (the seed endpoints)', () => {
  it('says to await ready until the node is loaded', () => {
    const api = createConsoleApi(new Promise(() => {}));
    expect(() => api.id).toThrow(/await blockchain.ready/);
    expect(api.help()).toContain('newTransaction');
  });

  it('answers in the seed shapes', async () => {
    const api = createConsoleApi(startLoneNode('n-api'));
    await api.ready;
    expect(api.id).toBe('n-api');
    expect(api.network).toBe('test');
    const block = await api.mine();
    expect(block).toMatchObject({
      message: 'New Block Forged',
      index: 2,
      previous_hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const recipient = keys(9).address;
    expect(await api.newTransaction({ recipient, info: 'lamp=on', amount: 3 })).toEqual({
      message: 'Transaction will be added to Block 3',
      index: 3,
      txid: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(api.mempool()).toHaveLength(1);
    expect(api.mempool()[0]).toMatchObject({ recipient, info: 'lamp=on', amount: 3, confirmations: 0 });
    expect(api.chain()).toMatchObject({ length: 2 });
    // The seed's shape plus each transaction's confirmations: 1 in the tip, 2 in the block under it.
    expect(api.chain().chain.map((b) => b.transactions.map((tx) => tx.confirmations))).toEqual([[2], [1]]);
    const peer = peerIdFor(api.chain().chain[0]?.hash ?? '', 'n-peer');
    expect(await api.registerNodes(['n-peer'])).toEqual({ message: 'New nodes have been added', total_nodes: [peer] });
    // Without a peer network the registered peers are all it has, as room peer ids.
    expect(api.peers()).toEqual([peer]);
    expect(await api.resolve()).toEqual({
      message: 'Our chain is authoritative',
      chain: JSON.parse(api.exportChain()).chain,
      replaced: false,
      length: 2,
    });
    expect(api.balance()).toBe(50);
    expect(api.workers(3)).toBe(3);
    expect(api.autoMine()).toBe(false);
  });

  it('throws coded errors worded in the page language, naming the field', async () => {
    const api = createConsoleApi(startLoneNode('n-api'));
    await api.ready;
    const recipient = keys(9).address;
    await expect(api.newTransaction({ recipient: 'nobody', amount: 1 })).rejects.toThrow(/^recipient/);
    // The seed's own refusal, as its text: no info and no amount.
    await expect(api.newTransaction({ recipient })).rejects.toThrow(/^Missing values$/);
    await expect(api.registerNodes([])).rejects.toThrow(/^Error: Please supply a valid list of nodes$/);
    await expect(api.newTransaction({ recipient, info: 'half \ud83d', amount: 0 })).rejects.toThrow(/^info/);
    const overspend = api.newTransaction({ recipient, amount: 1 });
    await expect(overspend).rejects.toBeInstanceOf(NodeCommandError);
    await expect(overspend).rejects.toMatchObject({
      code: 'refused',
      field: 'amount',
      values: { reason: 'overspend' },
    });
    await expect(api.registerNodes(['a--b'])).rejects.toMatchObject({ code: 'peer-id-invalid', field: 'nodes' });
    expect(() => api.workers(0)).toThrow(NodeCommandError);
    // No peer network here: the network members say so with their own code.
    expect(() => api.goOffline()).toThrow(expect.objectContaining({ code: 'no-network' }));
    expect(() => api.peerInfo()).toThrow(expect.objectContaining({ code: 'no-network' }));
  });
});
