// The NodeStore of a browser tab: one IndexedDB database per node, named by network and node id.
import type { IDBPObjectStore } from 'idb';
import type { Block } from '../core/index.ts';
import {
  type AppendedBlocks,
  appendBlocks,
  BLOCK_STORES,
  type BlockRecords,
  blockRecordsOf,
  chunks,
  placeBlockReads,
  placeBlockStamp,
  placeRecentReads,
  sealBlockRuns,
} from './block-log.ts';
import {
  MEMPOOL_TXID_INDEX,
  MetaKeys,
  NODE_DB_VERSION,
  type NodeSchema,
  type NodeStoreName,
  NodeStores,
  nodeDatabaseName,
  SEGMENT_MAX_BLOCKS,
} from './constants.ts';
import type { EarlyReadResult } from './early-read.ts';
import type { StorageAction, StorageError } from './errors.ts';
import { Connection, type ConnectionOptions, defaultFactory, placeInOrder } from './idb.ts';
import { checkNodeName } from './node-id.ts';
import type { LoadedNode, NodeSave, NodeStore, StoredHistory } from './node-store.ts';
import {
  decodeRecords,
  recordsFrom,
  type SaveRecords,
  saveAction,
  saveRecords,
  snapshotBytesOf,
  uniqueBlocks,
} from './records.ts';
import { SegmentTail } from './segment-tail.ts';
import {
  HISTORY_READ_SEGMENTS,
  type Prefetch,
  type PrefetchRead,
  placeLoadReads,
  readEntries,
  readOlderSegments,
  readPlain,
  readRecent,
  snapshotIntact,
} from './store-reads.ts';
import { upgradeNodeDatabase } from './upgrade.ts';

export type OpenStoreOptions = {
  readonly network: string;
  readonly nodeId: string;
  /** Every StorageError, including those a call also rejects with, so the UI can show them in one place. */
  readonly onError?: (error: StorageError) => void;
  /** Defaults to the browser's `indexedDB`; tests pass fake-indexeddb's. */
  readonly indexedDB?: IDBFactory;
  /** The page's early read of this database (early-read.ts): its connection is used and its records are prefetched. */
  readonly early?: EarlyReadResult;
};

function hashesOf(node: LoadedNode): Set<string> {
  return new Set(node.blocks.map((block) => block.hash));
}

/**
 * The mempool's changes as requests: each removed txid's records (by the index; a duplicate goes too), then each
 * added record after every stored one, so the auto-increment keys keep the arrival order.
 */
function placeMempoolChanges(
  store: IDBPObjectStore<NodeSchema, ArrayLike<NodeStoreName>, typeof NodeStores.Mempool, 'readwrite'>,
  records: SaveRecords,
): Promise<unknown> {
  const index = store.index(MEMPOOL_TXID_INDEX);
  const remove = async (txid: string) => {
    const keys = await index.getAllKeys(txid);
    await placeInOrder(keys.map((key) => () => store.delete(key)));
  };
  return placeInOrder([
    ...records.mempoolRemoved.map((txid) => () => remove(txid)),
    ...records.mempoolAdded.map((record) => () => store.add(record)),
  ]);
}

const LOAD_NODE: StorageAction = { kind: 'load-node' };

/**
 * The new segments are merged once no save is pending (SegmentTail.due(1)); when saves never pause, at twice that
 * anyway, between two saves.
 */
const BUSY_MERGE_FACTOR = 2;

/** A save's appended segments, told to the tail in their order: moved loose records first, then the save's runs. */
function tellTail(
  tail: SegmentTail,
  appended: AppendedBlocks,
  runs: readonly (readonly unknown[])[],
  sealed: readonly Uint8Array[],
): void {
  for (const { key, segment, blocks } of appended.moved) {
    tail.appended(key, segment instanceof Uint8Array ? segment : null, blocks);
  }
  appended.added.forEach((key, i) => {
    tail.appended(key, sealed[i] as Uint8Array, runs[i]?.length ?? 0);
  });
}

