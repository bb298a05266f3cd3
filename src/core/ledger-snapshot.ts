// A ledger snapshot: the state the main chain implies at one block (its base), so a node with a long stored chain
// can start on it and the blocks after it instead of replaying everything from genesis first (docs/chain-format.md).
// Pure: the node decides when to take one and the store keeps its bytes.
import type { Block } from './block.ts';
import { ByteReadError, ByteReader, ByteWriter, bytesToHex, equalBytes, hexToBytes } from './bytes.ts';
import type { Blockchain } from './chain.ts';
import { MEDIAN_TIME_SPAN } from './difficulty.ts';
import { accept, RejectCode, type Result, reject } from './errors.ts';
import type { NetworkParams } from './params.ts';
import { sha256 } from './sha256.ts';
import { SNAPSHOT_ID_BYTES, SortedTxids } from './sorted-txids.ts';

export type LedgerSnapshot = {
  /** The genesis of the chain it belongs to: a snapshot of another room's chain is never used. */
  readonly genesisHash: string;
  readonly baseHash: string;
  readonly baseIndex: number;
  /** Work of the base block and every block before it. */
  readonly baseWork: bigint;
  /** Timestamps of the base's ancestors, its parent first: as far back as the difficulty and time rules look. */
  readonly earlierTimes: readonly number[];
  /** Every non-zero balance after the base block. */
  readonly balances: ReadonlyMap<string, number>;
  /** Every txid confirmed up to and including the base block (its first 16 bytes: sorted-txids.ts). */
  readonly txids: SortedTxids;
};

/**
 * The first byte of a snapshot's bytes: a later layout gets a new number (and old snapshots are simply retaken).
 * 1 kept whole txids; 2 keeps their first 16 bytes (sorted-txids.ts).
 */
export const SNAPSHOT_FORMAT = 2;
const DIGEST_AT = 1;
const BODY_AT = DIGEST_AT + 32;
const HASH_BYTES = 32;

/** Format byte, the SHA-256 of the body, then the body: a snapshot damaged on disk fails its checksum, not a rule. */
export function encodeLedgerSnapshot(snapshot: LedgerSnapshot): Uint8Array {
  const writer = new ByteWriter(BODY_AT + 128 + snapshot.balances.size * 48 + snapshot.txids.bytes.length);
  writer.u8(SNAPSHOT_FORMAT).bytes(new Uint8Array(32));
  writer.bytes(hexToBytes(snapshot.genesisHash)).bytes(hexToBytes(snapshot.baseHash)).u32(snapshot.baseIndex);
  writer.string(snapshot.baseWork.toString(16));
  writer.u16(snapshot.earlierTimes.length);
  for (const time of snapshot.earlierTimes) writer.u64(time);
  writer.u32(snapshot.balances.size);
  for (const [address, amount] of snapshot.balances) writer.string(address).u64(amount);
  writer.u32(snapshot.txids.size).bytes(snapshot.txids.bytes);
  const bytes = writer.take();
  bytes.set(sha256(bytes.subarray(BODY_AT)), DIGEST_AT);
  return bytes;
}

/**
 * The checksum a snapshot's bytes state and the body it covers, for a caller that hashes off the main thread
 * (WebCrypto: a 100,000-block snapshot, 6 MB, took the core's SHA-256 123 ms of a start); null for bytes too short.
 */
export function snapshotChecksumParts(bytes: Uint8Array): { stated: Uint8Array; body: Uint8Array } | null {
  return bytes.length < BODY_AT ? null : { stated: bytes.subarray(DIGEST_AT, BODY_AT), body: bytes.subarray(BODY_AT) };
}

/**
 * The snapshot `bytes` hold, or why they cannot be used (another format, a failed checksum, a body cut short).
 * `checksumVerified`: the caller compared the stated checksum with the body's SHA-256 itself (snapshotChecksumParts).
 */
