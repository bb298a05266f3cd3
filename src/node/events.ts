// What a node announces: the chain node's own events, and the full node's one union of everything it tells its
// clients (the page, the console, any other), one name per meaning.
import type { Block, DroppedTransaction, Reorg, Transaction } from '../core/index.ts';
import type { NetworkEvent } from '../net/network-events.ts';
import type { StorageError } from '../storage/index.ts';
import type { NodeNotice } from './notices.ts';
import type { MiningProgress } from './ports.ts';

export type BlockSource = 'local' | 'peer' | 'import';

export type NodeEvent =
  | {
      readonly type: 'block';
      readonly block: Block;
      readonly status: 'main' | 'side';
      readonly reorg: Reorg;
      readonly source: BlockSource;
    }
  | { readonly type: 'transaction'; readonly transaction: Transaction; readonly source: BlockSource }
  | { readonly type: 'mempool'; readonly size: number }
  /**
   * A reorg returned these transactions to the mempool and the new chain refused them: a payment its sender's
   * coins no longer cover (Overspend) was double spent by a transaction of the new chain.
   */
  | { readonly type: 'dropped'; readonly transactions: readonly DroppedTransaction[] }
  | { readonly type: 'mining'; readonly active: boolean; readonly auto: boolean }
  | { readonly type: 'mining-progress'; readonly progress: MiningProgress }
  /**
   * A save committed, carrying the main chain's tip `tipHash` (at `height`): the store holds that chain now, and a
   * crash from here on loses none of it. Saves without a tip (mempool, peers) say nothing.
   */
  | { readonly type: 'saved'; readonly tipHash: string; readonly height: number }
  /** A write failed: the storage's coded error, or null for anything else (then `message` is all there is). */
  | { readonly type: 'storage-error'; readonly error: StorageError | null; readonly message: string }
  /**
   * A node started on its ledger snapshot now holds its whole history, read and checked: `agreed` false when the
   * blocks disagreed with the snapshot (the node follows the blocks). `blocks` stored blocks were read.
   */
  | {
      readonly type: 'history';
      readonly agreed: boolean;
      readonly blocks: number;
      readonly warnings: readonly string[];
    };

export type Listener = (event: NodeEvent) => void;

/** Everything a full node tells its clients: its chain node's events, its network's, and its registered peers. */
export type FullNodeEvent =
  | NodeEvent
  | NetworkEvent
  /** The peers registered by the user (the seed's /nodes/register) changed: room peer ids, in order. */
  | { readonly type: 'registered-peers'; readonly peers: readonly string[] }
  /** Something the user should know that came after the start (the notices a client shows first are `notices`). */
  | { readonly type: 'notice'; readonly notice: NodeNotice }
  /** The dials that keep failing changed (the snapshot's `failingDials`). */
  | { readonly type: 'dial-failures' };

export type FullNodeListener = (event: FullNodeEvent) => void;
