import { it } from 'vitest';
import { type Block, blockToJson, encodeBlockBytes } from '../../src/core/index.ts';
import { requestResult, transactionDone } from '../../src/storage/idb.ts';
import { COMPACT_AT_BLOCKS, MetaKeys, NODE_DB_VERSION, NodeStores, nodeDatabaseName, openIndexedDbStore } from '../../src/storage/index.ts';
import { at, freshIndexedDb, mineChain, rebuildChain } from './helpers.ts';

async function fill(indexedDB: IDBFactory, id: string, blocks: Block[], form: (b: Block) => unknown) {
  (await openIndexedDbStore({ network: 'test', nodeId: id, indexedDB })).close();
  const db = await requestResult(indexedDB.open(nodeDatabaseName('test', id), NODE_DB_VERSION));
  const tx = db.transaction([NodeStores.Segments, NodeStores.Blocks, NodeStores.BlockHashes, NodeStores.Meta], 'readwrite');
  const full = Math.floor(blocks.length / COMPACT_AT_BLOCKS) * COMPACT_AT_BLOCKS;
  for (let i = 0; i < full; i += COMPACT_AT_BLOCKS) tx.objectStore(NodeStores.Segments).add(blocks.slice(i, i + COMPACT_AT_BLOCKS).map(form));
  for (const b of blocks.slice(full)) tx.objectStore(NodeStores.Blocks).add(form(b));
  for (const b of blocks) tx.objectStore(NodeStores.BlockHashes).add(true, b.hash);
  tx.objectStore(NodeStores.Meta).put(at(blocks, blocks.length - 1).hash, MetaKeys.Tip);
  await transactionDone(tx);
  db.close();
}

it('form', { timeout: 600_000 }, async () => {
  const form = process.env.FORM === 'json' ? blockToJson : encodeBlockBytes;
  const blocks = mineChain(10_000);
  const indexedDB = freshIndexedDb();
  await fill(indexedDB, 'x', blocks, form);
  const c0 = process.cpuUsage(); const t0 = performance.now();
  const store = await openIndexedDbStore({ network: 'test', nodeId: 'x', indexedDB });
  const loaded = await store.load();
  const t1 = performance.now(); const c1 = process.cpuUsage(c0);
  const chain = rebuildChain(loaded.blocks);
  const t2 = performance.now(); const c2 = process.cpuUsage(c0);
  const ms = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;
  console.log(`FORM ${process.env.FORM} wall load+decode ${(t1 - t0).toFixed(0)} rebuild ${(t2 - t1).toFixed(0)} | cpu load+decode ${ms(c1).toFixed(0)} rebuild ${(ms(c2) - ms(c1)).toFixed(0)} h=${chain.height}`);
});
