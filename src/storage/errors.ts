// Storage failures as one error class with a code the UI can key on and a sentence it can show as it is.

export const StorageErrorCode = {
  /** The origin's quota is used up: the write was rolled back whole. */
  QuotaExceeded: 'quota-exceeded',
  /** Opening waits for another tab that keeps an older version of the database open. */
  Blocked: 'blocked',
  /** Another tab upgraded or deleted the database: this tab closed its connection so it would not block that. */
  VersionChange: 'version-change',
  /** The database on disk was written by a newer version of the app than the one running. */
  NewerVersion: 'newer-version',
  /** No IndexedDB here (some private modes, storage disabled), or the browser refused to open it. */
  Unavailable: 'storage-unavailable',
  /** The connection is closed: by `close()`, or by the browser (site data cleared while the tab was open). */
  Closed: 'closed',
  /** Any other failed write; the transaction was aborted, so nothing of it was stored. */
  WriteFailed: 'write-failed',
  /** Any other failed read. */
  ReadFailed: 'read-failed',
  /** A node cannot be deleted while a tab runs it. */
  NodeInUse: 'node-in-use',
} as const;
export type StorageErrorCode = (typeof StorageErrorCode)[keyof typeof StorageErrorCode];

export class StorageError extends Error {
  readonly code: StorageErrorCode;
  /** What was being done ("Saving 2 blocks"), for a page that words the failure in its own language. */
  readonly action: string;
  constructor(
    code: StorageErrorCode,
    message: string,
    options: { readonly cause?: unknown; readonly action?: string } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'StorageError';
    this.code = code;
    this.action = options.action ?? '';
  }
}

/** What the user reads for each code; `action` says what was being done ("Saving 2 blocks"). The page's English
 *  table (src/ui/i18n/en.ts) uses these; other languages have their own. */
export const STORAGE_EXPLANATIONS: Readonly<Record<StorageErrorCode, string>> = {
  'quota-exceeded':
    "the browser's storage for this site is full. Nothing already stored was damaged; delete old nodes on this " +
    'device or free disk space, then reload.',
  blocked: 'another tab keeps an older version of this database open. Close or reload that tab to continue.',
  'version-change': 'another tab upgraded or deleted this database, so this tab let go of it. Reload to continue.',
  'newer-version': 'this database was written by a newer version of the app. Reload the page to update.',
  'storage-unavailable':
    "this browser won't let the page use IndexedDB (private browsing or site data blocked), so the node can't be saved.",
  closed: 'the database is closed (site data may have been cleared). Reload to continue.',
  'write-failed': 'the write was rolled back whole, so nothing of it was stored.',
  'read-failed': 'the stored data could not be read.',
  'node-in-use': 'that node is running in another tab. Close that tab first.',
};

/** DOMException is an Error in browsers and Node, but a fake or a foreign realm may not be: read the fields. */
function errorFields(error: unknown): { readonly name: string; readonly message: string } {
  if (typeof error !== 'object' || error === null) return { name: '', message: '' };
  const { name, message } = error as { name?: unknown; message?: unknown };
  return { name: typeof name === 'string' ? name : '', message: typeof message === 'string' ? message : '' };
}

export function storageError(code: StorageErrorCode, action: string, cause?: unknown): StorageError {
  const { name, message } = errorFields(cause);
  const reason = message === '' ? '' : ` (${name}: ${message})`;
  return new StorageError(code, `${action} failed: ${STORAGE_EXPLANATIONS[code]}${reason}`, { cause, action });
}

/** DOMException names browsers use for a full quota (Firefox before 2020 had its own). */
const QUOTA_NAMES: ReadonlySet<string> = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

/**
 * Maps whatever IndexedDB threw or aborted with to a StorageError. `fallback` is the code for errors that say
 * nothing more specific: 'write-failed' for writes, 'storage-unavailable' when opening.
 */
export function toStorageError(error: unknown, action: string, fallback: StorageErrorCode): StorageError {
  if (error instanceof StorageError) return error;
  const { name } = errorFields(error);
  if (QUOTA_NAMES.has(name)) return storageError(StorageErrorCode.QuotaExceeded, action, error);
  if (name === 'VersionError') return storageError(StorageErrorCode.NewerVersion, action, error);
  if (name === 'InvalidStateError') return storageError(StorageErrorCode.Closed, action, error);
  return storageError(fallback, action, error);
}
