// Virtual time for the simulator: a Clock (src/net/clock.ts) whose timers run in due order from a heap, as fast as
// the CPU allows. Between two instants every pending promise reaction runs (one macrotask turn), so a handler that
// awaits (a batch's signatures, a save) finishes at the virtual instant it started, before time moves on.
import type { Cancel, Clock } from '../net/clock.ts';

type Timer = { readonly at: number; readonly sequence: number; run: (() => void) | null };

/** Lets every queued promise reaction run: one macrotask turn of the real event loop. */
function drainReactions(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Reaction chains this deep finish within their instant without a macrotask turn (the node's are shallower). */
const MICROTASK_HOPS = 16;
/** A macrotask turn this often all the same, for anything deeper. */
const MACROTASK_EVERY = 64;

async function settleReactions(instant: number): Promise<void> {
  if (instant % MACROTASK_EVERY === 0) {
    await drainReactions();
    return;
  }
  for (let hop = 0; hop < MICROTASK_HOPS; hop++) await undefined;
}

export class VirtualClock implements Clock {
  private time: number;
  private sequence = 0;
  private readonly heap: Timer[] = [];
  /** Timers run so far: the simulator's unit of work. */
  timersRun = 0;

  constructor(startMs: number) {
    this.time = startMs;
  }

  /** Whole milliseconds, as Date.now() gives; timers keep their fractions, so order is exact. */
  now(): number {
    return Math.floor(this.time);
  }

  after(ms: number, callback: () => void): Cancel {
    const timer: Timer = { at: this.time + Math.max(0, ms), sequence: this.sequence++, run: callback };
    this.push(timer);
    return () => {
      timer.run = null;
    };
  }

  /** Timers waiting, cancelled ones included until their time comes. */
  get pending(): number {
    return this.heap.length;
  }

  /**
   * Runs every timer due up to `endMs` (those scheduled meanwhile included), then sets the time to `endMs`.
   * `shouldStop`, asked after each instant, ends the run early at that instant.
   */
  async runUntil(endMs: number, shouldStop: () => boolean = () => false): Promise<void> {
    await drainReactions();
    let instants = 0;
    for (;;) {
      const next = this.heap[0];
      if (next === undefined || next.at > endMs) break;
      this.time = next.at;
      // Every timer of this instant, then the reactions they queued, then the next instant.
      while (this.heap[0] !== undefined && this.heap[0].at === this.time) {
        const timer = this.pop();
        const run = timer.run;
        if (run === null) continue;
        timer.run = null;
        this.timersRun++;
        run();
      }
      await settleReactions(++instants);
      if (shouldStop()) return;
    }
    this.time = Math.max(this.time, endMs);
  }

  private push(timer: Timer): void {
    const heap = this.heap;
    heap.push(timer);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent] as Timer;
      if (!earlier(timer, p)) break;
      heap[i] = p;
      i = parent;
    }
    heap[i] = timer;
  }

  private pop(): Timer {
    const heap = this.heap;
    const top = heap[0] as Timer;
    const last = heap.pop() as Timer;
    if (heap.length > 0) {
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= heap.length) break;
        const right = left + 1;
        const child = right < heap.length && earlier(heap[right] as Timer, heap[left] as Timer) ? right : left;
        if (!earlier(heap[child] as Timer, last)) break;
        heap[i] = heap[child] as Timer;
        i = child;
      }
      heap[i] = last;
    }
    return top;
  }
}

function earlier(a: Timer, b: Timer): boolean {
  return a.at < b.at || (a.at === b.at && a.sequence < b.sequence);
}
