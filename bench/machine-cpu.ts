// How much of the machine a measured stretch used: the CPU time of every process together, read from /proc/stat
// (Linux) every few milliseconds while a figure is taken. A wall-clock figure hides whether the work waited or the
// cores were full; on a machine of N cores a stretch that used C ms of CPU cannot take less than C / N ms of wall
// clock, whatever the code's parallelism, so this is what says how far a wall-clock ratio could still fall.
import { existsSync, readFileSync } from 'node:fs';

const PROC_STAT = '/proc/stat';
/** Kernel ticks per second in /proc/stat (USER_HZ): 100 on every Linux the bench runs on. */
const MS_PER_TICK = 10;
const SAMPLE_EVERY_MS = 10;

type Sample = { readonly atMs: number; readonly busyMs: number };

/** The time all cores together spent busy since boot (user, nice, system, irq, softirq, steal), in ms. */
function readBusyMs(): number {
  const line = readFileSync(PROC_STAT, 'utf8').split('\n', 1)[0] ?? '';
  const [, user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).map(Number);
  const busy = [user, nice, system, irq, softirq, steal].reduce<number>((sum, ticks) => sum + (ticks ?? 0), 0);
  return busy * MS_PER_TICK;
}

/** The busy total at `atMs`, read between the two samples around it. */
function busyAt(samples: readonly Sample[], atMs: number): number {
  const after = samples.findIndex((sample) => sample.atMs >= atMs);
  if (after <= 0)
    throw new Error(`no CPU samples around ${atMs}: sampled ${samples[0]?.atMs} to ${samples.at(-1)?.atMs}`);
  const [a, b] = [samples[after - 1] as Sample, samples[after] as Sample];
  return a.busyMs + ((b.busyMs - a.busyMs) * (atMs - a.atMs)) / (b.atMs - a.atMs);
}

export type MachineCpu = {
  /** CPU time all processes used between two epoch times (ms; Date.now() or a page's timeOrigin + now()). */
  busyBetween(fromMs: number, toMs: number): number;
  stop(): void;
};

/** Starts sampling the machine's CPU time; null where there is no /proc/stat (not Linux). */
export function sampleMachineCpu(): MachineCpu | null {
  if (!existsSync(PROC_STAT)) return null;
  const samples: Sample[] = [];
  const take = () => samples.push({ atMs: Date.now(), busyMs: readBusyMs() });
  take();
  const timer = setInterval(take, SAMPLE_EVERY_MS);
  return {
    busyBetween(fromMs, toMs) {
      take();
      return busyAt(samples, toMs) - busyAt(samples, fromMs);
    },
    stop: () => clearInterval(timer),
  };
}
