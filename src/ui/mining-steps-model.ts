// Mining step by step, the arithmetic: a sandbox candidate on the node's tip, tries one nonce at a time judged by
// the chain's own rule (the core's `meetsDifficulty`), the same search at full speed in chunks (the core's
// `searchNonces`), and the tries each block needed against the 2^difficulty expected. Pure: no DOM, no clock (times
// are arguments), so the view only schedules and draws.
import {
  type Block,
  bytesToHex,
  childTemplate,
  hexToBytes,
  leadingZeroBits,
  meetsDifficulty,
  searchNonces,
  type Transaction,
  withNonce,
} from '../core/index.ts';

/** Difficulties the lesson offers: 2^20 tries is about a second at full speed on one thread, and still countable. */
export const MAX_LESSON_DIFFICULTY = 20;

/** The room's difficulty as the lesson's first choice, brought into 0..MAX_LESSON_DIFFICULTY. */
export function defaultLessonDifficulty(roomDifficulty: number): number {
  return Math.min(Math.max(0, Math.trunc(roomDifficulty)), MAX_LESSON_DIFFICULTY);
}

/** A difficulty field's text as a whole number in 0..MAX_LESSON_DIFFICULTY, or null when it is not one. */
export function parseLessonDifficulty(text: string): number | null {
  if (!/^\d{1,2}$/.test(text.trim())) return null;
  const value = Number(text.trim());
  return value <= MAX_LESSON_DIFFICULTY ? value : null;
}

export type CandidateInput = {
  /** The node's tip: the candidate builds on it as the node's next block would. */
  readonly parent: Block;
  readonly minerAddress: string;
  readonly reward: number;
  readonly difficulty: number;
  /** The earliest timestamp the chain allows a child of `parent` (the median of the last blocks). */
  readonly minTimestamp: number;
  readonly now: number;
  /** The timestamp of the lesson's previous candidate: each new one is dated later, so no two share a header. */
  readonly previousTimestamp: number | null;
  /** What the mempool holds, oldest first; the candidate carries as many as a block may after its coinbase. */
  readonly mempool: readonly Transaction[];
  readonly maxTransactionsPerBlock: number;
};

/** An unmined block (nonce 0) at the lesson's difficulty on the node's tip: the coinbase, then the mempool's. */
export function lessonCandidate(input: CandidateInput): Block {
  const after = input.previousTimestamp === null ? 0 : input.previousTimestamp + 1;
  return childTemplate({
    parent: input.parent,
    minerAddress: input.minerAddress,
    reward: input.reward,
    timestamp: Math.max(input.now, input.minTimestamp, after),
    difficulty: input.difficulty,
    transactions: input.mempool.slice(0, Math.max(0, input.maxTransactionsPerBlock - 1)),
  });
}

/** One try: the header with this nonce, its hash, and the chain's verdict on it. */
export type Attempt = {
  readonly nonce: number;
  /** The 92 header bytes hashed, in hex: the candidate's with this nonce in its last eight bytes. */
  readonly header: string;
  /** 64 lowercase hex characters. */
  readonly hash: string;
  readonly leadingZeroBits: number;
  readonly difficulty: number;
  /** The chain's rule: the hash is below the target 2^(256 - difficulty), i.e. starts with `difficulty` zero bits. */
  readonly belowTarget: boolean;
};

export function attemptOf(block: Block): Attempt {
  return {
    nonce: block.nonce,
    header: bytesToHex(block.header),
    hash: block.hash,
    leadingZeroBits: leadingZeroBits(hexToBytes(block.hash)),
    difficulty: block.difficulty,
    belowTarget: meetsDifficulty(block),
  };
}

/**
 * Nonces tried in order from 0, one at a time or a chunk at a time, so the count of tries is always the next nonce.
 * Once a nonce wins, `found` holds the block and the walk tries no more.
 */
export class NonceWalk {
  private nextNonce = 0;
  private winner: Block | null = null;

  constructor(readonly candidate: Block) {}

  get tries(): number {
    return this.nextNonce;
  }

  get found(): Block | null {
    return this.winner;
  }

  /** Tries the next nonce; throws when the block was already found (a broken caller, not bad input). */
  step(): Attempt {
    if (this.winner !== null) throw new Error('the block is already found');
    const block = withNonce(this.candidate, this.nextNonce);
    this.nextNonce++;
    const attempt = attemptOf(block);
    if (attempt.belowTarget) this.winner = block;
    return attempt;
  }

  /** Tries up to `count` nonces with the miner's kernel; answers the block when one of them wins. */
  searchChunk(count: number): Block | null {
    if (this.winner !== null) throw new Error('the block is already found');
    const nonce = searchNonces(this.candidate, { start: this.nextNonce, count });
    if (nonce === null) {
      this.nextNonce += count;
      return null;
    }
    this.nextNonce = nonce + 1;
    this.winner = withNonce(this.candidate, nonce);
    return this.winner;
  }
}

