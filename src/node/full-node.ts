// One full node: its chain node (chain, mempool, keys, store, miner), its peer network, its one list of peers and
// the nodes kept on this device, behind one object. The page, `window.blockchain` and every other client see only
// this: a read-only snapshot, one union of events, and commands that answer with results carrying coded failures.
import {
  type BlockJson,
  bytesToHex,
  type ChainFileFormat,
  type ChainJson,
  type ChainReader,
  type DroppedTransaction,
  Listeners,
  type NetworkParams,
  sign,
  type Transaction,
  verifySignature,
  writeChainFile,
} from '../core/index.ts';
import { type Clock, systemClock } from '../net/clock.ts';
import { createNetworkConfig } from '../net/config.ts';
import type { NodeActivity } from '../net/context.ts';
import type { RoomReport } from '../net/network.ts';
import { TrafficCounter } from '../net/network-events.ts';
import { PeerDirectory } from '../net/peer-directory.ts';
import { peerIdsFromReferences, toRoomPeerId } from '../net/room.ts';
import type { NodeBackups } from './backup.ts';
import type { DeviceNodes } from './devices.ts';
import type { DoubleSpendAttack } from './double-spend.ts';
import type { FullNodeEvent, FullNodeListener } from './events.ts';
import { type CommandResult, FailureCode, failed, refused, succeeded } from './failures.ts';
import type {
  AttachedNetwork,
  FullNodeOptions,
  ImportedChain,
  NodeSnapshot,
  TrafficSnapshot,
} from './full-node-types.ts';
import type { IotDeviceStore, IotDevices } from './iot-devices.ts';
import { networkPortOf } from './network-port.ts';
import type { BlockchainNode } from './node.ts';
import { type NodeNotice, NoticeCode, nodeNotice } from './notices.ts';
import type { MiningProgress } from './ports.ts';
import { textSigningMessage } from './signed-text.ts';
import type { HistoryOutcome } from './snapshot-start.ts';

export type {
  AttachedNetwork,
  AttachNetwork,
  FullNodeOptions,
  ImportedChain,
  MiningState,
  NodeSnapshot,
  TrafficSnapshot,
} from './full-node-types.ts';
export { SIGNED_TEXT_PREFIX, textSigningMessage } from './signed-text.ts';

/** Dropped transactions a node remembers for its page. */
const DROPPED_KEPT = 20;

