// Device-to-device link times on the classroom rig (test/browser/classroom/rig.ts; issue 10, "Figures"): two devices,
// each its own Chromium at default WebRTC settings in a network namespace of its own, the teacher's `npm start` on
// the bridge. One figure per network case, side by side in one run:
//   link_direct_ms  plain Wi-Fi (mDNS host candidates; the server's STUN handed out as npm start does by default)
//   link_stun_ms    Wi-Fi that floods no multicast: only the server-reflexive candidates from the teacher's STUN link
//   link_turn_ms    client isolation, `npm start -- --turn`: only coturn's relay links
// A run opens node A on device 1, then node B on device 2, and times B from its `blockchain.ready` to its first link
// (in the page: discovery through the server's list, the PeerJS offer and answer, ICE, the protocol's status). Each
// run checks what carried the link (rtc-probe.ts), so a figure can only come from the route it names.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { findTurnServer } from '../scripts/turn-server.mjs';
import { classroomQuery } from '../test/browser/classroom/harness.ts';
import { buildClassroom, type Classroom, type ClassroomOptions } from '../test/browser/classroom/rig.ts';
import { type RtcRoute, rtcRoutes } from '../test/browser/classroom/rtc-probe.ts';
import { type Measured, round, type Suite, type SuiteContext } from './registry.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** tsx compiles this file with esbuild's keepNames: functions handed to the page may call its __name helper. */
const NAME_SHIM = 'globalThis.__name ??= (target) => target;';
/** Set on every page: when the node became ready and when it first listed a peer (performance.now() both). */
const LINK_CLOCK = `(() => {
  const find = setInterval(() => {
    const api = window.blockchain;
    if (!api || !api.ready) return;
    clearInterval(find);
    api.ready.then(() => {
      const readyAt = performance.now();
      const poll = setInterval(() => {
        if (api.peers().length === 0) return;
        clearInterval(poll);
        window.__linkClock = { readyAt, linkedAt: performance.now() };
      }, 5);
    });
  }, 5);
})();`;
const LINK_WAIT_MS = 60_000;

type LinkClockWindow = Window & { __linkClock?: { readyAt: number; linkedAt: number } };

/** A network case of the rig: how it is set up, and which routes count as its own. */
export type NetworkCase = {
  readonly figure: string;
  readonly description: string;
  readonly rig: ClassroomOptions;
  prepare(classroom: Classroom): Promise<void>;
  /** Whether the link ran over the route this case is about. */
  fits(route: RtcRoute, classroom: Classroom): boolean;
};

const notRelay = (route: RtcRoute) => route.local !== 'relay' && route.remote !== 'relay';

export const NETWORK_CASES: readonly NetworkCase[] = [
  {
    figure: 'link_direct_ms',
    description: 'plain Wi-Fi: device B ready → linked to device A (direct, mDNS host candidates)',
    rig: {},
    prepare: async () => {},
    fits: notRelay,
  },
  {
    figure: 'link_stun_ms',
    description: "Wi-Fi without multicast: B ready → linked to A (direct, through the teacher's STUN)",
    rig: {},
    prepare: (classroom) => classroom.filterMulticast(true),
    fits: (route) => notRelay(route) && route.remote !== 'host',
  },
  {
    figure: 'link_turn_ms',
    description: 'client isolation with npm start --turn: B ready → linked to A (relayed by coturn)',
    rig: { turn: true },
    prepare: (classroom) => classroom.isolateClients(true),
    fits: (route, classroom) =>
      (route.local === 'relay' && route.localAddress === classroom.teacherAddress) ||
      (route.remote === 'relay' && route.remoteAddress === classroom.teacherAddress),
  },
];

/** Builds the app once into a temporary folder for the rig's server; removed by the returned function. */
export async function buildApp(): Promise<{ outDir: string; remove(): Promise<void> }> {
  const outDir = await mkdtemp(join(tmpdir(), 'classroom-bench-'));
  await build({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'silent', build: { outDir } });
  return { outDir, remove: () => rm(outDir, { recursive: true, force: true }) };
}

/** Opens a node of `room` on device `index` with the link clock and the name shim; resolves with its page. */
async function openTimed(classroom: Classroom, index: number, room: string) {
  const device = classroom.devices[index];
  if (device === undefined) throw new Error(`no device ${index}`);
  const context = await device.newContext();
  await context.addInitScript({ content: NAME_SHIM });
  await context.addInitScript({ content: LINK_CLOCK });
  const page = await context.newPage();
  await page.goto(`${classroom.origin}/${classroomQuery(room)}`);
  return { context, page };
}

/** One run of a case: A, then B; B's ready → linked, in ms, and the route that carried it. */
export async function timeOneLink(classroom: Classroom, room: string): Promise<{ ms: number; route: RtcRoute }> {
  const a = await openTimed(classroom, 0, room);
  try {
    await a.page.waitForFunction(() => (window as LinkClockWindow & { blockchain?: unknown }).blockchain !== undefined);
    const b = await openTimed(classroom, 1, room);
    try {
      const clock = await b.page.waitForFunction(() => (window as LinkClockWindow).__linkClock, undefined, {
        timeout: LINK_WAIT_MS,
      });
      const { readyAt, linkedAt } = (await clock.jsonValue()) as { readyAt: number; linkedAt: number };
      const [route] = await rtcRoutes(b.page);
      if (route === undefined) throw new Error('linked, but over no connected RTCPeerConnection');
      return { ms: linkedAt - readyAt, route };
    } finally {
      await b.context.close();
    }
  } finally {
    await a.context.close();
  }
}

async function measure(context: SuiteContext): Promise<Measured[]> {
  if (context.chromePath === undefined) throw new Error('no Chromium: run the bench through `npm run bench`');
  const runs = context.quick ? 1 : 3;
  const app = await buildApp();
  const figures: Measured[] = [];
  try {
    for (const networkCase of NETWORK_CASES) {
      if (networkCase.rig.turn === true && findTurnServer() === null) {
        context.log(`${networkCase.figure}: skipped, coturn is not installed (apt-get install coturn)`);
        continue;
      }
      const classroom = await buildClassroom({ ...networkCase.rig, serveOptions: { outDir: app.outDir } });
      try {
        context.noteEnvironment('chromium', classroom.devices[0]?.browser.version() ?? 'unknown');
        await networkCase.prepare(classroom);
        const times: number[] = [];
        for (let run = 0; run < runs; run++) {
          const room = `bench-${networkCase.figure}-${run}-${Date.now().toString(36)}`;
          const { ms, route } = await timeOneLink(classroom, room);
          context.log(`${networkCase.figure} run ${run}: ${round(ms, 0)} ms over ${route.local} → ${route.remote}`);
          if (!networkCase.fits(route, classroom)) {
            throw new Error(`${networkCase.figure}: linked over ${JSON.stringify(route)}, not the route it measures`);
          }
          times.push(round(ms, 1));
        }
        if (classroom.offMachine().length > 0) {
          throw new Error(`requests outside the classroom: ${classroom.offMachine().join(' ')}`);
        }
        figures.push({ id: networkCase.figure, unit: 'ms', description: networkCase.description, runs: times });
      } finally {
        await classroom.close();
      }
    }
  } finally {
    await app.remove();
  }
  return figures;
}

export const classroomSuite: Suite = { id: 'classroom', where: 'chromium', run: measure };
