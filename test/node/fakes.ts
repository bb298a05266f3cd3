// In-memory edges for node tests: a store that keeps what it is given, and a miner searching in small chunks on
// this thread so aborts are seen between chunks, as the worker pool does.
import { type Block, type KeyPair, searchNonces, type Transaction, withNonce } from '../../src/core/index.ts';
import type { CommandResult } from '../../src/node/failures.ts';
import type { MinerPort, MiningProgress, NodeStorePort, StoredNode } from '../../src/node/ports.ts';

/** The value of a command that must succeed; a failure fails the test with its code. */
export function succeededWith<T>(result: CommandResult<T>): T {
  if (!result.ok) throw new Error(`command failed: ${result.failure.code} ${JSON.stringify(result.failure.values)}`);
  return result.value;
}

export class MemoryStore implements NodeStorePort {
  blocks: Block[] = [];
  tipHash: string | null = null;
  mempool: Transaction[] = [];
  keys: KeyPair | null = null;
  peers: string[] = [];
  /** What a load reports it skipped, as a real store does for unreadable records. */
  warnings: string[] = [];
  failNextWrite: Error | null = null;

  async load(): Promise<StoredNode> {
    return {
      blocks: [...this.blocks],
      tipHash: this.tipHash,
      mempool: [...this.mempool],
      keys: this.keys,
      peers: this.peers,
      warnings: this.warnings,
    };
  }
  async saveBlocks(blocks: readonly Block[], tipHash: string): Promise<void> {
    this.maybeFail();
    this.blocks.push(...blocks);
    this.tipHash = tipHash;
  }
  async saveMempool(transactions: readonly Transaction[]): Promise<void> {
    this.maybeFail();
    this.mempool = [...transactions];
  }
  async saveKeys(keys: KeyPair): Promise<void> {
    this.keys = keys;
  }
  async savePeers(ids: readonly string[]): Promise<void> {
    this.peers = [...ids];
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
