// The node database's schema migrations: a database of any older version is brought up to NODE_DB_VERSION.
import { type IDBPDatabase, unwrap } from 'idb';
import { MEMPOOL_TXID_INDEX, type NodeSchema, NodeStores } from './constants.ts';

/** Version 1 indexed every stored block's hash to skip a block saved twice; the store now knows that from its load. */
const RETIRED_BLOCK_HASHES_STORE = 'block-hashes';
/** Version 2 kept the whole mempool as one array of TransactionJson under this meta key, rewritten on every change. */
const RETIRED_MEMPOOL_KEY = 'mempool';

/** Schema migrations, one step per version: a database at any older version is brought up to NODE_DB_VERSION. */
export function upgradeNodeDatabase(
  db: IDBPDatabase<NodeSchema>,
  oldVersion: number,
  transaction: IDBTransaction,
): void {
  if (oldVersion < 1) {
    // Out-of-line auto-increment keys: the key is the insertion ordinal, the value just the block record.
    db.createObjectStore(NodeStores.Segments, { autoIncrement: true });
    db.createObjectStore(NodeStores.Blocks, { autoIncrement: true });
    db.createObjectStore(NodeStores.Meta);
    db.createObjectStore(NodeStores.Settings);
  }
  if (oldVersion < 3) {
    // Not unique: a duplicate record must never abort a save; the load skips it and a removal deletes every copy.
    db.createObjectStore(NodeStores.Mempool, { autoIncrement: true }).createIndex(MEMPOOL_TXID_INDEX, 'txid');
    if (oldVersion > 0) moveMempoolRecord(transaction);
  }
  // Not in today's schema, so only the plain database can name it.
  const plain = unwrap(db);
  if (plain.objectStoreNames.contains(RETIRED_BLOCK_HASHES_STORE)) plain.deleteObjectStore(RETIRED_BLOCK_HASHES_STORE);
}

/**
 * Moves version 2's one mempool record into one record per transaction, in its order, as it is: decoding (and
 * skipping what is unreadable, with a warning) stays the load's. Plain requests, since an upgrade cannot await.
 */
function moveMempoolRecord(transaction: IDBTransaction): void {
  const meta = transaction.objectStore(NodeStores.Meta);
  const read = meta.get(RETIRED_MEMPOOL_KEY);
  read.addEventListener('success', () => {
    const record: unknown = read.result;
    const mempool = transaction.objectStore(NodeStores.Mempool);
    if (Array.isArray(record)) for (const entry of record) mempool.add(entry);
    meta.delete(RETIRED_MEMPOOL_KEY);
  });
}
