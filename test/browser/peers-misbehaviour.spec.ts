// A raw PeerJS peer attacks a node of a two-node room: an invalid-PoW block, a bad signature, a chain of another
// genesis, a longer chain with a broken link, an oversized message, non-JSON. Each time the attacked node drops
// the peer, and both nodes keep their chains.
import {
  Blockchain,
  type BlockJson,
  blockToJson,
  createGenesisBlock,
  createNetworkParams,
  createTransaction,
  keyPairFromSecret,
  type NetworkParams,
  parseChain,
  transactionToJson,
  utf8,
} from '../../src/core/index.ts';
import { FRAME_HEADER_BYTES, toFrames } from '../../src/net/frames.ts';
import type { Message } from '../../src/net/protocol.ts';
import { peerIdFor } from '../../src/net/room.ts';
import { buildBlock, extend, mineFailingPow } from '../core/helpers.ts';
import { expect, test } from './fixtures.ts';
import {
  type ApiWindow,
  mesh,
  type NodePage,
  openNode,
  paramsOf,
  peersOf,
  RawPeer,
  roomQuery,
  SPREAD_MS,
  testRoom,
  tipOf,
} from './peers-harness.ts';

type Attack = {
  readonly name: string;
  /** What the raw peer does once linked and past its status. */
  send(raw: RawPeer, scene: Scene): Promise<void>;
  /** How many times the victim then runs resolve(), asking the raw peer for its chain. */
  readonly resolves?: number;
};

type Scene = { readonly params: NetworkParams; readonly victimChain: Blockchain };

/** The victim's main chain rebuilt here from its GET /chain, to build blocks on its tip. */
async function chainOf(node: NodePage, params: NetworkParams): Promise<Blockchain> {
  const text = await node.page.evaluate(() => (window as unknown as ApiWindow).blockchain.exportChain());
  const json: unknown = JSON.parse(text);
  const parsed = parseChain(json, params);
  if (!parsed.ok) throw new Error(`${parsed.code}: ${parsed.detail}`);
  const chain = new Blockchain(params);
  for (const block of parsed.value.slice(1)) chain.addBlock(block, { now: Date.now(), trusted: true });
  return chain;
}

/** Answers every get-chain with `blocks` as one part. */
function answerGetChain(raw: RawPeer, blocks: readonly BlockJson[]): void {
  raw.on('get-chain', async (message: Message) => {
    if (message.type !== 'get-chain') return;
    await raw.send({ type: 'chain', request: message.request, length: blocks.length, from: 1, blocks });
  });
}

const ATTACKS: readonly Attack[] = [
  {
    name: 'blocks with too little proof of work',
    async send(raw, { victimChain }) {
      for (const offset of [0, 1]) {
        const bad = mineFailingPow(buildBlock(victimChain, victimChain.tip, { timestampOffset: offset }));
        await raw.send({ type: 'block', block: blockToJson(bad) });
      }
    },
  },
  {
    name: 'transactions with a bad signature',
    async send(raw, { params }) {
      const keys = keyPairFromSecret(new Uint8Array(32).fill(7));
      for (const nonce of [1, 2]) {
        const tx = transactionToJson(
          createTransaction(keys, { recipient: keys.address, timestamp: Date.now(), nonce }, params),
        );
        const flipped = tx.signature.endsWith('0') ? '1' : '0';
        await raw.send({ type: 'transaction', transaction: { ...tx, signature: tx.signature.slice(0, -1) + flipped } });
      }
    },
  },
  {
    name: 'a chain of another genesis, answering resolve',
    resolves: 1,
    async send(raw, { params }) {
      const foreign = new Blockchain(createNetworkParams(`${params.name.slice(0, 58)}-other`, params));
      extend(foreign, 10);
      answerGetChain(raw, foreign.mainChain().map(blockToJson));
    },
  },
  {
    name: 'a longer chain with a broken link, answering resolve',
    resolves: 2,
    async send(raw, { params }) {
      const longer = new Blockchain(params);
      extend(longer, 12);
      const blocks = longer.mainChain().map(blockToJson);
      answerGetChain(raw, [...blocks.slice(0, 6), ...blocks.slice(7)]);
    },
  },
  {
    name: 'a message over the size limit',
    async send(raw) {
      const frame = new Uint8Array(FRAME_HEADER_BYTES + 8);
      const view = new DataView(frame.buffer);
      view.setUint8(0, 1);
      view.setUint32(1, 0x7fffffff); // "a 2 GiB message follows"
      await raw.sendFrames([frame]);
    },
  },
  {
    name: 'messages that are not JSON',
    async send(raw) {
      const frames = Array.from({ length: 10 }, (_, i) => toFrames(utf8(`<html>${i}</html>`))).flat();
      await raw.sendFrames(frames);
    },
  },
  {
    name: 'a text message where frames belong',
    async send(raw) {
      await raw.sendFrames(['{"v":1,"type":"ping","nonce":1}']);
    },
  },
];

