// Starts this tab's node in a browser: claims a node identity (Web Locks), opens its IndexedDB store, asks for
// persistent storage, starts the mining workers and loads the chain. Everything it learns that a person should
// know (a duplicated tab, no Web Locks, best-effort storage, skipped records) comes back as notices.
import type { NetworkParams } from '../core/index.ts';
import { createBrowserMinerPool } from '../mining/index.ts';
import {
  browserIdentityEnvironment,
  claimNodeIdentity,
  type NodeIdentity,
  type NodeRegistry,
  openIndexedDbStore,
  openNodeRegistry,
  requestPersistentStorage,
  type StorageError,
  StorageErrorCode,
} from '../storage/index.ts';
import { BlockchainNode } from './node.ts';
import { createSignatureVerifier } from './signature-verifier.ts';

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
  readonly notices: readonly string[];
};

export type StartOptions = {
  readonly params: NetworkParams;
  /** Storage failures after start (quota, another tab's upgrade), for the page to show. */
  readonly onStorageError: (error: StorageError) => void;
};

async function openRegistrySafely(notices: string[]): Promise<NodeRegistry | null> {
  try {
    return await openNodeRegistry();
  } catch (error) {
    notices.push(`The list of nodes on this device is unavailable: ${(error as Error).message}`);
    return null;
  }
}

/** Marks on the page's performance timeline, so a slow start can be split into its steps (`npm run bench`). */
function mark(step: string): void {
  performance.mark(`node-start:${step}`);
}

export async function startBrowserNode(options: StartOptions): Promise<BrowserNode> {
  const { params } = options;
  const notices: string[] = [];
  mark('begin');
  // What does not depend on which node this tab runs starts at once, alongside the claim and the load.
  const verifierProbed = createSignatureVerifier();
  const persistenceAsked = requestPersistentStorage();
  const registryNotices: string[] = [];
  const registryOpened = openRegistrySafely(registryNotices);
  const identity = await claimNodeIdentity(params.name, browserIdentityEnvironment());
  mark('identity');
  if (identity.notice) notices.push(identity.notice);
  const store = await openIndexedDbStore({
    network: params.name,
    nodeId: identity.nodeId,
    // Failed writes already reach the page as the node's storage-error events; only what no call sees comes here.
    onError: (error) => {
      if (UNPROMPTED_ERRORS.has(error.code)) options.onStorageError(error);
    },
  });
  mark('store-opened');
  const miner = createBrowserMinerPool();
  const verifier = await verifierProbed;
  const node = await BlockchainNode.open({ params, nodeId: identity.nodeId, store, miner, verifier });
  mark('node-opened');
  const persistence = await persistenceAsked;
  if (persistence.state !== 'granted') notices.push(persistence.message);
  const registry = await registryOpened;
  notices.push(...registryNotices);
  await registry
    ?.recordSeen({ nodeId: node.id, network: params.name, now: Date.now(), address: node.address })
    .catch((error: Error) => notices.push(`Could not list this node on the device: ${error.message}`));
  mark('registry');
  return { node, identity, registry, notices };
}
