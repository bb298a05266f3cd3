// The keys-and-signatures view's reasoning, pure (no DOM): how the address derives from the public key, which
// characters of an edited text differ from the signed original, and a transaction's signature checked, or a copy of
// it with another amount or info, by the core's own checkTransaction (never a rule of its own).
import {
  ADDRESS_BYTES,
  addressFromPublicKey,
  bytesToHex,
  type ChainReader,
  checkTransaction,
  encodeTransactionPayload,
  hexToBytes,
  isCoinbase,
  isHex,
  type NetworkParams,
  RejectCode,
  type Result,
  reject,
  SIGNATURE_BYTES,
  signatureCheckOf,
  type Transaction,
  transactionFromPayload,
  utf8Length,
} from '../core/index.ts';
import { sha256 } from '../core/sha256.ts';

export type AddressDerivation = {
  readonly publicKeyHex: string;
  /** SHA-256 of the public key, 64 hex characters: the address is its first 40. */
  readonly hashHex: string;
  readonly address: string;
  readonly addressHexLength: number;
};

/** The address beside the hash it is cut from; the address is the core's own `addressFromPublicKey`. */
export function addressDerivation(publicKey: Uint8Array): AddressDerivation {
  return {
    publicKeyHex: bytesToHex(publicKey),
    hashHex: bytesToHex(sha256(publicKey)),
    address: addressFromPublicKey(publicKey),
    addressHexLength: ADDRESS_BYTES * 2,
  };
}

export type Segment = { readonly text: string; readonly changed: boolean };
/** An edited text as runs of unchanged and changed characters, and how many characters differ from the original. */
export type Difference = { readonly segments: readonly Segment[]; readonly count: number };

function segmentsOf(characters: readonly string[], isChanged: (at: number) => boolean): Segment[] {
  const segments: Segment[] = [];
  characters.forEach((character, at) => {
    const changed = isChanged(at);
    const last = segments.at(-1);
    if (last && last.changed === changed) segments[segments.length - 1] = { text: last.text + character, changed };
    else segments.push({ text: character, changed });
  });
  return segments;
}

/**
 * Which characters (code points) of `edited` differ from `original`. Same length: compared position by position, so
 * each replaced character is marked. Otherwise what lies between the common start and the common end is marked (an
 * insertion marks what was inserted); `count` also counts characters removed, which `edited` cannot show.
 */
export function differences(original: string, edited: string): Difference {
  const before = [...original];
  const after = [...edited];
  if (before.length === after.length) {
    const isChanged = (at: number) => before[at] !== after[at];
    return { segments: segmentsOf(after, isChanged), count: after.filter((_, at) => isChanged(at)).length };
  }
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before[start] === after[start]) start++;
  let end = 0;
  while (end < shorter - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  const isChanged = (at: number) => at >= start && at < after.length - end;
  const count = Math.max(after.length, before.length) - start - end;
  return { segments: segmentsOf(after, isChanged), count };
}

/** A signature as typed: 128 hex characters (spaces around ignored, either case), or null. */
export function parseSignature(text: string): Uint8Array | null {
  const hex = text.trim().toLowerCase();
  return isHex(hex, SIGNATURE_BYTES) ? hexToBytes(hex) : null;
}

export type TextVerdict = 'valid' | 'invalid' | 'not-a-signature';

/** A text and a typed signature checked by `verify` (the node's `verifyText`, under its own public key). */
export function checkSignedText(
  verify: (text: string, signature: Uint8Array) => boolean,
  text: string,
  signatureText: string,
): TextVerdict {
  const signature = parseSignature(signatureText);
  if (signature === null) return 'not-a-signature';
  return verify(text, signature) ? 'valid' : 'invalid';
}

/** Where a transaction sits: its block's index (genesis is 1) and its position in the block (0 is the reward). */
export type Placed = { readonly block: number; readonly position: number; readonly transaction: Transaction };

/** The main chain's signed transactions (rewards carry no signature), newest first, at most `limit`. */
export function signedTransactionsNewestFirst(chain: ChainReader, limit: number): Placed[] {
  const found: Placed[] = [];
  for (let index = chain.height; index >= 1 && found.length < limit; index--) {
    const block = chain.blockAt(index);
    if (!block) break;
    for (let position = block.transactions.length - 1; position >= 0 && found.length < limit; position--) {
      const transaction = block.transactions[position] as Transaction;
      if (!isCoinbase(transaction)) found.push({ block: index, position, transaction });
    }
  }
  return found;
}

/** A whole number typed in a field, or null. */
export function parseCount(text: string): number | null {
  const trimmed = text.trim();
  return /^\d{1,9}$/.test(trimmed) ? Number(trimmed) : null;
}

export type PlaceProblem = 'block' | 'position';

/** The transaction at a typed block index and position of the main chain, or which of the two names none. */
export function transactionAt(
  chain: ChainReader,
  blockText: string,
  positionText: string,
): { readonly ok: true; readonly placed: Placed } | { readonly ok: false; readonly problem: PlaceProblem } {
  const index = parseCount(blockText);
  const block = index === null ? undefined : chain.blockAt(index);
  if (index === null || !block) return { ok: false, problem: 'block' };
  const position = parseCount(positionText);
  const transaction = position === null ? undefined : block.transactions[position];
  if (position === null || !transaction) return { ok: false, problem: 'position' };
  return { ok: true, placed: { block: index, position, transaction } };
}

export type SignatureReading = {
  /** The bytes the signature covers, as the core builds them: the network's 32-byte tag, then the payload. */
  readonly message: Uint8Array;
  readonly publicKey: Uint8Array;
  readonly signature: Uint8Array;
  /** The core's `checkTransaction`: the signature rule, and the sender being the address of the key. */
  readonly verdict: Result<true>;
};

/** Bytes of the network tag at the start of every transaction's signing message (a SHA-256). */
export const NETWORK_TAG_BYTES = 32;

/** A transaction's signature as the core checks it; null for a reward, which carries none. */
export function readSignature(transaction: Transaction, params: NetworkParams): SignatureReading | null {
  const check = signatureCheckOf(transaction, params);
  if (check === null) return null;
  return { ...check, verdict: checkTransaction(transaction, params) };
}

/** Largest amount a copy may name: the payload's u64 read back as a JavaScript number. */
const MAX_AMOUNT_DIGITS = 15;

/**
 * A copy of `original` with the amount and info typed, keeping the original's key and signature: what a forger
 * would send. A copy no transaction could be (a record's label paid coins, say) is the core's rejection; an amount
 * that is not a whole number is 'amount'.
 */
export function tamperedCopy(
  original: Transaction,
  edit: { readonly amount: string; readonly info: string },
): Result<Transaction> | { readonly ok: false; readonly code: 'amount' } {
  const amountText = edit.amount.trim();
  if (!new RegExp(`^\\d{1,${MAX_AMOUNT_DIGITS}}$`).test(amountText)) return { ok: false, code: 'amount' };
  if (utf8Length(edit.info) > 0xffff) return reject(RejectCode.InfoTooLarge, 'info longer than a payload can hold');
  const payload = encodeTransactionPayload({ ...original, amount: Number(amountText), info: edit.info });
  return transactionFromPayload(payload, original.signature);
}
