// A NodeStore in memory, for tests and for pages without IndexedDB: the same records and codecs as the browser's.
import type { Block, KeyPair, Transaction } from '../core/index.ts';
import { type MetaKey, MetaKeys } from './constants.ts';
import { StorageErrorCode, storageError, toStorageError } from './errors.ts';
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
  const run = <T>(action: string, apply: () => T): Promise<T> => {
    if (closed) return Promise.reject(storageError(StorageErrorCode.Closed, action));
    try {
      return Promise.resolve(apply());
    } catch (error) {
      return Promise.reject(toStorageError(error, action, StorageErrorCode.WriteFailed));
    }
  };
  const putMeta = (key: MetaKey, value: unknown, action: string) =>
    run(action, () => {
      meta.set(key, structuredClone(value));
    });

  return {
    load(): Promise<LoadedNode> {
      return run('Loading the node', () => decodeRecords(structuredClone({ blocks, meta, settings })));
    },

    saveBlocks(newBlocks: readonly Block[], tipHash: string): Promise<void> {
      const tip = checkTipHash(tipHash);
      const records = uniqueBlockRecords(newBlocks);
      return run('Saving blocks', () => {
        const fresh = records.filter(({ hash }) => !storedHashes.has(hash));
        for (const { hash } of fresh) storedHashes.add(hash);
        blocks.push(...structuredClone(fresh.map(({ record }) => record)));
        meta.set(MetaKeys.Tip, tip);
      });
    },

    saveMempool(transactions: readonly Transaction[]): Promise<void> {
      return putMeta(MetaKeys.Mempool, mempoolRecord(transactions), 'Saving the mempool');
    },

    saveKeys(keys: KeyPair): Promise<void> {
      return putMeta(MetaKeys.SecretKey, secretKeyRecord(keys), "Saving the node's key");
    },

    savePeers(ids: readonly string[]): Promise<void> {
      return putMeta(MetaKeys.Peers, peersRecord(ids), 'Saving peers');
    },

    saveSetting(key: string, value: unknown): Promise<void> {
      if (typeof key !== 'string') throw new TypeError('a setting name is a string');
      return run(`Saving setting ${key}`, () => {
        if (value === undefined) settings.delete(key);
        else settings.set(key, structuredClone(value));
      });
    },

    close(): void {
      closed = true;
    },
  };
}
