// Block records of both forms: the bytes this release writes, the BlockJson objects earlier releases wrote, and the
// two side by side in one database (old loose records moved into a segment of their own by the first new save).
import { describe, expect, it } from 'vitest';
import { type Block, Blockchain, blockToJson, encodeBlockBytes, encodeSealedBlockBytes } from '../../src/core/index.ts';
import { unpackSegment } from '../../src/storage/block-log.ts';
import { COMPACT_AT_BLOCKS, COMPACT_AT_SEGMENTS, openIndexedDbStore } from '../../src/storage/index.ts';
import { buildBlock } from '../core/helpers.ts';
import {
  alice,
  at,
  bob,
  freshIndexedDb,
  NOW,
  params,
  pay,
  readRawRecords,
  rebuildChain,
  writeRawRecords,
} from './helpers.ts';

const NODE = { network: 'test', nodeId: 'n-rec' } as const;

/** A chain whose blocks carry a signed payment each, with non-ASCII info: every field a record has to keep. */
function paymentChain(count: number): Block[] {
  const chain = new Blockchain(params);
  const blocks: Block[] = [];
  for (let i = 0; i < count; i++) {
    // Alice mines every block, so from the second on she has coins to pay with.
    const transactions = i === 0 ? [] : [pay(alice, bob, 1, `reading ${i} · 21.5 °C`)];
    const block = buildBlock(chain, chain.tip, { transactions, coinbaseInfo: `miner ${i}` });
    const added = chain.addBlock(block, { now: NOW });
    if (!added.ok) throw new Error(`${added.code}: ${added.detail}`);
    blocks.push(block);
  }
  return blocks;
}

const blocks = paymentChain(COMPACT_AT_BLOCKS + 8);
const tipHash = at(blocks, blocks.length - 1).hash;

const form = (record: unknown) => (record instanceof Uint8Array ? 'bytes' : 'json');

describe('stored block records', () => {
  it('loads BlockJson records, in segments and loose, as the very blocks that were saved', async () => {
    const indexedDB = freshIndexedDb();
    const json = blocks.map(blockToJson);
    await writeRawRecords(
      indexedDB,
      NODE,
      { segments: [json.slice(0, 100), json.slice(100, 200)], loose: json.slice(200) },
      blocks,
    );
    const loaded = await (await openIndexedDbStore({ ...NODE, indexedDB })).load();
    expect(loaded.droppedBlocks).toBe(0);
    expect(loaded.warnings).toEqual([]);
    expect(loaded.blocks).toEqual(blocks);
    expect(loaded.tipHash).toBe(tipHash);
    expect(rebuildChain(loaded.blocks).tip.hash).toBe(tipHash);
  });

  it("writes a save's blocks as one packed segment of exactly their binary forms", async () => {
    const indexedDB = freshIndexedDb();
    const store = await openIndexedDbStore({ ...NODE, indexedDB });
    const few = blocks.slice(0, 5);
    await store.saveBlocks(few, at(few, 4).hash);
    store.close();
    const { segments, loose } = await readRawRecords(indexedDB, NODE);
    expect(loose).toEqual([]);
    expect(segments).toHaveLength(1);
    const [segment] = segments as Uint8Array[];
    expect(unpackSegment(segment as Uint8Array)).toEqual(few.map(encodeSealedBlockBytes));
    // Structured clone stores a view's whole buffer: the segment must own exactly its bytes.
    expect(segment?.buffer.byteLength).toBe(segment?.length);
  });

  it('moves old JSON loose records into a segment of their own, and the new binary ones load after it', async () => {
    const indexedDB = freshIndexedDb();
    const old = blocks.slice(0, COMPACT_AT_BLOCKS - 3);
    await writeRawRecords(indexedDB, NODE, { segments: [], loose: old.map(blockToJson) }, old);
    const store = await openIndexedDbStore({ ...NODE, indexedDB });
    // The load tells the store there are loose records, so the first save moves them.
    expect((await store.load()).blocks).toEqual(old);
    for (const block of blocks.slice(old.length)) await store.saveBlocks([block], block.hash);
    await store.settled();
    store.close();

    const { segments, loose } = await readRawRecords(indexedDB, NODE);
    expect(loose).toEqual([]);
    // Kept as a list, as earlier releases wrote runs; the new blocks are packed runs after it.
    expect((at(segments, 0) as unknown[]).map(form).every((f) => f === 'json')).toBe(true);
    expect(segments.slice(1).every((segment) => segment instanceof Uint8Array)).toBe(true);
    expect(segments.length).toBeLessThan(1 + COMPACT_AT_SEGMENTS);

    const loaded = await (await openIndexedDbStore({ ...NODE, indexedDB })).load();
    expect(loaded.droppedBlocks).toBe(0);
    expect(loaded.blocks).toEqual(blocks);
    expect(rebuildChain(loaded.blocks).tip.hash).toBe(tipHash);
  });

  it('skips an unreadable record of either form, in a segment or loose, warns once, and loads the rest', async () => {
    const indexedDB = freshIndexedDb();
    const few = blocks.slice(0, 8);
    const damaged = new Set([2, 3, 7]);
    const records: unknown[] = few.map((block, i) => (i % 2 === 0 ? encodeBlockBytes(block) : blockToJson(block)));
    records[2] = encodeBlockBytes(at(few, 2)).slice(0, 120); // cut short inside its coinbase
    records[3] = { ...blockToJson(at(few, 3)), proof: -1 };
    const flipped = encodeBlockBytes(at(few, 7));
    flipped[0] = 0xff; // a format this release does not know
    records[7] = flipped;
    await writeRawRecords(indexedDB, NODE, { segments: [records.slice(0, 6)], loose: records.slice(6) }, few);

    const loaded = await (await openIndexedDbStore({ ...NODE, indexedDB })).load();
    expect(loaded.droppedBlocks).toBe(3);
    expect(loaded.warnings).toHaveLength(1);
    expect(loaded.warnings[0]).toMatch(/^3 stored blocks could not be read and were skipped \(first: malformed: /);
    expect(loaded.blocks).toEqual(few.filter((_, i) => !damaged.has(i)));
  });
});
