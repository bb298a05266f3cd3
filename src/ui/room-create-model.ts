// The new-room form's rules: what its fields make of a URL, which field a refusal belongs to, and how long a block
// takes at a hash rate. The page's own parser (parseNetwork) judges every room the form makes, so the form never
// offers a link the page would refuse. Pure apart from the clock `measureHashRate` is given: no DOM.
import { HEADER_SIZE, HeaderHasher, MAX_DIFFICULTY, type NetworkParams } from '../core/index.ts';
// Types only: the parser itself comes from the page (see NetworkParser), so this chunk shares none of its modules.
import type { NetworkProblem, ParsedNetwork } from './room.ts';

export type DifficultyRule = 'fixed' | 'target';

/** The form as typed: texts, so nothing typed is lost whatever it holds. */
export type RoomForm = {
  readonly name: string;
  readonly rule: DifficultyRule;
  readonly difficulty: string;
  /** Seconds per block; read only when `rule` is 'target'. */
  readonly seconds: string;
  /** A private room's miners: public keys separated by commas, spaces or lines; '' for a public room. */
  readonly miners: string;
};

export type RoomField = 'name' | 'difficulty' | 'seconds' | 'miners';

export type FieldProblem =
  | { readonly field: 'name'; readonly reason: 'empty' | 'invalid' }
  | { readonly field: 'difficulty'; readonly reason: 'invalid'; readonly max: number }
  | { readonly field: 'seconds'; readonly reason: 'invalid'; readonly min: number; readonly max: number }
  | { readonly field: 'miners'; readonly reason: 'invalid'; readonly value: string; readonly max: number };

export type RoomPlan =
  | { readonly ok: true; readonly search: string; readonly params: NetworkParams }
  | { readonly ok: false; readonly problems: readonly FieldProblem[] };

/** The URL parameters a room's rules are made of: a new room's link sets these and drops the page's own. */
const RULE_PARAMETERS = ['room', 'difficulty', 'target', 'miners'] as const;

/** The query string the form's values make, in parseNetwork's terms. */
export function roomSearch(form: RoomForm): string {
  const query = new URLSearchParams({ room: form.name.trim(), difficulty: form.difficulty.trim() });
  if (form.rule === 'target') query.set('target', form.seconds.trim());
  const miners = form.miners.split(/[\s,]+/).filter((key) => key !== '');
  if (miners.length > 0) query.set('miners', miners.join(','));
  return `?${query.toString()}`;
}

/** Which field a refusal of parseNetwork's is about, and the limits it names. */
function fieldProblem(problem: NetworkProblem): FieldProblem {
  switch (problem.key) {
    case 'room.invalidName':
      return { field: 'name', reason: 'invalid' };
    case 'room.invalidDifficulty':
      return { field: 'difficulty', reason: 'invalid', max: problem.values.max };
    case 'room.invalidTarget':
      return { field: 'seconds', reason: 'invalid', min: problem.values.min, max: problem.values.max };
    case 'room.invalidMiners':
      return { field: 'miners', reason: 'invalid', value: problem.values.value, max: problem.values.max };
    default:
      // The form's search holds only its own fields: a refusal of any other parameter is a broken contract.
      throw new Error(`the new-room form sets no parameter refused as ${JSON.stringify(problem)}`);
  }
}

/** The new room's link: this page's address with the room's rules in place of its own, and no invited peer. */
export function roomLink(pageUrl: string, search: string): string {
  const url = new URL(pageUrl);
  url.hash = '';
  for (const name of [...RULE_PARAMETERS, 'peer']) url.searchParams.delete(name);
  for (const [name, value] of new URLSearchParams(search)) url.searchParams.set(name, value);
  return url.toString();
}

/** The page's URL parser (room.ts `parseNetwork`): passed in by the page, whose chunk holds it. */
export type NetworkParser = (search: string) => ParsedNetwork;

/** The form's rules, as the page's own parser states them: the form never offers a room the page would refuse. */
export type RoomRules = {
  /** The room the form names, or every field it refuses. */
  plan(form: RoomForm): RoomPlan;
  /** The difficulty field as a number when the parser takes it; null otherwise (the estimate waits). */
  difficultyOf(text: string): number | null;
  /** The seconds field as a number when the parser takes it; null otherwise. */
  secondsOf(text: string): number | null;
  /** The target times per block the parser takes, in whole seconds. */
  readonly seconds: { readonly min: number; readonly max: number };
};

/** A name the parser takes: stands in for the name while another field is asked about. */
const ACCEPTED_NAME = 'room';