/** Hashes per second, or null when the time is too short to measure (a clock's resolution is about 0.1 ms). */
export function hashRate(tries: number, elapsedMs: number): number | null {
  return elapsedMs >= 1 ? Math.round((tries * 1000) / elapsedMs) : null;
}

/** The speeds offered, in tries per second; `FULL_SPEED` runs chunk after chunk, yielding to the page between. */
export const SLOW_SPEEDS = [1, 2, 5, 10, 50, 200] as const;
export const FULL_SPEED = 'full';
export type Speed = (typeof SLOW_SPEEDS)[number] | typeof FULL_SPEED;

export function parseSpeed(value: string): Speed | null {
  if (value === FULL_SPEED) return FULL_SPEED;
  return SLOW_SPEEDS.find((speed) => String(speed) === value) ?? null;
}

/** Fastest redraw of the slow mode: faster speeds try several nonces per tick rather than ticking faster. */
const SHORTEST_TICK_MS = 50;

export function tickPlan(triesPerSecond: number): { readonly intervalMs: number; readonly triesPerTick: number } {
  const intervalMs = Math.max(1000 / triesPerSecond, SHORTEST_TICK_MS);
  return { intervalMs, triesPerTick: Math.max(1, Math.round((triesPerSecond * intervalMs) / 1000)) };
}

/** A full-speed chunk should take about this long: short enough that a click is answered within a frame or so. */
export const CHUNK_TARGET_MS = 12;
export const FIRST_CHUNK = 4096;
const MAX_CHUNK = 1 << 22;

/** The next chunk's size from how long the last one took, so a chunk stays near CHUNK_TARGET_MS on any device. */
export function nextChunkSize(size: number, elapsedMs: number): number {
  if (elapsedMs < CHUNK_TARGET_MS / 2) return Math.min(size * 2, MAX_CHUNK);
  if (elapsedMs > CHUNK_TARGET_MS * 2) return Math.max(Math.floor(size / 2), FIRST_CHUNK / 4);
  return size;
}

/** One mined block of the lesson: how many tries it took, at which difficulty. */
export type TriesRecord = {
  /** 1, 2, ...: the order the lesson mined them in. */
  readonly block: number;
  readonly difficulty: number;
  readonly tries: number;
};

export function expectedTries(difficulty: number): number {
  return 2 ** difficulty;
}

export type TriesSummary = {
  readonly difficulty: number;
  readonly blocks: number;
  readonly averageTries: number;
  readonly expectedTries: number;
};

/** The blocks mined at each difficulty, their average tries against 2^difficulty: most recent difficulty first. */
export function summarizeTries(records: readonly TriesRecord[]): TriesSummary[] {
  const byDifficulty = new Map<number, { blocks: number; tries: number }>();
  for (const record of [...records].reverse()) {
    const sum = byDifficulty.get(record.difficulty) ?? { blocks: 0, tries: 0 };
    sum.blocks++;
    sum.tries += record.tries;
    byDifficulty.set(record.difficulty, sum);
  }
  return [...byDifficulty].map(([difficulty, sum]) => ({
    difficulty,
    blocks: sum.blocks,
    averageTries: sum.tries / sum.blocks,
    expectedTries: expectedTries(difficulty),
  }));
}

/** Tries drawn as a bar: the share of twice the expected count, so the expected count sits at the middle. */
export function barShare(tries: number, difficulty: number): number {
  return Math.min(tries / (2 * expectedTries(difficulty)), 1);
}

/** Where the lesson is: nothing tried yet (`ready`), trying at the chosen speed, paused, stopped, found; `busy` is a
 *  full-speed rerun or a series of blocks, which only Stop interrupts. */
export type Phase = 'ready' | 'running' | 'paused' | 'stopped' | 'found' | 'busy';

/** What each control does in a phase: the run button's word, and which controls answer. */
export type Controls = {
  readonly run: 'start' | 'pause' | 'resume';
  readonly enabled: {
    readonly run: boolean;
    readonly step: boolean;
    readonly stop: boolean;
    /** A new candidate, another difficulty, or a series: only while no block is being tried. */
    readonly choose: boolean;
    readonly again: boolean;
  };
};

export function controlsFor(phase: Phase): Controls {
  const trying = phase === 'running' || phase === 'paused';
  return {
    run: phase === 'running' ? 'pause' : phase === 'paused' ? 'resume' : 'start',
    enabled: {
      run: phase !== 'busy',
      step: phase === 'ready' || phase === 'paused',
      stop: trying || phase === 'busy',
      choose: !trying && phase !== 'busy',
      again: phase === 'found',
    },
  };
}
