// Slow suite: a node with 10,000 stored blocks, reopened and rebuilt the way a tab starts. Prints the time; the
// budget (under 1000 ms in Chromium) is checked by the benchmarks, not here.
import { describe, expect, it } from 'vitest';
import { COMPACT_AT_BLOCKS, openIndexedDbStore } from '../../src/storage/index.ts';
import { at, freshIndexedDb, mineChain, NOW, rebuildChain } from './helpers.ts';

const BLOCKS = 10_000;
/** Blocks per save while filling: a node's small saves are merged into segments of about COMPACT_AT_BLOCKS, so saving
 *  that many at once gives much the same layout (39 segments of 256, one of 16) in a fraction of the time. */
const FILL_BATCH = COMPACT_AT_BLOCKS;

describe(`startup with ${BLOCKS} stored blocks`, () => {
  it('opens, loads and rebuilds the chain from its own stored blocks', { timeout: 120_000 }, async () => {
    const mined = mineChain(BLOCKS);
    const tipHash = at(mined, mined.length - 1).hash;
    const indexedDB = freshIndexedDb();
    const filling = await openIndexedDbStore({ network: 'test', nodeId: 'n-big', indexedDB });
    for (let i = 0; i < mined.length; i += FILL_BATCH) {
      const batch = mined.slice(i, i + FILL_BATCH);
      await filling.saveBlocks(batch, at(batch, batch.length - 1).hash);
    }
    filling.close();

    const started = performance.now();
    const store = await openIndexedDbStore({ network: 'test', nodeId: 'n-big', indexedDB });
    const opened = performance.now();
    const loaded = await store.load();
    const read = performance.now();
    const chain = rebuildChain(loaded.blocks);
    const rebuilt = performance.now();

    expect(loaded.blocks).toHaveLength(BLOCKS);
    expect(chain.tip.hash).toBe(tipHash);
    expect(chain.height).toBe(BLOCKS + 1);
    expect(NOW).toBeGreaterThan(chain.tip.timestamp);
    const ms = (a: number, b: number) => `${(b - a).toFixed(0)} ms`;
    console.log(
      `[storage] ${BLOCKS} blocks, fake-indexeddb in Node: open ${ms(started, opened)}, ` +
        `load+decode ${ms(opened, read)}, rebuild (stored) ${ms(read, rebuilt)}, total ${ms(started, rebuilt)}`,
    );
  });
});