export function decodeLedgerSnapshot(bytes: unknown, checksumVerified = false): Result<LedgerSnapshot> {
  if (!(bytes instanceof Uint8Array) || bytes.length < BODY_AT) {
    return reject(RejectCode.Malformed, 'the ledger snapshot is not a byte array of a snapshot');
  }
  if (bytes[0] !== SNAPSHOT_FORMAT) {
    return reject(RejectCode.Malformed, `the ledger snapshot has format ${bytes[0]}, not ${SNAPSHOT_FORMAT}`);
  }
  if (!checksumVerified && !equalBytes(sha256(bytes.subarray(BODY_AT)), bytes.subarray(DIGEST_AT, BODY_AT))) {
    return reject(RejectCode.Malformed, 'the ledger snapshot fails its checksum');
  }
  try {
    const reader = new ByteReader(bytes.subarray(BODY_AT));
    const genesisHash = bytesToHex(reader.bytes(HASH_BYTES, 'genesis hash'));
    const baseHash = bytesToHex(reader.bytes(HASH_BYTES, 'base hash'));
    const baseIndex = reader.u32('base index');
    const work = reader.string('base work');
    if (!/^[0-9a-f]{1,64}$/.test(work)) return reject(RejectCode.Malformed, 'the snapshot states no work');
    const earlierTimes = Array.from({ length: reader.u16('times') }, () => reader.u64('time'));
    const balances = new Map<string, number>();
    for (let count = reader.u32('balances'); count > 0; count--)
      balances.set(reader.string('address'), reader.u64('amount'));
    const txidCount = reader.u32('txids');
    const txids = SortedTxids.fromSortedBytes(reader.bytes(txidCount * SNAPSHOT_ID_BYTES, 'txids'));
    reader.end('ledger snapshot');
    if (txids === null) return reject(RejectCode.Malformed, 'the snapshot txids are not sorted and unique');
    if (baseIndex < 1) return reject(RejectCode.Malformed, 'the snapshot has no base');
    return accept({ genesisHash, baseHash, baseIndex, baseWork: BigInt(`0x${work}`), earlierTimes, balances, txids });
  } catch (error) {
    if (error instanceof ByteReadError) return reject(RejectCode.Malformed, `ledger snapshot: ${error.message}`);
    throw error;
  }
}

/** How many ancestors' timestamps the difficulty and time rules read back from a parent. */
function lookBack(params: NetworkParams): number {
  return Math.max(MEDIAN_TIME_SPAN, params.retarget?.windowBlocks ?? 0);
}

/**
 * The snapshot at `chain`'s main-chain block `baseIndex`: from `previous` (one at an earlier main-chain block) and
 * the blocks after it, or from every block when the chain holds its whole history; null when it has neither.
 */
export function takeLedgerSnapshot(
  chain: Blockchain,
  baseIndex: number,
  previous: LedgerSnapshot | null,
): LedgerSnapshot | null {
  const base = chain.blockAt(baseIndex);
  if (base === undefined) return null;
  const from = previous !== null && chain.isOnMainChain(previous.baseHash) ? previous : null;
  if (from !== null && from.baseIndex === baseIndex) return from;
  if ((from === null && !chain.historyComplete) || (from !== null && from.baseIndex > baseIndex)) return null;
  const confirmed: string[] = [];
  for (let index = (from?.baseIndex ?? 0) + 1; index <= baseIndex; index++) {
    for (const tx of (chain.blockAt(index) as Block).transactions) confirmed.push(tx.txid);
  }
  const earlierTimes: number[] = [];
  for (let index = baseIndex - 1; index >= 1 && earlierTimes.length < lookBack(chain.params); index--) {
    const time = chain.timestampAt(index);
    if (time === undefined) break;
    earlierTimes.push(time);
  }
  return {
    genesisHash: chain.genesis.hash,
    baseHash: base.hash,
    baseIndex,
    baseWork: chain.totalWorkOf(base.hash) as bigint,
    earlierTimes,
    balances: chain.balancesAt(baseIndex),
    txids: (from?.txids ?? SortedTxids.EMPTY).with(confirmed),
  };
}
