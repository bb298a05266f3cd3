// Builders for core tests: a low-difficulty network, deterministic keys, and blocks mined on any parent.
import {
  type Block,
  type Blockchain,
  createBlock,
  createNetworkParams,
  createTransaction,
  GENESIS_TIMESTAMP,
  type KeyPair,
  keyPairFromSecret,
  mineChildBlock,
  type Transaction,
} from '../../src/core/index.ts';

/** Four bits of work: sixteen hashes a block on average, so tests mine hundreds of blocks in milliseconds. */
export const params = createNetworkParams('test', {
  difficulty: 4,
  minDifficulty: 1,
  retarget: null,
  reward: 50,
  maxTransactionsPerBlock: 16,
  maxInfoBytes: 64,
});

export const T0 = GENESIS_TIMESTAMP + 60_000;
/** A clock far enough ahead that no test block is "in the future". */
export const NOW = T0 + 1_000_000_000;

export function keys(seed: number): KeyPair {
  const secret = new Uint8Array(32);
  new DataView(secret.buffer).setUint32(0, seed + 1);
  return keyPairFromSecret(secret);
}

export const alice = keys(1);
export const bob = keys(2);
export const carol = keys(3);

let txNonce = 0;
export function pay(from: KeyPair, to: KeyPair | string, amount: number, info = ''): Transaction {
  return createTransaction(
    from,
    { recipient: typeof to === 'string' ? to : to.address, amount, info, timestamp: T0, nonce: txNonce++ },
    params,
  );
}

export type BuildOptions = {
  readonly transactions?: readonly Transaction[];
  readonly miner?: KeyPair;
  readonly timestampOffset?: number;
  readonly coinbaseInfo?: string;
};

/** A valid block on `parent` (any known block, not only the tip), mined at the difficulty the chain expects. */
export function buildBlock(chain: Blockchain, parent: Block, options: BuildOptions = {}): Block {
  const rules = chain.nextBlockRules(parent.hash);
  if (!rules) throw new Error('parent unknown to the chain');
  const timestamp = Math.max(parent.timestamp + 1000 + (options.timestampOffset ?? 0), rules.minTimestamp);
  return mineChildBlock({
    parent,
    minerAddress: (options.miner ?? alice).address,
    reward: chain.params.reward,
    timestamp,
    difficulty: rules.difficulty,
    transactions: options.transactions ?? [],
    coinbaseInfo: options.coinbaseInfo ?? '',
  });
}

export function extend(chain: Blockchain, count: number, options: BuildOptions = {}): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i < count; i++) {
    const block = buildBlock(chain, chain.tip, options);
    const added = chain.addBlock(block, { now: NOW });
    if (!added.ok) throw new Error(`${added.code}: ${added.detail}`);
    blocks.push(block);
  }
  return blocks;
}

/** Mines a block whose hash does NOT meet its difficulty. */
export function mineFailingPow(template: Block): Block {
  for (let nonce = 0; ; nonce++) {
    const block = createBlock({ ...template, nonce });
    const zeros = Number.parseInt(block.hash.slice(0, 8), 16);
    if (Math.clz32(zeros) < block.difficulty) return block;
  }
}
