// A minimal typed event channel: a node announces what changed, the UI and the network listen.
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
  | { readonly type: 'storage-error'; readonly message: string };

export type Listener = (event: NodeEvent) => void;

export class EventChannel {
  private readonly listeners = new Set<Listener>();

  /** Returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: NodeEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (error) {
        // One broken listener (a UI bug) must not stop the node or the other listeners.
        console.error('node event listener failed', error);
      }
    }
  }
}
