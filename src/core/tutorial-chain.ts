// Chains made by the Python Flask tutorial: recognised, hashed exactly as Python hashes them, and checked block by block.
// Read from text, never from JSON.parse's output: a parsed 1700000000.0 is 1700000000, and Python hashes the two apart.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from './bytes.ts';
import {
  isPyDict,
  isPyFloat,
  isPyInt,
  isPyList,
  type PyDict,
  type PyValue,
  parsePythonJson,
  pythonJsonDumps,
} from './python-json.ts';

/** Why a tutorial chain is invalid. Codes, not sentences: the page words them. */
export const TutorialReason = {
  /** Not JSON, not one of the three layouts, or a block without the tutorial's fields and types. */
  Malformed: 'malformed',
  /** No blocks at all: even the tutorial's chain starts with its genesis. */
  Empty: 'empty',
  /** {chain, length} whose length is not the number of blocks. */
  Length: 'length',
  /** The first block is not the tutorial's genesis: previous_hash "1", proof 100. */
  Genesis: 'genesis',
  /** A block's index is not its position (1-based). */
  Index: 'index',
  /** previous_hash is not the hash of the block before. */
  HashLink: 'hash-link',
  /** The proof satisfies neither variant, or not the one the blocks before it use. */
  Proof: 'proof',
  /** A block is older than the block before it. */
  TimestampOrder: 'timestamp-order',
} as const;
export type TutorialReason = (typeof TutorialReason)[keyof typeof TutorialReason];

/** The tutorial's valid_proof: sha256(f'{last_proof}{proof}{last_hash}'), or sha256(f'{last_proof}{proof}') in its
 *  earlier revision. */
export const TutorialVariant = { ProofAndHash: 'proof+hash', ProofOnly: 'proof-only' } as const;
export type TutorialVariant = (typeof TutorialVariant)[keyof typeof TutorialVariant];

export type TutorialVerdict = {
  readonly format: 'python-tutorial';
  readonly valid: boolean;
  /** Blocks in the file (lines of a block.txt), whether or not they could be read. */
  readonly length: number;
  /** The variant every checked proof satisfies; null when no proof was checked. */
  readonly variant: TutorialVariant | null;
  /** index: the 1-based position of the first failing block (the index it should state), 0 for the document. */
  readonly firstInvalid?: { readonly index: number; readonly reason: TutorialReason };
};

export type TutorialBlock = {
  readonly index: number;
  /** Seconds, a float in the tutorial (time.time()). */
  readonly timestamp: number;
  /** Whatever JSON values the node was posted: the tutorial checks the fields' presence, not their types. */
  readonly transactions: readonly Readonly<Record<string, unknown>>[];
  readonly proof: bigint;
  readonly previousHash: string;
  /** sha256(json.dumps(block, sort_keys=True)): what the next block's previous_hash must be. */
  readonly hash: string;
};

/** The verdict and every block read before the first malformed one (broken or not), for a read-only view. */
export type TutorialChain = { readonly verdict: TutorialVerdict; readonly blocks: readonly TutorialBlock[] };

const GENESIS_PREVIOUS_HASH = '1';
const GENESIS_PROOF = 100n;
const PROOF_PREFIX = '0000';
const BLOCK_KEYS = ['index', 'previous_hash', 'proof', 'timestamp', 'transactions'];
const AMOUNT_KEYS = ['amount', 'recipient', 'sender'];
const INFO_KEYS = ['info', 'recipient', 'sender'];
/** What this app's BlockJson (block.ts) has and the tutorial's blocks lack: its absence routes a file here. */
const APP_ONLY_KEYS = ['hash', 'difficulty', 'transactions_root', 'version'];
const TUTORIAL_KEYS = ['index', 'proof', 'previous_hash'];

const sha256Hex = (text: string): string => bytesToHex(sha256(new TextEncoder().encode(text)));

/** The tutorial's Blockchain.hash. */
export function tutorialBlockHash(block: PyValue): string {
  return sha256Hex(pythonJsonDumps(block));
}

