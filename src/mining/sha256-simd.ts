// The nonce search as WebAssembly SIMD: four consecutive low nonces per iteration in the four 32-bit lanes, rounds
// 6-63 unrolled with every working variable in a local, from the core's `SecondChunkConstants`. Measured on one core
// here: 7.5-8.8 MH/s in Node 20 and 8.9-9.9 MH/s in a Chromium worker, against 1.4-1.8 MH/s for the core's JS loop
// and 3.3 MH/s for a fully unrolled JS one (too long to keep as source, and still 2.3x slower).

import { SHA256_ROUND_CONSTANTS } from '../core/sha256.ts';
import {
  FIRST_NONCE_DEPENDENT_ROUND,
  FIRST_NONCE_DEPENDENT_SCHEDULE_WORD,
  firstWordMask,
  HeaderHasher,
  isFixedScheduleWord,
  LOW_NONCE_WORD,
  type SecondChunkConstants,
} from '../core/sha256-kernel.ts';
import { encodeModule, FunctionWriter, SimdOp, ValueType } from './wasm-writer.ts';

/** Nonces hashed side by side: an i32x4 vector. Interleaving two vectors measured slower (5.6 MH/s): too few registers. */
export const LANES = 4;

/**
 * Memory layout: one 16-byte slot per input, splatted over the four lanes. Slots 7-20 hold the fixed message
 * words of rounds 7-20 already plus their round constant; slots 21-63 the fixed schedule terms of words 21-63.
 */
const Slot = {
  /** a..g before round 6 (h only enters round 6, folded into its t1). */
  stateBeforeNonceRound: 64,
  nonceRoundT1: 71,
  nonceRoundT2: 72,
  firstMidstateWord: 73,
  firstWordMask: 74,
  /** 0, 1, 2, 3: added to the splatted start nonce. */
  laneOffsets: 75,
  count: 76,
} as const;
const SLOT_BYTES = 16;
const EXPORT_NAME = 'search';

/**
 * Emits `search(startLow, groups) → group`: tries `groups` groups of four nonces from startLow (which must not
 * wrap past 2^32) and returns the index of the first group with a lane whose hash passes the first-word mask, or -1.
 */
