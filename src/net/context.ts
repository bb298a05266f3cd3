// The narrow view the network handlers have of the node they serve and of the network around them. A structural
// port declared here, so src/net imports nothing from src/node: the node hands in an object that has all of it.
import type {
  Added,
  Block,
  ChainReader,
  MempoolReader,
  NetworkParams,
  PreparedBlocks,
  Reorg,
  Result,
  Transaction,
} from '../core/index.ts';
import type { Clock } from './clock.ts';
import type { NetworkConfig } from './config.ts';
import type { Fault, FaultContext } from './misbehaviour.ts';
import type { PeerSession } from './peer-session.ts';
import type { ReportMessage } from './protocol.ts';

/** The node's news the network relays: a block it accepted (and how the main chain moved), a transaction it admitted. */
export type NodeNews =
  | { readonly type: 'block'; readonly block: Block; readonly reorg: Reorg }
  | { readonly type: 'transaction'; readonly transaction: Transaction };

/** What a node is doing, for the room's reports (room-reports.ts). */
export type NodeActivity = {
  /** 'user' in a private room whose genesis does not list this node's key. */
  readonly role: 'miner' | 'user';
  readonly mining: boolean;
  /** Hashes per second while mining, rounded; 0 otherwise. */
  readonly hashRate: number;
};

/** What the network needs of a node. */
export interface NetworkNode {
  readonly id: string;
  readonly params: NetworkParams;
  readonly chain: ChainReader;
  readonly mempool: Pick<MempoolReader, 'transactions' | 'has'>;
  /**
   * Validates and stores a block; every peer block goes through here, so nothing invalid is stored. `origin` is the
   * sending peer's id: blocks held for a missing parent are bounded per origin.
   */
  acceptBlock(block: Block, source: 'peer', origin: string): Result<Added>;
  /** Starts checking a batch's signatures; the handle goes to acceptBlocks once the batch before it is admitted. */
  prepareBlocks(blocks: readonly Block[]): PreparedBlocks;
  /** Many blocks at once, signatures verified together; one verdict per block, in order. */
  acceptBlocks(batch: PreparedBlocks, source: 'peer', origin: string): Promise<ReadonlyArray<Result<Added>>>;
  acceptTransaction(transaction: Transaction, source: 'peer'): Result<Transaction>;
  /** The node's news, in the order it happened. */
  subscribe(listener: (news: NodeNews) => void): () => void;
  /** What it is doing, for the room's reports; a node without it reports an idle miner. */
  activity?(): NodeActivity;
  /**
   * Settles once the chain holds its whole history: a node started on its ledger snapshot answers a peer that needs
   * older blocks after that. At once for a node without it.
   */
  whenHistory?(): Promise<unknown>;
}

/** What the message handlers (sync, chain transfer) need from the network that runs them. */
export interface HandlerContext {
  readonly node: NetworkNode;
  readonly config: NetworkConfig;
  /** Charges `session` for a fault (nothing for a harmless one); false once the peer is banned and disconnected. */
  penalize(session: PeerSession, fault: Fault, context: FaultContext, detail: string): boolean;
  /** Runs `work` with per-block relay held back; afterwards only the new tip, if the tip moved, is announced. */
  inBulk<T>(work: () => Promise<T>): Promise<T>;
}

/** What message dispatch needs besides: the clock, and the network's reactions to what peers tell it. */
export interface DispatchContext extends HandlerContext {
  readonly clock: Clock;
  /** The peer's first status arrived: it is ready for everything else. */
  peerReady(session: PeerSession): void;
  /** Peer ids a peer told us of. */
  addCandidates(ids: readonly string[]): void;
  /** Someone may have more than we do: start a sync unless one runs. */
  requestSync(): void;
  /** A node's report, from `session`: kept and relayed (room-reports.ts). */
  receiveReport(session: PeerSession, report: ReportMessage): void;
}