export function tutorialProofHolds(variant: TutorialVariant, lastProof: bigint, proof: bigint, lastHash: string) {
  const guess = variant === TutorialVariant.ProofAndHash ? `${lastProof}${proof}${lastHash}` : `${lastProof}${proof}`;
  return sha256Hex(guess).startsWith(PROOF_PREFIX);
}

type Problem = { readonly index: number; readonly reason: TutorialReason };
/** The file's blocks, unchecked, and a problem found while reading them (reading stops there). */
type Document = { readonly blocks: readonly PyValue[]; readonly length: number; readonly problem?: Problem };

const malformedDocument: Document = { blocks: [], length: 0, problem: { index: 0, reason: TutorialReason.Malformed } };

const hasExactly = (dict: PyDict, keys: readonly string[]) =>
  dict.entries.size === keys.length && keys.every((key) => dict.entries.has(key));

/** GET /chain's {chain, length}, a bare list of blocks, or block.txt: one block's JSON per line, oldest first. */
function readDocument(input: string): Document {
  const text = input.startsWith('\ufeff') ? input.slice(1) : input; // the BOM some editors add
  const whole = parsePythonJson(text);
  if (whole.ok) {
    const value = whole.value;
    if (isPyList(value)) return { blocks: value, length: value.length };
    if (!isPyDict(value)) return malformedDocument;
    if (!value.entries.has('chain')) return { blocks: [value], length: 1 }; // a block.txt of one line
    const chain = value.entries.get('chain');
    if (!hasExactly(value, ['chain', 'length']) || !isPyList(chain)) return malformedDocument;
    const length = value.entries.get('length');
    if (!isPyInt(length) || length.value !== BigInt(chain.length)) {
      return { blocks: chain, length: chain.length, problem: { index: 0, reason: TutorialReason.Length } };
    }
    return { blocks: chain, length: chain.length };
  }
  // Not one JSON value: block.txt, read line by line so that a damaged line names its block.
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const blocks: PyValue[] = [];
  for (const [i, line] of lines.entries()) {
    const parsed = parsePythonJson(line);
    if (!parsed.ok || !isPyDict(parsed.value)) {
      // A first line that is no block means no block.txt at all: the document is what is malformed.
      if (i === 0) return malformedDocument;
      return { blocks, length: lines.length, problem: { index: i + 1, reason: TutorialReason.Malformed } };
    }
    blocks.push(parsed.value);
  }
  return { blocks, length: lines.length };
}

/** For display: an int beyond 2^53 loses digits here, never in the hash. */
function toPlain(value: PyValue): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (isPyList(value)) return value.map(toPlain);
  if (isPyDict(value)) return Object.fromEntries([...value.entries].map(([key, item]) => [key, toPlain(item)]));
  return value.kind === 'int' ? Number(value.value) : value.value;
}

/** The block's fields if it has exactly the tutorial's, typed as its code types them; null otherwise. Transaction
 *  values may be any JSON (the tutorial only checks that the fields are present), but not their keys. */
function readBlock(value: PyValue): TutorialBlock | null {
  if (!isPyDict(value) || !hasExactly(value, BLOCK_KEYS)) return null;
  const index = value.entries.get('index');
  const proof = value.entries.get('proof');
  const timestamp = value.entries.get('timestamp');
  const previousHash = value.entries.get('previous_hash');
  const transactions = value.entries.get('transactions');
  if (!isPyInt(index) || !isPyInt(proof) || typeof previousHash !== 'string' || !isPyList(transactions)) return null;
  const seconds = isPyInt(timestamp) ? Number(timestamp.value) : isPyFloat(timestamp) ? timestamp.value : Number.NaN;
  if (!Number.isFinite(seconds)) return null;
  const records: Readonly<Record<string, unknown>>[] = [];
  for (const tx of transactions) {
    if (!isPyDict(tx) || !(hasExactly(tx, AMOUNT_KEYS) || hasExactly(tx, INFO_KEYS))) return null;
    records.push(Object.fromEntries([...tx.entries].map(([key, item]) => [key, toPlain(item)])));
  }
  return {
    // Exact for any index that could equal a position; a larger one is wrong either way.
    index: Number(index.value),
    timestamp: seconds,
    transactions: records,
    proof: proof.value,
    previousHash,
    hash: tutorialBlockHash(value),
  };
}

