// Starts this tab's node in a browser: claims a node identity (Web Locks; the session's node, else the device's most
// recently used free one, else a new one), opens its IndexedDB store, asks for persistent storage, starts the mining
// workers and loads the chain. A node this device knew that finds no key in its database has lost its data: that is
// told (never papered over with a new key under its name), the node is marked lost in the registry, and this tab
// runs a new node meanwhile, so the lost one can be restored from a backup under its own id. Everything a person
// should know (a duplicated tab, no Web Locks, lost data, best-effort storage, skipped records) comes back as notices.
import type { NetworkParams } from '../core/index.ts';
import { createBrowserMinerPool } from '../mining/index.ts';
import {
  browserIdentityEnvironment,
  browserMirrorStorage,
  claimNewNode,
  claimNodeIdentity,
  EARLY_READ_KEY,
  type EarlyReadResult,
  type IdentityEnvironment,
  type IndexedDbStore,
  type LoadedNode,
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
  withDeviceMirror,
} from '../storage/index.ts';
import type { LostNode } from './backup.ts';
import { platformNotices, probePlatform } from './capabilities.ts';
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
  /** The node's store, for what the node keeps beside its chain (its IoT devices, as one setting). */
  readonly store: IndexedDbStore;
  readonly identity: NodeIdentity;
  /** How the identity was claimed: Web Locks, the session, the other tabs (for the device's nodes and restores). */
  readonly environment: IdentityEnvironment;
  /** This network's nodes whose data the device lost (found now or at an earlier start), for the page to offer a restore. */
  readonly lost: readonly LostNode[];
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
  /** Told which node this tab claimed, before its chain loads: what needs only its id can begin. */
  readonly onClaimed?: (nodeId: string) => void;
};

async function openRegistrySafely(notices: NodeNotice[]): Promise<NodeRegistry | null> {
  try {
    return withDeviceMirror(await openNodeRegistry(), browserMirrorStorage());
  } catch (error) {
    notices.push(nodeNotice(NoticeCode.RegistryUnavailable, { error: error as Error }));
    return null;
  }
}