export function roomRules(parse: NetworkParser): RoomRules {
  // A target of no seconds is refused, and the refusal states the range.
  const refusal = parse(`?room=${ACCEPTED_NAME}&target=0`);
  const limits = refusal.ok ? null : fieldProblem(refusal.problem);
  if (limits?.field !== 'seconds') throw new Error('the parser took a target of 0 seconds');
  const seconds = { min: limits.min, max: limits.max };
  // A value the parser takes for each field: put in place of a refused one to find what else it refuses.
  const accepted: Readonly<Record<RoomField, string>> = {
    name: ACCEPTED_NAME,
    difficulty: '0',
    seconds: String(seconds.min),
    // No keys: a public room, which the parser always takes.
    miners: '',
  };
  const paramsWith = (parameter: 'difficulty' | 'target', text: string) => {
    const parsed = parse(`?room=${ACCEPTED_NAME}&${parameter}=${encodeURIComponent(text.trim())}`);
    return parsed.ok ? parsed.params : null;
  };
  return {
    seconds,
    // parseNetwork stops at its first refusal, so each refused field is set aside with an accepted value and the
    // rest asked again: one message per field, all at once.
    plan(form) {
      const problems: FieldProblem[] = [];
      let asked = form;
      if (form.name.trim() === '') {
        problems.push({ field: 'name', reason: 'empty' });
        asked = { ...asked, name: accepted.name };
      }
      for (;;) {
        const search = roomSearch(asked);
        const parsed = parse(search);
        if (parsed.ok)
          return problems.length === 0 ? { ok: true, search, params: parsed.params } : { ok: false, problems };
        const problem = fieldProblem(parsed.problem);
        // A refusal the accepted stand-in did not cure is the parser's contract broken, not the user's input.
        if (problems.some((seen) => seen.field === problem.field)) throw new Error(`the parser refused ${search}`);
        problems.push(problem);
        asked = { ...asked, [problem.field]: accepted[problem.field] };
      }
    },
    difficultyOf: (text) => paramsWith('difficulty', text)?.difficulty ?? null,
    secondsOf(text) {
      const retarget = paramsWith('target', text)?.retarget;
      return retarget ? retarget.targetBlockMs / 1000 : null;
    },
  };
}

/** Hashes a block at `difficulty` needs on average: each leading zero bit halves the chance of a hash. */
export function expectedHashes(difficulty: number): number {
  return 2 ** difficulty;
}

/** Mean seconds per block for one device hashing `hashRate` hashes a second. */
export function expectedBlockSeconds(difficulty: number, hashRate: number): number {
  return expectedHashes(difficulty) / hashRate;
}

/** The difficulty at which `hashRate` finds one block every `seconds` on average, within the chain's range. */
export function difficultyForInterval(hashRate: number, seconds: number): number {
  const bits = Math.round(Math.log2(hashRate * seconds));
  return Math.min(Math.max(bits, 0), MAX_DIFFICULTY);
}

export type DurationUnit = 'millisecond' | 'second' | 'minute' | 'hour' | 'day' | 'year';

/** A span of time in the largest unit it fills at least once, for Intl.NumberFormat's unit style. */
export type Duration = { readonly value: number; readonly unit: DurationUnit } | { readonly unit: 'instant' };

const UNIT_SECONDS: ReadonlyArray<readonly [DurationUnit, number]> = [
  ['year', 365.25 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
  ['millisecond', 0.001],
];

export function durationOf(seconds: number): Duration {
  for (const [unit, size] of UNIT_SECONDS) {
    if (seconds >= size) return { value: seconds / size, unit };
  }
  return { unit: 'instant' };
}

/** A header no nonce will satisfy at the chain's largest difficulty: every try in a measurement is a miss. */
const MEASURED_HEADER = new Uint8Array(HEADER_SIZE);
/** Nonces per call into the kernel: small enough to look at the clock often, large enough that looking is free. */
const MEASURE_STEP = 1 << 14;

/**
 * This thread's hash rate with the core's kernel (the miners' fallback), measured for about `forMs` milliseconds of
 * `now`: hashes per second.
 */
export function measureHashRate(now: () => number, forMs: number): number {
  const hasher = new HeaderHasher(MEASURED_HEADER);
  const started = now();
  let hashes = 0;
  let elapsed = 0;
  while (elapsed < forMs || hashes === 0) {
    hasher.search(0, hashes, MEASURE_STEP, MAX_DIFFICULTY);
    hashes += MEASURE_STEP;
    elapsed = now() - started;
  }
  return hashes / (Math.max(elapsed, 1) / 1000);
}