function emitSearchFunction(): FunctionWriter {
  const fn = new FunctionWriter([ValueType.I32, ValueType.I32]);
  const startLow = 0;
  const groups = 1;
  const group = fn.addLocal(ValueType.I32);
  const vector = () => fn.addLocal(ValueType.V128);
  const loadSlot = (slot: number) => {
    const local = vector();
    fn.i32Const(0)
      .v128Load(slot * SLOT_BYTES)
      .localSet(local);
    return local;
  };
  const add = () => fn.simd(SimdOp.I32x4Add);
  const xor = () => fn.simd(SimdOp.V128Xor);
  const shiftRight = (x: number, n: number) => fn.localGet(x).i32Const(n).simd(SimdOp.I32x4ShrU);
  const rotateRight = (x: number, n: number) => {
    shiftRight(x, n)
      .localGet(x)
      .i32Const(32 - n)
      .simd(SimdOp.I32x4Shl)
      .simd(SimdOp.V128Or);
  };
  const sigma = (x: number, rotations: readonly number[], shift: number | null) => {
    for (const [i, n] of rotations.entries()) {
      rotateRight(x, n);
      if (i > 0) xor();
    }
    if (shift !== null) {
      shiftRight(x, shift);
      xor();
    }
  };

  // Inputs, read once per call.
  const roundInput = new Map<number, number>();
  const fixedTerms = new Map<number, number>();
  for (let i = FIRST_NONCE_DEPENDENT_ROUND + 1; i < 64; i++) {
    if (isFixedScheduleWord(i)) roundInput.set(i, loadSlot(i));
    else if (hasFixedTerm(i)) fixedTerms.set(i, loadSlot(i));
  }
  const before = Array.from({ length: 7 }, (_, k) => loadSlot(Slot.stateBeforeNonceRound + k));
  const nonceRoundT1 = loadSlot(Slot.nonceRoundT1);
  const nonceRoundT2 = loadSlot(Slot.nonceRoundT2);
  const firstMidstateWord = loadSlot(Slot.firstMidstateWord);
  const mask = loadSlot(Slot.firstWordMask);
  const laneOffsets = loadSlot(Slot.laneOffsets);

  // Per-iteration values in SSA form: w[i], and a/e as produced by round i. The state before round 6 is
  // a = A5, b = A4, c = A3, d = A2, e = E5, f = E4, g = E3.
  const w = new Map<number, number>();
  const A = new Map<number, number>([5, 4, 3, 2].map((r, k) => [r, before[k] as number]));
  const E = new Map<number, number>([5, 4, 3].map((r, k) => [r, before[4 + k] as number]));
  const get = (map: Map<number, number>, key: number) => {
    const local = map.get(key);
    if (local === undefined) throw new Error(`internal: no local for ${key}`);
    return local;
  };
  const t = vector();

  fn.block().loop();
  const nonce = vector();
  fn.localGet(startLow).simd(SimdOp.I32x4Splat).localGet(laneOffsets);
  add().localSet(nonce);
  w.set(LOW_NONCE_WORD, nonce);

  // Round 6: the nonce's own round.
  fn.localGet(nonceRoundT1).localGet(nonce);
  add().localSet(t);
  A.set(6, vector());
  fn.localGet(t).localGet(nonceRoundT2);
  add().localSet(get(A, 6));
  E.set(6, vector());
  fn.localGet(get(A, 2)).localGet(t);
  add().localSet(get(E, 6));

  for (let i = FIRST_NONCE_DEPENDENT_ROUND + 1; i < 64; i++) {
    // Schedule word i, just in time: its fixed terms were summed once per call.
    if (!isFixedScheduleWord(i)) {
      let terms = 0;
      for (const { back, sigmaOf } of SCHEDULE_TERMS) {
        if (isFixedScheduleWord(i - back)) continue;
        if (sigmaOf === null) fn.localGet(get(w, i - back));
        else sigma(get(w, i - back), sigmaOf.rotations, sigmaOf.shift);
        if (terms++ > 0) add();
      }
      const fixed = fixedTerms.get(i);
      if (fixed !== undefined) {
        fn.localGet(fixed);
        add();
      }
      w.set(i, vector());
      fn.localSet(get(w, i));
    }
    const [a, b, c, d] = [i - 1, i - 2, i - 3, i - 4].map((r) => get(A, r)) as [number, number, number, number];
    const [e, f, g, h] = [i - 1, i - 2, i - 3, i - 4].map((r) => get(E, r)) as [number, number, number, number];
    // t1 = h + Σ1(e) + Ch(e, f, g) + K[i] + w[i], with Ch = bitselect(f, g, e).
    fn.localGet(h);
    sigma(e, [6, 11, 25], null);
    add().localGet(f).localGet(g).localGet(e).simd(SimdOp.V128Bitselect);
    add();
    const input = roundInput.get(i);
    if (input === undefined) {
      fn.v128Splat32(SHA256_ROUND_CONSTANTS[i] as number);
      add().localGet(get(w, i));
    } else {
      fn.localGet(input);
    }
    add().localSet(t);
    // a = t1 + Σ0(a) + Maj(a, b, c), with Maj = bitselect(b, a, a ^ c): b where a and c differ, else a.
    fn.localGet(t);
    sigma(a, [2, 13, 22], null);
    add().localGet(b).localGet(a).localGet(a).localGet(c);
    xor().simd(SimdOp.V128Bitselect);
    add();
    A.set(i, vector());
    fn.localSet(get(A, i));
    // The last round's e is never read: only the hash's first word (midstate word 0 + a) is tested.
    if (i < 63) {
      E.set(i, vector());
      fn.localGet(d).localGet(t);
      add().localSet(get(E, i));
    }
  }

  // Found when any lane's (firstMidstateWord + a) & mask is zero.
  fn.localGet(firstMidstateWord).localGet(get(A, 63));
  add().localGet(mask).simd(SimdOp.V128And).v128Splat32(0).simd(SimdOp.I32x4Eq).simd(SimdOp.V128AnyTrue).brIf(1);
  fn.localGet(startLow).i32Const(LANES).i32Add().localSet(startLow);
  fn.localGet(group).i32Const(1).i32Add().localSet(group);
  fn.localGet(group).localGet(groups).i32LtU().brIf(0);
  fn.end();
  fn.i32Const(-1).localSet(group);
  fn.end();
  fn.localGet(group);
  return fn;
}

/** w[i] = σ1(w[i-2]) + w[i-7] + σ0(w[i-15]) + w[i-16]. */
const SCHEDULE_TERMS: readonly { back: number; sigmaOf: { rotations: readonly number[]; shift: number } | null }[] = [
  { back: 2, sigmaOf: { rotations: [17, 19], shift: 10 } },
  { back: 7, sigmaOf: null },
  { back: 15, sigmaOf: { rotations: [7, 18], shift: 3 } },
  { back: 16, sigmaOf: null },
];

/** Whether any of the four schedule terms of word i is fixed, i.e. whether a fixed-terms slot exists for it. */
function hasFixedTerm(i: number): boolean {
  return SCHEDULE_TERMS.some(({ back }) => isFixedScheduleWord(i - back));
}

export function encodeSimdSearchModule(): Uint8Array<ArrayBuffer> {
  return encodeModule({
    fn: emitSearchFunction(),
    results: [ValueType.I32],
    exportName: EXPORT_NAME,
    memory: { module: 'env', name: 'memory', minPages: 1 },
  });
}

let compiled: WebAssembly.Module | null | undefined;

