// Blocks: immutable values made by factories, their canonical JSON form (the seed's field names), and the checks
// a block passes on its own, before its place in the chain is known.
import { bytesToHex, compactInteger, equalBytes, hexToBytes, isHex, isUint } from './bytes.ts';
import { accept, RejectCode, type Result, reject } from './errors.ts';
import { decodeHeader, encodeHeader, hashHeaderBytes, leadingZeroBits } from './header.ts';
import { BLOCK_VERSION, HASH_SIZE } from './header-layout.ts';
import { merkleRoot } from './merkle.ts';
import { checkMinerSignature, type MinerSignature } from './miner-signature.ts';
import type { NetworkParams } from './params.ts';
import {
  checkTransaction,
  hasExactKeys,
  isCoinbase,
  leafHashOf,
  type Transaction,
  type TransactionJson,
  transactionFromJson,
  transactionToJson,
} from './transaction.ts';

export type Block = {
  readonly version: number;
  readonly index: number;
  readonly timestamp: number;
  readonly previousHash: string;
  readonly transactionsRoot: string;
  readonly difficulty: number;
  /** The seed's `proof`. */
  readonly nonce: number;
  readonly transactions: readonly Transaction[];
  readonly header: Uint8Array;
  readonly hash: string;
  /** A private room's block only: who mined it, and their signature over `header` (outside what `hash` covers). */
  readonly miner?: MinerSignature;
};

/** The seed's block JSON, plus what a binary header needs. Field order is part of the canonical form. */
export type BlockJson = {
  index: number;
  timestamp: number;
  transactions: TransactionJson[];
  proof: number;
  previous_hash: string;
  hash: string;
  difficulty: number;
  transactions_root: string;
  version: number;
  /** A private room's block only, last: hex of the miner's public key and of its signature over the header. */
  miner_public_key?: string;
  miner_signature?: string;
};

export const ZERO_HASH = '0'.repeat(HASH_SIZE * 2);

export type BlockInput = {
  readonly index: number;
  readonly timestamp: number;
  readonly previousHash: string;
  readonly difficulty: number;
  readonly nonce: number;
  readonly transactions: readonly Transaction[];
  readonly version?: number;
  /** Only decoding passes this: the root a block states, which validation compares with the real one. */
  readonly transactionsRoot?: string;
};

export function computeTransactionsRoot(transactions: readonly Transaction[]): string {
  return bytesToHex(merkleRoot(transactions.map(leafHashOf)));
}

export function createBlock(input: BlockInput): Block {
  const header = encodeHeader({
    version: input.version ?? BLOCK_VERSION,
    index: input.index,
    timestamp: input.timestamp,
    previousHash: hexToBytes(input.previousHash),
    transactionsRoot: hexToBytes(input.transactionsRoot ?? computeTransactionsRoot(input.transactions)),
    difficulty: input.difficulty,
    nonce: input.nonce,
  });
  // Hashes are strict lowercase hex, so the fields read back from the header are the ones given.
  return blockFromHeader(header, input.transactions);
}

/**
 * A block from its encoded header and its transactions, as decoding stored bytes gives them: the header is kept as
 * is (its fields read from it, its hash computed unless `statedHash` gives it), not encoded again. Throws RangeError
 * for a header of another size. Only a caller that can vouch for the bytes passes a hash (a sealed store).
 */
export function blockFromHeader(
  header: Uint8Array,
  transactions: readonly Transaction[],
  statedHash?: Uint8Array,
): Block {
  const fields = decodeHeader(header);
  const hash = statedHash ?? hashHeaderBytes(header);
  const block: Block = Object.freeze({
    version: fields.version,
    index: fields.index,
    timestamp: fields.timestamp,
    previousHash: previousHashHex(fields.previousHash),
    transactionsRoot: bytesToHex(fields.transactionsRoot),
    difficulty: fields.difficulty,
    nonce: compactInteger(fields.nonce),
    transactions: Object.freeze([...transactions]),
    header,
    hash: bytesToHex(hash),
  });
  lastHash.set(hash);
  lastHashHex = block.hash;
  return block;
}

