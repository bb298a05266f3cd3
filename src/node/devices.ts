// "Nodes on this device": every node this browser keeps for the network, whether a tab runs it, and resuming or
// deleting one. The page sees this through the full node, never the registry, locks or session storage themselves.
import {
  browserLocks,
  browserSession,
  deleteNode,
  isNodeRunning,
  type LockManagerLike,
  type NodeRegistry,
  rememberSessionNode,
  type SessionStorageLike,
  type StorageError,
} from '../storage/index.ts';

/** Who runs a node kept on this device: this tab, another tab, nobody, or unknown (no Web Locks to ask). */
export type DeviceNodeState = 'this-tab' | 'other-tab' | 'not-running' | 'unknown';

export type DeviceNode = {
  readonly nodeId: string;
  readonly address: string | null;
  /** ms since the epoch. */
  readonly lastSeenAt: number;
  readonly state: DeviceNodeState;
  /** A start found its database gone or without its key: only a backup brings it back. */
  readonly lost: boolean;
};

export type DeviceNodesOptions = {
  readonly registry: NodeRegistry;
  readonly network: string;
  readonly currentNodeId: string;
  readonly locks?: LockManagerLike | null;
  readonly session?: SessionStorageLike | null;
};

export class DeviceNodes {
  private readonly registry: NodeRegistry;
  private readonly network: string;
  private readonly currentNodeId: string;
  private readonly locks: LockManagerLike | null;
  private readonly session: SessionStorageLike | null;

  constructor(options: DeviceNodesOptions) {
    this.registry = options.registry;
    this.network = options.network;
    this.currentNodeId = options.currentNodeId;
    this.locks = options.locks === undefined ? browserLocks() : options.locks;
    this.session = options.session === undefined ? browserSession() : options.session;
  }

  /** The network's nodes on this device, each with who runs it now. */
  async list(): Promise<DeviceNode[]> {
    const entries = await this.registry.list(this.network);
    return Promise.all(
      entries.map(async (entry) => ({
        nodeId: entry.nodeId,
        address: entry.address ?? null,
        lastSeenAt: entry.lastSeenAt,
        state: await this.stateOf(entry.nodeId),
        lost: entry.lostAt !== undefined,
      })),
    );
  }

  /** Makes the next load of this tab claim `nodeId` (and its lock) instead of the current node. */
  resumeOnReload(nodeId: string): boolean {
    return rememberSessionNode(this.session, this.network, nodeId);
  }

  /** Deletes a node's database and its entry; refused while a tab runs it. */
  async remove(nodeId: string): Promise<{ readonly ok: true } | { readonly ok: false; readonly error: StorageError }> {
    const outcome = await deleteNode({
      registry: this.registry,
      network: this.network,
      currentNodeId: this.currentNodeId,
      nodeId,
      locks: this.locks,
    });
    return outcome.ok ? { ok: true } : outcome;
  }

  private async stateOf(nodeId: string): Promise<DeviceNodeState> {
    if (nodeId === this.currentNodeId) return 'this-tab';
    const running = await isNodeRunning(this.locks, this.network, nodeId);
    if (running === null) return 'unknown';
    return running ? 'other-tab' : 'not-running';
  }
}
