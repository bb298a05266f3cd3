// The plain records a node's state is stored as, and decoding that skips what it can't read instead of failing.
import {
  type Block,
  blockFromBytes,
  blockFromJson,
  blockFromSealedBytes,
  encodeSealedBlockBytes,
  isHex,
  type KeyPair,
  keyPairFromSecret,
  keyPairFromStored,
  type Transaction,
  type TransactionJson,
  transactionFromJson,
  transactionToJson,
} from '../core/index.ts';
import { type MetaKey, MetaKeys } from './constants.ts';
import type { StorageAction } from './errors.ts';
import type { LoadedNode, NodeSave, StoredSnapshot } from './node-store.ts';

/** What a load reads before decoding: block records and mempool records in insertion order, meta and settings. */
export type StoredRecords = {
  readonly blocks: readonly unknown[];
  /** Records whose stated hashes a checksum vouches for (block-log.ts): read without hashing, checked no further. */
  readonly sealed?: ReadonlySet<unknown>;
  /** What reading the records already found wrong (a failed checksum), passed on with the decoding's own. */
  readonly warnings?: readonly string[];
  readonly meta: ReadonlyMap<string, unknown>;
  readonly settings: ReadonlyMap<string, unknown>;
  /** Mempool records (TransactionJson) in arrival order. */
  readonly mempool: readonly unknown[];
};

/** A block to store: its hash (the key of the hash index) and its record (the block's binary form). */
export type BlockRecord = { readonly hash: string; readonly record: Uint8Array };

/**
 * A block once, whatever the batch repeats: the first occurrence keeps its place. Records are the sealed form, which
 * states the block's hashes: a load takes them as given once a segment's checksum covers them.
 */
export function uniqueBlockRecords(blocks: readonly Block[]): BlockRecord[] {
  return uniqueBlocks(blocks).map((block) => ({ hash: block.hash, record: encodeSealedBlockBytes(block) }));
}

/** The blocks, each hash once, in their order. */
export function uniqueBlocks(blocks: readonly Block[]): Block[] {
  const seen = new Set<string>();
  return blocks.filter((block) => {
    if (seen.has(block.hash)) return false;
    seen.add(block.hash);
    return true;
  });
}

/**
 * A stored block record: the binary form this release writes, or the BlockJson object earlier releases wrote (their
 * databases load as they are; compaction leaves old records alone).
 */
function decodeBlockRecord(record: unknown, sealed: boolean) {
  if (!(record instanceof Uint8Array)) return blockFromJson(record);
  return sealed ? blockFromSealedBytes(record) : blockFromBytes(record);
}

/**
 * Where the block `baseHash` is among `records` (stored order), found from the newest back: a start on a snapshot
 * decodes the base and what came after it (some tens of blocks), not the runs it read around them (up to 2,048). 0
 * when it is not there (the start then finds the snapshot stale).
 */
export function recordsFrom(records: readonly unknown[], sealed: ReadonlySet<unknown>, baseHash: string): number {
  for (let i = records.length - 1; i >= 0; i--) {
    const decoded = decodeBlockRecord(records[i], sealed.has(records[i]));
    if (decoded.ok && decoded.value.hash === baseHash) return i;
  }
  return 0;
}

/** Throws TypeError: a tip that is not a hash is a caller's bug, and must not reach the disk. */
export function checkTipHash(tipHash: string): string {
  if (!isHex(tipHash, 32)) throw new TypeError(`tip must be a 32-byte lowercase hex hash, got ${String(tipHash)}`);
  return tipHash;
}

/** A save as the records it writes, made before any transaction starts: a bad argument throws at the call. */
export type SaveRecords = {
  readonly blocks: readonly Block[];
  readonly tip: string | null;
  /** One record per transaction: its TransactionJson, whose `txid` the mempool store indexes. */
  readonly mempoolAdded: readonly TransactionJson[];
  readonly mempoolRemoved: readonly string[];
  readonly peers: readonly string[] | null;
  readonly secretKey: Uint8Array | null;
  readonly snapshot: StoredSnapshot | null;
};

/** Throws TypeError for blocks without the tip they lead to, a tip or txid that is not a hash, a peer id not a string. */
export function saveRecords(save: NodeSave): SaveRecords {
  const blocks = save.blocks ?? [];
  if (blocks.length > 0 && save.tipHash === undefined)
    throw new TypeError('blocks are saved with the tip they lead to');
  const mempoolRemoved = save.mempoolRemoved ?? [];
  for (const txid of mempoolRemoved) {
    if (!isHex(txid, 32)) throw new TypeError(`a removed txid must be a 32-byte hex hash, got ${String(txid)}`);
  }
  return {
    blocks,
    tip: save.tipHash === undefined ? null : checkTipHash(save.tipHash),
    mempoolAdded: (save.mempoolAdded ?? []).map(transactionToJson),
    mempoolRemoved,
    peers: save.peers === undefined ? null : peersRecord(save.peers),
    secretKey: save.keys === undefined ? null : secretKeyRecord(save.keys),
    snapshot: save.snapshot === undefined ? null : snapshotRecord(save.snapshot),
  };
}

/** What a failed save was doing, for its StorageError: the blocks when it carried some, else its largest part. */
export function saveAction(records: SaveRecords, freshBlocks: number): StorageAction {
  if (records.tip !== null) return { kind: 'save-blocks', count: freshBlocks, tip: records.tip.slice(0, 16) };
  const changes = records.mempoolAdded.length + records.mempoolRemoved.length;
  if (records.peers !== null && changes === 0) return { kind: 'save-peers', count: records.peers.length };
  if (records.secretKey !== null && changes === 0) return { kind: 'save-keys' };
  return { kind: 'save-mempool', count: changes };
}

