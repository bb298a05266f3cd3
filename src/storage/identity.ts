// Which node a tab runs: the session's node again after a reload; else this device's most recently used node that
// no open tab runs (a reopened browser, a new tab, an installed app's fresh window); else a new node (a second tab
// while the first is open, a duplicated tab whose copied sessionStorage names a node another tab holds). Web Locks
// tell which nodes are held; without them the other tabs are asked over a BroadcastChannel, which cannot be sure.
// What the user is told of it (src/node/notices.ts) follows from `exclusive`, `duplicateOf` and `sessionSaved`.
import { nodeLockName, sessionNodeKey } from './constants.ts';
import {
  browserLocks,
  browserPresence,
  holdLockIfFree,
  isLockHeld,
  type LockManagerLike,
  type TabPresence,
} from './locks.ts';
import { checkNetworkName, createNodeId, cryptoRandomBytes, isNodeId } from './node-id.ts';

export type SessionStorageLike = Pick<Storage, 'getItem' | 'setItem'>;

/** Everything identity touches, injected: browser globals by default, fakes in tests. */
export type IdentityEnvironment = {
  /** Null where sessionStorage is blocked: then every load is a new node. */
  readonly session: SessionStorageLike | null;
  /** Null where Web Locks are missing: then duplicated tabs cannot be detected. */
  readonly locks: LockManagerLike | null;
  readonly randomBytes: (n: number) => Uint8Array;
  readonly sleep: (ms: number) => Promise<void>;
  /**
   * This device's nodes of the network that may be resumed, most recently used first (the registry, without nodes
   * whose data is known lost). Asked only when the session names no node this tab can take.
   */
  readonly deviceNodes?: () => Promise<readonly string[]>;
  /** Where Web Locks are missing: the other tabs, asked which nodes they run. Null or absent: nobody to ask. */
  readonly presence?: TabPresence | null;
};

export type NodeIdentity = {
  readonly network: string;
  readonly nodeId: string;
  /**
   * 'resumed': the session's node (a reload, or a node chosen to resume); 'reopened': this device's most recently
   * used node that no tab ran; 'created': a new node. Only a created node may start without keys: a resumed or
   * reopened one that finds none has lost its data.
   */
  readonly origin: 'resumed' | 'reopened' | 'created';
  /** The session named this node but another tab runs it: this tab is a duplicate and got a node of its own. */
  readonly duplicateOf: string | null;
  /** True when this tab holds the node's lock, so no other tab can run the same node. */
  readonly exclusive: boolean;
  /** Without Web Locks: true when the other tabs were asked (BroadcastChannel) which nodes they run. */
  readonly askedTabs: boolean;
  /** False when sessionStorage refused to remember the node: a reload of this tab will start a new node. */
  readonly sessionSaved: boolean;
  /** Lets go of the node's lock, for switching nodes without a reload; closing the tab releases it anyway. */
  readonly release: () => void;
};

/** Two random 80-bit ids both taken means a broken random source, not bad luck. */
const MAX_NEW_ID_ATTEMPTS = 2;
/**
 * On a reload the old document's lock is released asynchronously and may still be held when the new document asks:
 * retry the session's node after these pauses (375 ms in all) before deciding this tab is a duplicate.
 */
const RELOAD_RETRY_DELAYS_MS = [25, 50, 100, 200];

