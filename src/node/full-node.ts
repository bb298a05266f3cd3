// One full node: its chain node (chain, mempool, keys, store, miner), its peer network, its one list of peers and
// the nodes kept on this device, behind one object. The page, `window.blockchain` and every other client see only
// this: a read-only snapshot, one union of events, and commands that answer with results carrying coded failures.
import {
  type Block,
  type BlockJson,
  type ChainFileFormat,
  type ChainJson,
  type ChainReader,
  isTutorialChainText,
  Listeners,
  type NetworkParams,
  readTutorialChain,
  type Transaction,
  type TutorialBlock,
  type TutorialVerdict,
  writeChainFile,
} from '../core/index.ts';
import { type Clock, systemClock } from '../net/clock.ts';
import { createNetworkConfig, type NetworkConfig } from '../net/config.ts';
import type { NetworkNode } from '../net/context.ts';
import type { DialFailureLog, FailingDial } from '../net/dial-failures.ts';
import type { PeerNetwork } from '../net/network.ts';
import { type PeerInfo, TrafficCounter } from '../net/network-events.ts';
import { PeerDirectory } from '../net/peer-directory.ts';
import { peerIdFromReference, toRoomPeerId } from '../net/room.ts';
import type { SignallingConfig } from '../net/signalling-config.ts';
import type { NodeBackups } from './backup.ts';
import type { AppChainVerdict } from './chain-files.ts';
import type { DeviceNodes } from './devices.ts';
import type { FullNodeEvent, FullNodeListener } from './events.ts';
import { type CommandResult, FailureCode, failed, succeeded } from './failures.ts';
import type { BlockchainNode } from './node.ts';
import { type NodeNotice, NoticeCode, nodeNotice } from './notices.ts';
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

/** The node as the network sees it: its chain node with the news the network relays. */
function networkPortOf(node: BlockchainNode): NetworkNode {
  return {
    id: node.id,
    params: node.params,
    chain: node.chain,
    mempool: node.mempool,
    acceptBlock: (block, source, origin) => node.acceptBlock(block, source, { origin }),
    prepareBlocks: (blocks) => node.prepareBlocks(blocks),
    acceptBlocks: (batch, source, origin) => node.acceptBlocks(batch, source, origin),
    acceptTransaction: (transaction, source) => node.acceptTransaction(transaction, source),
    subscribe: (listener) =>
      node.subscribe((event) => {
        if (event.type === 'block' || event.type === 'transaction') listener(event);
      }),
  };
}

export class FullNode {
  private readonly noticeList: NodeNotice[];
  readonly devices: DeviceNodes | null;
  readonly backups: NodeBackups | null;
  private readonly node: BlockchainNode;
  private readonly directory: PeerDirectory;
  private readonly events = new Listeners<FullNodeEvent>('node event');
  private readonly trafficCounter = new TrafficCounter();
  private attached: AttachedNetwork | null = null;
  private miningActive: boolean;
  private miningProgress: MiningProgress | null = null;

  private constructor(options: FullNodeOptions) {
    this.node = options.chainNode;
    this.devices = options.devices ?? null;
    this.backups = options.backups ?? null;
    this.noticeList = [...(options.notices ?? [])];
    this.miningActive = this.node.isMining;
    const genesis = this.node.chain.genesis.hash;
    const registered = this.node.savedPeers.flatMap((id) => toRoomPeerId(id, genesis) ?? []);
    this.directory = new PeerDirectory({
      clock: options.clock ?? systemClock,
      config: createNetworkConfig(options.networkConfig),
      registered,
      port: {
        save: (peerIds) => {
          this.node.savePeers(peerIds);
          this.events.emit({ type: 'registered-peers', peers: peerIds });
        },
      },
    });
    this.node.subscribe((event) => {
      if (event.type === 'mining') {
        this.miningActive = event.active;
        if (!event.active) this.miningProgress = null;
      }
      if (event.type === 'mining-progress') this.miningProgress = event.progress;
      this.events.emit(event);
    });
  }

  /** Wires the node to its network (if any): the peers registered before are dialled again at once. */
  static async start(options: FullNodeOptions): Promise<FullNode> {
    const full = new FullNode(options);
    void options.laterNotices?.then((notices) => {
      for (const notice of notices) full.addNotice(notice);
    });
    if (options.attachNetwork) {
      try {
        full.attach(await options.attachNetwork(networkPortOf(full.node), full.directory));
      } catch (error) {
        // The error itself, so the page words a coded one (bad settings) in its language.
        full.addNotice(nodeNotice(NoticeCode.NoNetwork, { error: error instanceof Error ? error : String(error) }));
      }
    }
    return full;
  }

  /** What the start has to tell the user (a duplicated tab, best-effort storage, no network, ...). */
  get notices(): readonly NodeNotice[] {
    return this.noticeList;
  }

  get id(): string {
    return this.node.id;
  }

  get address(): string {
    return this.node.address;
  }

  /** The room's name. */
  get network(): string {
    return this.node.network;
  }

  get params(): NetworkParams {
    return this.node.params;
  }

  /** The chain, read-only: blocks, forks, balances. */
  get chain(): ChainReader {
    return this.node.chain;
  }

  snapshot(): NodeSnapshot {
    const { chain } = this.node;
    const network = this.attached?.network ?? null;
    return {
      id: this.node.id,
      address: this.node.address,
      network: this.node.network,
      tip: { hash: chain.tip.hash, height: chain.height, work: chain.totalWork.toString() },
      balance: this.node.balance(),
      mempool: this.node.mempool.transactions(),
      mining: {
        active: this.miningActive,
        auto: this.node.isAutoMining,
        workers: this.node.miningWorkers,
        progress: this.miningProgress,
      },
      peerId: network?.peerId ?? null,
      inviteUrl: this.attached?.inviteUrl ?? null,
      signalling: this.attached?.signalling ?? null,
      online: network?.online ?? false,
      peers: network?.peerInfo() ?? [],
      registeredPeers: this.directory.registered(),
      failingDials: this.attached?.dialFailures?.list() ?? [],
    };
  }

