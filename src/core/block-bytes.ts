// The binary form of a block, for a node's own storage: what a block is made of, with nothing derived. A format
// byte, the 92-byte header, a u32 transaction count, then per transaction a u32-length payload (the bytes its txid
// hashes) and a u8-length signature. Reading it back recomputes every hash (block, txids, leaves); only the
// signatures are left for whoever loads it to trust or check. Compared with BlockJson it is about half the size, it
// needs no hex parsing, and IndexedDB clones one byte array per block instead of a tree of strings.

import { type Block, blockFromHeader } from './block.ts';
import { ByteReadError, ByteReader, ByteWriter, isUint } from './bytes.ts';
import { accept, RejectCode, type Result, reject } from './errors.ts';
import { HEADER_SIZE } from './header-layout.ts';
import { type Transaction, transactionFromPayload } from './transaction.ts';

/** The first byte: a later layout gets a new number, and readers tell the two apart. */
export const BLOCK_BYTES_FORMAT = 1;

export function encodeBlockBytes(block: Block): Uint8Array {
  let size = 1 + HEADER_SIZE + 4;
  for (const tx of block.transactions) size += 4 + tx.payload.length + 1 + tx.signature.length;
  const writer = new ByteWriter(size).u8(BLOCK_BYTES_FORMAT).bytes(block.header).u32(block.transactions.length);
  for (const tx of block.transactions) writer.u32(tx.payload.length).bytes(tx.payload).shortBytes(tx.signature);
  return writer.finish();
}

/**
 * Reads a block written by encodeBlockBytes. Never throws: bytes of another format, cut short or with bytes left
 * over, or with a field no block can have are a Malformed rejection that says what and where.
 */
export function blockFromBytes(bytes: Uint8Array, maxTransactions = 10_000): Result<Block> {
  const transactions: Transaction[] = [];
  let header: Uint8Array;
  try {
    const reader = new ByteReader(bytes);
    const format = reader.u8('format');
    if (format !== BLOCK_BYTES_FORMAT) return reject(RejectCode.Malformed, `block bytes of format ${format}`);
    header = reader.bytes(HEADER_SIZE, 'header');
    const count = reader.u32('transaction count');
    if (count > maxTransactions) return reject(RejectCode.TooManyTransactions, `${count} transactions`);
    for (let i = 0; i < count; i++) {
      const payload = reader.bytes(reader.u32('a transaction'), 'a transaction');
      const tx = transactionFromPayload(payload, reader.shortBytes('a signature'));
      if (!tx.ok) return reject(tx.code, `transaction ${i}: ${tx.detail}`);
      transactions.push(tx.value);
    }
    reader.end('a block');
  } catch (error) {
    if (error instanceof ByteReadError) return reject(RejectCode.Malformed, error.message);
    throw error;
  }
  const block = blockFromHeader(header, transactions);
  // A header holds 64-bit fields; a block's are safe integers (what JSON carries exactly) and at most 256 bits.
  if (!isUint(block.timestamp) || !isUint(block.nonce)) {
    return reject(RejectCode.Malformed, 'header timestamp and nonce must be safe integers');
  }
  if (block.difficulty > 256) return reject(RejectCode.Malformed, `difficulty ${block.difficulty} is over 256`);
  return accept(block);
}
