// Where a restored node goes in a browser: its own database, under the backup's node id while that is free (no tab
// runs it, and its database holds no other key: a node whose data was lost keeps its name), else under a new id.
// The node's lock is held while it is written, so no tab starts it half-written; the write is one transaction. The
// tab's session then names the restored node, so its next load runs it.
import type { Block } from '../core/index.ts';
import {
  createNodeId,
  cryptoRandomBytes,
  holdLockIfFree,
  isLockHeld,
  type LockManagerLike,
  type NodeRegistry,
  type NodeStore,
  nodeLockName,
  openIndexedDbStore,
  rememberSessionNode,
  type SessionStorageLike,
  StorageError,
} from '../storage/index.ts';
import type { RestoreTarget, RestoreWritten } from './backup.ts';
import { BackupProblemCode, backupProblem, type NodeBackup } from './backup-file.ts';

export type DeviceRestoreOptions = {
  readonly network: string;
  /** The node this tab runs: never written behind its back. */
  readonly currentNodeId: string;
  /** Null where Web Locks are missing: then only the key in a database tells whether its node is another's. */
  readonly locks: LockManagerLike | null;
  /** Where the restored node is listed (and its lost mark cleared); null where the registry is unavailable. */
  readonly registry: NodeRegistry | null;
  /** This tab's session: the restored node is the one its next load runs. Null where sessionStorage is blocked. */
  readonly session?: SessionStorageLike | null;
  readonly openStore?: (nodeId: string) => Promise<NodeStore>;
  readonly randomBytes?: (n: number) => Uint8Array;
  readonly now?: () => number;
};

/** The backup's own id, then new ones: a second new id taken as well means a broken random source. */
const NEW_ID_ATTEMPTS = 2;

type Attempt = RestoreWritten | 'taken';

export function deviceRestoreTarget(options: DeviceRestoreOptions): RestoreTarget {
  const { network, locks, registry } = options;
  const openStore = options.openStore ?? ((nodeId: string) => openIndexedDbStore({ network, nodeId }));
  const randomBytes = options.randomBytes ?? cryptoRandomBytes;
  const now = options.now ?? Date.now;

  const writeInto = async (nodeId: string, backup: NodeBackup, blocks: readonly Block[]): Promise<Attempt> => {
    const release = locks === null ? () => {} : await holdLockIfFree(locks, nodeLockName(network, nodeId));
    if (release === null) return 'taken';
    try {
      const store = await openStore(nodeId);
      try {
        const stored = await store.load();
        if (stored.keys !== null && stored.keys.address !== backup.keys.address) return 'taken';
        const tip = blocks.at(-1);
        await store.save({
          blocks: blocks.slice(1),
          ...(tip === undefined ? {} : { tipHash: tip.hash }),
          keys: backup.keys,
        });
      } finally {
        store.close();
      }
      // Listed (and no longer lost) only once its key and chain are stored.
      await registry?.recordSeen({ nodeId, network, now: now(), address: backup.keys.address }).catch(() => {});
      rememberSessionNode(options.session ?? null, network, nodeId);
      return { ok: true, nodeId };
    } finally {
      release();
    }
  };

  return {
    async write(backup, blocks) {
      try {
        if (backup.nodeId !== options.currentNodeId) {
          const own = await writeInto(backup.nodeId, backup, blocks);
          // Held by a tab, with whatever key: most likely that very node, running; restore it there.
          if (own === 'taken' && locks !== null && (await isLockHeld(locks, nodeLockName(network, backup.nodeId)))) {
            return backupProblem(BackupProblemCode.NodeRunning, { node: backup.nodeId });
          }
          if (own !== 'taken') return own;
        }
        for (let attempt = 0; attempt < NEW_ID_ATTEMPTS; attempt++) {
          const written = await writeInto(createNodeId(randomBytes), backup, blocks);
          if (written !== 'taken') return written;
        }
        throw new RangeError('every new node id was already taken: the random source repeats itself');
      } catch (error) {
        if (!(error instanceof StorageError)) throw error;
        return backupProblem(BackupProblemCode.StorageFailed, { code: error.code });
      }
    },
  };
}
