// The confirmed txids a ledger snapshot carries: one byte array of sorted ids, asked by binary search. A node that
// starts on a snapshot must refuse a replayed transaction of any age before it has read its history, and a Set of
// 100,000 hex strings would cost a 100,000-block start the time (and the 10 MB) the snapshot is there to save.
//
// Each id is a txid's first 16 bytes, not all 32: they are most of a snapshot, and a start reads the snapshot before
// it is ready (100,000 blocks: 6.4 MB as whole txids, 3.2 MB so). A new transaction whose txid shares its first
// 16 bytes with a confirmed one is refused as a replay by a node still on its snapshot; making one on purpose takes
// about 2^110 hashes against 200,000 confirmed ids, and only matters until the node has read its history (seconds),
// after which its ledger holds whole txids again.
import { bytesToHex, hexToBytes, isHex } from './bytes.ts';

export const TXID_BYTES = 32;
/** The bytes of each id a snapshot keeps: a txid's first 16. */
export const SNAPSHOT_ID_BYTES = 16;

/** Orders two ids at `a[i..]` and `b[j..]`, byte by byte. */
function compareAt(a: Uint8Array, i: number, b: Uint8Array, j: number): number {
  for (let k = 0; k < SNAPSHOT_ID_BYTES; k++) {
    const diff = (a[i + k] as number) - (b[j + k] as number);
    if (diff !== 0) return diff;
  }
  return 0;
}

export class SortedTxids {
  static readonly EMPTY = new SortedTxids(new Uint8Array(0));

  /** `bytes` must hold whole ids in ascending order, none twice: see `isSorted` for bytes from elsewhere. */
  private constructor(readonly bytes: Uint8Array) {}

  /** Ids already sorted (bytes read back from a snapshot); null when they are not whole, sorted and unique. */
  static fromSortedBytes(bytes: Uint8Array): SortedTxids | null {
    if (bytes.length % SNAPSHOT_ID_BYTES !== 0) return null;
    for (let at = SNAPSHOT_ID_BYTES; at < bytes.length; at += SNAPSHOT_ID_BYTES) {
      if (compareAt(bytes, at - SNAPSHOT_ID_BYTES, bytes, at) >= 0) return null;
    }
    return new SortedTxids(bytes);
  }

  get size(): number {
    return this.bytes.length / SNAPSHOT_ID_BYTES;
  }

  /** Whether a confirmed txid begins as `txid` does (its first SNAPSHOT_ID_BYTES). */
  has(txid: string): boolean {
    if (this.bytes.length === 0 || !isHex(txid, TXID_BYTES)) return false;
    const wanted = hexToBytes(txid.slice(0, 2 * SNAPSHOT_ID_BYTES));
    let low = 0;
    let high = this.size - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const order = compareAt(this.bytes, middle * SNAPSHOT_ID_BYTES, wanted, 0);
      if (order === 0) return true;
      if (order < 0) low = middle + 1;
      else high = middle - 1;
    }
    return false;
  }

  /** These ids and `more` (whole txids in hex, any order; one already here is kept once), as a new set. */
  with(more: Iterable<string>): SortedTxids {
    const added = sortedIds(more);
    if (added.length === 0) return this;
    const out = new Uint8Array(this.bytes.length + added.length);
    let i = 0;
    let j = 0;
    let at = 0;
    while (i < this.bytes.length || j < added.length) {
      const order = i >= this.bytes.length ? 1 : j >= added.length ? -1 : compareAt(this.bytes, i, added, j);
      const [from, offset] = order <= 0 ? [this.bytes, i] : [added, j];
      out.set(from.subarray(offset, offset + SNAPSHOT_ID_BYTES), at);
      at += SNAPSHOT_ID_BYTES;
      if (order <= 0) i += SNAPSHOT_ID_BYTES;
      if (order >= 0) j += SNAPSHOT_ID_BYTES;
    }
    return new SortedTxids(at === out.length ? out : out.slice(0, at));
  }

  /** Every id (a txid's first bytes), as hex, in order (for tests and checks; a start never needs them all). */
  *[Symbol.iterator](): Generator<string> {
    for (let at = 0; at < this.bytes.length; at += SNAPSHOT_ID_BYTES) {
      yield bytesToHex(this.bytes.subarray(at, at + SNAPSHOT_ID_BYTES));
    }
  }
}

/** Hex txids' ids as sorted bytes without repeats. Lowercase hex sorts as its bytes do, and strings natively. */
function sortedIds(txids: Iterable<string>): Uint8Array {
  const ids = new Set<string>();
  for (const txid of txids) {
    if (!isHex(txid, TXID_BYTES)) throw new TypeError(`not a txid: ${String(txid).slice(0, 80)}`);
    ids.add(txid.slice(0, 2 * SNAPSHOT_ID_BYTES));
  }
  const sorted = [...ids].sort();
  const out = new Uint8Array(sorted.length * SNAPSHOT_ID_BYTES);
  for (const [k, id] of sorted.entries()) out.set(hexToBytes(id), k * SNAPSHOT_ID_BYTES);
  return out;
}
