// Byte helpers shared by every codec in the core: strict hex, fixed-width integers, length-prefixed strings.
import { concatBytes, bytesToHex as nobleBytesToHex } from '@noble/hashes/utils.js';

export { concatBytes };

const HEX_RE = /^(?:[0-9a-f]{2})*$/;

/** Char codes of '0'-'9' and 'a'-'f' by nibble. */
const HEX_CODES = Uint8Array.from('0123456789abcdef', (c) => c.charCodeAt(0));
/** Hashes and keys are short (up to this many bytes); longer input goes to noble's encoder. */
const HEX_SCRATCH_BYTES = 64;
/** Char codes of the hex being built: a plain array, which `String.fromCharCode.apply` reads about twice as fast as
 *  a typed array's subarray (measured in Node and Chromium's V8 on 32-byte hashes). */
const hexScratch: number[] = new Array(HEX_SCRATCH_BYTES * 2).fill(0);

/**
 * Lowercase hex. One canonical spelling, so a flipped letter case is a different value, never the same one. Short
 * input becomes one flat string in one call: a string built piece by piece is a chain V8 must flatten when the hash
 * is first used as a map key, and a node loading 10,000 blocks makes 60,000 of them.
 */
export function bytesToHex(bytes: Uint8Array): string {
  if (bytes.length > HEX_SCRATCH_BYTES) return nobleBytesToHex(bytes);
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    hexScratch[i * 2] = HEX_CODES[byte >>> 4] as number;
    hexScratch[i * 2 + 1] = HEX_CODES[byte & 15] as number;
  }
  // Setting an array's length costs even when it does not change: hashes, all 32 bytes, skip it.
  if (hexScratch.length !== bytes.length * 2) hexScratch.length = bytes.length * 2;
  return String.fromCharCode.apply(null, hexScratch);
}

/** Value of a lowercase hex digit by char code, -1 for anything else. */
const HEX_VALUES = new Int8Array(128).fill(-1);
for (let i = 0; i < 16; i++) HEX_VALUES['0123456789abcdef'.charCodeAt(i)] = i;

/**
 * The one empty byte array every decoder hands out: a coinbase's key and signature are empty in every block, and an
 * array object apiece was two of the nine a loaded block kept (about 6 % of a 100,000-block node's heap). Not frozen:
 * it has no element to write, and a frozen typed array has a shape of its own that hashing code would meet as well.
 */
export const EMPTY_BYTES: Uint8Array = new Uint8Array(0);

/** Strict: lowercase only, even length; anything else throws TypeError. A table lookup per digit: loading 10,000
 *  stored blocks decodes ~100,000 hashes, and parseInt per byte was a third of that time. */
export function hexToBytes(hex: string): Uint8Array {
  if (typeof hex !== 'string' || hex.length % 2 !== 0) throw new TypeError('expected lowercase hex of even length');
  if (hex.length === 0) return EMPTY_BYTES;
  const out = new Uint8Array(hex.length / 2);
  hexInto(hex, out, 0);
  return out;
}

/** The bytes of `hex` (even length, checked by the caller) written into `out` from `at`. */
function hexInto(hex: string, out: Uint8Array, at: number): void {
  for (let i = 0; i < hex.length / 2; i++) {
    const high = HEX_VALUES[hex.charCodeAt(i * 2)] ?? -1;
    const low = HEX_VALUES[hex.charCodeAt(i * 2 + 1)] ?? -1;
    if (high < 0 || low < 0) throw new TypeError('expected lowercase hex of even length');
    out[at + i] = (high << 4) | low;
  }
}

export function isHex(value: unknown, byteLength: number): value is string {
  return typeof value === 'string' && value.length === byteLength * 2 && HEX_RE.test(value);
}

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

const encoder = new TextEncoder();
export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * Whether UTF-8 can carry `text` as it is. A lone surrogate would be stored as U+FFFD: the text read back from the
 * bytes would differ from the text that was signed and shown, under the same txid. A loop, not a regular expression:
 * the one that says it needs a lookbehind, which Safari before 16.4 cannot even parse (the whole bundle would fail).
 */
export function isWellFormedText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0xd800 || unit > 0xdfff) continue;
    // A high surrogate must come with a low one, which is then skipped; a low one on its own is lone.
    const next = text.charCodeAt(i + 1);
    if (unit > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) return false;
    i++;
  }
  return true;
}

export function utf8Length(text: string): number {
  return isAscii(text) ? text.length : encoder.encode(text).length;
}

/**
 * The same number, as a small integer where V8 can hold one unboxed. Arithmetic such as `high * 2 ** 32 + low` makes
 * a heap number even of 3, and one stored in a field of a kind of object makes V8 box that field in every such object
 * from then on: amounts and nonces were three boxes a loaded block kept (12 bytes each in Chromium). Only values that
 * do not fit (timestamps, amounts past 2^30) are boxed then.
 */