/**
 * The compiled module, or null where WebAssembly SIMD is unavailable. Compiled once per thread; synchronous
 * compilation is fine in workers and Node (Chromium refuses it on a page's main thread above 4 KB: null there).
 */
export function simdSearchModule(): WebAssembly.Module | null {
  if (compiled !== undefined) return compiled;
  compiled = null;
  if (typeof WebAssembly === 'undefined') return null;
  const bytes = encodeSimdSearchModule();
  try {
    if (WebAssembly.validate(bytes)) compiled = new WebAssembly.Module(bytes);
  } catch {
    compiled = null;
  }
  return compiled;
}

/**
 * The module's instance and memory, one per thread and module, shared by every template's search. A new
 * WebAssembly.Memory per template (hundreds a second at a classroom's difficulty) made V8 run a full mark-compact
 * every ~250 ms in each mining worker (--trace-gc: 15–25 ms each, "GC in old space requested").
 */
type SimdLanes = {
  readonly run: (startLow: number, groups: number) => number;
  readonly slots: Int32Array;
  /** Whose constants the slots hold, for which high word: a search reloads them when another ran in between. */
  loadedFor: { readonly search: SimdNonceSearch; readonly nonceHigh: number } | null;
};
const lanesByModule = new WeakMap<WebAssembly.Module, SimdLanes>();

function lanesOf(module: WebAssembly.Module): SimdLanes {
  const known = lanesByModule.get(module);
  if (known !== undefined) return known;
  const memory = new WebAssembly.Memory({ initial: 1 });
  const instance = new WebAssembly.Instance(module, { env: { memory } });
  const run = instance.exports[EXPORT_NAME];
  if (typeof run !== 'function') throw new Error(`internal: the SIMD module exports no ${EXPORT_NAME}()`);
  const slots = new Int32Array(memory.buffer, 0, Slot.count * LANES);
  for (let lane = 0; lane < LANES; lane++) slots[Slot.laneOffsets * LANES + lane] = lane;
  const lanes: SimdLanes = { run: run as SimdLanes['run'], slots, loadedFor: null };
  lanesByModule.set(module, lanes);
  return lanes;
}

/** One template's nonce search on the SIMD module; `search` has the meaning and result of `HeaderHasher.search`. */
export class SimdNonceSearch {
  /** Verifies candidate groups nonce by nonce, and supplies the precomputed second chunk. */
  private readonly hasher: HeaderHasher;
  private readonly lanes: SimdLanes;

  constructor(module: WebAssembly.Module, header: Uint8Array) {
    this.hasher = new HeaderHasher(header);
    this.lanes = lanesOf(module);
  }

  search(nonceHigh: number, startLow: number, count: number, difficulty: number): number {
    this.load(nonceHigh, difficulty);
    const end = Math.min(startLow + count, 2 ** 32);
    let low = startLow;
    while (end - low >= LANES) {
      const groups = Math.floor((end - low) / LANES);
      const hit = this.lanes.run(low | 0, groups);
      if (hit < 0) {
        low += groups * LANES;
        break;
      }
      // A lane passed the first word: the core finds which (the first in order) and checks deeper difficulties.
      const groupStart = low + hit * LANES;
      const found = this.hasher.search(nonceHigh, groupStart, LANES, difficulty);
      if (found >= 0) return found;
      low = groupStart + LANES;
    }
    return low < end ? this.hasher.search(nonceHigh, low, end - low, difficulty) : -1;
  }

  private load(nonceHigh: number, difficulty: number): void {
    this.fill(Slot.firstWordMask, firstWordMask(difficulty));
    const loaded = this.lanes.loadedFor;
    if (loaded !== null && loaded.search === this && loaded.nonceHigh === nonceHigh) return;
    const constants: SecondChunkConstants = this.hasher.secondChunkConstants(nonceHigh);
    for (let i = FIRST_NONCE_DEPENDENT_ROUND + 1; i < FIRST_NONCE_DEPENDENT_SCHEDULE_WORD; i++) {
      this.fill(i, ((constants.fixedWords[i] as number) + (SHA256_ROUND_CONSTANTS[i] as number)) | 0);
    }
    for (let i = FIRST_NONCE_DEPENDENT_SCHEDULE_WORD; i < 64; i++) {
      this.fill(i, constants.fixedScheduleTerms[i] as number);
    }
    for (let k = 0; k < 7; k++) this.fill(Slot.stateBeforeNonceRound + k, constants.stateBeforeNonceRound[k] as number);
    this.fill(Slot.nonceRoundT1, constants.nonceRoundT1);
    this.fill(Slot.nonceRoundT2, constants.nonceRoundT2);
    this.fill(Slot.firstMidstateWord, constants.firstMidstateWord);
    this.lanes.loadedFor = { search: this, nonceHigh };
  }

  private fill(slot: number, value: number): void {
    this.lanes.slots.fill(value, slot * LANES, (slot + 1) * LANES);
  }
}