/** This tab's sessionStorage, or null where it is missing or blocked. */
export function browserSession(): SessionStorageLike | null {
  try {
    // Reading the property itself throws SecurityError where storage is blocked.
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

export function browserIdentityEnvironment(): IdentityEnvironment {
  return {
    session: browserSession(),
    locks: browserLocks(),
    randomBytes: cryptoRandomBytes,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    presence: browserPresence(),
  };
}

/** The node this tab's session names for `network` (a reload's node, or a duplicated tab's original), if any. */
export function readSessionNode(session: SessionStorageLike | null, network: string): string | null {
  try {
    const stored = session?.getItem(sessionNodeKey(network)) ?? null;
    return isNodeId(stored) ? stored : null;
  } catch {
    return null;
  }
}

/**
 * Makes the next load of this tab (on this network) run `nodeId`: how the UI resumes an old node before reloading.
 * Returns false when sessionStorage refused the write.
 */
export function rememberSessionNode(session: SessionStorageLike | null, network: string, nodeId: string): boolean {
  if (!isNodeId(nodeId)) throw new TypeError(`not a node id: ${JSON.stringify(nodeId)}`);
  try {
    session?.setItem(sessionNodeKey(network), nodeId);
    return session !== null;
  } catch {
    return false;
  }
}

/** Whether a tab runs the node right now; null where Web Locks are missing and nobody can know. */
export async function isNodeRunning(
  locks: LockManagerLike | null,
  network: string,
  nodeId: string,
): Promise<boolean | null> {
  if (locks === null) return null;
  try {
    return await isLockHeld(locks, nodeLockName(network, nodeId));
  } catch {
    return null;
  }
}

/** The device's resumable nodes, without `except`; none where the registry cannot be read. */
async function deviceCandidates(env: IdentityEnvironment, except: string | null): Promise<string[]> {
  try {
    const listed = (await env.deviceNodes?.()) ?? [];
    return listed.filter((nodeId) => isNodeId(nodeId) && nodeId !== except);
  } catch {
    return [];
  }
}

/**
 * Without locks: the session's node (a reload), else the device's most recent node, skipping those another tab
 * answers that it runs; a session node another tab runs makes this tab a duplicate. With nobody to ask (no
 * BroadcastChannel) only the session's node is resumed, as a device's node could be open in any other tab.
 */
async function claimUnlocked(
  network: string,
  env: IdentityEnvironment,
  remembered: string | null,
): Promise<NodeIdentity> {
  const presence = env.presence ?? null;
  const devices = presence === null ? [] : await deviceCandidates(env, remembered);
  const candidates = remembered === null ? devices : [remembered, ...devices];
  const held =
    presence === null ? new Set<string>() : await presence.whoHolds(candidates.map((id) => nodeLockName(network, id)));
  const free = candidates.find((id) => !held.has(nodeLockName(network, id))) ?? null;
  const nodeId = free ?? createNodeId(env.randomBytes);
  const release = presence?.announce(nodeLockName(network, nodeId)) ?? (() => {});
  return {
    network,
    nodeId,
    origin: free === null ? 'created' : free === remembered ? 'resumed' : 'reopened',
    duplicateOf: remembered !== null && free !== remembered ? remembered : null,
    exclusive: false,
    askedTabs: presence !== null,
    sessionSaved: rememberSessionNode(env.session, network, nodeId),
    release,
  };
}

async function holdSessionNodeLock(
  env: IdentityEnvironment,
  locks: LockManagerLike,
  name: string,
): Promise<(() => void) | null> {
  let release = await holdLockIfFree(locks, name);
  for (const delay of RELOAD_RETRY_DELAYS_MS) {
    if (release !== null) break;
    await env.sleep(delay);
    release = await holdLockIfFree(locks, name);
  }
  return release;
}

type Held = { readonly nodeId: string; readonly release: () => void };

/** The first of the device's nodes whose lock is free, taken: the most recently used one no open tab runs. */
async function holdDeviceNode(
  network: string,
  env: IdentityEnvironment,
  locks: LockManagerLike,
  except: string | null,
): Promise<Held | null> {
  for (const nodeId of await deviceCandidates(env, except)) {
    const release = await holdLockIfFree(locks, nodeLockName(network, nodeId));
    if (release !== null) return { nodeId, release };
  }
  return null;
}

/** A new node id, locked. Throws RangeError when every id tried is taken: a broken random source. */
async function holdNewNode(network: string, env: IdentityEnvironment, locks: LockManagerLike): Promise<Held> {
  for (let attempt = 0; attempt < MAX_NEW_ID_ATTEMPTS; attempt++) {
    const nodeId = createNodeId(env.randomBytes);
    const release = await holdLockIfFree(locks, nodeLockName(network, nodeId));
    if (release !== null) return { nodeId, release };
  }
  throw new RangeError('every new node id was already locked: the random source repeats itself');
}

/**
 * Picks and locks this tab's node for `network`. The lock is held until `release()` or the tab closes, so the
 * caller must claim once per page load, before opening the node's database.
 */
export async function claimNodeIdentity(network: string, env: IdentityEnvironment): Promise<NodeIdentity> {
  checkNetworkName(network);
  const remembered = readSessionNode(env.session, network);
  const { locks } = env;
  if (locks === null) return claimUnlocked(network, env, remembered);
  const identity = (held: Held, origin: NodeIdentity['origin']): NodeIdentity => ({
    network,
    nodeId: held.nodeId,
    origin,
    duplicateOf: origin === 'resumed' ? null : remembered,
    exclusive: true,
    askedTabs: false,
    sessionSaved: rememberSessionNode(env.session, network, held.nodeId),
    release: held.release,
  });
  try {
    if (remembered !== null) {
      const release = await holdSessionNodeLock(env, locks, nodeLockName(network, remembered));
      if (release !== null) return identity({ nodeId: remembered, release }, 'resumed');
    }
    const device = await holdDeviceNode(network, env, locks, remembered);
    if (device !== null) return identity(device, 'reopened');
    return identity(await holdNewNode(network, env, locks), 'created');
  } catch (error) {
    if (error instanceof RangeError) throw error;
    // The browser refused Web Locks outright (opaque origin): run as if they were missing, and say so.
    return claimUnlocked(network, env, remembered);
  }
}

/**
 * A new node for this tab in place of the one it claimed, whose data turned out lost: the lost node is let go of
 * (so a restore can write it) and the session names the new one. Where locks are missing, the new id is announced
 * to the other tabs instead.
 */
export async function claimNewNode(lost: NodeIdentity, env: IdentityEnvironment): Promise<NodeIdentity> {
  const { network } = lost;
  let held: Held | null = null;
  if (lost.exclusive && env.locks !== null) held = await holdNewNode(network, env, env.locks);
  lost.release();
  const nodeId = held?.nodeId ?? createNodeId(env.randomBytes);
  const release = held?.release ?? env.presence?.announce(nodeLockName(network, nodeId)) ?? (() => {});
  return {
    ...lost,
    nodeId,
    origin: 'created',
    sessionSaved: rememberSessionNode(env.session, network, nodeId),
    release,
  };
}
