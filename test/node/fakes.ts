// In-memory edges for node tests: a store that keeps what it is given, and a miner searching in small chunks on
// this thread so aborts are seen between chunks, as the worker pool does.
import { type Block, type KeyPair, searchNonces, type Transaction, withNonce } from '../../src/core/index.ts';
import type { CommandResult } from '../../src/node/failures.ts';
import { FullNode } from '../../src/node/full-node.ts';
import { BlockchainNode } from '../../src/node/node.ts';
import type { MinerPort, MiningProgress, NodeSave, NodeStorePort, StoredNode } from '../../src/node/ports.ts';
import { NOW, params } from '../core/helpers.ts';

/** The value of a command that must succeed; a failure fails the test with its code. */
export function succeededWith<T>(result: CommandResult<T>): T {
  if (!result.ok) throw new Error(`command failed: ${result.failure.code} ${JSON.stringify(result.failure.values)}`);
  return result.value;
}

/**
 * Keeps what it is given, in the node's own objects. `holdWrites` makes every save wait until a test releases it,
 * so a test can pile work up behind a save in flight, as a slow IndexedDB commit does.
 */
export class MemoryStore implements NodeStorePort {
  blocks: Block[] = [];
  tipHash: string | null = null;
  /** By txid, in arrival order, as the IndexedDB store keeps it. */
  mempool = new Map<string, Transaction>();
  keys: KeyPair | null = null;
  peers: string[] = [];
  /** What a load reports it skipped, as a real store does for unreadable records. */
  warnings: string[] = [];
  failNextWrite: Error | null = null;
  /** Every save asked of the store, in order, whether it committed or not. */
  readonly saves: NodeSave[] = [];
  /** Saves waiting to be released, oldest first; null when saves commit at once. */
  private held: Array<() => void> | null = null;

  async load(): Promise<StoredNode> {
    return {
      blocks: [...this.blocks],
      tipHash: this.tipHash,
      mempool: [...this.mempool.values()],
      keys: this.keys,
      peers: this.peers,
      warnings: this.warnings,
    };
  }

  async save(changes: NodeSave): Promise<void> {
    this.saves.push(changes);
    const held = this.held;
    if (held !== null) await new Promise<void>((release) => held.push(release));
    this.maybeFail();
    this.blocks.push(...(changes.blocks ?? []));
    if (changes.tipHash !== undefined) this.tipHash = changes.tipHash;
    for (const txid of changes.mempoolRemoved ?? []) this.mempool.delete(txid);
    for (const tx of changes.mempoolAdded ?? []) this.mempool.set(tx.txid, tx);
    if (changes.peers !== undefined) this.peers = [...changes.peers];
    if (changes.keys !== undefined) this.keys = changes.keys;
  }

  /** From now on, every save waits for `releaseOne` (or `releaseAll`). */
  holdWrites(): void {
    this.held ??= [];
  }

  /** Saves asked for and not yet released. */
  get heldWrites(): number {
    return this.held?.length ?? 0;
  }

  /** Lets the oldest held save go on (commit, or fail with `failNextWrite`). */
  releaseOne(): void {
    const release = this.held?.shift();
    if (release === undefined) throw new Error('no save is held');
    release();
  }

  /** Releases every held save and stops holding. */
  releaseAll(): void {
    const held = this.held ?? [];
    this.held = null;
    for (const release of held) release();
  }

  private maybeFail() {
    const error = this.failNextWrite;
    this.failNextWrite = null;
    if (error) throw error;
  }
}

export class ThreadMiner implements MinerPort {
  workerCount = 1;
  templates: Block[] = [];
  constructor(private readonly chunk = 64) {}

  async mine(template: Block, options: { signal: AbortSignal; onProgress?: (p: MiningProgress) => void }) {
    this.templates.push(template);
    for (let start = 0; ; start += this.chunk) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (options.signal.aborted) return null;
      const nonce = searchNonces(template, { start, count: this.chunk });
      options.onProgress?.({ hashRate: 1, noncesTried: start + this.chunk, workers: 1, elapsedMs: 1 });
      if (nonce !== null) return withNonce(template, nonce);
    }
  }
  setWorkerCount(count: number): void {
    this.workerCount = count;
  }
}

/** A chain node of the test network on a memory store and a thread miner, as a test opens one. */
export function openChainNode(nodeId: string, store: NodeStorePort = new MemoryStore()): Promise<BlockchainNode> {
  return BlockchainNode.open({ params, nodeId, store, miner: new ThreadMiner(), now: () => NOW });
}

/** A full node with no peer network: what the console, the seed API and chain files are tested on. */
export async function startLoneNode(nodeId: string): Promise<FullNode> {
  return FullNode.start({ chainNode: await openChainNode(nodeId) });
}
