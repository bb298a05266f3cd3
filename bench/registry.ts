// The bench's shape: suites that each measure a few named figures over several runs, ratios between figures, and
// bench/results.json that holds the latest median of every figure. New figures are a new suite in suites.ts.

export type Unit = 'MH/s' | 'ms' | 'blocks' | 'MB/s' | 'MB' | 'kB';
export type Where = 'node' | 'chromium';

export type Measured = {
  readonly id: string;
  readonly unit: Unit;
  readonly description: string;
  readonly runs: readonly number[];
};

export type SuiteContext = {
  /** Fewer and shorter runs: a smoke test of the bench itself, not figures to keep. */
  readonly quick: boolean;
  readonly log: (line: string) => void;
  /** Chromium to drive (from scripts/bench.mjs); suites that need it fail without it. */
  readonly chromePath: string | undefined;
  /** Note for results.json, e.g. the Chromium version a suite ran in. */
  readonly noteEnvironment: (key: string, value: string) => void;
};

export type Suite = {
  readonly id: string;
  readonly where: Where;
  run(context: SuiteContext): Promise<readonly Measured[]>;
};

export type Ratio = {
  readonly id: string;
  readonly description: string;
  readonly numerator: string;
  readonly denominator: string;
};

/** A target from the issue: the figure's median should be below `below` (same unit). */
export type Goal = {
  readonly figure: string;
  readonly below: number;
};

export type GoalResult = {
  readonly below: number;
  readonly median: number;
  readonly met: boolean;
};

export type FigureResult = {
  readonly median: number;
  readonly unit: Unit;
  readonly runs: readonly number[];
  readonly where: Where;
  readonly description: string;
  readonly measuredAt: string;
};

export type RatioResult = {
  readonly value: number;
  readonly numerator: string;
  readonly denominator: string;
  readonly description: string;
};

export type BenchResults = {
  readonly schema: 1;
  readonly environment: Record<string, string>;
  readonly figures: Record<string, FigureResult>;
  readonly ratios: Record<string, RatioResult>;
  readonly goals?: Record<string, GoalResult>;
};

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Runs `once` `count` times in sequence; each run's value, in order. */
export async function repeat<T>(count: number, once: (run: number) => Promise<T> | T): Promise<T[]> {
  const values: T[] = [];
  for (let run = 0; run < count; run++) values.push(await once(run));
  return values;
}

/** Hashes per second as MH/s, rounded to what a noisy machine can tell apart. */
export function megahashes(hashesPerSecond: number): number {
  return round(hashesPerSecond / 1e6, 3);
}

export function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/** Folds new figures into earlier results (a partial run keeps the rest) and recomputes every ratio it can. */
export function mergeResults(
  previous: BenchResults | null,
  measured: readonly { where: Where; figure: Measured }[],
  ratios: readonly Ratio[],
  environment: Record<string, string>,
  measuredAt: string,
  goals: readonly Goal[] = [],
): BenchResults {
  // This run's figures first, in the order measured; then those kept from earlier runs.
  const figures: Record<string, FigureResult> = {};
  for (const { where, figure } of measured) {
    figures[figure.id] = {
      median: round(median(figure.runs), 4),
      unit: figure.unit,
      runs: figure.runs,
      where,
      description: figure.description,
      measuredAt,
    };
  }
  for (const [id, kept] of Object.entries(previous?.figures ?? {})) figures[id] ??= kept;
  const ratioResults: Record<string, RatioResult> = {};
  for (const ratio of ratios) {
    const top = figures[ratio.numerator];
    const bottom = figures[ratio.denominator];
    if (top === undefined || bottom === undefined || bottom.median === 0) continue;
    ratioResults[ratio.id] = {
      value: round(top.median / bottom.median, 3),
      numerator: ratio.numerator,
      denominator: ratio.denominator,
      description: ratio.description,
    };
  }
  const goalResults: Record<string, GoalResult> = {};
  for (const goal of goals) {
    const figure = figures[goal.figure];
    if (figure === undefined) continue;
    goalResults[goal.figure] = { below: goal.below, median: figure.median, met: figure.median < goal.below };
  }
  return {
    schema: 1,
    environment: { ...(previous?.environment ?? {}), ...environment },
    figures,
    ratios: ratioResults,
    goals: goalResults,
  };
}
