// Block header: an immutable value, its canonical 92-byte encoding, and its SHA-256 hash.
import { isUint } from './bytes.ts';
import {
  DIFFICULTY_OFFSET,
  HASH_SIZE,
  HEADER_SIZE,
  INDEX_OFFSET,
  NONCE_OFFSET,
  PREVIOUS_HASH_OFFSET,
  TIMESTAMP_OFFSET,
  TRANSACTIONS_ROOT_OFFSET,
  VERSION_OFFSET,
} from './header-layout.ts';
import { sha256 } from './sha256.ts';

export type HeaderFields = {
  readonly version: number;
  readonly index: number;
  readonly timestamp: number;
  readonly previousHash: Uint8Array;
  readonly transactionsRoot: Uint8Array;
  readonly difficulty: number;
  readonly nonce: number;
};

export function encodeHeader(fields: HeaderFields): Uint8Array {
  if (!isUint(fields.version, 0xffffffff)) throw new RangeError('version must be a u32');
  if (!isUint(fields.index, 0xffffffff)) throw new RangeError('index must be a u32');
  if (!isUint(fields.difficulty, 256)) throw new RangeError('difficulty must be 0..256');
  if (!isUint(fields.timestamp)) throw new RangeError('timestamp must be a safe non-negative integer');
  if (!isUint(fields.nonce)) throw new RangeError('nonce must be a safe non-negative integer');
  if (fields.previousHash.length !== HASH_SIZE) throw new RangeError('previous hash must be 32 bytes');
  if (fields.transactionsRoot.length !== HASH_SIZE) throw new RangeError('transactions root must be 32 bytes');
  const bytes = new Uint8Array(HEADER_SIZE);
  const view = new DataView(bytes.buffer);
  view.setUint32(VERSION_OFFSET, fields.version);
  view.setUint32(INDEX_OFFSET, fields.index);
  writeU64(view, TIMESTAMP_OFFSET, fields.timestamp);
  bytes.set(fields.previousHash, PREVIOUS_HASH_OFFSET);
  bytes.set(fields.transactionsRoot, TRANSACTIONS_ROOT_OFFSET);
  view.setUint32(DIFFICULTY_OFFSET, fields.difficulty);
  writeU64(view, NONCE_OFFSET, fields.nonce);
  return bytes;
}

function u32At(bytes: Uint8Array, at: number): number {
  return (
    (((bytes[at] as number) << 24) |
      ((bytes[at + 1] as number) << 16) |
      ((bytes[at + 2] as number) << 8) |
      (bytes[at + 3] as number)) >>>
    0
  );
}

/**
 * The fields of an encoded header. The two hashes are views into `bytes`, not copies, and nothing else is
 * allocated: loading 10,000 stored blocks decodes 10,000 headers, and a DataView and two copies each were a tenth
 * of that time. Timestamp and nonce may come out past the safe integers; callers that need them safe check.
 */
export function decodeHeader(bytes: Uint8Array): HeaderFields {
  if (bytes.length !== HEADER_SIZE) throw new RangeError(`header must be ${HEADER_SIZE} bytes`);
  return {
    version: u32At(bytes, VERSION_OFFSET),
    index: u32At(bytes, INDEX_OFFSET),
    timestamp: u32At(bytes, TIMESTAMP_OFFSET) * 2 ** 32 + u32At(bytes, TIMESTAMP_OFFSET + 4),
    previousHash: bytes.subarray(PREVIOUS_HASH_OFFSET, PREVIOUS_HASH_OFFSET + HASH_SIZE),
    transactionsRoot: bytes.subarray(TRANSACTIONS_ROOT_OFFSET, TRANSACTIONS_ROOT_OFFSET + HASH_SIZE),
    difficulty: u32At(bytes, DIFFICULTY_OFFSET),
    nonce: u32At(bytes, NONCE_OFFSET) * 2 ** 32 + u32At(bytes, NONCE_OFFSET + 4),
  };
}

/** Writes a nonce into encoded header bytes in place (the miner's template). */
export function setHeaderNonce(bytes: Uint8Array, nonce: number): void {
  writeU64(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), NONCE_OFFSET, nonce);
}

function writeU64(view: DataView, offset: number, value: number): void {
  view.setUint32(offset, Math.floor(value / 2 ** 32));
  view.setUint32(offset + 4, value >>> 0);
}

export function hashHeaderBytes(bytes: Uint8Array): Uint8Array {
  return sha256(bytes);
}

export function leadingZeroBits(hash: Uint8Array): number {
  let bits = 0;
  for (const byte of hash) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

/** Expected hashes to find a block: 2^difficulty. Cumulative work decides fork choice. */
export function workForDifficulty(difficulty: number): bigint {
  return 1n << BigInt(difficulty);
}
