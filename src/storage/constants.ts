// Names and versions of everything this app keeps in IndexedDB and sessionStorage: one place to read the layout.
import type { DBSchema } from 'idb';

/** Bump with a migration step in `upgradeNodeDatabase` whenever a store or index changes. */
export const NODE_DB_VERSION = 3;

/**
 * Object stores of one node's database. Blocks live in two stores read in this order: `segments`, then `blocks`.
 * Together they hold every valid block known, in insertion order (auto-increment keys), each in the core's binary
 * form (encodeBlockBytes; databases of earlier releases hold BlockJson records, which still load).
 */
export const NodeStores = {
  /**
   * Runs of blocks, one packed run per record (block-log.ts): each save adds one, and the small ones are merged
   * into runs of COMPACT_AT_BLOCKS and more between saves. What startup reads.
   */
  Segments: 'segments',
  /**
   * One block record each, as earlier releases appended them between compactions: still read, and moved into
   * segments by the first save that stores a block; this release writes none.
   */
  Blocks: 'blocks',
  /** Single records under fixed keys (`MetaKeys`). */
  Meta: 'meta',
  /** UI and node settings, one record per setting name. */
  Settings: 'settings',
  /**
   * The mempool, one TransactionJson per record under an auto-increment key (the arrival order), indexed by txid:
   * a transaction entering is one add and one leaving an index read and a delete, however many the pool holds
   * (version 2 rewrote one record of them all on every change).
   */
  Mempool: 'mempool',
} as const;
export type NodeStoreName = (typeof NodeStores)[keyof typeof NodeStores];

/** The mempool store's index on each record's `txid`, by which a transaction that left the pool is deleted. */
export const MEMPOOL_TXID_INDEX = 'txid';

/**
 * The node database for `idb`'s typed transactions. Values are `unknown`: they come from disk, maybe from another
 * release, and records.ts decodes them.
 */
export interface NodeSchema extends DBSchema {
  /** Auto-increment keys: the insertion ordinal. */
  [NodeStores.Segments]: { key: number; value: unknown };
  [NodeStores.Blocks]: { key: number; value: unknown };
  [NodeStores.Meta]: { key: string; value: unknown };
  [NodeStores.Settings]: { key: string; value: unknown };
  [NodeStores.Mempool]: { key: number; value: unknown; indexes: { [MEMPOOL_TXID_INDEX]: string } };
}

/**
 * The segments saves add are merged once they hold this many blocks, and a save of at least this many is left as it
 * is. Per record, not per byte, is what a getAll pays: 10,000 blocks read in 204 ms as 10,000 records and in 55 ms
 * as 20 records of 500 (Chromium, measured).
 */
export const COMPACT_AT_BLOCKS = 256;
/** ...or once this many segments of a few blocks each piled up (a slow chain, one block per save). */
export const COMPACT_AT_SEGMENTS = 64;
/** The largest segment written, so no single record grows past about half a megabyte. */
export const SEGMENT_MAX_BLOCKS = 1024;

/** Keys of the meta store. */
export const MetaKeys = {
  /** Hash of the main chain's tip, written in the same transaction as the blocks that lead to it. */
  Tip: 'tip',
  /** The node's Ed25519 secret key then its public key, 64 bytes (earlier releases: the 32-byte secret alone). */
  SecretKey: 'secret-key',
  /** Known peer ids, an array of strings. */
  Peers: 'peers',
  /**
   * The newest ledger snapshot (core ledger-snapshot.ts) as `{ baseHash, bytes }`: a start reads it and the blocks
   * from its base on, and the older blocks after the node is ready. Written in the save that carries it.
   */
  Snapshot: 'ledger-snapshot',
} as const;
export type MetaKey = (typeof MetaKeys)[keyof typeof MetaKeys];

const NODE_DB_PREFIX = 'bbc-node-';

/** One database per node, so two tabs of one browser are two nodes that share nothing. */
export function nodeDatabaseName(network: string, nodeId: string): string {
  return `${NODE_DB_PREFIX}${network}-${nodeId}`;
}

/** The device registry: which nodes exist in this browser profile, for the "nodes on this device" list. */
export const REGISTRY_DB_NAME = 'bbc-devices';
export const REGISTRY_DB_VERSION = 1;
/** Registry entries, keyed by node id. */
export const REGISTRY_NODES_STORE = 'nodes' as const;

export interface RegistrySchema extends DBSchema {
  /** In-line keys: an entry's `nodeId`. */
  [REGISTRY_NODES_STORE]: { key: string; value: unknown };
}

/** sessionStorage key holding this tab's node id for a network: survives a reload, copied into a duplicated tab. */
export function sessionNodeKey(network: string): string {
  return `bbc-node-id:${network}`;
}

/** Web Lock held by the tab running a node, for the life of the tab. */
export function nodeLockName(network: string, nodeId: string): string {
  return `bbc-node-lock:${network}:${nodeId}`;
}
