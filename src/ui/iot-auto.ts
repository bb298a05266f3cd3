// Readings that post themselves: a simulated sensor's random walk, or the phone's own sensor, one reading every N
// seconds for one device. Bounded: one post in flight at a time, a period of at least two seconds, and at most
// MAX_SIMULATED_READINGS per start, so a tab left open does not post all night.
import type { ReadingField } from '../core/readings.ts';
import { formatReading } from '../core/readings.ts';
import type { IotProblem, IotResult, PostedReading } from '../node/index.ts';
import { MAX_SIMULATED_READINGS, nextWalkValue, type SimulatorConfig } from './iot-model.ts';
import type { OpenSource } from './iot-phone-sensors.ts';

export type AutoStatus =
  | { readonly state: 'running'; readonly count: number; readonly last: string | null }
  /** A post was refused (e.g. the mempool's share for the device is full until a block): it goes on. */
  | { readonly state: 'refused'; readonly count: number; readonly problem: IotProblem }
  | { readonly state: 'waiting'; readonly count: number }
  | { readonly state: 'stopped'; readonly count: number }
  | { readonly state: 'limit'; readonly count: number };

export type AutoSource =
  | { readonly kind: 'simulated'; readonly config: SimulatorConfig }
  | { readonly kind: 'phone'; readonly source: OpenSource };

export type AutoPosterOptions = {
  readonly post: (fields: readonly ReadingField[]) => Promise<IotResult<PostedReading>>;
  readonly onStatus: (status: AutoStatus) => void;
  readonly random?: () => number;
};

export class AutoPoster {
  private timer: ReturnType<typeof setInterval> | null = null;
  private source: AutoSource | null = null;
  private count = 0;
  private previous: number | null = null;
  private posting = false;

  constructor(private readonly options: AutoPosterOptions) {}

  get running(): boolean {
    return this.timer !== null;
  }

  start(source: AutoSource, periodSeconds: number): void {
    this.stop(false);
    this.source = source;
    this.count = 0;
    this.previous = null;
    this.timer = setInterval(() => void this.tick(), periodSeconds * 1000);
    this.options.onStatus({ state: 'running', count: 0, last: null });
    void this.tick();
  }

  /** Stops posting; `report` says so to the page (not when a new start replaces the old one). */
  stop(report = true): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    if (this.source?.kind === 'phone') this.source.source.close();
    const wasRunning = this.source !== null;
    this.source = null;
    if (report && wasRunning) this.options.onStatus({ state: 'stopped', count: this.count });
  }

  private fields(): readonly ReadingField[] | null {
    const source = this.source;
    if (source === null) return null;
    if (source.kind === 'phone') return source.source.latest();
    const value = nextWalkValue(source.config, this.previous, this.options.random ?? Math.random);
    this.previous = value;
    return [{ key: source.config.key, value: String(value) }];
  }

  private async tick(): Promise<void> {
    if (this.posting || this.source === null) return;
    const fields = this.fields();
    if (fields === null) {
      this.options.onStatus({ state: 'waiting', count: this.count });
      return;
    }
    this.posting = true;
    const result = await this.options.post(fields).finally(() => {
      this.posting = false;
    });
    if (this.source === null) return;
    if (!result.ok) {
      this.options.onStatus({ state: 'refused', count: this.count, problem: result.problem });
      return;
    }
    this.count++;
    const text = formatReading(fields);
    this.options.onStatus({ state: 'running', count: this.count, last: text.ok ? text.value : null });
    if (this.count >= MAX_SIMULATED_READINGS) {
      this.stop(false);
      this.options.onStatus({ state: 'limit', count: this.count });
    }
  }
}