export function compactInteger(value: number): number {
  const small = value | 0;
  return small === value && !Object.is(value, -0) ? small : value;
}

/** Integers that JSON numbers carry exactly: the only numbers the chain accepts. */
export function isUint(value: unknown, max = Number.MAX_SAFE_INTEGER): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= max;
}

/** Append-only writer for the binary encodings (header, transaction payload). Big-endian throughout. */
export class ByteWriter {
  private buf: Uint8Array;
  private view: DataView;
  private pos = 0;

  constructor(initialSize = 256) {
    this.buf = new Uint8Array(initialSize);
    this.view = new DataView(this.buf.buffer);
  }

  private reserve(n: number): number {
    const at = this.pos;
    if (at + n > this.buf.length) {
      const grown = new Uint8Array(Math.max(this.buf.length * 2, at + n));
      grown.set(this.buf);
      this.buf = grown;
      this.view = new DataView(grown.buffer);
    }
    this.pos += n;
    return at;
  }

  u8(v: number): this {
    const at = this.reserve(1); // may replace this.view, so read it after
    this.view.setUint8(at, v);
    return this;
  }
  u16(v: number): this {
    const at = this.reserve(2); // may replace this.view, so read it after
    this.view.setUint16(at, v);
    return this;
  }
  u32(v: number): this {
    const at = this.reserve(4); // may replace this.view, so read it after
    this.view.setUint32(at, v);
    return this;
  }
  /** Safe integers only (< 2^53), written as a 64-bit big-endian field. */
  u64(v: number): this {
    if (!isUint(v)) throw new RangeError(`u64 field needs a safe non-negative integer, got ${v}`);
    const at = this.reserve(8);
    this.view.setUint32(at, Math.floor(v / 2 ** 32));
    this.view.setUint32(at + 4, v >>> 0);
    return this;
  }
  bytes(b: Uint8Array): this {
    const at = this.reserve(b.length); // may replace this.buf, so read it after
    this.buf.set(b, at);
    return this;
  }
  /** u16 length then UTF-8 bytes. */
  string(text: string): this {
    // Addresses and most info fields are ASCII: written directly, without TextEncoder's per-call cost.
    if (isAscii(text) && text.length <= 0xffff) {
      const at = this.reserve(2 + text.length);
      this.view.setUint16(at, text.length);
      for (let i = 0; i < text.length; i++) this.buf[at + 2 + i] = text.charCodeAt(i);
      return this;
    }
    const b = utf8(text);
    if (b.length > 0xffff) throw new RangeError('string field longer than 65535 bytes');
    return this.u16(b.length).bytes(b);
  }
  /** The bytes `hex` spells (lowercase, even length), parsed straight into the buffer: no array of their own. */
  hex(hex: string): this {
    if (hex.length % 2 !== 0) throw new TypeError('expected lowercase hex of even length');
    const at = this.reserve(hex.length / 2); // may replace this.buf, so read it after
    hexInto(hex, this.buf, at);
    return this;
  }
  /** u8 length then bytes. */
  shortBytes(b: Uint8Array): this {
    if (b.length > 0xff) throw new RangeError('short byte field longer than 255 bytes');
    return this.u8(b.length).bytes(b);
  }
  /** A copy of the bytes written: the writer may go on, or be reset and reused. */
  finish(): Uint8Array {
    return this.buf.slice(0, this.pos);
  }

  /** The bytes written, without a copy when they fill the buffer exactly (a writer made at the final size); the
   *  writer must not be used after. */
  take(): Uint8Array {
    return this.pos === this.buf.length ? this.buf : this.buf.slice(0, this.pos);
  }

  /** Starts over in the same buffer: a writer reused for many small records allocates once, not per record. */
  reset(): this {
    this.pos = 0;
    return this;
  }
}

export function readU64(view: DataView, offset: number): number {
  return view.getUint32(offset) * 2 ** 32 + view.getUint32(offset + 4);
}

/** A reader over bytes that must hold exactly what is read: anything short or out of range throws ByteReadError. */
export class ByteReadError extends Error {
  override readonly name = 'ByteReadError';
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
/** Strings up to this many bytes go through String.fromCharCode in one call (well under any argument limit). */
const ASCII_CHUNK = 1024;

function isAsciiBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] as number) > 0x7f) return false;
  return true;
}

function asciiString(bytes: Uint8Array): string {
  return String.fromCharCode.apply(null, bytes as unknown as number[]);
}

/** Short strings are interned up to this many bytes: addresses, a sensor's name, a reading. */
const INTERN_MAX_BYTES = 64;
/** Past this many the table starts over: it is a cache, not a registry. */
const INTERN_LIMIT = 4096;
/** Short ASCII strings read before, by an FNV-1a hash of their bytes. */
const interned = new Map<number, string>();

function sameChars(text: string, bytes: Uint8Array): boolean {
  if (text.length !== bytes.length) return false;
  for (let i = 0; i < bytes.length; i++) if (text.charCodeAt(i) !== bytes[i]) return false;
  return true;
}

