// A NodeStore in memory, for tests and for pages without IndexedDB: the same records and codecs as the browser's.
import { type MetaKey, MetaKeys } from './constants.ts';
import { type StorageAction, StorageError, StorageErrorCode, toStorageError } from './errors.ts';
import type { LoadedNode, NodeSave, NodeStore } from './node-store.ts';
import { decodeRecords, saveAction, saveRecords, snapshotBaseOf, uniqueBlockRecords } from './records.ts';

/**
 * Behaves as the IndexedDB store does: argument errors throw at the call, values are structured-cloned on the way
 * in and out (same copies, same DataCloneError for a function-valued setting), failures reject with a StorageError,
 * and a failed write changes nothing.
 */
export function createMemoryStore(): NodeStore {
  const blocks: unknown[] = [];
  /** The hash of each record in `blocks`, at the same place. */
  const order: string[] = [];
  const storedHashes = new Set<string>();
  const meta = new Map<MetaKey, unknown>();
  const settings = new Map<string, unknown>();
  /** By txid, in arrival order: the IndexedDB store's auto-increment order, and its txid index. */
  const mempool = new Map<string, unknown>();
  let closed = false;

  /** `apply` must clone before it mutates, so a throw leaves the store as it was. */
  const run = <T>(action: StorageAction, apply: () => T): Promise<T> => {
    if (closed) return Promise.reject(new StorageError(StorageErrorCode.Closed, action));
    try {
      return Promise.resolve(apply());
    } catch (error) {
      return Promise.reject(toStorageError(error, action, StorageErrorCode.WriteFailed));
    }
  };

  const save = (changes: NodeSave): Promise<void> => {
    const records = saveRecords(changes);
    const fresh = uniqueBlockRecords(records.blocks).filter(({ hash }) => !storedHashes.has(hash));
    return run(saveAction(records, fresh.length), () => {
      const { blocks: _, ...rest } = records;
      const cloned = structuredClone({ ...rest, fresh: fresh.map(({ record }) => record) });
      for (const { hash } of fresh) {
        storedHashes.add(hash);
        order.push(hash);
      }
      blocks.push(...cloned.fresh);
      if (cloned.tip !== null) meta.set(MetaKeys.Tip, cloned.tip);
      for (const txid of cloned.mempoolRemoved) mempool.delete(txid);
      for (const record of cloned.mempoolAdded) mempool.set(record.txid, record);
      if (cloned.peers !== null) meta.set(MetaKeys.Peers, cloned.peers);
      if (cloned.secretKey !== null) meta.set(MetaKeys.SecretKey, cloned.secretKey);
      if (cloned.snapshot !== null) meta.set(MetaKeys.Snapshot, cloned.snapshot);
    });
  };

  const load = (from: number) => {
    const records = { blocks: blocks.slice(from), meta, settings, mempool: [...mempool.values()] };
    return run({ kind: 'load-node' }, () => decodeRecords(structuredClone(records)));
  };

  return {
    load: () => load(0),

    /** From the snapshot's base block on (every block, as IndexedDB's backward read, when the base is not stored). */
    loadRecent(): Promise<LoadedNode | null> {
      const baseHash = snapshotBaseOf(meta.get(MetaKeys.Snapshot));
      return baseHash === null ? Promise.resolve(null) : load(Math.max(0, order.indexOf(baseHash)));
    },

    loadHistory: () => load(0),

    save,
    saveBlocks: (newBlocks, tipHash) => save({ blocks: newBlocks, tipHash }),
    saveKeys: (keys) => save({ keys }),
    savePeers: (peers) => save({ peers }),

    saveSetting(key: string, value: unknown): Promise<void> {
      if (typeof key !== 'string') throw new TypeError('a setting name is a string');
      return run({ kind: 'save-setting', key }, () => {
        if (value === undefined) settings.delete(key);
        else settings.set(key, structuredClone(value));
      });
    },

    loadSetting(key: string): Promise<unknown> {
      return run({ kind: 'load-node' }, () => structuredClone(settings.get(key)));
    },

    close(): void {
      closed = true;
    },
  };
}
