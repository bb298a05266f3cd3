// The confirmed txids a ledger snapshot carries: one byte array of sorted 32-byte ids, asked by binary search. A node
// that starts on a snapshot must refuse a replayed transaction of any age before it has read its history, and a Set
// of 100,000 hex strings would cost a 100,000-block start the time (and the 10 MB) the snapshot is there to save.
import { bytesToHex, hexToBytes, isHex } from './bytes.ts';

export const TXID_BYTES = 32;

/** Orders two ids at `a[i..]` and `b[j..]`, byte by byte. */
function compareAt(a: Uint8Array, i: number, b: Uint8Array, j: number): number {
  for (let k = 0; k < TXID_BYTES; k++) {
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
    if (bytes.length % TXID_BYTES !== 0) return null;
    for (let at = TXID_BYTES; at < bytes.length; at += TXID_BYTES) {
      if (compareAt(bytes, at - TXID_BYTES, bytes, at) >= 0) return null;
    }
    return new SortedTxids(bytes);
  }

  get size(): number {
    return this.bytes.length / TXID_BYTES;
  }

  has(txid: string): boolean {
    if (this.bytes.length === 0 || !isHex(txid, TXID_BYTES)) return false;
    const wanted = hexToBytes(txid);
    let low = 0;
    let high = this.size - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const order = compareAt(this.bytes, middle * TXID_BYTES, wanted, 0);
      if (order === 0) return true;
      if (order < 0) low = middle + 1;
      else high = middle - 1;
    }
    return false;
  }

  /** These ids and `more` (hex, any order; one already here is kept once), as a new set. */
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
      out.set(from.subarray(offset, offset + TXID_BYTES), at);
      at += TXID_BYTES;
      if (order <= 0) i += TXID_BYTES;
      if (order >= 0) j += TXID_BYTES;
    }
    return new SortedTxids(at === out.length ? out : out.slice(0, at));
  }

  /** Every id, as hex, in order (for tests and checks; a start never needs them all). */
  *[Symbol.iterator](): Generator<string> {
    for (let at = 0; at < this.bytes.length; at += TXID_BYTES) {
      yield bytesToHex(this.bytes.subarray(at, at + TXID_BYTES));
    }
  }
}

/** Hex ids as sorted bytes without repeats. Lowercase hex sorts as its bytes do, and strings sort natively. */
function sortedIds(txids: Iterable<string>): Uint8Array {
  const ids = [...new Set(txids)].sort();
  const out = new Uint8Array(ids.length * TXID_BYTES);
  for (const [k, txid] of ids.entries()) {
    if (!isHex(txid, TXID_BYTES)) throw new TypeError(`not a txid: ${String(txid).slice(0, 80)}`);
    out.set(hexToBytes(txid), k * TXID_BYTES);
  }
  return out;
}
