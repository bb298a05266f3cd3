// Block templates and the nonce search over them. Pure: the worker pool (src/mining) splits the nonce space and
// calls `searchNonces`; tests and small difficulties call `mineBlock` directly.
import { type Block, createBlock, withNonce } from './block.ts';
import type { Blockchain } from './chain.ts';
import type { Mempool } from './mempool.ts';
import { HeaderHasher } from './sha256-kernel.ts';
import { createCoinbase, type Transaction } from './transaction.ts';

export type TemplateInput = {
  readonly minerAddress: string;
  readonly now: number;
  /** Extra text in the coinbase (the seed's miner had none; ours can sign its blocks). */
  readonly coinbaseInfo?: string;
};

export type ChildInput = {
  /** The block to build on. */
  readonly parent: Block;
  readonly minerAddress: string;
  readonly reward: number;
  readonly timestamp: number;
  readonly difficulty: number;
  /** After the coinbase, in this order. */
  readonly transactions?: readonly Transaction[];
  readonly coinbaseInfo?: string;
};

/** An unmined block (nonce 0) on `parent`: its coinbase pays the miner, then come the given transactions. */
export function childTemplate(input: ChildInput): Block {
  const index = input.parent.index + 1;
  const coinbase = createCoinbase({
    recipient: input.minerAddress,
    amount: input.reward,
    index,
    timestamp: input.timestamp,
    info: input.coinbaseInfo ?? '',
  });
  return createBlock({
    index,
    timestamp: input.timestamp,
    previousHash: input.parent.hash,
    difficulty: input.difficulty,
    nonce: 0,
    transactions: [coinbase, ...(input.transactions ?? [])],
  });
}

/** A block on the current tip, paying the miner, holding what the mempool offers; nonce 0. */
export function createBlockTemplate(chain: Blockchain, mempool: Mempool, input: TemplateInput): Block {
  return templateOn(chain, chain.tip, input, (timestamp) =>
    mempool.selectForBlock(chain.params.maxTransactionsPerBlock - 1, timestamp),
  );
}

/**
 * A block on any block the chain holds, main chain or not, with exactly `transactions`: a branch mined on purpose
 * (the 51% lesson's private branch). Whether they are valid on that branch is the chain's to judge when it comes.
 */
export function createBranchTemplate(
  chain: Blockchain,
  parentHash: string,
  transactions: readonly Transaction[],
  input: TemplateInput,
): Block {
  const parent = chain.getBlock(parentHash);
  if (parent === undefined) throw new Error(`no block ${parentHash} to build on`);
  return templateOn(chain, parent, input, () => transactions.slice(0, chain.params.maxTransactionsPerBlock - 1));
}

function templateOn(
  chain: Blockchain,
  parent: Block,
  input: TemplateInput,
  transactionsAt: (timestamp: number) => Transaction[],
): Block {
  const rules = chain.nextBlockRules(parent.hash);
  if (!rules) throw new Error('a block of the chain is always in its tree');
  const timestamp = Math.max(input.now, rules.minTimestamp);
  return childTemplate({
    parent,
    minerAddress: input.minerAddress,
    reward: chain.params.reward,
    timestamp,
    difficulty: rules.difficulty,
    transactions: transactionsAt(timestamp),
    ...(input.coinbaseInfo === undefined ? {} : { coinbaseInfo: input.coinbaseInfo }),
  });
}

export type NonceRange = {
  /** First nonce to try (a safe integer). */
  readonly start: number;
  readonly count: number;
};

/** Searches a nonce range of a template; returns the winning nonce or null. */
export function searchNonces(template: Block, range: NonceRange): number | null {
  const hasher = new HeaderHasher(template.header);
  let nonce = range.start;
  let left = range.count;
  while (left > 0) {
    const high = Math.floor(nonce / 2 ** 32);
    const low = nonce % 2 ** 32;
    const span = Math.min(left, 2 ** 32 - low);
    const found = hasher.search(high, low, span, template.difficulty);
    if (found >= 0) return high * 2 ** 32 + found;
    nonce += span;
    left -= span;
  }
  return null;
}

/** Mines a template in this thread: fine for tests and low difficulties, the app uses the worker pool. */
export function mineBlock(
  template: Block,
  range: NonceRange = { start: 0, count: Number.MAX_SAFE_INTEGER },
): Block | null {
  const nonce = searchNonces(template, range);
  return nonce === null ? null : withNonce(template, nonce);
}

/** `childTemplate` mined in this thread, for tests, fixtures and benchmarks; throws if no nonce works. */
export function mineChildBlock(input: ChildInput): Block {
  const mined = mineBlock(childTemplate(input));
  if (mined === null) throw new Error(`block ${input.parent.index + 1}: nonce space exhausted`);
  return mined;
}
