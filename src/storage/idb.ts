// IndexedDB through `idb`: one open connection that knows why it closed, and transactions that either commit whole
// or reject with a StorageError. Shared by the node database and the device registry.
//
// idb's openDB and deleteDB always use the global `indexedDB`; the factory here is injected (each test has its own
// fake-indexeddb), so opening and deleting wrap the factory's request with idb's `wrap`, as openDB does inside.
import { type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames, wrap } from 'idb';
import { type StorageAction, StorageError, StorageErrorCode, toStorageError } from './errors.ts';

export type TransactionMode = 'readonly' | 'readwrite';

export type ConnectionOptions<Schema extends DBSchema> = {
  readonly factory: IDBFactory | undefined;
  readonly name: string;
  readonly version: number;
  /**
   * Brings a database at `oldVersion` (0: none yet) up to `version`, in `transaction` (the version change, for
   * moving records); throwing, or a request of it failing, leaves it as it was.
   */
  readonly upgrade: (db: IDBPDatabase<Schema>, oldVersion: number, transaction: IDBTransaction) => void;
  /** Told of every StorageError: those no call can see (a blocked open, another tab's upgrade or delete, a forced
   *  close) and those a failing call also rejects with. */
  readonly onError: (error: StorageError) => void;
};

/** The browser's IndexedDB, or undefined where there is none (some private modes, old WebViews, Node). */
export function defaultFactory(): IDBFactory | undefined {
  return typeof indexedDB === 'undefined' ? undefined : indexedDB;
}

/**
 * Opening can only fail for want of storage, except for a newer schema on disk or a full quota. Firefox's private
 * mode (before version 115) refused every open with InvalidStateError, which elsewhere means a closed connection.
 */
function openError(error: unknown, action: StorageAction): StorageError {
  const mapped = toStorageError(error, action, StorageErrorCode.Unavailable);
  return mapped.code === StorageErrorCode.Closed
    ? new StorageError(StorageErrorCode.Unavailable, action, error)
    : mapped;
}

async function openDatabase<Schema extends DBSchema>(
  options: ConnectionOptions<Schema>,
  action: StorageAction,
): Promise<IDBPDatabase<Schema>> {
  const { factory } = options;
  if (factory === undefined) throw new StorageError(StorageErrorCode.Unavailable, action);
  /** Why an upgrade step failed: the open then fails with a plain AbortError, which says less. */
  const upgrade: { failure?: { readonly error: unknown } } = {};
  try {
    // Throws SecurityError in opaque origins (sandboxed frames, some file:// pages).
    const request = factory.open(options.name, options.version);
    request.addEventListener('upgradeneeded', (event) => {
      try {
        // The request's result is this schema's database: the single place its type is asserted, as openDB does.
        const db = wrap(request.result) as IDBPDatabase<Schema>;
        // An upgradeneeded event always comes with its version change transaction.
        if (request.transaction === null) throw new Error('an upgrade without its transaction');
        options.upgrade(db, event.oldVersion, request.transaction);
      } catch (error) {
        upgrade.failure = { error };
        // Aborting the version change fails the open and leaves the database as it was.
        request.transaction?.abort();
      }
    });
    // Opening goes on once the other tab closes its connection; until then the user must know why nothing loads.
    request.addEventListener('blocked', () => options.onError(new StorageError(StorageErrorCode.Blocked, action)));
    return (await wrap(request)) as IDBPDatabase<Schema>;
  } catch (error) {
    throw openError(upgrade.failure === undefined ? error : upgrade.failure.error, action);
  }
}

/**
 * Places requests in order and awaits them all. idb gives every request a promise that rejects if its transaction
 * aborts; when placing one throws (the transaction aborted already, a value that cannot be cloned), those placed
 * before it would reject with nobody listening. Here they are still observed, and the throw passes on at once, as
 * a request's own would, so an enclosing placeInOrder places nothing after it.
 */
export function placeInOrder<const Placements extends readonly (() => Promise<unknown>)[]>(
  placements: Placements,
): Promise<{ -readonly [K in keyof Placements]: Awaited<ReturnType<Placements[K]>> }> {
  const placed: Promise<unknown>[] = [];
  try {
    for (const place of placements) placed.push(place());
  } catch (error) {
    for (const request of placed) request.catch(() => {});
    throw error;
  }
  // Promise.all keeps the order, so each result has its placement's type.
  return Promise.all(placed) as Promise<{ -readonly [K in keyof Placements]: Awaited<ReturnType<Placements[K]>> }>;
}

/**
 * One IndexedDB connection. `run` is the only way in: its callback places its requests on the transaction it is
 * given and resolves with what they read; a failure anywhere aborts all of it.
 */
