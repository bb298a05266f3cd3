// Asking the browser to keep this site's data (otherwise it may evict the chain when disk space runs low), and
// saying in plain words what it answered.

/** The part of `navigator.storage` used here. */
export type StorageManagerLike = {
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
  estimate?: () => Promise<{ usage?: number; quota?: number }>;
};

export type PersistenceReport = {
  /** 'granted': data stays until the user clears it; 'denied': best effort, may be evicted; 'unsupported': no API. */
  readonly state: 'granted' | 'denied' | 'unsupported';
  readonly message: string;
  /** Bytes used and available to this origin, when the browser says. */
  readonly usage?: number;
  readonly quota?: number;
};

export function browserStorageManager(): StorageManagerLike | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

/** Also the page's English texts for these states (src/ui/i18n/en.ts). */
export const PERSISTENCE_MESSAGES: Readonly<Record<PersistenceReport['state'], string>> = {
  granted: 'Storage is persistent: the browser keeps this node until you clear site data.',
  denied:
    'Storage is best-effort: the browser may clear this node when disk space runs low. Bookmarking or installing ' +
    'the page makes Chromium more likely to grant persistence.',
  unsupported: 'This browser cannot be asked to keep site data, so it may clear this node when disk space runs low.',
};

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
  if (storage?.persist === undefined) return { state: 'unsupported', message: PERSISTENCE_MESSAGES.unsupported };
  let granted: boolean;
  try {
    granted = (await storage.persisted?.()) === true || (await storage.persist());
  } catch {
    granted = false;
  }
  const state = granted ? 'granted' : 'denied';
  return { state, message: PERSISTENCE_MESSAGES[state], ...(await estimate(storage)) };
}
