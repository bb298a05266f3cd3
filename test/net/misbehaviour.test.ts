// Every kind of bad input a peer can send is dropped, scored, and past the threshold gets the peer disconnected and
// banned, while the node keeps its chain and stores nothing invalid. Honest mistakes cost nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Block,
  Blockchain,
  blockToJson,
  createBlock,
  createNetworkParams,
  encodeBlockBytes,
  mineBlock,
  transactionToJson,
  utf8,
} from '../../src/core/index.ts';
import { FRAME_HEADER_BYTES, toFrames } from '../../src/net/frames.ts';
import { BAN_THRESHOLD, penaltyFor } from '../../src/net/misbehaviour.ts';
import { encodeMessage } from '../../src/net/protocol.ts';
import { peerIdFor } from '../../src/net/room.ts';
import { alice, bob, buildBlock, extend, mineFailingPow, NOW, params, pay } from '../core/helpers.ts';
import { succeededWith } from '../node/fakes.ts';
import { blocksOf, faultsOf, premadeChain, startPeer, type TestPeer } from './helpers.ts';
import { MemoryHub } from './memory-transport.ts';
import { RoguePeer } from './rogue.ts';

type Scene = { hub: MemoryHub; victim: TestPeer; rogue: RoguePeer; tipBefore: string; storedBefore: number };

/** A victim node at height 6 and a rogue linked to it; the rogue has sent an honest status unless told not to. */
async function scene(options: { status?: boolean } = {}): Promise<Scene> {
  const hub = new MemoryHub();
  const victim = await startPeer(hub, 'victim', { blocks: blocksOf(premadeChain(5)) });
  const rogue = new RoguePeer(hub, peerIdFor(victim.node.chain.genesis.hash, 'n-rogue'));
  await rogue.connect(victim.peerId);
  if (options.status !== false) rogue.sendStatus(victim.node.chain);
  await hub.settle();
  return { hub, victim, rogue, tipBefore: victim.node.chain.tip.hash, storedBefore: victim.store.blocks.length };
}

function expectBannedAndUnharmed({ victim, rogue, tipBefore, storedBefore }: Scene): void {
  expect(victim.network.bannedPeers()).toContain(rogue.peerId);
  expect(rogue.closed).toBe(true);
  expect(victim.network.peers()).not.toContain(rogue.peerId);
  expect(victim.node.chain.tip.hash).toBe(tipBefore);
  expect(victim.store.blocks).toHaveLength(storedBefore);
}

function statusOf(chain: Blockchain) {
  return {
    type: 'status' as const,
    network: chain.params.name,
    genesis: chain.genesis.hash,
    tip: chain.tip.hash,
    height: chain.height,
    work: chain.totalWork.toString(),
  };
}

/** The same block content on another parent, mined again. */
function mineOn(parent: Block, template: Block): Block {
  const { index, timestamp, difficulty, transactions } = template;
  const mined = mineBlock(
    createBlock({ index, timestamp, previousHash: parent.hash, difficulty, nonce: 0, transactions }),
  );
  if (mined === null) throw new Error('nonce space exhausted');
  return mined;
}

/** A frame whose header states a message of `length` bytes. */
function frameClaiming(length: number): Uint8Array {
  const frame = new Uint8Array(FRAME_HEADER_BYTES + 8);
  const view = new DataView(frame.buffer);
  view.setUint8(0, 1);
  view.setUint32(1, length);
  return frame;
}

const otherNetwork = createNetworkParams('other', { ...params });

