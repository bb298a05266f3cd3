// Whole chains in the seed's GET /chain shape, {chain, length}: export, parse, and the seed's valid_chain.
import { type Block, type BlockJson, blockFromJson, blockToJson } from './block.ts';
import { Blockchain } from './chain.ts';
import { accept, RejectCode, type Result, reject } from './errors.ts';
import type { NetworkParams } from './params.ts';
import { hasExactKeys } from './transaction.ts';

export type ChainJson = { chain: BlockJson[]; length: number };

export function exportChain(blocks: readonly Block[]): ChainJson {
  return { chain: blocks.map(blockToJson), length: blocks.length };
}

/**
 * Decodes a {chain, length} document: shape, every block's encoding and hash, the shared genesis, and each
 * block's link to the one before. Proof of work, signatures and balances are for `validChain`.
 */
export function parseChain(json: unknown, params: NetworkParams): Result<Block[]> {
  if (typeof json !== 'object' || json === null || !hasExactKeys(json, ['chain', 'length'])) {
    return reject(RejectCode.Malformed, 'a chain is an object with exactly the fields chain and length');
  }
  const { chain, length } = json as { chain: unknown; length: unknown };
  if (!Array.isArray(chain)) return reject(RejectCode.Malformed, 'chain must be an array');
  if (chain.length === 0) return reject(RejectCode.Empty, 'the chain has no blocks');
  if (length !== chain.length)
    return reject(RejectCode.BadLength, `length ${String(length)} but ${chain.length} blocks`);
  const blocks: Block[] = [];
  for (const [i, blockJson] of chain.entries()) {
    const decoded = blockFromJson(blockJson, params.maxTransactionsPerBlock);
    if (!decoded.ok) return reject(decoded.code, `block at position ${i}: ${decoded.detail}`);
    const block = decoded.value;
    const previous = blocks[i - 1];
    if (previous === undefined) {
      const genesis = new Blockchain(params).genesis;
      if (block.hash !== genesis.hash) {
        return reject(RejectCode.WrongGenesis, `genesis ${block.hash} is not network ${params.name}'s ${genesis.hash}`);
      }
    } else if (block.previousHash !== previous.hash || block.index !== previous.index + 1) {
      return reject(RejectCode.BrokenLink, `block ${block.index} does not follow block ${previous.index}`);
    }
    blocks.push(block);
  }
  return accept(blocks);
}

/** The seed's valid_chain, and more: every rule a block must pass, replayed from genesis on a fresh chain. */
export function validChain(json: unknown, params: NetworkParams, now: number): Result<Blockchain> {
  const parsed = parseChain(json, params);
  if (!parsed.ok) return parsed;
  const chain = new Blockchain(params);
  for (const block of parsed.value.slice(1)) {
    // Each block has more work than the chain before it, so it either becomes the tip or is rejected.
    const added = chain.addBlock(block, { now });
    if (!added.ok) return added;
  }
  return accept(chain);
}
