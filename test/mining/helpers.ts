// Builders for mining tests: block templates on a fixed-difficulty network, and pool workers that run the real
// miner api on this thread, a macrotask away like a real worker's postMessage.
import {
  type Block,
  Blockchain,
  createBlockTemplate,
  createNetworkParams,
  GENESIS_TIMESTAMP,
  keyPairFromSecret,
  Mempool,
} from '../../src/core/index.ts';
import { type ChunkJob, createMinerApi, type MinerApiOptions } from '../../src/mining/miner-api.ts';
import type { MinerWorkerHandle } from '../../src/mining/miner-pool.ts';

export const NOW = GENESIS_TIMESTAMP + 60_000;
const miner = keyPairFromSecret(new Uint8Array(32).fill(7));

/** A chain whose every block needs `difficulty` bits, and a template on its tip. */
export function templateAt(difficulty: number, coinbaseInfo = ''): { chain: Blockchain; template: Block } {
  const params = createNetworkParams('mining', { difficulty, minDifficulty: 0, retarget: null });
  const chain = new Blockchain(params);
  const template = createBlockTemplate(chain, new Mempool(chain), {
    minerAddress: miner.address,
    now: NOW,
    coinbaseInfo,
  });
  return { chain, template };
}

function macrotask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export type InThreadWorkers = {
  /** The pool's worker factory. */
  readonly create: () => MinerWorkerHandle;
  /** Every chunk any worker was given, in order, with the index of the worker. */
  readonly chunks: { readonly worker: number; readonly job: ChunkJob }[];
  readonly created: () => number;
  readonly terminated: () => number;
};

export function inThreadWorkers(options: MinerApiOptions = {}): InThreadWorkers {
  const chunks: { worker: number; job: ChunkJob }[] = [];
  let created = 0;
  let terminated = 0;
  return {
    create() {
      const worker = created++;
      const api = createMinerApi(options);
      let alive = true;
      return {
        api: {
          async searchChunk(job: ChunkJob) {
            if (!alive) throw new Error(`worker ${worker} was terminated`);
            chunks.push({ worker, job });
            await macrotask();
            return api.searchChunk(job);
          },
        },
        terminate() {
          if (alive) terminated += 1;
          alive = false;
        },
      };
    },
    chunks,
    created: () => created,
    terminated: () => terminated,
  };
}
