// A private room of three pages, made the way a teacher makes one: every page opens the public room of that name and
// shows its public key; the teacher lists one key in `miners=`; every page opens the new link and keeps its node and
// key. The listed miner's blocks reach everyone; the others are users who cannot mine; blocks signed by no listed key
// are refused by every node with the rule's own code; a user's transaction is mined by the miner.
import {
  type Block,
  Blockchain,
  blockToJson,
  hexToBytes,
  type KeyPair,
  keyPairFromSecret,
  type NetworkParams,
  parseChain,
  signHeader,
  withMinerSignature,
} from '../../src/core/index.ts';
import { peerIdFor } from '../../src/net/room.ts';
import { buildBlock } from '../core/helpers.ts';
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

/** The main chain of a node, rebuilt here from its GET /chain, to build blocks on its tip. */
async function chainOf(node: NodePage, params: NetworkParams): Promise<Blockchain> {
  const text = await node.page.evaluate(() => (window as unknown as ApiWindow).blockchain.exportChain());
  const parsed = parseChain(JSON.parse(text), params);
  if (!parsed.ok) throw new Error(`${parsed.code}: ${parsed.detail}`);
  const chain = new Blockchain(params);
  for (const block of parsed.value.slice(1)) chain.addBlock(block, { now: Date.now() });
  return chain;
}

/** The key the node panel shows, once its role line has loaded. */
async function shownKey(node: NodePage): Promise<string> {
  const key = node.page.locator('#node-public-key');
  await expect(key).toHaveText(/^[0-9a-f]{64}$/, { timeout: SPREAD_MS });
  return (await key.textContent()) ?? '';
}

/** What the node says of a chain file that is its own chain plus `block`: the first block refused, and why. */
function verdictOn(node: NodePage, chain: Blockchain, block: Block) {
  const blocks = [...chain.mainChain(), block].map(blockToJson);
  const text = JSON.stringify({ chain: blocks, length: blocks.length });
  return node.page.evaluate(async (file) => {
    const verdict = await (
      window as unknown as ApiWindow & {
        blockchain: { importChain(text: string): Promise<{ adopted: boolean; firstInvalid: unknown }> };
      }
    ).blockchain.importChain(file);
    return { adopted: verdict.adopted, firstInvalid: verdict.firstInvalid };
  }, text);
}

/**
 * Three blocks no node may take: an outsider's, an unsigned one, and one that names the listed miner (its key, and a
 * coinbase paying its address) with a signature the outsider made. `listed.secretKey` is never used: only the miner's
 * page holds it.
 */
function forgeries(chain: Blockchain, listed: KeyPair, outsider: KeyPair) {
  const miner = listed;
  const outsiders = buildBlock(chain, chain.tip, { miner: outsider });
  const minersOwn = buildBlock(chain, chain.tip, { miner, timestampOffset: 1 });
  const forged = signHeader(minersOwn.header, outsider, chain.params.name);
  return [
    {
      code: 'unlisted-miner',
      block: withMinerSignature(outsiders, signHeader(outsiders.header, outsider, chain.params.name)),
    },
    { code: 'unsigned-block', block: buildBlock(chain, chain.tip, { miner, timestampOffset: 2 }) },
    { code: 'bad-miner-signature', block: withMinerSignature(minersOwn, { ...forged, publicKey: miner.publicKey }) },
  ] as const;
}

