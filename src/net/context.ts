// The narrow view the network handlers have of the node they serve and of the network around them. A structural
// port, so tests hand in a real BlockchainNode and src/net never imports the node's implementation.
import type { Added, Block, Blockchain, NetworkParams, Result, Transaction } from '../core/index.ts';
import type { NodeEvent } from '../node/events.ts';
import type { Clock } from './clock.ts';
import type { NetworkConfig } from './config.ts';
import type { Fault, FaultContext } from './misbehaviour.ts';
import type { PeerSession } from './peer-session.ts';

/** What the network needs of a node: BlockchainNode has all of it. */
export interface NetworkNode {
  readonly id: string;
  readonly params: NetworkParams;
  readonly chain: Blockchain;
  readonly mempool: { transactions(): Transaction[]; has(txid: string): boolean };
  /** Validates and stores a block; every peer block goes through here, so nothing invalid is stored. */
  acceptBlock(block: Block, source: 'peer'): Result<Added>;
  /** Many blocks at once, signatures verified together; one verdict per block, in order. */
  acceptBlocks(blocks: readonly Block[], source: 'peer'): Promise<ReadonlyArray<Result<Added>>>;
  /** Starts verifying the signatures of a batch before it is handed, as this same array, to acceptBlocks. */
  startSignatureCheck(blocks: readonly Block[]): void;
  acceptTransaction(transaction: Transaction, source: 'peer'): Result<Transaction>;
  subscribe(listener: (event: NodeEvent) => void): () => void;
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
}
