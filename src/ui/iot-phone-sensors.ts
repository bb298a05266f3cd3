// The phone's own sensors as sources of readings: motion, orientation, ambient light and battery, each feature-
// detected, and asked for only from a tap (iOS grants motion and orientation only inside a user gesture). Nothing
// here runs at start-up: a source is opened when its user starts it, and closed when they stop it.
import type { ReadingField } from '../core/readings.ts';

export type PhoneSource = 'motion' | 'orientation' | 'light' | 'battery';
export const PHONE_SOURCES: readonly PhoneSource[] = ['motion', 'orientation', 'light', 'battery'];

/** Why a source gives no readings: the browser lacks it, its user said no, or it failed while starting. */
export type PhoneSourceProblem = 'unavailable' | 'denied' | 'failed';

/** An open source: its latest values (null until the first arrives), and how to close it. */
export type OpenSource = { latest(): readonly ReadingField[] | null; close(): void };

type PermissionAsker = { requestPermission?: () => Promise<'granted' | 'denied' | 'default'> };
type LightSensor = EventTarget & { readonly illuminance?: number; start(): void; stop(): void };
type Battery = EventTarget & { readonly level: number; readonly charging: boolean };

const round = (value: number | null | undefined, digits = 2): string =>
  value === null || value === undefined || !Number.isFinite(value) ? '' : String(Number(value.toFixed(digits)));

/** Fields whose value is known (a sensor may leave an axis null). */
function known(fields: ReadonlyArray<readonly [string, string]>): ReadingField[] | null {
  const kept = fields.filter(([, value]) => value !== '').map(([key, value]) => ({ key, value }));
  return kept.length > 0 ? kept : null;
}

/** Whether this browser has the source at all (a desktop may have the event and never fire it: see `latest`). */
export function phoneSourceAvailable(source: PhoneSource, scope: typeof globalThis = globalThis): boolean {
  switch (source) {
    case 'motion':
      return 'DeviceMotionEvent' in scope;
    case 'orientation':
      return 'DeviceOrientationEvent' in scope;
    case 'light':
      return 'AmbientLightSensor' in scope;
    case 'battery':
      return typeof (scope.navigator as { getBattery?: unknown } | undefined)?.getBattery === 'function';
  }
}

/** iOS asks the user, and only when called from a tap; other browsers have no such call and need no asking. */
async function permitted(eventClass: unknown): Promise<boolean> {
  const ask = (eventClass as PermissionAsker).requestPermission;
  if (typeof ask !== 'function') return true;
  return (await ask.call(eventClass)) === 'granted';
}

function listening<E extends Event>(type: string, read: (event: E) => ReadingField[] | null): OpenSource {
  let latest: ReadingField[] | null = null;
  const listener = (event: Event) => {
    latest = read(event as E) ?? latest;
  };
  window.addEventListener(type, listener);
  return { latest: () => latest, close: () => window.removeEventListener(type, listener) };
}

async function openLight(): Promise<OpenSource> {
  const Sensor = (globalThis as unknown as { AmbientLightSensor: new () => LightSensor }).AmbientLightSensor;
  const sensor = new Sensor();
  let latest: ReadingField[] | null = null;
  let failure: unknown = null;
  sensor.addEventListener('reading', () => {
    latest = known([['lux', round(sensor.illuminance, 0)]]) ?? latest;
  });
  const failed = new Promise<void>((resolve) =>
    sensor.addEventListener('error', (event) => {
      failure = (event as Event & { error?: unknown }).error ?? event;
      resolve();
    }),
  );
  sensor.start();
  // A refused permission or a missing sensor comes as an error event shortly after start.
  await Promise.race([failed, new Promise((resolve) => setTimeout(resolve, 300))]);
  if (failure !== null) {
    sensor.stop();
    throw failure;
  }
  return { latest: () => latest, close: () => sensor.stop() };
}

async function openBattery(): Promise<OpenSource> {
  const battery = await (navigator as Navigator & { getBattery(): Promise<Battery> }).getBattery();
  const read = () =>
    known([
      ['battery', round(battery.level * 100, 0)],
      ['charging', battery.charging ? '1' : '0'],
    ]);
  return { latest: read, close: () => {} };
}

/**
 * Opens a source; call it from the tap that starts it. Answers with the open source or why there is none; a
 * `DOMException` named NotAllowedError or SecurityError (a refused permission, an insecure page) counts as denied.
 */
export async function openPhoneSource(
  source: PhoneSource,
): Promise<
  { readonly ok: true; readonly source: OpenSource } | { readonly ok: false; readonly problem: PhoneSourceProblem }
> {
  if (!phoneSourceAvailable(source)) return { ok: false, problem: 'unavailable' };
  try {
    switch (source) {
      case 'motion':
        if (!(await permitted(globalThis.DeviceMotionEvent))) return { ok: false, problem: 'denied' };
        return {
          ok: true,
          source: listening<DeviceMotionEvent>('devicemotion', (event) => {
            const a = event.accelerationIncludingGravity;
            return known([
              ['ax', round(a?.x)],
              ['ay', round(a?.y)],
              ['az', round(a?.z)],
            ]);
          }),
        };
      case 'orientation':
        if (!(await permitted(globalThis.DeviceOrientationEvent))) return { ok: false, problem: 'denied' };
        return {
          ok: true,
          source: listening<DeviceOrientationEvent>('deviceorientation', (event) =>
            known([
              ['alpha', round(event.alpha, 1)],
              ['beta', round(event.beta, 1)],
              ['gamma', round(event.gamma, 1)],
            ]),
          ),
        };
      case 'light':
        return { ok: true, source: await openLight() };
      case 'battery':
        return { ok: true, source: await openBattery() };
    }
  } catch (error) {
    const name = (error as { name?: unknown } | null)?.name;
    return { ok: false, problem: name === 'NotAllowedError' || name === 'SecurityError' ? 'denied' : 'failed' };
  }
}