export class FullNode {
  private readonly noticeList: NodeNotice[];
  readonly devices: DeviceNodes | null;
  readonly backups: NodeBackups | null;
  private readonly iotStore: IotDeviceStore | null;
  private readonly clock: Clock;
  private iotLoaded: Promise<IotDevices> | null = null;
  private attackLoaded: Promise<DoubleSpendAttack> | null = null;
  /** The latest transactions reorgs undid here and the new chain refused, oldest first. */
  private readonly droppedList: DroppedTransaction[] = [];
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
    this.iotStore = options.iotStore ?? null;
    this.clock = options.clock ?? systemClock;
    this.noticeList = [...(options.notices ?? []), ...historyNotices(this.node)];
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
      if (event.type === 'history' && !event.agreed) this.addNotice(nodeNotice(NoticeCode.SnapshotDisagreed));
      if (event.type === 'dropped') {
        this.droppedList.push(...event.transactions);
        this.droppedList.splice(0, this.droppedList.length - DROPPED_KEPT);
      }
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
        full.attach(
          await options.attachNetwork(
            networkPortOf(full.node, () => full.activity()),
            full.directory,
          ),
        );
      } catch (error) {
        // The error itself, so the page words a coded one (bad settings) in its language.
        full.addNotice(nodeNotice(NoticeCode.NoNetwork, { error: error instanceof Error ? error : String(error) }));
      }
    }
    // After the task that hands the node to its page, which draws its first screen then, not behind the history.
    setTimeout(() => full.node.beginHistoryCheck(), 0);
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
      publicKey: bytesToHex(this.node.keys.publicKey),
      role: this.node.role,
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
    return writeChainFile(this.node.wholeMainChain(), format);
  }

  /** Settles once the chain holds its whole history (at once, unless the node started on its ledger snapshot). */
  get history(): Promise<HistoryOutcome> {
    return this.node.history;
  }

  /**
   * Checks a chain file of any room with that room's rules, and adopts a better chain of this room. Its code (the
   * Python tutorial's format among it) loads on first use.
   */
  async importChain(text: unknown): Promise<CommandResult<ImportedChain>> {
    const { importChainText } = await import('./chain-import.ts');
    return importChainText(this.node, text);
  }

  balance(address?: string): number {
    return this.node.balance(address);
  }

  /** This node's Ed25519 public key (a copy); `address` is derived from it. */
  get publicKey(): Uint8Array {
    return this.node.keys.publicKey.slice();
  }

  /** A copy of the secret key, for a page that shows it when its user asks. Extractable by design: the node keeps it
   *  as plain bytes (in its store and in backups), not as a non-extractable CryptoKey. */
  exportPrivateKey(): Uint8Array {
    return this.node.keys.secretKey.slice();
  }

  /** Signs `text` with this node's key under SIGNED_TEXT_PREFIX: the exact message signed, and the signature. */
  signText(text: string): { readonly message: Uint8Array; readonly signature: Uint8Array } {
    const message = textSigningMessage(text);
    return { message, signature: sign(message, this.node.keys.secretKey) };
  }

  /** Whether `signature` signs `text` (as `signText` does) under `publicKey`, by the chain's signature rule. */
  verifyText(text: string, signature: Uint8Array, publicKey: Uint8Array = this.node.keys.publicKey): boolean {
    return verifySignature(signature, textSigningMessage(text), publicKey);
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
    const named = peerIdsFromReferences(ids, this.node.chain.genesis.hash);
    if (!Array.isArray(named)) return failed(FailureCode.PeerIdInvalid, 'nodes', { id: named.bad });
    const peerIds = named.filter((peerId) => peerId !== this.ownPeerId());
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

  /**
   * Drops every link and accepts none (half of a partition a teacher can show), or links again. Offline with
   * `keepLinksTo` (node or peer ids), links to those stay: a group gone dark together.
   */
  setOnline(on: boolean, keepLinksTo: readonly string[] = []): CommandResult<boolean> {
    const network = this.attached?.network;
    if (!network) return failed(FailureCode.NoNetwork);
    if (on) network.goOnline();
    else network.goOffline(keepLinksTo);
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

  /**
   * The IoT devices (sensors) this node holds, each with its own key: their readings are records they sign. Loaded
   * on first use, the code and the devices alike: a first visit carries neither.
   */
  iotDevices(): Promise<IotDevices> {
    this.iotLoaded ??= import('./iot-devices.ts').then(
      ({ IotDevices }) =>
        new IotDevices({
          store: this.iotStore,
          params: this.node.params,
          now: () => this.clock.now(),
          submit: (transaction) => this.submitTransaction(transaction),
        }),
    );
    return this.iotLoaded;
  }

  /**
   * Transactions a reorg undid on this node and the new chain refused, each with its code: a double spend's
   * victim sees its payment here (Overspend). The latest DROPPED_KEPT, oldest first.
   */
  dropped(): readonly DroppedTransaction[] {
    return [...this.droppedList];
  }

  /** The 51% lesson run from this node, loaded on first use: a first visit carries none of it. */
  doubleSpend(): Promise<DoubleSpendAttack> {
    this.attackLoaded ??= import('./double-spend.ts').then(
      ({ DoubleSpendAttack }) =>
        new DoubleSpendAttack({
          node: this.node,
          setOnline: (on, keepLinksTo) => this.setOnline(on, keepLinksTo),
          resolve: () => this.resolve(),
          roomReports: () => this.roomReports(),
          linkedPeers: () => (this.attached?.network.peerInfo() ?? []).map((peer) => peer.id),
          subscribe: (listener) => this.subscribe(listener),
          now: () => this.clock.now(),
          sleep: (ms) => new Promise((resolve) => this.clock.after(ms, () => resolve())),
        }),
    );
    return this.attackLoaded;
  }

  /** A transaction another key of this node signed (an IoT device's record), admitted as the node's own are. */
  private async submitTransaction(transaction: Transaction): Promise<CommandResult<Transaction>> {
    const admitted = this.node.acceptTransaction(transaction, 'local');
    if (!admitted.ok) return refused(admitted.code, admitted.detail);
    await this.node.whenSaved();
    return succeeded(transaction);
  }

  private addNotice(notice: NodeNotice): void {
    this.noticeList.push(notice);
    this.events.emit({ type: 'notice', notice });
  }

  /** Every node of the room as its last report says, this one first: a teacher's view; empty with no network. */
  roomReports(): RoomReport[] {
    return this.attached?.network.roomReports() ?? [];
  }

  /** What this node is doing, as its reports to the room tell it. */
  private activity(): NodeActivity {
    const hashRate = this.miningActive ? Math.round(this.miningProgress?.hashRate ?? 0) : 0;
    return { role: this.node.role, mining: this.miningActive, hashRate };
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

/** What a start on (or past) the stored ledger snapshot has to tell: a damaged one, or the history being checked. */
function historyNotices(node: BlockchainNode): NodeNotice[] {
  const notices: NodeNotice[] = [];
  if (node.snapshotDamage !== null)
    notices.push(nodeNotice(NoticeCode.SnapshotDamaged, { reason: node.snapshotDamage }));
  if (!node.chain.historyComplete) {
    notices.push(nodeNotice(NoticeCode.HistoryChecking, { base: String(node.chain.oldestHeld) }));
  }
  return notices;
}
