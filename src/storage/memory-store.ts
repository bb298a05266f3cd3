// A NodeStore in memory, for tests and for pages without IndexedDB: the same records and codecs as the browser's.
import type { Block, KeyPair, Transaction } from '../core/index.ts';
import { type MetaKey, MetaKeys } from './constants.ts';
import { type StorageAction, StorageError, StorageErrorCode, toStorageError } from './errors.ts';
import type { LoadedNode, NodeStore } from './node-store.ts';
import {
  checkTipHash,
  decodeRecords,
  mempoolRecord,
  peersRecord,
  secretKeyRecord,
  uniqueBlockRecords,
} from './records.ts';

/**
 * Behaves as the IndexedDB store does: argument errors throw at the call, values are structured-cloned on the way
 * in and out (same copies, same DataCloneError for a function-valued setting), failures reject with a StorageError,
 * and a failed write changes nothing.
 */
export function createMemoryStore(): NodeStore {
  const blocks: unknown[] = [];
  const storedHashes = new Set<string>();
  const meta = new Map<MetaKey, unknown>();
  const settings = new Map<string, unknown>();
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
  const putMeta = (key: MetaKey, value: unknown, action: StorageAction) =>
    run(action, () => {
      meta.set(key, structuredClone(value));
    });

  return {
    load(): Promise<LoadedNode> {
      return run({ kind: 'load-node' }, () => decodeRecords(structuredClone({ blocks, meta, settings })));
    },

    saveBlocks(newBlocks: readonly Block[], tipHash: string): Promise<void> {
      const tip = checkTipHash(tipHash);
      const fresh = uniqueBlockRecords(newBlocks).filter(({ hash }) => !storedHashes.has(hash));
      return run({ kind: 'save-blocks', count: fresh.length, tip: tip.slice(0, 16) }, () => {
        for (const { hash } of fresh) storedHashes.add(hash);
        blocks.push(...structuredClone(fresh.map(({ record }) => record)));
        meta.set(MetaKeys.Tip, tip);
      });
    },

    saveMempool(transactions: readonly Transaction[]): Promise<void> {
      const action: StorageAction = { kind: 'save-mempool', count: transactions.length };
      return putMeta(MetaKeys.Mempool, mempoolRecord(transactions), action);
    },

    saveKeys(keys: KeyPair): Promise<void> {
      return putMeta(MetaKeys.SecretKey, secretKeyRecord(keys), { kind: 'save-keys' });
    },

    savePeers(ids: readonly string[]): Promise<void> {
      return putMeta(MetaKeys.Peers, peersRecord(ids), { kind: 'save-peers', count: ids.length });
    },

    saveSetting(key: string, value: unknown): Promise<void> {
      if (typeof key !== 'string') throw new TypeError('a setting name is a string');
      return run({ kind: 'save-setting', key }, () => {
        if (value === undefined) settings.delete(key);
        else settings.set(key, structuredClone(value));
      });
    },

    close(): void {
      closed = true;
    },
  };
}
