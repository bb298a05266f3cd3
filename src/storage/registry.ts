// The device registry: which nodes this browser profile keeps, for the "nodes on this device" list, and deleting
// a node that no tab is running.
import {
  nodeDatabaseName,
  nodeLockName,
  REGISTRY_DB_NAME,
  REGISTRY_DB_VERSION,
  REGISTRY_NODES_STORE,
  type RegistrySchema,
} from './constants.ts';
import { type StorageAction, StorageError, StorageErrorCode, toStorageError } from './errors.ts';
import { Connection, defaultFactory, deleteDatabase } from './idb.ts';
import { holdLockIfFree, type LockManagerLike } from './locks.ts';
import { checkNodeName, isNodeId } from './node-id.ts';

export type NodeEntry = {
  readonly nodeId: string;
  readonly network: string;
  /** ms since the epoch, like Date.now(). */
  readonly createdAt: number;
  readonly lastSeenAt: number;
  /** The node's address, once its keys exist. */
  readonly address?: string;
};

export type SeenNode = {
  readonly nodeId: string;
  readonly network: string;
  readonly now: number;
  readonly address?: string;
};

export interface NodeRegistry {
  /** Nodes on this device, most recently seen first; only those of `network` when given. */
  list(network?: string): Promise<NodeEntry[]>;
  /** Adds the node, or moves its lastSeenAt (and sets its address) if it is listed. Returns the entry stored. */
  recordSeen(seen: SeenNode): Promise<NodeEntry>;
  remove(nodeId: string): Promise<void>;
  close(): void;
}

/** Throws TypeError at the call, before anything is written. */
function checkSeen(seen: SeenNode): void {
  checkNodeName(seen.network, seen.nodeId);
  if (!Number.isFinite(seen.now)) throw new TypeError('now must be a time in ms');
}

/** Keeps createdAt, and an address once known, whatever later calls pass. */
function mergeSeen(existing: NodeEntry | null, seen: SeenNode): NodeEntry {
  const address = seen.address ?? existing?.address;
  return {
    nodeId: seen.nodeId,
    network: seen.network,
    createdAt: existing?.createdAt ?? seen.now,
    lastSeenAt: seen.now,
    ...(address === undefined ? {} : { address }),
  };
}

/** Registry records come from disk: keep the well-formed ones, whatever an older or broken writer left. */
function toEntry(value: unknown): NodeEntry | null {
  if (typeof value !== 'object' || value === null) return null;
  const { nodeId, network, createdAt, lastSeenAt, address } = value as Record<string, unknown>;
  if (!isNodeId(nodeId) || typeof network !== 'string') return null;
  if (typeof createdAt !== 'number' || typeof lastSeenAt !== 'number') return null;
  return { nodeId, network, createdAt, lastSeenAt, ...(typeof address === 'string' ? { address } : {}) };
}

function listed(values: readonly unknown[], network: string | undefined): NodeEntry[] {
  return values
    .map(toEntry)
    .filter((entry): entry is NodeEntry => entry !== null && (network === undefined || entry.network === network))
    .sort((a, b) => b.lastSeenAt - a.lastSeenAt);
}

export type OpenRegistryOptions = {
  readonly onError?: (error: StorageError) => void;
  readonly indexedDB?: IDBFactory;
};

