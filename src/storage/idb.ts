// Raw IndexedDB made awaitable: one open connection that knows why it closed, and transactions that either
// complete whole or reject with a StorageError. Shared by the node database and the device registry.
import { StorageError, StorageErrorCode, storageError, toStorageError } from './errors.ts';

export type UpgradeStep = (db: IDBDatabase, oldVersion: number) => void;

export type ConnectionOptions = {
  readonly factory: IDBFactory | undefined;
  readonly name: string;
  readonly version: number;
  readonly upgrade: UpgradeStep;
  /** Told of every StorageError: those no call can see (a blocked open, another tab's upgrade or delete, a forced
   *  close) and those a failing call also rejects with. */
  readonly onError: (error: StorageError) => void;
};

/** The browser's IndexedDB, or undefined where there is none (some private modes, old WebViews, Node). */
export function defaultFactory(): IDBFactory | undefined {
  return typeof indexedDB === 'undefined' ? undefined : indexedDB;
}

export function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.addEventListener('success', () => resolve(request.result));
    request.addEventListener('error', () => reject(request.error));
  });
}

/** Resolves on commit; rejects with the error that aborted the transaction (null when `abort()` was called). */
export function transactionDone(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.addEventListener('complete', () => resolve());
    tx.addEventListener('abort', () =>
      reject(tx.error ?? new DOMException('The transaction was aborted', 'AbortError')),
    );
  });
}

/**
 * Opening can only fail for want of storage, except for a newer schema on disk or a full quota. Firefox's private
 * mode (before version 115) refused every open with InvalidStateError, which elsewhere means a closed connection.
 */
function openError(error: unknown, action: string): StorageError {
  const mapped = toStorageError(error, action, StorageErrorCode.Unavailable);
  return mapped.code === StorageErrorCode.Closed ? storageError(StorageErrorCode.Unavailable, action, error) : mapped;
}

function openRaw(options: ConnectionOptions, action: string): Promise<IDBDatabase> {
  const { factory } = options;
  if (factory === undefined) return Promise.reject(storageError(StorageErrorCode.Unavailable, action));
  return new Promise((resolve, reject) => {
    let request: IDBOpenDBRequest;
    try {
      // Throws SecurityError in opaque origins (sandboxed frames, some file:// pages).
      request = factory.open(options.name, options.version);
    } catch (error) {
      reject(openError(error, action));
      return;
    }
    request.addEventListener('upgradeneeded', (event) => {
      try {
        options.upgrade(request.result, event.oldVersion);
      } catch (error) {
        // Aborting the version change fails the open and leaves the database as it was.
        request.transaction?.abort();
        reject(openError(error, action));
      }
    });
    // Opening goes on once the other tab closes its connection; until then the user must know why nothing loads.
    request.addEventListener('blocked', () => options.onError(storageError(StorageErrorCode.Blocked, action)));
    request.addEventListener('success', () => resolve(request.result));
    request.addEventListener('error', () => reject(openError(request.error, action)));
  });
}

export type TransactionMode = 'readonly' | 'readwrite';

/**
 * One IndexedDB connection. `run` is the only way in: its callback places every request synchronously and returns
 * how to read the results once the transaction has committed, so a failure anywhere aborts all of it.
 */
export class Connection {
  private closedWith: StorageError | null = null;

  private constructor(
    private readonly db: IDBDatabase,
    private readonly options: ConnectionOptions,
  ) {
    db.addEventListener('versionchange', () => {
      // Holding on would block the other tab's upgrade or delete forever: let go, and say why this tab stops saving.
      this.shutDown(storageError(StorageErrorCode.VersionChange, `Keeping database ${options.name} open`));
    });
    db.addEventListener('close', () => {
      this.shutDown(storageError(StorageErrorCode.Closed, `Keeping database ${options.name} open`));
    });
  }

  static async open(options: ConnectionOptions): Promise<Connection> {
    try {
      return new Connection(await openRaw(options, `Opening database ${options.name}`), options);
    } catch (error) {
      // openRaw only rejects with StorageErrors; the check keeps a bug elsewhere from being reported as one.
      if (error instanceof StorageError) options.onError(error);
      throw error;
    }
  }

  /** A connection to `db`, opened by someone else at `options.version` (index.html's first script, early-read.ts). */
  static adopt(db: IDBDatabase, options: ConnectionOptions): Connection {
    if (db.version !== options.version) throw new RangeError(`database ${db.name} is at version ${db.version}`);
    return new Connection(db, options);
  }

  get name(): string {
    return this.options.name;
  }

  run<T>(
    storeNames: readonly string[],
    mode: TransactionMode,
    action: string,
    fill: (tx: IDBTransaction) => () => T,
  ): Promise<T> {
    const fallback = mode === 'readwrite' ? StorageErrorCode.WriteFailed : StorageErrorCode.ReadFailed;
    const fail = (error: unknown) => {
      const mapped = toStorageError(error, action, fallback);
      this.options.onError(mapped);
      return Promise.reject(mapped);
    };
    if (this.closedWith) return fail(storageError(this.closedWith.code, action));
    let tx: IDBTransaction;
    try {
      // Default durability: a power cut may lose the last commits but never tears one (atomicity is kept either way).
      tx = this.db.transaction([...storeNames], mode);
    } catch (error) {
      return fail(error);
    }
    const done = transactionDone(tx);
    let collect: () => T;
    try {
      collect = fill(tx);
    } catch (error) {
      // A request that threw (DataCloneError, a quota error raised synchronously) must not let the others commit;
      // a transaction aborted already (the reason the request threw) cannot be aborted again.
      try {
        tx.abort();
      } catch {}
      return done.then(
        () => fail(error),
        () => fail(error),
      );
    }
    return done.then(collect, fail);
  }

  close(): void {
    this.shutDown(null);
  }

  private shutDown(reason: StorageError | null): void {
    if (this.closedWith) return;
    this.closedWith = reason ?? storageError(StorageErrorCode.Closed, `Using database ${this.options.name}`);
    this.db.close();
    if (reason) this.options.onError(reason);
  }
}

/** Deletes a database; other tabs holding it get `versionchange` and (ours) close, or it stays blocked. */
export function deleteDatabase(
  factory: IDBFactory | undefined,
  name: string,
  onError: (error: StorageError) => void,
): Promise<void> {
  const action = `Deleting database ${name}`;
  if (factory === undefined) return Promise.reject(storageError(StorageErrorCode.Unavailable, action));
  return new Promise((resolve, reject) => {
    const request = factory.deleteDatabase(name);
    request.addEventListener('blocked', () => onError(storageError(StorageErrorCode.Blocked, action)));
    request.addEventListener('success', () => resolve());
    request.addEventListener('error', () =>
      reject(toStorageError(request.error, action, StorageErrorCode.Unavailable)),
    );
  });
}
