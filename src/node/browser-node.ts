// Starts this tab's node in a browser: claims a node identity (Web Locks), opens its IndexedDB store, asks for
// persistent storage, starts the mining workers and loads the chain. Everything it learns that a person should
// know (a duplicated tab, no Web Locks, best-effort storage, skipped records) comes back as notices.
import type { NetworkParams } from '../core/index.ts';
import { createBrowserMinerPool } from '../mining/index.ts';
import {
  browserIdentityEnvironment,
  claimNodeIdentity,
  EARLY_READ_KEY,
  type EarlyReadResult,
  type IndexedDbStore,
  type NodeIdentity,
  type NodeRegistry,
  nodeDatabaseName,
  openIndexedDbStore,
  openNodeRegistry,
  readSessionNode,
  requestPersistentStorage,
  type StorageError,
  StorageErrorCode,
  takeEarlyRead,
} from '../storage/index.ts';
import { BlockchainNode } from './node.ts';
import { type NodeNotice, NoticeCode, nodeNotice } from './notices.ts';
import { createSignatureVerifier, nobleVerifier } from './signature-verifier.ts';
import { createBrowserWorkerVerifier } from './worker-verifier.ts';

/** Storage failures no write reports: another tab's upgrade or delete, a blocked open, a forced close. */
const UNPROMPTED_ERRORS: ReadonlySet<StorageErrorCode> = new Set([
  StorageErrorCode.Blocked,
  StorageErrorCode.VersionChange,
  StorageErrorCode.Closed,
  StorageErrorCode.NewerVersion,
]);

export type BrowserNode = {
  readonly node: BlockchainNode;
  readonly identity: NodeIdentity;
  /** Null where the registry could not be opened: the node still runs. */
  readonly registry: NodeRegistry | null;
  readonly notices: readonly NodeNotice[];
  /** What comes after the node is up: the browser's answer on persistent storage, which may wait on a prompt. */
  readonly laterNotices: Promise<readonly NodeNotice[]>;
};

export type StartOptions = {
  readonly params: NetworkParams;
  /** Storage failures after start (quota, another tab's upgrade), for the page to show. */
  readonly onStorageError: (error: StorageError) => void;
};

async function openRegistrySafely(notices: NodeNotice[]): Promise<NodeRegistry | null> {
  try {
    return await openNodeRegistry();
  } catch (error) {
    notices.push(nodeNotice(NoticeCode.RegistryUnavailable, { error: error as Error }));
    return null;
  }
}

/** How this tab's node was chosen, as notices: no Web Locks, no sessionStorage, a duplicated tab. */
function identityNotices(identity: NodeIdentity): NodeNotice[] {
  const notices: NodeNotice[] = [];
  if (!identity.exclusive) notices.push(nodeNotice(NoticeCode.NoLocks));
  if (identity.duplicateOf !== null) {
    notices.push(nodeNotice(NoticeCode.DuplicateTab, { original: identity.duplicateOf, node: identity.nodeId }));
  }
  if (!identity.sessionSaved) notices.push(nodeNotice(NoticeCode.NoSession));
  return notices;
}

type EarlyStore = {
  /** The store of `nodeId`: the early one when the claim gave this tab the session's node, else a new one. */
  adopt(nodeId: string): Promise<IndexedDbStore>;
};

/**
 * Opens the session's node (a reload's) and starts reading its blocks before the claim decides that this tab gets
 * it, so the read overlaps the claim; where index.html's first script already read them (early-read.ts), its
 * connection and records are taken over. Reading is harmless whoever runs the node; a store that turns out to be
 * another tab's (this tab is a duplicate) is closed unused, and its errors are nobody's concern.
 */
function openSessionNodeEarly(
  network: string,
  sessionNode: string | null,
  onError: (error: StorageError) => void,
): EarlyStore {
  let adopted = false;
  const open = (nodeId: string, report: (error: StorageError) => void, early?: EarlyReadResult) =>
    openIndexedDbStore({ network, nodeId, onError: report, ...(early ? { early } : {}) });
  const pageRead =
    sessionNode === null ? null : takeEarlyRead(globalThis, EARLY_READ_KEY, nodeDatabaseName(network, sessionNode));
  const openSession = async (nodeId: string) => {
    const found = (await pageRead?.result) ?? null;
    if (found !== null) mark('page-read');
    const store = await open(
      nodeId,
      (error) => {
        if (adopted) onError(error);
      },
      found ?? undefined,
    );
    store.prefetchBlocks(); // nothing more to do when the page's read was taken over
    return store;
  };
  const early = sessionNode === null ? null : openSession(sessionNode).catch(() => null);
  return {
    async adopt(nodeId) {
      const store = await early;
      if (store && nodeId === sessionNode) {
        adopted = true;
        return store;
      }
      store?.close();
      return open(nodeId, onError);
    },
  };
}

/** Marks on the page's performance timeline, so a slow start can be split into its steps (`npm run bench`). */
function mark(step: string): void {
  performance.mark(`node-start:${step}`);
}

export async function startBrowserNode(options: StartOptions): Promise<BrowserNode> {
  const { params } = options;
  const notices: NodeNotice[] = [];
  mark('begin');
  // What does not depend on which node this tab runs starts at once, alongside the claim and the load.
  const verifierProbed = createSignatureVerifier();
  const persistenceAsked = requestPersistentStorage();
  const registryNotices: NodeNotice[] = [];
  const registryOpened = openRegistrySafely(registryNotices);
  const environment = browserIdentityEnvironment();
  // Failed writes already reach the page as the node's storage-error events; only what no call sees comes here.
  const onError = (error: StorageError) => {
    if (UNPROMPTED_ERRORS.has(error.code)) options.onStorageError(error);
  };
  const early = openSessionNodeEarly(params.name, readSessionNode(environment.session, params.name), onError);
  const identity = await claimNodeIdentity(params.name, environment);
  mark('identity');
  notices.push(...identityNotices(identity));
  const store = await early.adopt(identity.nodeId);
  mark('store-opened');
  const miner = createBrowserMinerPool();
  // Large batches (a sync, a full re-check) go to WebCrypto in workers, the rest to the probed in-page verifier. A
  // page without WebCrypto's Ed25519 (plain http on a LAN address) has none in its workers either: noble, here.
  const inPage = await verifierProbed;
  const verifier =
    inPage === nobleVerifier
      ? inPage
      : createBrowserWorkerVerifier(inPage, (error) =>
          console.warn(`Signatures are checked on the page from now on: ${error.message}`),
        ).verify;
  const node = await BlockchainNode.open({ params, nodeId: identity.nodeId, store, miner, verifier });
  mark('node-opened');
  if (node.loadWarnings.length > 0) {
    notices.push(nodeNotice(NoticeCode.RecordsSkipped, { details: node.loadWarnings.join('; ') }));
  }
  // Firefox asks the user before granting persistence: the node never waits on that answer, it shows it when it comes.
  const laterNotices = persistenceAsked.then(({ state }): NodeNotice[] => {
    if (state === 'denied') return [nodeNotice(NoticeCode.StorageBestEffort)];
    if (state === 'unsupported') return [nodeNotice(NoticeCode.StorageUnsupported)];
    return [];
  });
  const registry = await registryOpened;
  notices.push(...registryNotices);
  await registry
    ?.recordSeen({ nodeId: node.id, network: params.name, now: Date.now(), address: node.address })
    .catch((error: Error) => notices.push(nodeNotice(NoticeCode.RegistryNotRecorded, { error })));
  mark('registry');
  return { node, identity, registry, notices, laterNotices };
}