export class Connection<Schema extends DBSchema> {
  private closedWith: StorageError | null = null;

  private constructor(
    private readonly db: IDBPDatabase<Schema>,
    private readonly options: ConnectionOptions<Schema>,
  ) {
    const use: StorageAction = { kind: 'use-database', database: options.name };
    db.addEventListener('versionchange', () => {
      // Holding on would block the other tab's upgrade or delete forever: let go, and say why this tab stops saving.
      this.shutDown(new StorageError(StorageErrorCode.VersionChange, use));
    });
    // What idb calls `terminated`: the browser closed the connection (site data cleared while the tab was open).
    db.addEventListener('close', () => this.shutDown(new StorageError(StorageErrorCode.Closed, use)));
  }

  static async open<Schema extends DBSchema>(options: ConnectionOptions<Schema>): Promise<Connection<Schema>> {
    try {
      return new Connection(await openDatabase(options, { kind: 'open-database', database: options.name }), options);
    } catch (error) {
      // openDatabase only rejects with StorageErrors; the check keeps a bug elsewhere from being reported as one.
      if (error instanceof StorageError) options.onError(error);
      throw error;
    }
  }

  /** A connection to `db`, opened by someone else at `options.version` (index.html's first script, early-read.ts). */
  static adopt<Schema extends DBSchema>(db: IDBDatabase, options: ConnectionOptions<Schema>): Connection<Schema> {
    if (db.version !== options.version) throw new RangeError(`database ${db.name} is at version ${db.version}`);
    return new Connection(wrap(db) as IDBPDatabase<Schema>, options);
  }

  get name(): string {
    return this.options.name;
  }

  /**
   * One transaction over `storeNames`. `fill` must await nothing but this transaction's requests (anything else
   * lets it commit early), and must observe every request it places (placeInOrder), so none rejects unobserved.
   */
  async run<Names extends StoreNames<Schema>, Mode extends TransactionMode, T>(
    storeNames: readonly Names[],
    mode: Mode,
    action: StorageAction,
    fill: (tx: IDBPTransaction<Schema, Names[], Mode>) => Promise<T>,
  ): Promise<T> {
    try {
      if (this.closedWith) throw new StorageError(this.closedWith.code, action);
      return await this.transact(storeNames, mode, fill);
    } catch (error) {
      const fallback = mode === 'readwrite' ? StorageErrorCode.WriteFailed : StorageErrorCode.ReadFailed;
      const mapped = toStorageError(error, action, fallback);
      this.options.onError(mapped);
      throw mapped;
    }
  }

  private async transact<Names extends StoreNames<Schema>, Mode extends TransactionMode, T>(
    storeNames: readonly Names[],
    mode: Mode,
    fill: (tx: IDBPTransaction<Schema, Names[], Mode>) => Promise<T>,
  ): Promise<T> {
    // Default durability: a power cut may lose the last commits but never tears one (atomicity is kept either way).
    const tx = this.db.transaction([...storeNames], mode);
    // An async wrapper so that a synchronous throw (DataCloneError, a quota error raised while placing a request)
    // also aborts: requests placed before it must not commit.
    const filled = (async () => fill(tx))().catch((error: unknown) => {
      try {
        tx.abort();
      } catch {
        // Aborted already: that is what made the request fail.
      }
      throw error;
    });
    // Both settle before anything is reported, so a caller told of a failure finds the store as it was.
    const [value, done] = await Promise.allSettled([filled, tx.done]);
    // The transaction's own error says why it aborted (a failed request, or the commit: a full quota); without one
    // it was aborted for the fill's failure, or from outside.
    if (value.status === 'rejected') throw tx.error ?? value.reason;
    if (done.status === 'rejected') throw done.reason;
    return value.value;
  }

  close(): void {
    this.shutDown(null);
  }

  private shutDown(reason: StorageError | null): void {
    if (this.closedWith) return;
    this.closedWith =
      reason ?? new StorageError(StorageErrorCode.Closed, { kind: 'use-database', database: this.options.name });
    this.db.close();
    if (reason) this.options.onError(reason);
  }
}

/** Deletes a database; other tabs holding it get `versionchange` and (ours) close, or it stays blocked. */
export async function deleteDatabase(
  factory: IDBFactory | undefined,
  name: string,
  onError: (error: StorageError) => void,
): Promise<void> {
  const action: StorageAction = { kind: 'delete-database', database: name };
  try {
    if (factory === undefined) throw new StorageError(StorageErrorCode.Unavailable, action);
    const request = factory.deleteDatabase(name);
    request.addEventListener('blocked', () => onError(new StorageError(StorageErrorCode.Blocked, action)));
    await wrap(request);
  } catch (error) {
    throw toStorageError(error, action, StorageErrorCode.Unavailable);
  }
}