/** The hash of the block built last, and its hex: blocks are mostly built parent first. */
const lastHash = new Uint8Array(HASH_SIZE);
let lastHashHex = '';

/**
 * A previous hash as hex: the string of the block built just before when it is that block's hash, as it is all along
 * a chain read in order. One string fewer to make and keep per block; loading 10,000 blocks keeps 100,000 strings.
 */
function previousHashHex(previousHash: Uint8Array): string {
  return lastHashHex !== '' && equalBytes(previousHash, lastHash) ? lastHashHex : bytesToHex(previousHash);
}

/** The same block signed by its miner (a private room's). */
export function withMinerSignature(block: Block, miner: MinerSignature): Block {
  return Object.freeze({ ...block, miner });
}

/** The same block with another nonce: what the miner hands back. */
export function withNonce(block: Block, nonce: number): Block {
  return createBlock({ ...block, nonce });
}

export function blockToJson(block: Block): BlockJson {
  const json: BlockJson = {
    index: block.index,
    timestamp: block.timestamp,
    transactions: block.transactions.map(transactionToJson),
    proof: block.nonce,
    previous_hash: block.previousHash,
    hash: block.hash,
    difficulty: block.difficulty,
    transactions_root: block.transactionsRoot,
    version: block.version,
  };
  if (block.miner) {
    json.miner_public_key = bytesToHex(block.miner.publicKey);
    json.miner_signature = bytesToHex(block.miner.signature);
  }
  return json;
}

const BLOCK_KEYS = [
  'index',
  'timestamp',
  'transactions',
  'proof',
  'previous_hash',
  'hash',
  'difficulty',
  'transactions_root',
  'version',
];
const SIGNED_BLOCK_KEYS = [...BLOCK_KEYS, 'miner_public_key', 'miner_signature'];

/**
 * Narrows untrusted JSON field by field into a Block. The stated hash must be the header's real hash; everything
 * else (root, proof of work, signatures, place in the chain) is for validation to judge.
 */
export function blockFromJson(json: unknown, maxTransactions = 10_000): Result<Block> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return reject(RejectCode.Malformed, 'block is not an object');
  }
  const signed = hasExactKeys(json, SIGNED_BLOCK_KEYS);
  if (!signed && !hasExactKeys(json, BLOCK_KEYS)) {
    return reject(RejectCode.Malformed, `block must have exactly the fields ${BLOCK_KEYS.join(', ')}`);
  }
  const j = json as Record<string, unknown>;
  if (signed && (!isHex(j.miner_public_key, 32) || !isHex(j.miner_signature, 64))) {
    return reject(RejectCode.Malformed, 'bad miner_public_key or miner_signature');
  }
  if (!isUint(j.version, 0xffffffff)) return reject(RejectCode.Malformed, 'version must be a u32');
  if (!isUint(j.index, 0xffffffff)) return reject(RejectCode.Malformed, 'index must be a u32');
  if (!isUint(j.timestamp)) return reject(RejectCode.Malformed, 'timestamp must be a non-negative integer');
  if (!isUint(j.proof)) return reject(RejectCode.Malformed, 'proof must be a non-negative safe integer');
  if (!isUint(j.difficulty, 256)) return reject(RejectCode.Malformed, 'difficulty must be 0..256');
  if (!isHex(j.previous_hash, HASH_SIZE)) return reject(RejectCode.Malformed, 'previous_hash must be 32 bytes hex');
  if (!isHex(j.transactions_root, HASH_SIZE))
    return reject(RejectCode.Malformed, 'transactions_root must be 32 bytes hex');
  if (!isHex(j.hash, HASH_SIZE)) return reject(RejectCode.Malformed, 'hash must be 32 bytes hex');
  if (!Array.isArray(j.transactions)) return reject(RejectCode.Malformed, 'transactions must be an array');
  if (j.transactions.length > maxTransactions) {
    return reject(RejectCode.TooManyTransactions, `${j.transactions.length} transactions`);
  }
  const transactions: Transaction[] = [];
  for (const [i, txJson] of j.transactions.entries()) {
    const tx = transactionFromJson(txJson);
    if (!tx.ok) return reject(tx.code, `transaction ${i}: ${tx.detail}`);
    transactions.push(tx.value);
  }
  const block = createBlock({
    version: j.version,
    index: j.index,
    timestamp: j.timestamp,
    previousHash: j.previous_hash,
    transactionsRoot: j.transactions_root,
    difficulty: j.difficulty,
    nonce: j.proof,
    transactions,
  });
  if (block.hash !== j.hash) {
    return reject(RejectCode.BadHash, `block ${block.index}: stated hash ${j.hash} is not the header's ${block.hash}`);
  }
  if (!signed) return accept(block);
  const miner = {
    publicKey: hexToBytes(j.miner_public_key as string),
    signature: hexToBytes(j.miner_signature as string),
  };
  return accept(withMinerSignature(block, miner));
}