for (const attack of ATTACKS) {
  test(`a peer sending ${attack.name} is disconnected; every node keeps its chain`, async ({
    newNodePage,
    signalling,
  }, info) => {
    // Alone it takes about 13 s; CI runs it beside other multi-page specs on two cores.
    test.setTimeout(180_000);
    const query = roomQuery(testRoom('attack', info), 1, signalling);
    const params = paramsOf(query);
    const victim = await openNode(await newNodePage(), query);
    const witness = await openNode(await newNodePage(), query);
    await mesh([victim, witness]);
    await victim.page.evaluate(() => (window as unknown as ApiWindow).blockchain.mine());
    await victim.page.evaluate(() => (window as unknown as ApiWindow).blockchain.mine());
    const tipBefore = await tipOf(victim);
    await expect.poll(() => tipOf(witness), { timeout: SPREAD_MS }).toBe(tipBefore);

    const genesis = createGenesisBlock(params);
    // An id below every node id ('0' sorts before base32): if the victim also dials the raw peer (it may discover it
    // on the server meanwhile), both sides keep the link dialled by the smaller id, so the raw peer's own link
    // survives. With 'n-raw' the victim's link won whenever its id sorted first, and the raw peer spoke to a closed one.
    const raw = await RawPeer.open(await newNodePage(), peerIdFor(genesis.hash, 'n-0raw'), signalling);
    await raw.connect(victim.peerId);
    const status = {
      type: 'status',
      network: params.name,
      genesis: genesis.hash,
      tip: genesis.hash,
      height: 1,
      work: '1',
    } as const;
    // Said again at every look, as a node answers the victim's status: one status that reached the victim before
    // its side of the channel was set up would otherwise leave the raw peer never ready. A channel the victim closed
    // before the raw peer was ready (CI saw the raw peer never listed once in four runs, the cause unseen) is opened
    // again, and said in the output, since the attack, not the link, is what this spec is about.
    let channels = 1;
    await expect
      .poll(
        async () => {
          if (await raw.isClosed()) {
            channels++;
            console.log(
              `[peers-misbehaviour] the victim closed the raw channel before it was ready: channel ${channels}`,
            );
            await raw.connect(victim.peerId);
          }
          await raw.send(status);
          return peersOf(victim);
        },
        { timeout: SPREAD_MS, intervals: [500] },
      )
      .toContain(raw.id)
      .catch(async (error: unknown) => {
        // What the raw peer heard tells a channel that carried nothing from a victim that heard and ignored it.
        const heard = raw.received.map((m) => m.type).join(' ') || 'nothing';
        console.log(
          `[peers-misbehaviour] never ready: channel closed ${await raw.isClosed()}; raw peer heard ${heard}`,
        );
        throw error;
      });

    await attack.send(raw, { params, victimChain: await chainOf(victim, params) });
    for (let i = 0; i < (attack.resolves ?? 0); i++) {
      const result = await victim.page.evaluate(() => (window as unknown as ApiWindow).blockchain.resolve());
      expect(result.replaced).toBe(false);
    }

    await expect.poll(() => raw.isClosed(), { timeout: SPREAD_MS }).toBe(true);
    expect(await peersOf(victim)).not.toContain(raw.id);
    // Polled: on a loaded machine a heartbeat may have dropped and relinked the witness meanwhile.
    await expect.poll(() => peersOf(victim), { timeout: SPREAD_MS }).toEqual([witness.peerId]);
    expect(await tipOf(victim)).toBe(tipBefore);
    expect(await tipOf(witness)).toBe(tipBefore);
  });
}
