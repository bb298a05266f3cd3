// A page's full node in one call: this tab's chain node (identity, IndexedDB, miner, verifier), the nodes kept on
// this device, its backups (restored into this device's storage), and the peer network (PeerJS and the other tabs),
// wired into one FullNode.
import { createGenesisBlock, type NetworkParams } from '../core/index.ts';
import {
  type BrowserNetworkOptions,
  cancelSignalling,
  type EarlySignalling,
  startBrowserNetwork,
  startSignallingEarly,
} from '../net/browser-network.ts';
import type { StorageError } from '../storage/index.ts';
import { NodeBackups } from './backup.ts';
import { deviceRestoreTarget } from './backup-restore.ts';
import { startBrowserNode } from './browser-node.ts';
import { DeviceNodes } from './devices.ts';
import { FullNode } from './full-node.ts';

export type BrowserFullNodeOptions = {
  readonly params: NetworkParams;
  /** The page's location (window.location): signalling settings, invites. */
  readonly location: BrowserNetworkOptions['location'];
  /** Storage failures no command reports (another tab's upgrade, a blocked open), for the page to show. */
  readonly onStorageError: (error: StorageError) => void;
};

export async function startBrowserFullNode(options: BrowserFullNodeOptions): Promise<FullNode> {
  const { params, location } = options;
  let early: EarlySignalling | null = null;
  // The signalling server's handshake runs while the claimed node loads its chain, not after.
  const onClaimed = (nodeId: string) => {
    early = startSignallingEarly({ genesisHash: createGenesisBlock(params).hash, nodeId, location });
  };
  const started = await startBrowserNode({ ...options, onClaimed }).catch((error: unknown) => {
    if (early !== null) cancelSignalling(early);
    throw error;
  });
  const { node, store, registry, notices, laterNotices, environment, lost } = started;
  const { locks, session } = environment;
  const target = deviceRestoreTarget({ network: node.network, currentNodeId: node.id, locks, registry, session });
  return FullNode.start({
    chainNode: node,
    devices: registry
      ? new DeviceNodes({ registry, network: node.network, currentNodeId: node.id, locks, session })
      : null,
    backups: new NodeBackups(node, target, Date.now, lost),
    iotStore: store,
    notices,
    laterNotices,
    attachNetwork: (port, directory) => startBrowserNetwork({ node: port, location, directory, early }),
  });
}