/** How this tab's node was chosen, as notices: no Web Locks, no sessionStorage, a duplicated tab. */
function identityNotices(identity: NodeIdentity): NodeNotice[] {
  const notices: NodeNotice[] = [];
  if (!identity.exclusive) notices.push(nodeNotice(identity.askedTabs ? NoticeCode.NoLocksAsked : NoticeCode.NoLocks));
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

/** The device's nodes of `network` that a new tab may resume: those whose data is not known lost. */
function resumable(registry: Promise<NodeRegistry | null>, network: string): () => Promise<string[]> {
  return async () => {
    const entries = (await (await registry)?.list(network)) ?? [];
    return entries.filter((entry) => entry.lostAt === undefined).map((entry) => entry.nodeId);
  };
}

/**
 * A store whose first load is one already made (to see whether the node's key is there), then itself again: a
 * snapshot's recent load (then `loadRecent` answers it) or the full one (then `load` does).
 */
function preloaded(store: IndexedDbStore, loaded: LoadedNode, recent: boolean): IndexedDbStore {
  let first: LoadedNode | null = loaded;
  const take = () => {
    const answer = first;
    first = null;
    return answer;
  };
  return {
    ...store,
    load: () => (recent ? store.load() : Promise.resolve(take() ?? store.load())),
    loadRecent: () => (recent ? Promise.resolve(take() ?? store.loadRecent()) : store.loadRecent()),
  };
}

/** A lost node as its start found it: how many blocks its database still held without a key. */
type FoundLost = LostNode & { readonly blocks: number };

type Opened = { readonly identity: NodeIdentity; readonly store: IndexedDbStore; readonly lost: FoundLost | null };

/**
 * The claimed node's store, loaded. A node this device knew (listed in its registry) without a key has lost its data:
 * it is marked lost, let go of, and a new node opened in its place; nothing is written under its id.
 */
async function openClaimed(
  claimed: NodeIdentity,
  environment: IdentityEnvironment,
  adopt: (nodeId: string) => Promise<IndexedDbStore>,
  registry: Promise<NodeRegistry | null>,
  onError: (error: StorageError) => void,
): Promise<Opened> {
  const store = await adopt(claimed.nodeId);
  // The key is read with the blocks a start needs: on a ledger snapshot, the newest few, not all 100,000.
  const recent = await store.loadRecent();
  const loaded = recent ?? (await store.load());
  const { network, nodeId } = claimed;
  const opened = { identity: claimed, store: preloaded(store, loaded, recent !== null), lost: null };
  if (loaded.keys !== null || claimed.origin === 'created') return opened;
  const devices = await registry;
  const listed = devices === null ? null : await devices.list(network).catch(() => null);
  const entry = listed?.find((candidate) => candidate.nodeId === nodeId);
  // The session's node counts as known where the registry (or its localStorage copy) lists it, or cannot tell: a
  // node deleted from this device, or whose database a tool filled without keys (the benchmarks), starts as before.
  if (claimed.origin === 'resumed' && listed !== null && entry === undefined) return opened;
  store.close();
  const lost = { nodeId, address: entry?.address ?? null, blocks: loaded.blocks.length };
  await devices
    ?.recordLost({ nodeId, network, now: Date.now(), ...(lost.address === null ? {} : { address: lost.address }) })
    .catch(() => {});
  const identity = await claimNewNode(claimed, environment);
  const fresh = await openIndexedDbStore({ network, nodeId: identity.nodeId, onError });
  return { identity, store: fresh, lost };
}

/** Lost nodes the registry remembers from earlier starts, and the one found now: each told until it is restored. */
async function lostNodes(
  registry: NodeRegistry | null,
  network: string,
  foundNow: FoundLost | null,
): Promise<{ lost: LostNode[]; notices: NodeNotice[] }> {
  const earlier = ((await registry?.list(network).catch(() => [])) ?? [])
    .filter((entry) => entry.lostAt !== undefined && entry.nodeId !== foundNow?.nodeId)
    .map((entry) => ({ nodeId: entry.nodeId, address: entry.address ?? null, blocks: -1 }));
  const all = [...(foundNow === null ? [] : [foundNow]), ...earlier];
  const notices = all.map(({ nodeId, address, blocks }) =>
    nodeNotice(NoticeCode.DataLost, { node: nodeId, address: address ?? '—', blocks: String(Math.max(blocks, 0)) }),
  );
  return { lost: all.map(({ nodeId, address }) => ({ nodeId, address })), notices };
}

/** Runs `task` once the page has nothing to do, or after WARM_WAIT_MS at the latest (Safari: no idle callback). */
function whenIdle(task: () => void): void {
  if (typeof globalThis.requestIdleCallback === 'function')
    globalThis.requestIdleCallback(task, { timeout: WARM_WAIT_MS });
  else setTimeout(task, WARM_WAIT_MS / 2);
}

/** The latest a node's signature workers start after the node opened. */
const WARM_WAIT_MS = 1_000;

export async function startBrowserNode(options: StartOptions): Promise<BrowserNode> {
  const { params } = options;
  const notices: NodeNotice[] = [];
  mark('begin');
  // What does not depend on which node this tab runs starts at once, alongside the claim and the load.
  const verifierProbed = createSignatureVerifier();
  const persistenceAsked = requestPersistentStorage();
  const registryNotices: NodeNotice[] = [];
  const registryOpened = openRegistrySafely(registryNotices);
  const environment: IdentityEnvironment = {
    ...browserIdentityEnvironment(),
    deviceNodes: resumable(registryOpened, params.name),
  };
  // Failed writes already reach the page as the node's storage-error events; only what no call sees comes here.
  const onError = (error: StorageError) => {
    if (UNPROMPTED_ERRORS.has(error.code)) options.onStorageError(error);
  };
  const early = openSessionNodeEarly(params.name, readSessionNode(environment.session, params.name), onError);
  const claimed = await claimNodeIdentity(params.name, environment);
  mark('identity');
  options.onClaimed?.(claimed.nodeId);
  const opened = await openClaimed(claimed, environment, (id) => early.adopt(id), registryOpened, onError);
  const { identity, store } = opened;
  notices.push(...identityNotices(identity));
  mark('store-opened');
  const miner = createBrowserMinerPool();
  // What this browser lacks (module workers, WebAssembly SIMD, BroadcastChannel) is said now, not when it fails.
  notices.push(...platformNotices(probePlatform()));
  // Large batches (a sync, a chain file) go to workers, the rest to the probed in-page verifier. A page without
  // WebCrypto's Ed25519 (plain http on a LAN address) has none in its workers either: noble checks there, in workers
  // of its own, so the page's thread is not the one spending seconds on a late joiner's signatures.
  const inPage = await verifierProbed;
  const workers = createBrowserWorkerVerifier(inPage, inPage === nobleVerifier ? 'noble' : 'webcrypto', (error) =>
    console.warn(`Signatures are checked on the page from now on: ${error.message}`),
  );
  const verifier = workers.verify;
  const node = await BlockchainNode.open({ params, nodeId: identity.nodeId, store, miner, verifier });
  mark('node-opened');
  // Started once the page is idle after its start (its peers are still linking then), so a late joiner's first batch
  // does not wait for a worker to start, and the start does not share the cores with one.
  whenIdle(() => workers.warm());
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
  const seen = () =>
    registry?.recordSeen({ nodeId: node.id, network: params.name, now: Date.now(), address: node.address });
  await seen()?.catch((error: Error) => notices.push(nodeNotice(NoticeCode.RegistryNotRecorded, { error })));
  // The most recently used node is the one a new tab resumes: a tab going out of sight (switched away, closed) is used.
  globalThis.document?.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void seen()?.catch(() => {});
  });
  const { lost, notices: lostNotices } = await lostNodes(registry, params.name, opened.lost);
  notices.unshift(...lostNotices);
  mark('registry');
  return { node, store, identity, environment, lost, registry, notices, laterNotices };
}