/**
 * The string of short ASCII bytes, the very string read before when the bytes repeat. The same addresses (and often
 * the same readings) come back in every block: a node loading 10,000 blocks would otherwise allocate, and keep, a
 * copy per transaction, and on a fresh page keeping objects is most of what loading costs.
 */
function internedAscii(bytes: Uint8Array): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) hash = Math.imul(hash ^ (bytes[i] as number), 0x01000193);
  const known = interned.get(hash);
  if (known !== undefined && sameChars(known, bytes)) return known;
  const text = asciiString(bytes);
  if (interned.size >= INTERN_LIMIT) interned.clear();
  interned.set(hash, text);
  return text;
}

/** Keys read before, by their first four bytes (a key's bytes are uniformly random). */
const internedKeys = new Map<number, Uint8Array>();

/**
 * The array of a public key read before when the bytes repeat, else `bytes` (remembered). A class's few senders sign
 * most transactions: one array per key instead of one per transaction kept. Arrays are never written after decoding,
 * so sharing one is safe. Asked for 32-byte keys and empty ones (left as given: EMPTY_BYTES already).
 */
export function internedKey(bytes: Uint8Array): Uint8Array {
  if (bytes.length < 4) return bytes;
  const prefix =
    ((bytes[0] as number) << 24) | ((bytes[1] as number) << 16) | ((bytes[2] as number) << 8) | (bytes[3] as number);
  const known = internedKeys.get(prefix);
  if (known !== undefined && equalBytes(known, bytes)) return known;
  if (internedKeys.size >= INTERN_LIMIT) internedKeys.clear();
  internedKeys.set(prefix, bytes);
  return bytes;
}

let lastBuffer: ArrayBufferLike | null = null;
let lastView: DataView | null = null;

/** A DataView of `bytes`' whole buffer, the one made last time when it is the same buffer: the payloads of a stored
 *  segment are views into one buffer, and a reader each would otherwise make twenty thousand views at a start. */
function wholeBufferView(bytes: Uint8Array): DataView {
  if (bytes.buffer !== lastBuffer || lastView === null) {
    lastBuffer = bytes.buffer;
    lastView = new DataView(bytes.buffer);
  }
  return lastView;
}

/** The reading half of ByteWriter: the same big-endian fields, checked against the end of the input. */
export class ByteReader {
  /** A view of the input's whole buffer, shared with the last reader of that buffer; fields are at `base + pos`. */
  private readonly view: DataView;
  private readonly base: number;
  private pos = 0;

  constructor(private readonly input: Uint8Array) {
    this.view = wholeBufferView(input);
    this.base = input.byteOffset;
  }

  private get remaining(): number {
    return this.input.length - this.pos;
  }

  private take(n: number, what: string): number {
    if (n > this.remaining) throw new ByteReadError(`${what} at byte ${this.pos} runs past the end`);
    const at = this.pos;
    this.pos += n;
    return at;
  }

  u8(what: string): number {
    return this.view.getUint8(this.base + this.take(1, what));
  }
  u16(what: string): number {
    return this.view.getUint16(this.base + this.take(2, what));
  }
  u32(what: string): number {
    return this.view.getUint32(this.base + this.take(4, what));
  }
  /** Safe integers only, as ByteWriter writes them. */
  u64(what: string): number {
    const at = this.take(8, what);
    const value = readU64(this.view, this.base + at);
    if (!Number.isSafeInteger(value)) throw new ByteReadError(`${what} at byte ${at} is not a safe integer`);
    return value;
  }
  /** Passes over the next `n` bytes. */
  skip(n: number, what: string): void {
    this.take(n, what);
  }
  /** A view of the next `n` bytes, not a copy. */
  bytes(n: number, what: string): Uint8Array {
    const at = this.take(n, what);
    return n === 0 ? EMPTY_BYTES : this.input.subarray(at, at + n);
  }
  /** u16 length then UTF-8 bytes, which must be valid UTF-8. */
  string(what: string): string {
    const length = this.u16(what);
    const at = this.take(length, what);
    const bytes = this.input.subarray(at, at + length);
    // ASCII (addresses, most info) in one call: a TextDecoder call costs a browser more than the decoding itself.
    if (length <= ASCII_CHUNK && isAsciiBytes(bytes)) {
      return length <= INTERN_MAX_BYTES ? internedAscii(bytes) : asciiString(bytes);
    }
    try {
      return strictUtf8.decode(bytes);
    } catch {
      throw new ByteReadError(`${what} at byte ${at} is not valid UTF-8`);
    }
  }
  /** u8 length then bytes. */
  shortBytes(what: string): Uint8Array {
    return this.bytes(this.u8(what), what);
  }
  /** Throws unless every byte was read: trailing bytes would be a second spelling of the same value. */
  end(what: string): void {
    if (this.remaining !== 0) throw new ByteReadError(`${this.remaining} bytes after the end of ${what}`);
  }
}