/** An IndexedDB NodeStore that can start reading its blocks before the node is claimed. */
export type IndexedDbStore = NodeStore & {
  /**
   * Starts reading every block record now, so the read overlaps whatever the caller still has to do (claiming the
   * node's lock). The next `load()` uses it if no block was saved in between, and reads again otherwise.
   */
  prefetchBlocks(): void;
  /**
   * Resolves once every save called so far has settled and the merge they made due (if any) has run, without
   * waiting for saves to pause: for tests, and for a page that is about to close its store.
   */
  settled(): Promise<void>;
};

export async function openIndexedDbStore(options: OpenStoreOptions): Promise<IndexedDbStore> {
  checkNodeName(options.network, options.nodeId);
  const onError = options.onError ?? (() => {});
  const connectionOptions: ConnectionOptions<NodeSchema> = {
    factory: options.indexedDB ?? defaultFactory(),
    name: nodeDatabaseName(options.network, options.nodeId),
    version: NODE_DB_VERSION,
    upgrade: upgradeNodeDatabase,
    onError,
  };
  const { early } = options;
  const adopted =
    early !== undefined &&
    !early.closed() &&
    early.db.name === connectionOptions.name &&
    early.db.version === NODE_DB_VERSION;
  const connection = adopted ? Connection.adopt(early.db, connectionOptions) : await Connection.open(connectionOptions);
  /** The newest segments, as this tab knows them, and their merging. */
  const tail = new SegmentTail(connection);
  /** Loose records (an earlier release's) the last load found: the next save that stores a block moves them. */
  let looseCount = 0;
  /** Closed by its owner: a merge still queued would only fail and report it. */
  let closed = false;
  const merge = () => (closed ? Promise.resolve() : tail.merge());

  const readStores = [NodeStores.Segments, NodeStores.Blocks, NodeStores.Meta, NodeStores.Settings, NodeStores.Mempool];
  const writeStores = [NodeStores.Segments, NodeStores.Blocks, NodeStores.Meta, NodeStores.Mempool];
  /**
   * The hashes of every block stored, known from the load (or, for a save before any load, from one made for it)
   * and every save since: a block saved twice is stored once without asking the database block by block.
   */
  let storedHashes: Promise<Set<string>> | null = null;
  /**
   * Saves and merges run one after another: a large save seals its segments first, and must not be overtaken
   * meanwhile; a merge rewrites the segments as the saves before it left them.
   */
  let lastSave: Promise<unknown> = Promise.resolve();
  /** Saves called and not settled: a merge waits for none of them to be pending (see afterSave). */
  let savesPending = 0;
  let idleCheck: ReturnType<typeof setTimeout> | null = null;
  /** One merge queued at a time: saves that end while it waits must not line up more for the next save. */
  let mergeQueued = false;
  /** Queues a merge behind every save called so far. */
  const queueMerge = () => {
    if (mergeQueued) return;
    mergeQueued = true;
    lastSave = lastSave.then(() => {
      mergeQueued = false;
      return merge();
    });
  };
  /**
   * Merges once no save is waiting, after the current task (the node's save queue starts its next save in the same
   * task as the last one ends): no save waits behind it. Saves that never pause (a chain growing hundreds of blocks a
   * second) still merge at BUSY_MERGE_FACTOR times the threshold, one short transaction between two saves.
   */
  const afterSave = () => {
    if (!tail.due(1)) return;
    if (tail.due(BUSY_MERGE_FACTOR)) {
      queueMerge();
      return;
    }
    idleCheck ??= setTimeout(() => {
      idleCheck = null;
      if (savesPending === 0) queueMerge();
    }, 0);
  };
  /**
   * A prefetch: the block records (checksums checked; null where a snapshot is stored), or where one is, the recent
   * records a start on it reads (its checksum being checked), and their stamp.
   */
  let prefetched: Promise<Prefetch> | null = null;

  // Checksums are checked while the caller still waits for its claim.
  const checkPrefetched = async ({ raw, recent, stamp }: PrefetchRead): Promise<Prefetch> => ({
    blocks: raw === null ? null : await blockRecordsOf(raw),
    recent: recent === null ? null : { recent, stamp, intact: snapshotIntact(snapshotBytesOf(recent.snapshot)) },
    stamp,
  });
  // What index.html's first script read counts as a prefetch: load() reads again if anything was saved since.
  if (adopted) prefetched = checkPrefetched(early);

  /** Meta and settings, and the blocks too unless the prefetched ones are still what is stored. */
  const readAll = async () => {
    const prefetch = prefetched === null ? null : await prefetched.catch(() => null);
    prefetched = null;
    const early = prefetch?.blocks === null ? null : prefetch;
    // Four async functions: none throws while placing, so none leaves another's requests unobserved.
    const [raw, meta, settings, mempool] = await connection.run(readStores, 'readonly', LOAD_NODE, (tx) =>
      Promise.all([
        readPlain(tx, (plain) => placeLoadReads(plain, early?.stamp)),
        readEntries(tx.objectStore(NodeStores.Meta)),
        readEntries(tx.objectStore(NodeStores.Settings)),
        tx.objectStore(NodeStores.Mempool).getAll(),
      ]),
    );
    const blocks = raw === null ? (early?.blocks as BlockRecords) : await blockRecordsOf(raw);
    return { blocks, meta, settings, mempool };
  };

  const load = async (): Promise<LoadedNode> => {
    const { blocks, ...rest } = await readAll();
    looseCount = blocks.looseCount;
    tail.loaded(blocks.tail);
    performance.mark('node-start:records-read');
    return decodeRecords({ blocks: blocks.records, sealed: blocks.sealed, warnings: blocks.warnings, ...rest });
  };

  /** The hashes of the stored blocks, from the load or (for a save before any load) from one made for it. */
  const knownHashes = (): Promise<Set<string>> => {
    storedHashes ??= load().then(hashesOf);
    return storedHashes.catch((error: unknown) => {
      storedHashes = null; // the next save reads again
      throw error;
    });
  };

  /**
   * One transaction: the blocks not stored yet, in their order, as one new segment (a few for thousands of blocks),
   * the tip, the mempool's changes, the peers and the keys.
   */
  const write = async (records: SaveRecords) => {
    const stored = records.blocks.length > 0 ? await knownHashes() : new Set<string>();
    const fresh = uniqueBlocks(records.blocks.filter((block) => !stored.has(block.hash)));
    /** The save's blocks, one run per segment it adds. */
    const runs = chunks(fresh, SEGMENT_MAX_BLOCKS);
    const sealed = await sealBlockRuns(runs);
    const moveLoose = looseCount > 0 && runs.length > 0;
    const appended = await connection.run(writeStores, 'readwrite', saveAction(records, fresh.length), async (tx) => {
      const meta = tx.objectStore(NodeStores.Meta);
      const { tip, peers, secretKey } = records;
      const [blocks] = await placeInOrder([
        () =>
          runs.length === 0
            ? Promise.resolve(null)
            : appendBlocks(tx.objectStore(NodeStores.Blocks), tx.objectStore(NodeStores.Segments), moveLoose, sealed),
        () => (tip === null ? Promise.resolve() : meta.put(tip, MetaKeys.Tip)),
        () => placeMempoolChanges(tx.objectStore(NodeStores.Mempool), records),
        () => (peers === null ? Promise.resolve() : meta.put([...peers], MetaKeys.Peers)),
        () => (secretKey === null ? Promise.resolve() : meta.put(secretKey, MetaKeys.SecretKey)),
        () => (records.snapshot === null ? Promise.resolve() : meta.put(records.snapshot, MetaKeys.Snapshot)),
      ]);
      return blocks;
    });
    for (const { hash } of fresh) stored.add(hash);
    if (moveLoose) looseCount = 0;
    if (appended !== null) tellTail(tail, appended, runs, sealed);
  };

  /** Records made (and arguments checked) at the call; written after every earlier save. */
  const save = (changes: NodeSave): Promise<void> => {
    const records = saveRecords(changes);
    savesPending++;
    const saved = lastSave.then(() => write(records));
    lastSave = saved.catch(() => {});
    void lastSave.then(() => {
      savesPending--;
      afterSave();
    });
    return saved;
  };

  return {
    prefetchBlocks(): void {
      prefetched ??= connection
        .run(readStores, 'readonly', LOAD_NODE, (tx) =>
          readPlain(tx, (plain) => {
            const stamp = placeBlockStamp(plain, BLOCK_STORES, MetaKeys.Tip);
            const blocks = placeBlockReads(plain, BLOCK_STORES, MetaKeys.Snapshot);
            const recent = placeRecentReads(plain, BLOCK_STORES, MetaKeys.Snapshot);
            return () => ({ raw: blocks(), recent: recent(), stamp: stamp() });
          }),
        )
        .then(checkPrefetched);
    },

    load(): Promise<LoadedNode> {
      const loaded = load();
      storedHashes = loaded.then(hashesOf);
      storedHashes.catch(() => {}); // a failed load is the caller's to see
      return loaded;
    },

    async loadRecent(): Promise<LoadedNode | null> {
      const prefetch = prefetched === null ? null : await prefetched.catch(() => null);
      const early = prefetch?.recent ?? null;
      // A prefetch of the recent records holds no blocks for load(): it is of no more use once taken.
      if (early !== null) prefetched = null;
      const recent = await connection.run(readStores, 'readonly', LOAD_NODE, (tx) => readRecent(tx, early));
      if (recent === null) return null;
      const blocks = await blockRecordsOf(recent.raw);
      tail.loaded(blocks.tail);
      performance.mark('node-start:records-read');
      const { records, sealed, warnings } = blocks;
      const from = recordsFrom(records, sealed, recent.baseHash);
      const loaded = decodeRecords({ ...recent, blocks: records.slice(from), sealed, warnings });
      const stored = recent.meta.get(MetaKeys.Snapshot);
      // The prefetch's checksum was begun on these very bytes when they are the ones the start took.
      const began = early !== null && early.recent.snapshot === stored ? early.intact : null;
      const intact = await (began ?? snapshotIntact(snapshotBytesOf(stored)));
      // Blocks saved from now on descend from the base, so they are stored after these; loadHistory adds the rest.
      storedHashes = Promise.resolve(hashesOf(loaded));
      return { ...loaded, snapshotIntact: intact };
    },

    async loadHistory(): Promise<StoredHistory> {
      // A few segments a transaction, newest first: a save waits for one short read, never for all of them.
      const segments: unknown[] = [];
      for (let below: number | null = null; ; ) {
        const older = await connection.run([NodeStores.Segments], 'readonly', LOAD_NODE, (tx) =>
          readOlderSegments(tx, below, HISTORY_READ_SEGMENTS),
        );
        for (const segment of older.segments) segments.push(segment);
        if (older.oldestKey === null) break;
        below = older.oldestKey;
      }
      const blocks = await blockRecordsOf({ segments: segments.reverse(), loose: [] });
      const { records, sealed, warnings } = blocks;
      const history = decodeRecords({
        blocks: records,
        sealed,
        warnings,
        meta: new Map(),
        settings: new Map(),
        mempool: [],
      });
      // The same set a save in flight may hold: it learns of the older blocks too.
      const known = storedHashes ?? Promise.resolve(new Set<string>());
      storedHashes = known.then((set) => {
        for (const block of history.blocks) set.add(block.hash);
        return set;
      });
      return history;
    },

    save,
    saveBlocks: (blocks: readonly Block[], tipHash: string) => save({ blocks, tipHash }),
    saveKeys: (keys) => save({ keys }),
    savePeers: (peers) => save({ peers }),

    saveSetting(key: string, value: unknown): Promise<void> {
      if (typeof key !== 'string') throw new TypeError('a setting name is a string');
      const action: StorageAction = { kind: 'save-setting', key };
      return connection.run([NodeStores.Settings], 'readwrite', action, async (tx) => {
        const store = tx.objectStore(NodeStores.Settings);
        await (value === undefined ? store.delete(key) : store.put(value, key));
      });
    },

    loadSetting(key: string): Promise<unknown> {
      return connection.run([NodeStores.Settings], 'readonly', LOAD_NODE, (tx) =>
        tx.objectStore(NodeStores.Settings).get(key),
      );
    },

    async settled(): Promise<void> {
      await lastSave;
      if (idleCheck !== null) {
        clearTimeout(idleCheck);
        idleCheck = null;
        queueMerge();
      }
      await lastSave;
    },

    close(): void {
      closed = true;
      if (idleCheck !== null) clearTimeout(idleCheck);
      connection.close();
    },
  };
}
