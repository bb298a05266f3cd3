// The binary form of a block, for a node's own storage: what a block is made of, with nothing derived. A format
// byte, the 92-byte header, a u32 transaction count, then per transaction a u32-length payload (the bytes its txid
// hashes) and a u8-length signature. Reading it back recomputes every hash (block, txids, leaves); only the
// signatures are left for whoever loads it to trust or check. Compared with BlockJson it is about half the size, it
// needs no hex parsing, and IndexedDB clones one byte array per block instead of a tree of strings.
//
// Format 3, the sealed form, adds the hashes a load would compute: the block hash after the header, and after each
// transaction its txid. Read as given (blockFromSealedBytes) it costs no hashing at all, so it is only for bytes
// something else vouches for: a checksum over a run of blocks this node validated and then wrote itself. Format 2,
// which earlier releases wrote, also states each transaction's leaf hash; it is still read (a trusted read passes
// over the leaf hashes, a checked one compares them), never written: a loaded transaction keeps no leaf hash, so
// writing one cost every save a hash per transaction that no load used.
//
// A private room's block adds its miner's public key and signature at the end: formats 17, 18 and 19 are 1, 2 and 3
// with those 96 bytes after the last transaction, so a public room's blocks are written byte for byte as before.

import { type Block, blockFromHeader, withMinerSignature } from './block.ts';
import { ByteReadError, ByteReader, ByteWriter, bytesToHex, equalBytes, isUint } from './bytes.ts';
import { accept, RejectCode, type Result, reject } from './errors.ts';
import { HEADER_SIZE } from './header-layout.ts';
import type { MinerSignature } from './miner-signature.ts';
import { PUBLIC_KEY_BYTES, SIGNATURE_BYTES } from './signature-rule.ts';
import { leafHashOf, type Transaction, transactionFromPayload, transactionFromSealedPayload } from './transaction.ts';

/** The first byte: a later layout gets a new number, and readers tell the two apart. */
export const BLOCK_BYTES_FORMAT = 1;
/** The first byte of the sealed form (format 1 plus the stated block hash and txids), as written now. */
export const SEALED_BLOCK_BYTES_FORMAT = 3;
/** The sealed form of earlier releases: format 3 plus each transaction's leaf hash after its txid. Read, not written. */
export const SEALED_WITH_LEAVES_FORMAT = 2;
/** Added to a format for a block with a miner signature (a private room's): 17, 18 and 19. */
const MINER_SIGNED = 16;

const HASH_BYTES = 32;

function encodedLength(block: Block, sealed: boolean): number {
  const perTransactionHashes = sealed ? HASH_BYTES : 0;
  let size = 1 + HEADER_SIZE + (sealed ? HASH_BYTES : 0) + 4 + (block.miner ? PUBLIC_KEY_BYTES + SIGNATURE_BYTES : 0);
  for (const tx of block.transactions) size += 4 + tx.payload.length + 1 + tx.signature.length + perTransactionHashes;
  return size;
}

function write(writer: ByteWriter, block: Block, sealed: boolean): void {
  const { miner } = block;
  const format = (sealed ? SEALED_BLOCK_BYTES_FORMAT : BLOCK_BYTES_FORMAT) + (miner ? MINER_SIGNED : 0);
  writer.u8(format).bytes(block.header);
  if (sealed) writer.hex(block.hash);
  writer.u32(block.transactions.length);
  for (const tx of block.transactions) {
    writer.u32(tx.payload.length).bytes(tx.payload).shortBytes(tx.signature);
    if (sealed) writer.hex(tx.txid);
  }
  if (miner) writer.bytes(miner.publicKey).bytes(miner.signature);
}

function encode(block: Block, sealed: boolean): Uint8Array {
  const writer = new ByteWriter(encodedLength(block, sealed));
  write(writer, block, sealed);
  return writer.take();
}

/** The block in its binary form, format 1 (17 with a miner signature): what a block is made of, nothing derived. */
export function encodeBlockBytes(block: Block): Uint8Array {
  return encode(block, false);
}

/** The sealed form (format 3): for a store that checksums what it writes, so a load can take the hashes as given. */
export function encodeSealedBlockBytes(block: Block): Uint8Array {
  return encode(block, true);
}

/** How many bytes the sealed form of `block` takes: to lay out many blocks in one buffer (writeSealedBlockBytes). */
export function sealedBlockBytesLength(block: Block): number {
  return encodedLength(block, true);
}

/**
 * The sealed form written at the writer's position, byte for byte encodeSealedBlockBytes: a store laying out
 * thousands of blocks in one segment makes no array per block (a tenth of a sync's save time went to making them).
 */
export function writeSealedBlockBytes(writer: ByteWriter, block: Block): void {
  write(writer, block, true);
}

/** A transaction read from block bytes, with the hashes a sealed form states (null in format 1; the leaf hash only in
 *  format 2, and only when checked: a trusted read has nothing to compare it with). */
type ReadTransaction = {
  readonly payload: Uint8Array;
  readonly signature: Uint8Array;
  readonly txid: Uint8Array | null;
  readonly leafHash: Uint8Array | null;
};

