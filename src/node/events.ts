// What a node announces: the UI and the network listen through a core Listeners<NodeEvent>.
import type { Block, Reorg, Transaction } from '../core/index.ts';
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
  | { readonly type: 'mining'; readonly active: boolean; readonly auto: boolean }
  | { readonly type: 'mining-progress'; readonly progress: MiningProgress }
  | { readonly type: 'peers'; readonly peers: readonly string[] }
  | { readonly type: 'storage-error'; readonly message: string; readonly error: unknown };

export type Listener = (event: NodeEvent) => void;
