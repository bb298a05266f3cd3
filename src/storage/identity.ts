// Which node a tab runs: the session's node again after a reload, a new node in a duplicated tab (whose copied
// sessionStorage names a node another tab holds), and whether the browser could tell the two apart at all. What
// the user is told of it (src/node/notices.ts) follows from `exclusive`, `duplicateOf` and `sessionSaved`.
import { nodeLockName, sessionNodeKey } from './constants.ts';
import { browserLocks, holdLockIfFree, isLockHeld, type LockManagerLike } from './locks.ts';
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
};

export type NodeIdentity = {
  readonly network: string;
  readonly nodeId: string;
  /** 'resumed': the session's node (a reload, or a node chosen to resume); 'created': a new node. */
  readonly origin: 'resumed' | 'created';
  /** The session named this node but another tab runs it: this tab is a duplicate and got a node of its own. */
  readonly duplicateOf: string | null;
  /** True when this tab holds the node's lock, so no other tab can run the same node. */
  readonly exclusive: boolean;
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

function safeSessionStorage(): SessionStorageLike | null {
  try {
    // Reading the property itself throws SecurityError where storage is blocked.
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

export function browserIdentityEnvironment(): IdentityEnvironment {
  return {
    session: safeSessionStorage(),
    locks: browserLocks(),
    randomBytes: cryptoRandomBytes,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
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

/** Without locks: the session's node (or a new one), with no way to know whether another tab runs it too. */
function claimUnlocked(network: string, env: IdentityEnvironment, remembered: string | null): NodeIdentity {
  const nodeId = remembered ?? createNodeId(env.randomBytes);
  return {
    network,
    nodeId,
    origin: remembered === null ? 'created' : 'resumed',
    duplicateOf: null,
    exclusive: false,
    sessionSaved: rememberSessionNode(env.session, network, nodeId),
    release: () => {},
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

/**
 * Picks and locks this tab's node for `network`. The lock is held until `release()` or the tab closes, so the
 * caller must claim once per page load, before opening the node's database.
 */
export async function claimNodeIdentity(network: string, env: IdentityEnvironment): Promise<NodeIdentity> {
  checkNetworkName(network);
  const remembered = readSessionNode(env.session, network);
  const { locks } = env;
  if (locks === null) return claimUnlocked(network, env, remembered);
  try {
    if (remembered !== null) {
      const release = await holdSessionNodeLock(env, locks, nodeLockName(network, remembered));
      if (release !== null) {
        return {
          network,
          nodeId: remembered,
          origin: 'resumed',
          duplicateOf: null,
          exclusive: true,
          sessionSaved: rememberSessionNode(env.session, network, remembered),
          release,
        };
      }
    }
    for (let attempt = 0; attempt < MAX_NEW_ID_ATTEMPTS; attempt++) {
      const nodeId = createNodeId(env.randomBytes);
      const release = await holdLockIfFree(locks, nodeLockName(network, nodeId));
      if (release === null) continue;
      return {
        network,
        nodeId,
        origin: 'created',
        duplicateOf: remembered,
        exclusive: true,
        sessionSaved: rememberSessionNode(env.session, network, nodeId),
        release,
      };
    }
  } catch {
    // The browser refused Web Locks outright (opaque origin): run as if they were missing, and say so.
    return claimUnlocked(network, env, remembered);
  }
  throw new RangeError('every new node id was already locked: the random source repeats itself');
}
