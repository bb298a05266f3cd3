// SHA-256 for the chain's many small messages (headers, transaction payloads, Merkle nodes), and the compression
// primitives the proof-of-work kernel (sha256-kernel.ts) and the SIMD search build on. Why not @noble/hashes here:
// its per-call setup (a hasher object, a DataView, buffers) costs more than hashing 100 bytes, and loading 10,000
// stored blocks makes ~80,000 such calls. This one-shot reuses one scratch state and allocates only its output.
// test/core/sha256.test.ts checks it against @noble/hashes on random inputs and splits.

/** SHA-256 round constants, as signed 32-bit words (V8 keeps Int32Array reads in registers, Uint32 ones not). */
export const SHA256_ROUND_CONSTANTS: Readonly<Int32Array> = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);
const K = SHA256_ROUND_CONSTANTS;
export const IV: Readonly<Int32Array> = new Int32Array([
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
]);

export function smallSigma0(x: number): number {
  return ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
}

export function smallSigma1(x: number): number {
  return ((x >>> 17) | (x << 15)) ^ ((x >>> 19) | (x << 13)) ^ (x >>> 10);
}

/** Expands w[from..63] in place from the words before it (the SHA-256 message schedule). */
export function expandSchedule(w: Int32Array, from: number): void {
  for (let i = from; i < 64; i++) {
    w[i] =
      (smallSigma1(w[i - 2] as number) +
        (w[i - 7] as number) +
        smallSigma0(w[i - 15] as number) +
        (w[i - 16] as number)) |
      0;
  }
}

/** Runs rounds [from, to) of the compression over the working variables `v` (a..h) with the expanded schedule `w`. */
export function runRounds(v: Int32Array, w: Int32Array, from: number, to: number): void {
  let a = v[0] as number;
  let b = v[1] as number;
  let c = v[2] as number;
  let d = v[3] as number;
  let e = v[4] as number;
  let f = v[5] as number;
  let g = v[6] as number;
  let h = v[7] as number;
  for (let i = from; i < to; i++) {
    const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const t1 = (h + s1 + (g ^ (e & (f ^ g))) + (K[i] as number) + (w[i] as number)) | 0;
    const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const t2 = (s0 + ((a & b) | (c & (a | b)))) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  v[0] = a;
  v[1] = b;
  v[2] = c;
  v[3] = d;
  v[4] = e;
  v[5] = f;
  v[6] = g;
  v[7] = h;
}

/** Compresses one 64-byte block given as 16 words `w[0..15]` (w has room for 64) into `state`. */
/** The working variables of `compress`: it runs to completion, so one array serves every call. */
const working = new Int32Array(8);

export function compress(state: Int32Array, w: Int32Array): void {
  expandSchedule(w, 16);
  const v = working;
  v.set(state);
  runRounds(v, w, 0, 64);
  for (let i = 0; i < 8; i++) state[i] = ((state[i] as number) + (v[i] as number)) | 0;
}

export function loadWords(bytes: Uint8Array, offset: number, w: Int32Array, count: number): void {
  for (let i = 0; i < count; i++) {
    const p = offset + i * 4;
    w[i] =
      ((bytes[p] as number) << 24) |
      ((bytes[p + 1] as number) << 16) |
      ((bytes[p + 2] as number) << 8) |
      (bytes[p + 3] as number);
  }
}

/** Scratch for the one-shot hash below: JavaScript runs it to completion, so one set serves every call. */
const state = new Int32Array(8);
const schedule = new Int32Array(64);
const pending = new Uint8Array(64);

function compressPending(): void {
  loadWords(pending, 0, schedule, 16);
  compress(state, schedule);
}

/** SHA-256 of the concatenation of `parts`, without concatenating them. */
export function sha256(...parts: readonly Uint8Array[]): Uint8Array {
  state.set(IV);
  let filled = 0;
  let total = 0;
  for (const part of parts) {
    total += part.length;
    let offset = 0;
    // Top up a partly filled chunk first; then whole chunks straight from the input; then keep the rest.
    if (filled > 0) {
      while (filled < 64 && offset < part.length) pending[filled++] = part[offset++] as number;
      if (filled < 64) continue;
      compressPending();
      filled = 0;
    }
    for (; part.length - offset >= 64; offset += 64) {
      loadWords(part, offset, schedule, 16);
      compress(state, schedule);
    }
    while (offset < part.length) pending[filled++] = part[offset++] as number;
  }
  pending[filled++] = 0x80;
  if (filled > 56) {
    pending.fill(0, filled);
    compressPending();
    filled = 0;
  }
  pending.fill(0, filled, 56);
  // The bit length as a 64-bit big-endian number; messages here are far below 2^32 bytes.
  const bits = total * 8;
  const high = Math.floor(bits / 2 ** 32);
  pending[56] = high >>> 24;
  pending[57] = high >>> 16;
  pending[58] = high >>> 8;
  pending[59] = high;
  pending[60] = bits >>> 24;
  pending[61] = bits >>> 16;
  pending[62] = bits >>> 8;
  pending[63] = bits;
  compressPending();
  const out = new Uint8Array(32);
  for (let i = 0; i < 8; i++) {
    const word = state[i] as number;
    out[i * 4] = word >>> 24;
    out[i * 4 + 1] = word >>> 16;
    out[i * 4 + 2] = word >>> 8;
    out[i * 4 + 3] = word;
  }
  return out;
}
