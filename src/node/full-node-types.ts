// What a full node's clients work with besides the node itself (src/node/full-node.ts): the network it is started
// with, its options, the snapshot it reads out, and what a chain file import answers.
import type { Block, NodeRole, Transaction } from '../core/index.ts';
import type { TutorialBlock, TutorialVerdict } from '../core/tutorial-chain.ts';
import type { Clock } from '../net/clock.ts';
import type { NetworkConfig } from '../net/config.ts';
import type { NetworkNode } from '../net/context.ts';
import type { DialFailureLog, FailingDial } from '../net/dial-failures.ts';
import type { PeerNetwork } from '../net/network.ts';
import type { PeerInfo, TrafficCounter } from '../net/network-events.ts';
import type { PeerDirectory } from '../net/peer-directory.ts';
import type { SignallingConfig } from '../net/signalling-config.ts';
import type { NodeBackups } from './backup.ts';
import type { AppChainVerdict } from './chain-files.ts';
import type { DeviceNodes } from './devices.ts';
import type { IotDeviceStore } from './iot-devices.ts';
import type { BlockchainNode } from './node.ts';
import type { NodeNotice } from './notices.ts';
import type { MiningProgress } from './ports.ts';

/** A started peer network and what the page shows of it. */
export type AttachedNetwork = {
  readonly network: PeerNetwork;
  /** A link that makes another browser join this room and dial this node, where there is one. */
  readonly inviteUrl: string | null;
  readonly signalling: SignallingConfig | null;
  /** The dials that keep failing, with why (a page's network keeps them; others have none). */
  readonly dialFailures?: DialFailureLog;
  stop(): void;
};

/** Starts the network over the node's port and its peer directory (PeerJS and tabs in a page, memory in tests). */
export type AttachNetwork = (node: NetworkNode, directory: PeerDirectory) => Promise<AttachedNetwork>;

export type FullNodeOptions = {
  readonly chainNode: BlockchainNode;
  /** None: a node without peers. A network that fails to start leaves a NoNetwork notice. */
  readonly attachNetwork?: AttachNetwork;
  /** The nodes kept on this device; null where the registry could not be opened. */
  readonly devices?: DeviceNodes | null;
  /** Backing this node up and restoring one (src/node/backup.ts); none in a node without a device. */
  readonly backups?: NodeBackups | null;
  /** Where this node keeps its IoT devices (its own store); none: devices cannot be made. */
  readonly iotStore?: IotDeviceStore | null;
  /** What the start has to tell the user (a duplicated tab, best-effort storage, ...). */
  readonly notices?: readonly NodeNotice[];
  /** Notices that come later (an answer that may wait on the user): each is kept and announced as it arrives. */
  readonly laterNotices?: Promise<readonly NodeNotice[]>;
  readonly clock?: Clock;
  readonly networkConfig?: Partial<NetworkConfig>;
};

export type MiningState = {
  readonly active: boolean;
  readonly auto: boolean;
  readonly workers: number;
  /** The last progress report of the block being mined; null while idle. */
  readonly progress: MiningProgress | null;
};

/** What a client reads of the node at one moment; it is not kept up to date (subscribe for that). */
export type NodeSnapshot = {
  readonly id: string;
  readonly address: string;
  /** This node's Ed25519 public key, hex: what a teacher lists to let it mine a private room. */
  readonly publicKey: string;
  /** 'user' in a private room that does not list this node's key: it cannot mine. */
  readonly role: NodeRole;
  /** The room's name. */
  readonly network: string;
  readonly tip: { readonly hash: string; readonly height: number; readonly work: string };
  readonly balance: number;
  /** Pending transactions, in arrival order. */
  readonly mempool: readonly Transaction[];
  readonly mining: MiningState;
  /** Null when the node has no peer network (see its notices). */
  readonly peerId: string | null;
  readonly inviteUrl: string | null;
  readonly signalling: SignallingConfig | null;
  readonly online: boolean;
  /** The links this node has, each with what carries it. */
  readonly peers: readonly PeerInfo[];
  /** Room peer ids the user registered, linked or not. */
  readonly registeredPeers: readonly string[];
  /** Peers this node keeps failing to link to, with why, newest first. */
  readonly failingDials: readonly FailingDial[];
};

export type TrafficSnapshot = ReturnType<TrafficCounter['snapshot']>;

/**
 * A chain file checked, with its blocks in file order for a read-only view, and whether this node took it: only a
 * valid chain of this network with more work. A chain of the Python tutorial is checked by its own rules and never
 * taken (it is another kind of chain).
 */
export type ImportedChain =
  | (AppChainVerdict & { readonly adopted: boolean; readonly blocks: readonly Block[] })
  | (TutorialVerdict & { readonly adopted: false; readonly blocks: readonly TutorialBlock[] });