const VARIANTS: readonly TutorialVariant[] = [TutorialVariant.ProofAndHash, TutorialVariant.ProofOnly];

/**
 * Reads and checks a chain file made by the tutorial, block by block from genesis, up to the first failure.
 * Per block, in this order: its fields (malformed), its index, then the tutorial's own valid_chain checks in its
 * order (previous_hash, then proof), then time order. So a changed transaction in block N is named at block N + 1,
 * as valid_chain names it: block N itself still links and proves correctly.
 */
export function readTutorialChain(text: string): TutorialChain {
  const document = readDocument(text);
  // Every block up to the first malformed one, also past a failed check: a view shows the broken block in its place.
  const blocks: TutorialBlock[] = [];
  for (const value of document.blocks) {
    const block = readBlock(value);
    if (block === null) break;
    blocks.push(block);
  }
  // Variants every proof so far satisfies: a chain keeps the one its node ran; both hold by chance 1 in 65,536.
  let variants = VARIANTS;
  let provedAny = false;
  const verdict = (problem: Problem | undefined): TutorialChain => {
    // Both still holding after every proof is chance; the tutorial's current revision is then the likelier one.
    const variant = provedAny ? (variants[0] ?? null) : null;
    const base = { format: 'python-tutorial', length: document.length, variant } as const;
    return {
      verdict: problem === undefined ? { ...base, valid: true } : { ...base, valid: false, firstInvalid: problem },
      blocks,
    };
  };
  if (document.problem?.index === 0) return verdict(document.problem);
  if (document.blocks.length === 0) return verdict({ index: 0, reason: TutorialReason.Empty });
  for (let i = 0; i < document.blocks.length; i++) {
    const position = i + 1;
    const fail = (reason: TutorialReason) => verdict({ index: position, reason });
    const block = blocks[i];
    if (block === undefined) return fail(TutorialReason.Malformed);
    if (block.index !== position) return fail(TutorialReason.Index);
    const previous = blocks[i - 1];
    if (previous === undefined) {
      if (block.previousHash !== GENESIS_PREVIOUS_HASH || block.proof !== GENESIS_PROOF) {
        return fail(TutorialReason.Genesis);
      }
      continue;
    }
    if (block.previousHash !== previous.hash) return fail(TutorialReason.HashLink);
    const holding = variants.filter((v) => tutorialProofHolds(v, previous.proof, block.proof, previous.hash));
    if (holding.length === 0) return fail(TutorialReason.Proof);
    variants = holding;
    provedAny = true;
    if (block.timestamp < previous.timestamp) return fail(TutorialReason.TimestampOrder);
  }
  // A block.txt whose later line is not JSON: every block before it passed.
  return verdict(document.problem);
}

/** readTutorialChain's verdict alone. */
export function verifyTutorialChain(text: string): TutorialVerdict {
  return readTutorialChain(text).verdict;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A first block with the tutorial's fields and none of the ones this app's blocks add. */
function looksLikeTutorialBlock(has: (key: string) => boolean): boolean {
  return TUTORIAL_KEYS.every(has) && !APP_ONLY_KEYS.some(has);
}

/**
 * Whether parsed JSON is a tutorial chain rather than this app's (chain-io.ts): {chain, length}, a bare list or a lone
 * block whose first block has index, proof and previous_hash and none of hash, difficulty, transactions_root, version.
 * Only the first block is looked at, so a tutorial chain damaged further on still comes here and is told where.
 */
export function isTutorialChain(json: unknown): boolean {
  const first = Array.isArray(json) ? json[0] : isRecord(json) && Array.isArray(json.chain) ? json.chain[0] : json;
  return isRecord(first) && looksLikeTutorialBlock((key) => Object.hasOwn(first, key));
}

/** isTutorialChain for a file's text, which may also be block.txt (one block per line). */
export function isTutorialChainText(text: string): boolean {
  const first = readDocument(text).blocks[0];
  return isPyDict(first) && looksLikeTutorialBlock((key) => first.entries.has(key));
}