describe('a peer that sends bad data', () => {
  it('is charged 50 for a block with too little proof of work, and banned on the second', async () => {
    const s = await scene();
    const chain = s.victim.node.chain;
    for (const offset of [0, 1]) {
      const bad = mineFailingPow(buildBlock(chain, chain.tip, { timestampOffset: offset }));
      s.rogue.send({ type: 'block', block: blockToJson(bad) });
    }
    await s.hub.settle();
    expect(faultsOf(s.victim, s.rogue.peerId)).toEqual(['bad-pow', 'bad-pow']);
    expectBannedAndUnharmed(s);
  });

  it('is charged 50 for a transaction with a bad signature, and banned on the second', async () => {
    const s = await scene();
    for (const info of ['one', 'two']) {
      const json = transactionToJson(pay(alice, bob, 0, info));
      const flipped = json.signature.endsWith('0') ? '1' : '0';
      s.rogue.send({ type: 'transaction', transaction: { ...json, signature: json.signature.slice(0, -1) + flipped } });
    }
    await s.hub.settle();
    expect(faultsOf(s.victim, s.rogue.peerId)).toEqual(['bad-signature', 'bad-signature']);
    expect(s.victim.node.mempool.size).toBe(0);
    expectBannedAndUnharmed(s);
  });

  it('is banned at once for a status of another genesis', async () => {
    const s = await scene({ status: false });
    s.rogue.sendStatus(s.victim.node.chain, new Blockchain(otherNetwork).genesis.hash);
    await s.hub.settle();
    expect(faultsOf(s.victim, s.rogue.peerId)).toEqual(['wrong-genesis']);
    expectBannedAndUnharmed(s);
  });

  it('is banned at once for answering resolve with a chain of another genesis', async () => {
    const s = await scene();
    const foreign = new Blockchain(otherNetwork);
    extend(foreign, 10);
    s.rogue.answerGetChainWithChain(foreign);
    expect(await s.victim.network.resolve()).toEqual({ replaced: false, length: 6 });
    await s.hub.settle();
    expect(faultsOf(s.victim, s.rogue.peerId)).toEqual(['wrong-genesis']);
    expectBannedAndUnharmed(s);
  });

  it('is charged 50 for a longer chain with a broken link, and banned on the second', async () => {
    const s = await scene();
    const long = premadeChain(30).mainChain().map(blockToJson);
    const broken = [...long.slice(0, 15), ...long.slice(16)];
    s.rogue.answerGetChainWith({ chain: broken, length: broken.length });
    expect((await s.victim.network.resolve()).replaced).toBe(false);
    expect((await s.victim.network.resolve()).length).toBe(6);
    await s.hub.settle();
    expect(faultsOf(s.victim, s.rogue.peerId)).toEqual(['broken-link', 'broken-link']);
    expectBannedAndUnharmed(s);
  });

  for (const form of ['JSON', 'block bytes'] as const) {
    it(`is charged when a sync batch (${form}) holds an invalid block: the blocks before it are kept`, async () => {
      const s = await scene({ status: false });
      const chain = s.victim.node.chain;
      const longer = new Blockchain(params);
      for (const block of blocksOf(premadeChain(5))) longer.addBlock(block, { now: NOW });
      const good = buildBlock(longer, longer.tip);
      longer.addBlock(good, { now: NOW });
      const bad = mineFailingPow(buildBlock(longer, good));
      const encode = (block: Block): unknown => (form === 'JSON' ? blockToJson(block) : encodeBlockBytes(block));
      s.rogue.on('get-blocks', (message) => {
        if (message.type !== 'get-blocks') return;
        s.rogue.send({ type: 'blocks', request: message.request, blocks: [good, bad].map(encode), more: false });
      });
      // It claims far more work than it has, so the victim syncs from it.
      s.rogue.send({ ...statusOf(longer), work: (longer.totalWork * 10n).toString() });
      await s.hub.settle();
      expect(chain.tip.hash).toBe(good.hash);
      expect(faultsOf(s.victim, s.rogue.peerId)).toEqual(['bad-pow']);
    });
  }

  it('charges block bytes that do not read as a block like an invalid block; the stream goes on', async () => {
    const s = await scene({ status: false });
    const longer = new Blockchain(params);
    for (const block of blocksOf(premadeChain(5))) longer.addBlock(block, { now: NOW });
    const good = buildBlock(longer, longer.tip);
    longer.addBlock(good, { now: NOW });
    const cutShort = encodeBlockBytes(buildBlock(longer, good)).subarray(0, 50);
    s.rogue.on('get-blocks', (message) => {
      if (message.type !== 'get-blocks') return;
      const blocks = [encodeBlockBytes(good), cutShort];
      s.rogue.send({ type: 'blocks', request: message.request, blocks, more: false });
    });
    s.rogue.send({ ...statusOf(longer), work: (longer.totalWork * 10n).toString() });
    await s.hub.settle();
    expect(s.victim.node.chain.tip.hash).toBe(good.hash);
    expect(faultsOf(s.victim, s.rogue.peerId)).toEqual(['malformed']);
    expect(s.rogue.closed).toBe(false);
  });

  it('charges a binary message that is not one as malformed, as bad JSON is', async () => {
    const s = await scene();
    // A blocks message stating two blocks and holding one.
    const bytes = encodeMessage({
      type: 'blocks',
      request: 1,
      more: false,
      blocks: [Uint8Array.of(1), Uint8Array.of(2)],
    });
    bytes[8] = 3;
    for (const frame of toFrames(bytes)) s.rogue.sendRaw(frame);
    await s.hub.settle();
    expect(faultsOf(s.victim, s.rogue.peerId)).toEqual(['malformed']);
    expect(s.rogue.closed).toBe(false);
  });

  it('is charged for a longer, well-linked chain holding a block without proof of work; ours stays', async () => {
    const s = await scene();
    const longer = new Blockchain(params);
    extend(longer, 10);
    const [first, ...rest] = longer.mainChain().slice(4);
    if (first === undefined) throw new Error('a long chain');
    // Block 5 without proof of work, and the blocks after it mined again on top, so the document links up.
    const relinked: Block[] = [...longer.mainChain().slice(0, 4), mineFailingPow(first)];
    for (const next of rest) relinked.push(mineOn(relinked.at(-1) as Block, next));
    s.rogue.answerGetChainWith({ chain: relinked.map(blockToJson), length: relinked.length });
    expect(await s.victim.network.resolve()).toEqual({ replaced: false, length: 6 });
    expect(faultsOf(s.victim, s.rogue.peerId)).toEqual(['bad-pow']);
    expect(s.victim.node.chain.tip.hash).toBe(s.tipBefore);
  });

  it('is banned at once for a message over the size limit, before any of it is kept', async () => {
    const s = await scene();
    s.rogue.sendRaw(frameClaiming(0x7fffffff));
    await s.hub.settle();
    expect(faultsOf(s.victim, s.rogue.peerId)).toEqual(['oversized']);
    expectBannedAndUnharmed(s);
  });

  it('is banned at once for a frame larger than 16 KiB', async () => {
    const s = await scene();
    s.rogue.sendRaw(new Uint8Array(64 * 1024));
    await s.hub.settle();
    expect(faultsOf(s.victim, s.rogue.peerId)).toEqual(['oversized']);
    expectBannedAndUnharmed(s);
  });

  it('is charged 10 per message that is not JSON, and banned on the tenth', async () => {
    const s = await scene();
    for (let i = 0; i < 9; i++) for (const frame of toFrames(utf8(`not json ${i} {`))) s.rogue.sendRaw(frame);
    await s.hub.settle();
    expect(s.victim.network.peers()).toContain(s.rogue.peerId);
    for (const frame of toFrames(utf8('still not json'))) s.rogue.sendRaw(frame);
    await s.hub.settle();
    expect(faultsOf(s.victim, s.rogue.peerId)).toEqual(Array(10).fill('malformed'));
    expectBannedAndUnharmed(s);
  });

  it('is banned at once for a text message on the channel: the stream can no longer be followed', async () => {
    const s = await scene();
    s.rogue.sendRaw('{"v":1,"type":"ping","nonce":1}');
    await s.hub.settle();
    expect(faultsOf(s.victim, s.rogue.peerId)).toEqual(['bad-frame']);
    expectBannedAndUnharmed(s);
  });

  it('is charged for well-framed JSON that is no message: unknown type, extra field, wrong version', async () => {
    const s = await scene();
    const bodies = [
      { v: 1, type: 'gossip', peers: [] },
      { v: 1, type: 'ping', nonce: 1, extra: true },
      { v: 2, type: 'ping', nonce: 1 },
      { v: 1, type: 'get-blocks', request: 1, locator: ['00'], limit: 10 },
      { v: 1, type: 'get-blocks', request: 1, locator: [s.victim.node.chain.genesis.hash], limit: 100_000 },
    ];
    for (const body of bodies) for (const frame of toFrames(utf8(JSON.stringify(body)))) s.rogue.sendRaw(frame);
    await s.hub.settle();
    expect(faultsOf(s.victim, s.rogue.peerId)).toEqual(Array(bodies.length).fill('malformed'));
    expect(s.victim.network.peers()).toContain(s.rogue.peerId);
  });

  it('is charged for a block body that does not decode', async () => {
    const s = await scene();
    const json = blockToJson(buildBlock(s.victim.node.chain, s.victim.node.chain.tip));
    s.rogue.send({ type: 'block', block: { ...json, hash: '0'.repeat(64) } });
    s.rogue.send({ type: 'block', block: { ...json, extra: 1 } });
    await s.hub.settle();
    expect(faultsOf(s.victim, s.rogue.peerId)).toEqual(['bad-hash', 'malformed']);
  });

  it('is charged for speaking before its status', async () => {
    const s = await scene({ status: false });
    s.rogue.send({ type: 'ping', nonce: 7 });
    await s.hub.settle();
    expect(faultsOf(s.victim, s.rogue.peerId)).toEqual(['no-status']);
    expect(s.rogue.received.some((m) => m.type === 'pong')).toBe(false);
  });

  it('never crashes the node, whatever bytes arrive', async () => {
    const s = await scene();
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.uint8Array({ minLength: 0, maxLength: 300 }), { maxLength: 8 }),
        async (payloads) => {
          for (const payload of payloads) {
            if (payload.length > 0) for (const frame of toFrames(payload)) s.rogue.sendRaw(frame);
            s.rogue.sendRaw(payload);
          }
          await s.hub.settle();
        },
      ),
      { numRuns: 30 },
    );
    expect(s.victim.node.chain.tip.hash).toBe(s.tipBefore);
    expect(s.victim.store.blocks).toHaveLength(s.storedBefore);
  });
});

