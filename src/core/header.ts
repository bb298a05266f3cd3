// Block header: an immutable value, its canonical 92-byte encoding, and its SHA-256 hash.
import { isUint, readU64 } from './bytes.ts';
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

export function decodeHeader(bytes: Uint8Array): HeaderFields {
  if (bytes.length !== HEADER_SIZE) throw new RangeError(`header must be ${HEADER_SIZE} bytes`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    version: view.getUint32(VERSION_OFFSET),
    index: view.getUint32(INDEX_OFFSET),
    timestamp: readU64(view, TIMESTAMP_OFFSET),
    previousHash: bytes.slice(PREVIOUS_HASH_OFFSET, PREVIOUS_HASH_OFFSET + HASH_SIZE),
    transactionsRoot: bytes.slice(TRANSACTIONS_ROOT_OFFSET, TRANSACTIONS_ROOT_OFFSET + HASH_SIZE),
    difficulty: view.getUint32(DIFFICULTY_OFFSET),
    nonce: readU64(view, NONCE_OFFSET),
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
