// Storage failures as one error class: a code for what went wrong and an action for what was being done, both data
// the page words in its own language (src/ui/i18n, `storage.<code>` and `storage.action.<kind>`). The message is a
// log line for developers, never shown to a user as it is.

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
  /** A node cannot be deleted while a tab (this one or another) runs it. */
  NodeInUse: 'node-in-use',
} as const;
export type StorageErrorCode = (typeof StorageErrorCode)[keyof typeof StorageErrorCode];

/** What was being done when storage failed, with the values its wording needs (`storage.action.<kind>`). */
export type StorageAction =
  | { readonly kind: 'open-database'; readonly database: string }
  /** Any use of an open connection that another tab, the browser or `close()` took away. */
  | { readonly kind: 'use-database'; readonly database: string }
  | { readonly kind: 'delete-database'; readonly database: string }
  | { readonly kind: 'load-node' }
  /** `tip`: the first 16 hex digits of the tip saved with the blocks. */
  | { readonly kind: 'save-blocks'; readonly count: number; readonly tip: string }
  | { readonly kind: 'save-mempool'; readonly count: number }
  | { readonly kind: 'save-keys' }
  | { readonly kind: 'save-peers'; readonly count: number }
  | { readonly kind: 'save-setting'; readonly key: string }
  | { readonly kind: 'compact-blocks' }
  | { readonly kind: 'list-nodes' }
  | { readonly kind: 'record-node'; readonly nodeId: string }
  /** Taking a node off the device's list (its database is deleted first, as `delete-node`). */
  | { readonly kind: 'unlist-node'; readonly nodeId: string }
  | { readonly kind: 'delete-node'; readonly nodeId: string };
export type StorageActionKind = StorageAction['kind'];

/** DOMException is an Error in browsers and Node, but a fake or a foreign realm may not be: read the fields. */
function errorFields(error: unknown): { readonly name: string; readonly message: string } {
  if (typeof error !== 'object' || error === null) return { name: '', message: '' };
  const { name, message } = error as { name?: unknown; message?: unknown };
  return { name: typeof name === 'string' ? name : '', message: typeof message === 'string' ? message : '' };
}

/** `save-blocks count=2 tip=00ab… failed: quota-exceeded (QuotaExceededError: …)`, for the console. */
function logLine(code: StorageErrorCode, action: StorageAction, cause: unknown): string {
  const { kind, ...values } = action;
  const detail = Object.entries(values)
    .map(([name, value]) => ` ${name}=${value}`)
    .join('');
  const { name, message } = errorFields(cause);
  const reason = message === '' ? '' : ` (${name}: ${message})`;
  return `${kind}${detail} failed: ${code}${reason}`;
}

export class StorageError extends Error {
  readonly code: StorageErrorCode;
  readonly action: StorageAction;
  constructor(code: StorageErrorCode, action: StorageAction, cause?: unknown) {
    super(logLine(code, action, cause), cause === undefined ? undefined : { cause });
    this.name = 'StorageError';
    this.code = code;
    this.action = action;
  }
}

/** DOMException names browsers use for a full quota (Firefox before 2020 had its own). */
const QUOTA_NAMES: ReadonlySet<string> = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

/**
 * Maps whatever IndexedDB threw or aborted with to a StorageError. `fallback` is the code for errors that say
 * nothing more specific: 'write-failed' for writes, 'storage-unavailable' when opening.
 */
export function toStorageError(error: unknown, action: StorageAction, fallback: StorageErrorCode): StorageError {
  if (error instanceof StorageError) return error;
  const { name } = errorFields(error);
  if (QUOTA_NAMES.has(name)) return new StorageError(StorageErrorCode.QuotaExceeded, action, error);
  if (name === 'VersionError') return new StorageError(StorageErrorCode.NewerVersion, action, error);
  if (name === 'InvalidStateError') return new StorageError(StorageErrorCode.Closed, action, error);
  return new StorageError(fallback, action, error);
}