test('a private room: the listed miner mines for everyone, users cannot, forged blocks are refused by all', async ({
  newNodePage,
  signalling,
}, info) => {
  test.setTimeout(300_000);
  const publicQuery = roomQuery(testRoom('private', info), 1, signalling);
  const pages = [await newNodePage(), await newNodePage(), await newNodePage()] as const;
  // One page at a time: three starts at once overrun page.goto's timeout on a loaded two-core machine.
  const keys: string[] = [];
  for (const page of pages) keys.push(await shownKey(await openNode(page, publicQuery)));
  // The teacher lists the first page's key; the other two (a student left off, an outsider) are users.
  const query = `${publicQuery}&miners=${keys[0]}`;
  const params = paramsOf(query);
  const [miner, user, outsider] = [
    await openNode(pages[0], query),
    await openNode(pages[1], query),
    await openNode(pages[2], query),
  ];
  expect(await Promise.all([miner, user, outsider].map(shownKey))).toEqual(keys);
  await mesh([miner, user, outsider]);

  await expect(miner.page.locator('#node-role')).toContainText('miner');
  for (const node of [user, outsider]) {
    await expect(node.page.locator('#node-role')).toContainText('user');
    await expect(node.page.locator('#mine-once')).toBeDisabled();
    await expect(node.page.locator('#auto-mine')).toBeDisabled();
    await expect(node.page.locator('#mine-once')).toHaveAttribute('title', /not on the room's list of miners/);
    const code = await node.page.evaluate(() =>
      (window as unknown as ApiWindow).blockchain.mine().then(
        () => 'mined',
        (error: { code?: string }) => error.code,
      ),
    );
    expect(code).toBe('not-a-miner');
  }
  await outsider.page.locator('#copy-public-key').click();
  await expect(outsider.page.locator('#node-key-status')).not.toBeEmpty();

  // A user's transaction (a record: users hold no coins) goes into the miner's next block, signed by the miner.
  const { txid } = await user.page.evaluate(
    (to) =>
      (window as unknown as ApiWindow).blockchain.newTransaction({ recipient: to, info: 'attendance', amount: 0 }),
    miner.address,
  );
  await expect
    .poll(() => miner.page.evaluate(() => (window as unknown as ApiWindow).blockchain.mempool().length), {
      timeout: SPREAD_MS,
    })
    .toBe(1);
  const mined = await miner.page.evaluate(() => (window as unknown as ApiWindow).blockchain.mine());
  expect(mined.miner_public_key).toBe(keys[0]);
  expect(mined.transactions.map((tx) => tx.txid)).toContain(txid);
  for (const node of [user, outsider]) await expect.poll(() => tipOf(node), { timeout: SPREAD_MS }).toBe(mined.hash);

  // Every node refuses each forgery, with the rule's code, through its own checks.
  const chain = await chainOf(miner, params);
  const outsiderKeys = keyPairFromSecret(new Uint8Array(32).fill(9));
  const listed: KeyPair = {
    secretKey: new Uint8Array(32),
    publicKey: hexToBytes(keys[0] ?? ''),
    address: miner.address,
  };
  for (const { code, block } of forgeries(chain, listed, outsiderKeys)) {
    for (const node of [miner, user, outsider]) {
      expect(await verdictOn(node, chain, block), `${code} on ${node.id}`).toEqual({
        adopted: false,
        firstInvalid: { index: block.index, reason: code },
      });
    }
  }

  // Sent over the wire, forgeries cost their sender the link, and no node's chain moves.
  const raw = await RawPeer.open(await newNodePage(), peerIdFor(chain.genesis.hash, 'n-0raw'), signalling);
  await raw.connect(miner.peerId);
  const status = {
    type: 'status',
    network: params.name,
    genesis: chain.genesis.hash,
    tip: chain.genesis.hash,
    height: 1,
    work: '1',
  } as const;
  await expect
    .poll(
      async () => {
        await raw.send(status);
        return peersOf(miner);
      },
      { timeout: SPREAD_MS, intervals: [500] },
    )
    .toContain(raw.id);
  // 50 points each (src/net/misbehaviour.ts): two make a ban.
  for (const { block } of forgeries(chain, listed, outsiderKeys).slice(0, 2)) {
    await raw.send({ type: 'block', block: blockToJson(block) });
  }
  await expect.poll(() => raw.isClosed(), { timeout: SPREAD_MS }).toBe(true);
  for (const node of [miner, user, outsider]) expect(await tipOf(node)).toBe(mined.hash);
});