/**
 * The secret key then the public key, 64 bytes: loading then needs no scalar multiplication (keyPairFromStored).
 * A new array: a view into a larger buffer would store the whole buffer (structured clone keeps the backing store).
 */
export function secretKeyRecord(keys: KeyPair): Uint8Array {
  if (keys.secretKey.length !== 32) throw new RangeError('an Ed25519 secret key is 32 bytes');
  if (keys.publicKey.length !== 32) throw new RangeError('an Ed25519 public key is 32 bytes');
  const record = new Uint8Array(64);
  record.set(keys.secretKey);
  record.set(keys.publicKey, 32);
  return record;
}

/** Throws TypeError for a snapshot without a base hash or bytes. */
export function snapshotRecord(snapshot: StoredSnapshot): StoredSnapshot {
  if (!isHex(snapshot.baseHash, 32)) throw new TypeError('a snapshot names its base block by hash');
  if (!(snapshot.bytes instanceof Uint8Array)) throw new TypeError("a snapshot's bytes are a Uint8Array");
  return { baseHash: snapshot.baseHash, bytes: snapshot.bytes };
}

/** The base hash a stored snapshot record names, or null when the record is none (or not one this release wrote). */
export function snapshotBaseOf(record: unknown): string | null {
  if (typeof record !== 'object' || record === null) return null;
  const { baseHash, bytes } = record as Partial<StoredSnapshot>;
  return isHex(baseHash, 32) && bytes instanceof Uint8Array ? baseHash : null;
}

export function peersRecord(ids: readonly string[]): string[] {
  for (const id of ids) if (typeof id !== 'string') throw new TypeError('peer ids are strings');
  return [...ids];
}

/** The first reason of a kind is enough to diagnose it; the count says how often. */
function skippedSentence(count: number, what: string, firstReason: string): string {
  return `${count} stored ${what} could not be read and ${count === 1 ? 'was' : 'were'} skipped (first: ${firstReason})`;
}

type DecodedBlocks = { blocks: Block[]; sealedBlocks: Set<Block>; dropped: number };

function decodeBlocks(records: readonly unknown[], sealed: ReadonlySet<unknown>, warnings: string[]): DecodedBlocks {
  const blocks: Block[] = [];
  const sealedBlocks = new Set<Block>();
  let dropped = 0;
  let firstReason = '';
  for (const record of records) {
    const isSealed = sealed.has(record);
    const decoded = decodeBlockRecord(record, isSealed);
    if (decoded.ok) {
      blocks.push(decoded.value);
      if (isSealed) sealedBlocks.add(decoded.value);
    } else {
      if (dropped === 0) firstReason = `${decoded.code}: ${decoded.detail}`;
      dropped++;
    }
  }
  if (dropped > 0) warnings.push(skippedSentence(dropped, dropped === 1 ? 'block' : 'blocks', firstReason));
  return { blocks, sealedBlocks, dropped };
}

function decodeMempool(record: readonly unknown[], warnings: string[]): { mempool: Transaction[]; dropped: number } {
  const mempool: Transaction[] = [];
  let firstReason = '';
  for (const json of record) {
    const decoded = transactionFromJson(json);
    if (decoded.ok) mempool.push(decoded.value);
    else if (firstReason === '') firstReason = `${decoded.code}: ${decoded.detail}`;
  }
  const dropped = record.length - mempool.length;
  if (dropped > 0) warnings.push(skippedSentence(dropped, 'mempool transactions', firstReason));
  return { mempool, dropped };
}

function decodeKeys(record: unknown, warnings: string[]): KeyPair | null {
  if (record === undefined) return null;
  // 32 bytes: the secret alone, as earlier releases stored it.
  if (record instanceof Uint8Array && record.length === 32) return keyPairFromSecret(record);
  if (record instanceof Uint8Array && record.length === 64) {
    return keyPairFromStored(record.slice(0, 32), record.slice(32));
  }
  // Not fatal, but the user must hear of it: the node will make a new key, and the old address's coins are lost.
  warnings.push("the stored secret key is unreadable: this node's old address can no longer be used");
  return null;
}

function decodeTip(record: unknown, warnings: string[]): string | null {
  if (record === undefined) return null;
  if (isHex(record, 32)) return record;
  warnings.push('the stored tip is not a block hash and was ignored');
  return null;
}

function decodePeers(record: unknown, warnings: string[]): string[] {
  if (record === undefined) return [];
  const peers = Array.isArray(record) ? record.filter((id): id is string => typeof id === 'string') : [];
  if (!Array.isArray(record) || peers.length !== record.length) warnings.push('some stored peer ids were ignored');
  return peers;
}

export function snapshotBytesOf(record: unknown): Uint8Array | undefined {
  return snapshotBaseOf(record) === null ? undefined : (record as StoredSnapshot).bytes;
}

export function decodeRecords(records: StoredRecords): LoadedNode {
  const warnings: string[] = [...(records.warnings ?? [])];
  const meta = (key: MetaKey) => records.meta.get(key);
  const decoded = decodeBlocks(records.blocks, records.sealed ?? new Set(), warnings);
  const { blocks, sealedBlocks, dropped: droppedBlocks } = decoded;
  const { mempool, dropped: droppedTransactions } = decodeMempool(records.mempool, warnings);
  return {
    blocks,
    sealed: sealedBlocks,
    tipHash: decodeTip(meta(MetaKeys.Tip), warnings),
    mempool,
    keys: decodeKeys(meta(MetaKeys.SecretKey), warnings),
    peers: decodePeers(meta(MetaKeys.Peers), warnings),
    settings: Object.fromEntries(records.settings),
    snapshot: snapshotBytesOf(meta(MetaKeys.Snapshot)),
    droppedBlocks,
    droppedTransactions,
    warnings,
  };
}
