// The first read of a returning tab's blocks, begun by an inline script at the top of index.html (vite.config.ts
// writes `startEarlyRead` there), so reading 10,000 blocks from IndexedDB (~200 ms) overlaps loading the app's
// modules and claiming the node instead of following them. The store takes the read over when it is of the
// database the store opens (takeEarlyRead, openIndexedDbStore's `early`), and reads for itself otherwise.
import { DEFAULT_NETWORK } from '../core/params.ts';
import {
  BLOCK_STORES,
  type BlockStamp,
  type BlockStores,
  type PlaceBlockReads,
  type PlaceBlockStamp,
  type PlaceRecentReads,
  placeBlockReads,
  placeBlockStamp,
  placeRecentReads,
  type RawBlockRecords,
  type RecentRecords,
} from './block-log.ts';
import { MetaKeys, NODE_DB_VERSION, nodeDatabaseName, sessionNodeKey } from './constants.ts';

/** Where index.html's first script leaves its read for the app. */
export const EARLY_READ_KEY = 'bbcEarlyBlockRead';

/** What the inline script needs to know, passed in as data: it runs alone, before any module has loaded. */
export type EarlyReadPlan = {
  /** Where on `globalThis` the read is left for the app. */
  readonly globalKey: string;
  /** The network of a page without `?room=`. */
  readonly defaultNetwork: string;
  /** sessionNodeKey and nodeDatabaseName with `{network}` and `{node}` in place of their arguments. */
  readonly sessionKey: string;
  readonly databaseName: string;
  readonly version: number;
  readonly stores: BlockStores;
  readonly tipKey: string;
  /** Meta's key of a ledger snapshot: where there is one, the start reads a few blocks of its own, not all. */
  readonly snapshotKey: string;
};

export type EarlyReadResult = {
  readonly db: IDBDatabase;
  /** Every block record; null where a ledger snapshot is stored (the start reads only a few). */
  readonly raw: RawBlockRecords | null;
  /** Where one is stored, the snapshot and the newest segments back to its base: what a start on it reads. */
  readonly recent: RecentRecords | null;
  readonly stamp: BlockStamp;
  /** True once the connection was closed under the read (another tab's upgrade or delete): it cannot be adopted. */
  readonly closed: () => boolean;
};

/** A read under way: which database, and what it found (null: no such database at this version, or no storage). */
export type EarlyRead = { readonly name: string; readonly result: Promise<EarlyReadResult | null> };

export type EarlyReadEnvironment = {
  readonly search: string;
  readonly session: Pick<Storage, 'getItem'> | null;
  readonly indexedDB: IDBFactory | undefined;
  readonly global: Record<string, unknown>;
};

/**
 * Opens this tab's node database, if the session names a node and the database exists at this version, and starts
 * reading every block record (or, where a ledger snapshot is stored, the snapshot and the newest segments) and the
 * stamp, leaving the read on `globalThis[plan.globalKey]`. It must use nothing but its arguments: vite.config.ts
 * inlines its source, with the three block-log functions it is handed.
 */
export function startEarlyRead(
  plan: EarlyReadPlan,
  placeReads: PlaceBlockReads,
  placeStamp: PlaceBlockStamp,
  placeRecent: PlaceRecentReads,
  given?: EarlyReadEnvironment,
): void {
  try {
    // Reaching sessionStorage throws where storage is blocked: inside the try, like everything else.
    const env = given ?? {
      search: location.search,
      session: sessionStorage,
      indexedDB: typeof indexedDB === 'undefined' ? undefined : indexedDB,
      global: globalThis as unknown as Record<string, unknown>,
    };
    const network = new URLSearchParams(env.search).get('room') ?? plan.defaultNetwork;
    const nodeId = env.session?.getItem(plan.sessionKey.replace('{network}', network)) ?? null;
    if (nodeId === null || env.indexedDB === undefined) return;
    const name = plan.databaseName.replace('{network}', network).replace('{node}', nodeId);
    const result = new Promise<EarlyReadResult | null>((resolve) => {
      const request = (env.indexedDB as IDBFactory).open(name, plan.version);
      // No database yet, or an older one: aborting leaves it as it was (none is created); the app opens it properly.
      request.onupgradeneeded = () => request.transaction?.abort();
      request.onerror = (event) => {
        event.preventDefault();
        resolve(null);
      };
      request.onsuccess = () => {
        const db = request.result;
        let closed = false;
        // Never block another tab's upgrade or delete: let go, and the app reads for itself.
        db.onversionchange = () => {
          closed = true;
          db.close();
        };
        db.onclose = () => {
          closed = true;
        };
        try {
          const tx = db.transaction([plan.stores.segments, plan.stores.blocks, plan.stores.meta], 'readonly');
          const stamp = placeStamp(tx, plan.stores, plan.tipKey);
          const raw = placeReads(tx, plan.stores, plan.snapshotKey);
          const recent = placeRecent(tx, plan.stores, plan.snapshotKey);
          tx.oncomplete = () => resolve({ db, raw: raw(), recent: recent(), stamp: stamp(), closed: () => closed });
          tx.onabort = () => {
            db.close();
            resolve(null);
          };
        } catch {
          db.close();
          resolve(null);
        }
      };
    });
    env.global[plan.globalKey] = { name, result } satisfies EarlyRead;
  } catch {
    // No storage here (opaque origins, some private modes): the app finds out and says so.
  }
}

/**
 * The early read of database `name`, once: null if there is none or it read another database (whose connection is
 * then closed, so it blocks nothing).
 */
export function takeEarlyRead(global: Record<string, unknown>, key: string, name: string): EarlyRead | null {
  const read = global[key] as EarlyRead | undefined;
  delete global[key];
  if (read === undefined) return null;
  if (read.name === name) return read;
  void read.result.then((found) => found?.db.close());
  return null;
}

/** The plan of this release's node database. */
export function earlyReadPlan(): EarlyReadPlan {
  return {
    globalKey: EARLY_READ_KEY,
    defaultNetwork: DEFAULT_NETWORK,
    sessionKey: sessionNodeKey('{network}'),
    databaseName: nodeDatabaseName('{network}', '{node}'),
    version: NODE_DB_VERSION,
    stores: BLOCK_STORES,
    tipKey: MetaKeys.Tip,
    snapshotKey: MetaKeys.Snapshot,
  };
}

/**
 * The inline script index.html starts with (vite.config.ts): startEarlyRead's source, called with the plan and the
 * reads it places.
 */
export function earlyReadScript(): string {
  const functions = [placeBlockReads, placeBlockStamp, placeRecentReads].join(', ');
  return `(${startEarlyRead})(${JSON.stringify(earlyReadPlan())}, ${functions});`;
}