export function meetsDifficulty(block: Block): boolean {
  return leadingZeroBits(hexToBytes(block.hash)) >= block.difficulty;
}

export type CheckOptions = {
  /** Skip signature checks: for blocks this node validated before and stored (trusted local storage). */
  readonly skipSignatures?: boolean;
  /** Skip checking that each sender is its public key's address: for blocks from this node's own storage only. */
  readonly skipKeyBinding?: boolean;
};

function blockRejection(block: Block, code: RejectCode, detail: string) {
  return reject(code, `block ${block.index} ${block.hash.slice(0, 16)}: ${detail}`);
}

/** Everything a non-genesis block must satisfy on its own: version, size, coinbase, root, proof of work, signatures. */
export function checkBlock(block: Block, params: NetworkParams, options: CheckOptions = {}): Result<true> {
  const fail = (code: RejectCode, detail: string) => blockRejection(block, code, detail);
  if (block.version !== BLOCK_VERSION) return fail(RejectCode.BadVersion, `version ${block.version}`);
  if (!meetsDifficulty(block))
    return fail(RejectCode.BadPow, `hash has fewer than ${block.difficulty} leading zero bits`);
  const txs = block.transactions;
  if (txs.length > params.maxTransactionsPerBlock) {
    return fail(RejectCode.TooManyTransactions, `${txs.length} > ${params.maxTransactionsPerBlock}`);
  }
  // The root first: until it matches, the body is not the one the header (and its hash) commits to.
  if (computeTransactionsRoot(txs) !== block.transactionsRoot) {
    return fail(RejectCode.BadMerkleRoot, 'transactions do not match the transactions root');
  }
  const coinbase = txs[0];
  if (coinbase === undefined || !isCoinbase(coinbase))
    return fail(RejectCode.BadCoinbase, 'first transaction is not a coinbase');
  if (coinbase.amount !== params.reward)
    return fail(RejectCode.BadCoinbase, `reward ${coinbase.amount} is not ${params.reward}`);
  if (coinbase.nonce !== block.index) return fail(RejectCode.BadCoinbase, 'coinbase nonce must be the block index');
  const signed = checkMinerSignature(block.header, block.miner, coinbase.recipient, params, options.skipSignatures);
  if (!signed.ok) return fail(signed.code, signed.detail);
  const seen = new Set<string>();
  for (const [i, tx] of txs.entries()) {
    if (i > 0 && isCoinbase(tx)) return fail(RejectCode.BadCoinbase, `transaction ${i} is a second coinbase`);
    if (seen.has(tx.txid)) return fail(RejectCode.DuplicateTransaction, `transaction ${tx.txid} appears twice`);
    seen.add(tx.txid);
    if (tx.timestamp > block.timestamp + params.maxFutureMs) {
      return fail(RejectCode.BadTimestamp, `transaction ${tx.txid} is dated after its block`);
    }
    const checked = checkTransaction(tx, params, options.skipSignatures === true, options.skipKeyBinding === true);
    if (!checked.ok) return fail(checked.code, `transaction ${i}: ${checked.detail}`);
  }
  return accept(true);
}