describe('what an honest peer can cause costs nothing', () => {
  it('a block whose parent we lack, one we have, one early for our clock', async () => {
    const s = await scene();
    const chain = s.victim.node.chain;
    const branch = new Blockchain(params);
    extend(branch, 8);
    s.rogue.send({ type: 'block', block: blockToJson(branch.tip) }); // parent unknown to the victim
    s.rogue.send({ type: 'block', block: blockToJson(chain.tip) }); // already known
    const early = buildBlock(chain, chain.tip, { timestampOffset: NOW }); // far beyond maxFutureMs
    s.rogue.send({ type: 'block', block: blockToJson(early) });
    await s.hub.settle();
    expect(faultsOf(s.victim, s.rogue.peerId)).toEqual([]);
  });

  it('a copy of a block we hold is taken by its stated hash, not decoded: what else it says changes nothing', async () => {
    const s = await scene();
    const chain = s.victim.node.chain;
    const held = blockToJson(chain.tip);
    s.rogue.send({ type: 'block', block: held });
    // Bytes that would be charged as a bad block, under the hash of one the victim holds: not even read.
    s.rogue.send({ type: 'block', block: { ...held, proof: held.proof + 1, transactions: [] } });
    await s.hub.settle();
    expect(faultsOf(s.victim, s.rogue.peerId)).toEqual([]);
    expect(chain.tip.hash).toBe(held.hash);
    expect(s.victim.store.blocks).toHaveLength(s.storedBefore);
  });

  it('a transaction we have, or one our ledger cannot afford', async () => {
    const s = await scene();
    const unaffordable = pay(bob, alice, 1_000_000);
    s.rogue.send({ type: 'transaction', transaction: transactionToJson(unaffordable) });
    const { transaction } = succeededWith(await s.victim.node.newTransaction({ recipient: bob.address }));
    s.rogue.send({ type: 'transaction', transaction: transactionToJson(transaction) });
    await s.hub.settle();
    expect(faultsOf(s.victim, s.rogue.peerId)).toEqual([]);
  });
});

describe('penalties', () => {
  it('match the documented table', () => {
    expect(penaltyFor('malformed', 'protocol')).toBe(10);
    expect(penaltyFor('bad-pow', 'block')).toBe(50);
    expect(penaltyFor('bad-signature', 'transaction')).toBe(50);
    expect(penaltyFor('wrong-genesis', 'chain')).toBe(BAN_THRESHOLD);
    expect(penaltyFor('broken-link', 'chain')).toBe(50);
    expect(penaltyFor('unknown-parent', 'block')).toBe(0);
    expect(penaltyFor('duplicate-block', 'block')).toBe(0);
    expect(penaltyFor('time-too-new', 'block')).toBe(0);
    expect(penaltyFor('overspend', 'transaction')).toBe(0);
    expect(penaltyFor('overspend', 'block')).toBe(50);
  });
});
