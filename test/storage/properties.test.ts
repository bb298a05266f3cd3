// Properties of the storage codecs: node ids encode their random bytes faithfully, and whatever a node saves it
// loads back, in both stores.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockToJson } from '../../src/core/index.ts';
import { createMemoryStore, createNodeId, isNodeId, openIndexedDbStore } from '../../src/storage/index.ts';
import { at, freshIndexedDb, mineChain } from './helpers.ts';

describe('storage properties', () => {
  it('node ids are valid and distinct for distinct random bytes', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 10, maxLength: 10 }),
        fc.uint8Array({ minLength: 10, maxLength: 10 }),
        (a, b) => {
          const idA = createNodeId(() => a);
          const idB = createNodeId(() => b);
          expect(isNodeId(idA)).toBe(true);
          expect(idA === idB).toBe(a.every((byte, i) => byte === b[i]));
        },
      ),
    );
  });

  const pool = mineChain(12);
  const settingValue = fc.jsonValue().filter((value) => value !== undefined);

  it('any sequence of saves loads back as the blocks in first-saved order and the last value of everything else', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.subarray(pool.map((_, i) => i)), { maxLength: 5 }),
        fc.dictionary(fc.string({ maxLength: 8 }), settingValue, { maxKeys: 4 }),
        fc.array(fc.string({ maxLength: 12 }), { maxLength: 4 }),
        fc.boolean(),
        async (batches, settings, peers, inMemory) => {
          const store = inMemory
            ? createMemoryStore()
            : await openIndexedDbStore({ network: 'test', nodeId: 'n-p', indexedDB: freshIndexedDb() });
          const firstSeen: number[] = [];
          for (const batch of batches.filter((b) => b.length > 0)) {
            for (const i of batch) if (!firstSeen.includes(i)) firstSeen.push(i);
            const blocks = batch.map((i) => at(pool, i));
            await store.saveBlocks(blocks, at(blocks, blocks.length - 1).hash);
          }
          for (const [key, value] of Object.entries(settings)) await store.saveSetting(key, value);
          await store.savePeers(peers);
          const loaded = await store.load();
          expect(loaded.blocks.map(blockToJson)).toEqual(firstSeen.map((i) => blockToJson(at(pool, i))));
          expect(loaded.settings).toEqual(settings);
          expect(loaded.peers).toEqual(peers);
          expect(loaded.warnings).toEqual([]);
          store.close();
        },
      ),
      { numRuns: 40 },
    );
  });
});
