// Asking the browser to keep this site's data (otherwise it may evict the chain when disk space runs low), and
// reporting what it answered (the page words it: `notice.storage-best-effort`, `notice.storage-unsupported`).

/** The part of `navigator.storage` used here. */
export type StorageManagerLike = {
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
  estimate?: () => Promise<{ usage?: number; quota?: number }>;
};

export type PersistenceReport = {
  /** 'granted': data stays until the user clears it; 'denied': best effort, may be evicted; 'unsupported': no API. */
  readonly state: 'granted' | 'denied' | 'unsupported';
  /** Bytes used and available to this origin, when the browser says. */
  readonly usage?: number;
  readonly quota?: number;
};

export function browserStorageManager(): StorageManagerLike | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

async function estimate(storage: StorageManagerLike): Promise<{ usage?: number; quota?: number }> {
  try {
    const { usage, quota } = (await storage.estimate?.()) ?? {};
    return { ...(usage === undefined ? {} : { usage }), ...(quota === undefined ? {} : { quota }) };
  } catch {
    return {};
  }
}

/**
 * Asks for persistent storage unless already granted (Firefox shows the user a prompt for each `persist()` call,
 * so it is not asked twice). Never throws: a refusal or a missing API is an answer to report.
 */
export async function requestPersistentStorage(
  storage: StorageManagerLike | undefined = browserStorageManager(),
): Promise<PersistenceReport> {
  if (storage?.persist === undefined) return { state: 'unsupported' };
  let granted: boolean;
  try {
    granted = (await storage.persisted?.()) === true || (await storage.persist());
  } catch {
    granted = false;
  }
  return { state: granted ? 'granted' : 'denied', ...(await estimate(storage)) };
}
