// The seed's HTTP API over a full node, as the paper's exercises send it: status codes, messages and fields of the
// Flask tutorial, and the node's coded failures where the seed had none.
import { describe, expect, it } from 'vitest';
import { handleSeedRequest, SEED_ROUTES } from '../../src/node/seed-api.ts';
import { keys } from '../core/helpers.ts';
import { link, startPeer } from '../net/helpers.ts';
import { MemoryHub } from '../net/memory-transport.ts';
import { startLoneNode } from './fakes.ts';

describe('the seed API', () => {
  it("answers the paper's requests in order with the seed's status codes, messages and fields", async () => {
    const node = await startLoneNode('n-seed');
    const recipient = keys(7).address;
    const mined = await handleSeedRequest(node, { method: 'GET', path: '/mine' });
    expect(mined).toMatchObject({
      status: 200,
      body: { message: 'New Block Forged', index: 2, proof: expect.any(Number) },
    });
    const body = { sender: node.address, recipient, info: 'temperature: 21.5' };
    expect(await handleSeedRequest(node, { method: 'POST', path: '/transactions/new', body })).toEqual({
      status: 201,
      body: {
        message: 'Transaction will be added to Block 3',
        index: 3,
        txid: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
    });
    // The paper's own body: a device's record to a free-text recipient.
    const record = { sender: node.address, recipient: 'thermometer-7', info: '21.5C' };
    expect(await handleSeedRequest(node, { method: 'POST', path: '/transactions/new', body: record })).toMatchObject({
      status: 201,
      body: { message: 'Transaction will be added to Block 3' },
    });
    // The tutorial's own version sends an amount instead of info.
    const paid = await handleSeedRequest(node, {
      method: 'POST',
      path: '/transactions/new',
      body: { recipient, amount: 5 },
    });
    expect(paid).toMatchObject({ status: 201 });
    const next = await handleSeedRequest(node, { method: 'GET', path: '/mine/' });
    expect(next).toMatchObject({ status: 200, body: { index: 3, previous_hash: expect.any(String) } });
    const chain = await handleSeedRequest(node, { method: 'GET', path: '/chain' });
    expect(chain).toEqual({ status: 200, body: node.exportChain() });
    expect(chain).toMatchObject({ body: { length: 3 } });
    expect(
      await handleSeedRequest(node, { method: 'POST', path: '/nodes/register', body: { nodes: ['n-other'] } }),
    ).toEqual({
      status: 201,
      body: { message: 'New nodes have been added', total_nodes: [expect.stringMatching(/-n-other$/)] },
    });
    expect(await handleSeedRequest(node, { method: 'GET', path: '/nodes/resolve' })).toMatchObject({
      status: 200,
      body: { message: 'Our chain is authoritative', chain: node.exportChain().chain },
    });
  });

  it("refuses as the seed does: 'Missing values', no list of nodes, unknown paths and methods", async () => {
    const node = await startLoneNode('n-seed');
    const post = (path: string, body: unknown) => handleSeedRequest(node, { method: 'POST', path, body });
    for (const body of [undefined, {}, { recipient: 'x' }, { sender: 'a', info: 'b' }, [1, 2]]) {
      expect(await post('/transactions/new', body)).toEqual({ status: 400, body: 'Missing values' });
    }
    for (const body of [{}, { nodes: [] }, { nodes: 'n-a' }]) {
      expect(await post('/nodes/register', body)).toEqual({
        status: 400,
        body: 'Error: Please supply a valid list of nodes',
      });
    }
    expect(await post('/transactions/new', { sender: keys(3).address, recipient: keys(4).address, info: 'x' })).toEqual(
      {
        status: 400,
        failure: { code: 'sender-not-this-node', field: 'sender', values: { address: node.address } },
      },
    );
    expect(await post('/nodes/register', { nodes: ['bad id!'] })).toMatchObject({
      status: 400,
      failure: { code: 'peer-id-invalid' },
    });
    expect(await handleSeedRequest(node, { method: 'GET', path: '/blocks' })).toMatchObject({
      status: 404,
      failure: { code: 'no-such-endpoint', values: { path: '/blocks' } },
    });
    expect(await handleSeedRequest(node, { method: 'GET', path: '/transactions/new' })).toMatchObject({
      status: 405,
      failure: { code: 'wrong-method', values: { method: 'POST' } },
    });
    expect(SEED_ROUTES.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /transactions/new',
      'GET /mine',
      'GET /chain',
      'POST /nodes/register',
      'GET /nodes/resolve',
    ]);
  });

  it('says the chain was replaced when resolving took a longer one from a peer', async () => {
    const hub = new MemoryHub();
    const longer = await startPeer(hub, 'longer');
    const behind = await startPeer(hub, 'behind');
    await link(hub, [[behind, longer]]);
    // The longer chain grows while its relays are lost: only resolve can bring it over.
    hub.mute(longer.peerId);
    for (let i = 0; i < 3; i++) await longer.full.mine();
    await hub.settle();
    hub.mute(longer.peerId, false);
    expect(behind.full.snapshot().tip.height).toBe(1);
    expect(await handleSeedRequest(behind.full, { method: 'GET', path: '/nodes/resolve' })).toEqual({
      status: 200,
      body: {
        message: 'Our chain was replaced',
        new_chain: longer.full.exportChain().chain,
        replaced: true,
        length: 4,
      },
    });
  });
});
