// The device registry: which nodes this browser profile keeps, for the "nodes on this device" list, resuming the
// most recently used one, telling which lost their data, and deleting a node that no tab is running. A copy of the
// list is kept in localStorage too (`withDeviceMirror`): when the browser wipes the origin's IndexedDB (it does so
// on finding its files corrupt after a crash), the copy still names the nodes that were lost.
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
  /** When a start found the node's database gone, or without its key (ms since the epoch); absent while it is whole. */
  readonly lostAt?: number;
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
  /**
   * Adds the node, or moves its lastSeenAt (and sets its address) if it is listed; a node seen with its keys is
   * whole again, so its lostAt goes. Returns the entry stored.
   */
  recordSeen(seen: SeenNode): Promise<NodeEntry>;
  /** Marks the node's data lost (keeping its address, to say whose coins they were). Returns the entry stored. */
  recordLost(seen: SeenNode): Promise<NodeEntry>;
  remove(nodeId: string): Promise<void>;
  close(): void;
}

/** Throws TypeError at the call, before anything is written. */
function checkSeen(seen: SeenNode): void {
  checkNodeName(seen.network, seen.nodeId);
  if (!Number.isFinite(seen.now)) throw new TypeError('now must be a time in ms');
}

/** Keeps createdAt, and an address once known, whatever later calls pass; `lostAt` only from recordLost. */
function mergeSeen(existing: NodeEntry | null, seen: SeenNode, lost = false): NodeEntry {
  const address = seen.address ?? existing?.address;
  return {
    nodeId: seen.nodeId,
    network: seen.network,
    createdAt: existing?.createdAt ?? seen.now,
    lastSeenAt: lost ? (existing?.lastSeenAt ?? seen.now) : seen.now,
    ...(address === undefined ? {} : { address }),
    ...(lost ? { lostAt: seen.now } : {}),
  };
}

/** Registry records come from disk: keep the well-formed ones, whatever an older or broken writer left. */
function toEntry(value: unknown): NodeEntry | null {
  if (typeof value !== 'object' || value === null) return null;
  const { nodeId, network, createdAt, lastSeenAt, address, lostAt } = value as Record<string, unknown>;
  if (!isNodeId(nodeId) || typeof network !== 'string') return null;
  if (typeof createdAt !== 'number' || typeof lastSeenAt !== 'number') return null;
  return {
    nodeId,
    network,
    createdAt,
    lastSeenAt,
    ...(typeof address === 'string' ? { address } : {}),
    ...(typeof lostAt === 'number' ? { lostAt } : {}),
  };
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
  const record = (seen: SeenNode, lost: boolean): Promise<NodeEntry> => {
    checkSeen(seen);
    const action: StorageAction = { kind: 'record-node', nodeId: seen.nodeId };
    return connection.run(stores, 'readwrite', action, async (tx) => {
      const store = tx.objectStore(REGISTRY_NODES_STORE);
      // Read and write in one transaction, so two tabs recording at once cannot lose a createdAt.
      const entry = mergeSeen(toEntry(await store.get(seen.nodeId)), seen, lost);
      await store.put(entry);
      return entry;
    });
  };
  return {
    async list(network?: string): Promise<NodeEntry[]> {
      const values: unknown[] = await connection.run(stores, 'readonly', { kind: 'list-nodes' }, (tx) =>
        tx.objectStore(REGISTRY_NODES_STORE).getAll(),
      );
      return listed(values, network);
    },
    recordSeen: (seen: SeenNode) => record(seen, false),
    recordLost: (seen: SeenNode) => record(seen, true),
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
  const record = (seen: SeenNode, lost: boolean) => {
    checkSeen(seen);
    const entry = mergeSeen(entries.get(seen.nodeId) ?? null, seen, lost);
    entries.set(entry.nodeId, entry);
    return Promise.resolve(entry);
  };
  return {
    list: async (network?: string) => listed([...entries.values()], network),
    recordSeen: (seen: SeenNode) => record(seen, false),
    recordLost: (seen: SeenNode) => record(seen, true),
    remove: async (nodeId: string) => {
      entries.delete(nodeId);
    },
    close: () => {},
  };
}

/** The part of localStorage the mirror uses. */
export type MirrorStorageLike = Pick<Storage, 'getItem' | 'setItem'>;

/** localStorage key of the registry's copy: every node of every network, as NodeEntry records. */
export const DEVICE_MIRROR_KEY = 'bbc-device-nodes';

function readMirror(storage: MirrorStorageLike): NodeEntry[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(DEVICE_MIRROR_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.map(toEntry).filter((entry) => entry !== null) : [];
  } catch {
    return [];
  }
}

function writeMirror(storage: MirrorStorageLike, change: (entries: Map<string, NodeEntry>) => void): void {
  const entries = new Map(readMirror(storage).map((entry) => [entry.nodeId, entry]));
  change(entries);
  try {
    storage.setItem(DEVICE_MIRROR_KEY, JSON.stringify([...entries.values()]));
  } catch {
    // A full or blocked localStorage loses the copy, never the registry itself.
  }
}

/**
 * The registry with a copy of every entry in `storage` (localStorage): each change is written to both, and the list
 * adds the copy's entries the database no longer holds, so a wiped IndexedDB still names the nodes it lost.
 */
export function withDeviceMirror(registry: NodeRegistry, storage: MirrorStorageLike | null): NodeRegistry {
  if (storage === null) return registry;
  const mirrored = async (written: Promise<NodeEntry>) => {
    const entry = await written;
    writeMirror(storage, (entries) => entries.set(entry.nodeId, entry));
    return entry;
  };
  return {
    async list(network?: string) {
      const stored = await registry.list(network);
      const known = new Set(stored.map((entry) => entry.nodeId));
      return listed([...stored, ...readMirror(storage).filter((entry) => !known.has(entry.nodeId))], network);
    },
    recordSeen: (seen) => mirrored(registry.recordSeen(seen)),
    recordLost: (seen) => mirrored(registry.recordLost(seen)),
    async remove(nodeId) {
      await registry.remove(nodeId);
      writeMirror(storage, (entries) => entries.delete(nodeId));
    },
    close: () => registry.close(),
  };
}

/** localStorage, or null where it is missing or blocked. */
export function browserMirrorStorage(): MirrorStorageLike | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
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