/** What a format states besides format 1's fields. */
type Stated = 'nothing' | 'txids' | 'txids and leaves';

function readTransaction(reader: ByteReader, stated: Stated, trustStated: boolean): ReadTransaction {
  const payload = reader.bytes(reader.u32('a transaction'), 'a transaction');
  const signature = reader.shortBytes('a signature');
  if (stated === 'nothing') return { payload, signature, txid: null, leafHash: null };
  const txid = reader.bytes(HASH_BYTES, 'a txid');
  if (stated === 'txids') return { payload, signature, txid, leafHash: null };
  if (trustStated) {
    reader.skip(HASH_BYTES, 'a leaf hash');
    return { payload, signature, txid, leafHash: null };
  }
  return { payload, signature, txid, leafHash: reader.bytes(HASH_BYTES, 'a leaf hash') };
}

/** A transaction from what was read: its stated hashes taken as given when trusted, else computed and compared. */
function transactionFrom(read: ReadTransaction, trustStated: boolean): Result<Transaction> {
  const { payload, signature, txid, leafHash } = read;
  if (trustStated && txid !== null) return transactionFromSealedPayload(payload, signature, txid);
  const tx = transactionFromPayload(payload, signature);
  if (!tx.ok || txid === null) return tx;
  if (bytesToHex(txid) !== tx.value.txid || (leafHash !== null && !equalBytes(leafHash, leafHashOf(tx.value)))) {
    return reject(RejectCode.Malformed, `stated hashes of ${tx.value.txid} are not its own`);
  }
  return tx;
}

const STATED_BY_FORMAT: ReadonlyMap<number, Stated> = new Map([
  [BLOCK_BYTES_FORMAT, 'nothing'],
  [SEALED_WITH_LEAVES_FORMAT, 'txids and leaves'],
  [SEALED_BLOCK_BYTES_FORMAT, 'txids'],
]);

function readBlock(bytes: Uint8Array, maxTransactions: number, trustStated: boolean): Result<Block> {
  const transactions: Transaction[] = [];
  let header: Uint8Array;
  let statedHash: Uint8Array | null = null;
  let miner: MinerSignature | null = null;
  try {
    const reader = new ByteReader(bytes);
    const format = reader.u8('format');
    const signed = format > MINER_SIGNED;
    const base = signed ? format - MINER_SIGNED : format;
    const stated = STATED_BY_FORMAT.get(base);
    if (stated === undefined) return reject(RejectCode.Malformed, `block bytes of format ${format}`);
    const sealed = stated !== 'nothing';
    header = reader.bytes(HEADER_SIZE, 'header');
    if (sealed) statedHash = reader.bytes(HASH_BYTES, 'the block hash');
    const count = reader.u32('transaction count');
    if (count > maxTransactions) return reject(RejectCode.TooManyTransactions, `${count} transactions`);
    for (let i = 0; i < count; i++) {
      const tx = transactionFrom(readTransaction(reader, stated, trustStated), trustStated);
      if (!tx.ok) return reject(tx.code, `transaction ${i}: ${tx.detail}`);
      transactions.push(tx.value);
    }
    if (signed) {
      const publicKey = reader.bytes(PUBLIC_KEY_BYTES, 'the miner key');
      miner = { publicKey, signature: reader.bytes(SIGNATURE_BYTES, 'the miner signature') };
    }
    reader.end('a block');
  } catch (error) {
    if (error instanceof ByteReadError) return reject(RejectCode.Malformed, error.message);
    throw error;
  }
  const block = blockFromHeader(header, transactions, trustStated && statedHash !== null ? statedHash : undefined);
  if (statedHash !== null && !trustStated && bytesToHex(statedHash) !== block.hash) {
    return reject(RejectCode.BadHash, `block ${block.index}: stated hash is not the header's ${block.hash}`);
  }
  // A header holds 64-bit fields; a block's are safe integers (what JSON carries exactly) and at most 256 bits.
  if (!isUint(block.timestamp) || !isUint(block.nonce)) {
    return reject(RejectCode.Malformed, 'header timestamp and nonce must be safe integers');
  }
  if (block.difficulty > 256) return reject(RejectCode.Malformed, `difficulty ${block.difficulty} is over 256`);
  return accept(miner === null ? block : withMinerSignature(block, miner));
}

/**
 * Reads a block written by encodeBlockBytes or encodeSealedBlockBytes, computing every hash (stated ones must agree).
 * Never throws: bytes of another format, cut short or with bytes left over, or with a field no block can have are a
 * Malformed rejection that says what and where.
 */
export function blockFromBytes(bytes: Uint8Array, maxTransactions = 10_000): Result<Block> {
  return readBlock(bytes, maxTransactions, false);
}

/**
 * Reads the sealed form taking its stated hashes as given: no hashing at all. Only for bytes whose integrity is
 * vouched for otherwise (block-log.ts checksums each run of them); the same framing and field checks as
 * blockFromBytes, and format 1 bytes are read with every hash computed.
 */
export function blockFromSealedBytes(bytes: Uint8Array, maxTransactions = 10_000): Result<Block> {
  return readBlock(bytes, maxTransactions, true);
}