export async function openNodeRegistry(options: OpenRegistryOptions = {}): Promise<NodeRegistry> {
  const connection = await Connection.open<RegistrySchema>({
    factory: options.indexedDB ?? defaultFactory(),
    name: REGISTRY_DB_NAME,
    version: REGISTRY_DB_VERSION,
    upgrade: (db, oldVersion) => {
      if (oldVersion < 1) db.createObjectStore(REGISTRY_NODES_STORE, { keyPath: 'nodeId' });
    },
    onError: options.onError ?? (() => {}),
  });
  const stores = [REGISTRY_NODES_STORE];
  return {
    async list(network?: string): Promise<NodeEntry[]> {
      const values: unknown[] = await connection.run(stores, 'readonly', { kind: 'list-nodes' }, (tx) =>
        tx.objectStore(REGISTRY_NODES_STORE).getAll(),
      );
      return listed(values, network);
    },
    recordSeen(seen: SeenNode): Promise<NodeEntry> {
      checkSeen(seen);
      const action: StorageAction = { kind: 'record-node', nodeId: seen.nodeId };
      return connection.run(stores, 'readwrite', action, async (tx) => {
        const store = tx.objectStore(REGISTRY_NODES_STORE);
        // Read and write in one transaction, so two tabs recording at once cannot lose a createdAt.
        const entry = mergeSeen(toEntry(await store.get(seen.nodeId)), seen);
        await store.put(entry);
        return entry;
      });
    },
    remove(nodeId: string): Promise<void> {
      return connection.run(stores, 'readwrite', { kind: 'unlist-node', nodeId }, async (tx) => {
        await tx.objectStore(REGISTRY_NODES_STORE).delete(nodeId);
      });
    },
    close: () => connection.close(),
  };
}

/** The registry in memory, for tests and pages without IndexedDB. */
export function createMemoryRegistry(): NodeRegistry {
  const entries = new Map<string, NodeEntry>();
  return {
    list: async (network?: string) => listed([...entries.values()], network),
    recordSeen: (seen: SeenNode) => {
      checkSeen(seen);
      const entry = mergeSeen(entries.get(seen.nodeId) ?? null, seen);
      entries.set(entry.nodeId, entry);
      return Promise.resolve(entry);
    },
    remove: async (nodeId: string) => {
      entries.delete(nodeId);
    },
    close: () => {},
  };
}

export type DeleteNodeOptions = {
  readonly registry: NodeRegistry;
  readonly network: string;
  readonly nodeId: string;
  /** Null where Web Locks are missing: then a running node cannot be recognised, and its tab closes its database. */
  readonly locks: LockManagerLike | null;
  /** The node this tab runs: refused even where Web Locks cannot tell. */
  readonly currentNodeId?: string;
  readonly indexedDB?: IDBFactory;
  /** Told when deleting waits for a tab that keeps the database open ('blocked'). */
  readonly onError?: (error: StorageError) => void;
};

export type DeleteOutcome =
  /** `checkedNotRunning` is false where Web Locks are missing. */
  { readonly ok: true; readonly checkedNotRunning: boolean } | { readonly ok: false; readonly error: StorageError };

/**
 * Deletes a node's database, then its registry entry (a failure in between leaves an entry to retry from). The
 * node's lock is held throughout, so no tab can start that node while it is being deleted.
 */
export async function deleteNode(options: DeleteNodeOptions): Promise<DeleteOutcome> {
  const { network, nodeId } = options;
  checkNodeName(network, nodeId);
  const action: StorageAction = { kind: 'delete-node', nodeId };
  if (nodeId === options.currentNodeId) {
    return { ok: false, error: new StorageError(StorageErrorCode.NodeInUse, action) };
  }
  let release: (() => void) | null = () => {};
  let checkedNotRunning = false;
  if (options.locks !== null) {
    try {
      release = await holdLockIfFree(options.locks, nodeLockName(network, nodeId));
      checkedNotRunning = true;
    } catch {
      // Locks refused outright: go on unchecked, as where they are missing.
    }
    if (release === null) return { ok: false, error: new StorageError(StorageErrorCode.NodeInUse, action) };
  }
  try {
    const factory = options.indexedDB ?? defaultFactory();
    await deleteDatabase(factory, nodeDatabaseName(network, nodeId), options.onError ?? (() => {}));
    await options.registry.remove(nodeId);
    return { ok: true, checkedNotRunning };
  } catch (error) {
    return { ok: false, error: toStorageError(error, action, StorageErrorCode.Unavailable) };
  } finally {
    release();
  }
}
