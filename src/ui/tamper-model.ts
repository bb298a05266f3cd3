// The tamper demo's sandbox: a copy of the main chain a student may edit, judged link by link with the core's own
// checks, and repaired by mining again. Pure: no DOM, and the clock comes in as an argument.
import { sha256 } from '@noble/hashes/sha2.js';
import {
  type Block,
  bytesToHex,
  checkBlock,
  createBlock,
  encodeTransactionPayload,
  type NetworkParams,
  RejectCode,
  searchNonces,
  transactionFromJson,
  transactionToJson,
  withNonce,
} from '../core/index.ts';

export type Verdict =
  | { readonly index: number; readonly ok: true }
  | { readonly index: number; readonly ok: false; readonly code: RejectCode; readonly detail: string };

/**
 * Judges every block from `firstEdited` on (the ones before it are the node's validated main chain): first the link
 * to the block before (broken-link), then the block on its own (bad-pow, bad-merkle-root, bad-signature, ...). A block
 * after a broken one is refused too, since peers never accept a block whose parent they refused (invalid-parent).
 */
export function evaluateSandbox(blocks: readonly Block[], firstEdited: number, params: NetworkParams): Verdict[] {
  const verdicts: Verdict[] = [];
  let brokenAt: number | null = null;
  for (const [i, block] of blocks.entries()) {
    const previous = blocks[i - 1];
    if (block.index < firstEdited || previous === undefined) {
      verdicts.push({ index: block.index, ok: true });
      continue;
    }
    const verdict = judge(block, previous, params, brokenAt);
    if (!verdict.ok && brokenAt === null) brokenAt = block.index;
    verdicts.push(verdict);
  }
  return verdicts;
}

function judge(block: Block, previous: Block, params: NetworkParams, brokenAt: number | null): Verdict {
  const index = block.index;
  if (block.previousHash !== previous.hash) {
    const detail = `previous hash ${block.previousHash.slice(0, 12)}… is not block ${previous.index}'s hash ${previous.hash.slice(0, 12)}…`;
    return { index, ok: false, code: RejectCode.BrokenLink, detail };
  }
  const own = checkBlock(block, params);
  if (!own.ok) return { index, ok: false, code: own.code, detail: own.detail };
  if (brokenAt !== null) {
    return { index, ok: false, code: RejectCode.InvalidParent, detail: `builds on refused block ${brokenAt}` };
  }
  return { index, ok: true };
}

export type TransactionEdit = { readonly info: string; readonly amount: number };

/**
 * The block with one transaction's info and amount changed, everything else (its header, so its hash) kept: what a
 * cheater who edits stored data gets. The edited transaction keeps its old signature, which no longer matches.
 */
export function editTransaction(block: Block, txIndex: number, edit: TransactionEdit): Block {
  const original = block.transactions[txIndex];
  if (original === undefined) throw new RangeError(`block ${block.index} has no transaction ${txIndex}`);
  const json = { ...transactionToJson(original), info: edit.info, amount: edit.amount };
  const payload = encodeTransactionPayload({ ...original, info: edit.info, amount: edit.amount });
  const rebuilt = transactionFromJson({ ...json, txid: bytesToHex(sha256(payload)) });
  if (!rebuilt.ok) throw new RangeError(`${rebuilt.code}: ${rebuilt.detail}`);
  const transactions = block.transactions.map((tx, i) => (i === txIndex ? rebuilt.value : tx));
  return createBlock({ ...block, transactions, transactionsRoot: block.transactionsRoot });
}

/** A block rebuilt on a parent: its root recomputed from its body and the nonce reset, ready to mine. */
export function relink(block: Block, parentHash: string): Block {
  const { transactionsRoot: _stated, ...rest } = block;
  return createBlock({ ...rest, previousHash: parentHash, nonce: 0 });
}

export type MiningStep = { readonly block: Block | null; readonly tried: number };

/** One slice of a nonce search, small enough to keep the page responsive between slices. */
export function mineSlice(template: Block, start: number, count: number): MiningStep {
  const nonce = searchNonces(template, { start, count });
  if (nonce === null) return { block: null, tried: count };
  return { block: withNonce(template, nonce), tried: nonce - start + 1 };
}

/** Expected nonces to try for one block: 2^difficulty. Why a re-mine of many blocks takes long. */
export function expectedWork(difficulty: number): number {
  return 2 ** difficulty;
}