  subscribe(listener: FullNodeListener): () => void {
    return this.events.subscribe(listener);
  }

  /** The seed's POST /transactions/new. */
  newTransaction(request: unknown): Promise<CommandResult<{ index: number; txid: string; transaction: Transaction }>> {
    return this.node.newTransaction(request);
  }

  /** The seed's GET /mine. */
  mine(): Promise<CommandResult<BlockJson>> {
    return this.node.mine();
  }

  setAutoMine(on: boolean): void {
    this.node.setAutoMine(on);
  }

  stopMining(): void {
    this.node.stopMining();
  }

  setMiningWorkers(count: unknown): CommandResult<number> {
    return this.node.setMiningWorkers(count);
  }

  miningStats(): ReturnType<BlockchainNode['miningStats']> {
    return this.node.miningStats();
  }

  /** The seed's GET /chain. */
  exportChain(): ChainJson {
    return this.node.exportChain();
  }

  /** The main chain as a file: the seed's {chain, length} JSON, or the paper's block.txt. */
  chainFile(format: ChainFileFormat): string {
    return writeChainFile(this.node.chain.mainChain(), format);
  }

  /**
   * Checks a chain file of any room with that room's rules; a valid chain of this network with more work than this
   * node's is offered to the fork choice, as a peer's would be.
   */
  async importChain(text: unknown): Promise<CommandResult<ImportedChain>> {
    if (typeof text !== 'string') return failed(FailureCode.NotAChainFile);
    if (isTutorialChainText(text)) {
      const { verdict, blocks } = readTutorialChain(text);
      return succeeded({ ...verdict, adopted: false, blocks });
    }
    const checked = await this.node.checkChainFile(text);
    if (checked === null) return failed(FailureCode.NotAChainFile);
    const { verdict, blocks, work } = checked;
    const ours = blocks[0]?.hash === this.node.chain.genesis.hash;
    let adopted = false;
    if (verdict.valid && ours && work > this.node.chain.totalWork) {
      const tipBefore = this.node.chain.tip.hash;
      await this.node.acceptBlocks(this.node.prepareBlocks(blocks.slice(1)), 'import');
      adopted = this.node.chain.tip.hash !== tipBefore;
    }
    return succeeded({ ...verdict, adopted, blocks });
  }

  balance(address?: string): number {
    return this.node.balance(address);
  }

  /** Replays the main chain from genesis with every rule, signatures included. */
  verify(): ReturnType<BlockchainNode['verifyChain']> {
    return this.node.verifyChain();
  }

  /** Resolves once everything changed so far is in storage. */
  whenSaved(): Promise<void> {
    return this.node.whenSaved();
  }

  /**
   * The seed's POST /nodes/register: node ids (as the page shows them), room peer ids, invite links or node
   * addresses, checked all before any is kept; each is saved, dialled now if there is room, and redialled whenever
   * its link is lost. Answers with every registered peer, as the seed's `total_nodes` list.
   */
  async registerNodes(ids: unknown): Promise<CommandResult<{ total_nodes: readonly string[] }>> {
    if (!Array.isArray(ids) || ids.length === 0) return failed(FailureCode.NodesNotAList, 'nodes');
    const genesis = this.node.chain.genesis.hash;
    const peerIds: string[] = [];
    for (const id of ids) {
      const peerId = typeof id === 'string' ? peerIdFromReference(id, genesis) : null;
      if (peerId === null) return failed(FailureCode.PeerIdInvalid, 'nodes', { id: JSON.stringify(id) ?? String(id) });
      if (peerId !== this.ownPeerId()) peerIds.push(peerId);
    }
    const network = this.attached?.network;
    for (const peerId of peerIds) {
      if (network) network.connect(peerId, 'registered');
      else this.directory.add(peerId, 'registered');
    }
    await this.node.whenSaved();
    return succeeded({ total_nodes: this.directory.registered() });
  }

  /** The seed's GET /nodes/resolve: every linked peer's chain is offered to the fork choice. */
  async resolve(): Promise<{ replaced: boolean; length: number }> {
    const network = this.attached?.network;
    return network ? network.resolve() : { replaced: false, length: this.node.chain.height };
  }

  /** Drops every link and accepts none (half of a partition a teacher can show), or links again. */
  setOnline(on: boolean): CommandResult<boolean> {
    const network = this.attached?.network;
    if (!network) return failed(FailureCode.NoNetwork);
    if (on) network.goOnline();
    else network.goOffline();
    return succeeded(network.online);
  }

  /** Messages and bytes per type, in and out, since the node started. */
  traffic(): TrafficSnapshot {
    return this.trafficCounter.snapshot();
  }

  /** Leaves the network (the page is going away). */
  stop(): void {
    this.attached?.stop();
  }

  private addNotice(notice: NodeNotice): void {
    this.noticeList.push(notice);
    this.events.emit({ type: 'notice', notice });
  }

  private ownPeerId(): string | null {
    return this.attached?.network.peerId ?? toRoomPeerId(this.node.id, this.node.chain.genesis.hash);
  }

  private attach(attached: AttachedNetwork): void {
    this.attached = attached;
    attached.network.subscribe((event) => {
      this.trafficCounter.listener(event);
      this.events.emit(event);
    });
    attached.dialFailures?.subscribe(() => this.events.emit({ type: 'dial-failures' }));
    for (const peerId of this.directory.registered()) attached.network.connect(peerId, 'registered');
  }
}
