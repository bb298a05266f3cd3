// A classroom network built from Linux namespaces, for the classroom specs (test/browser/classroom/*.spec.ts) and
// bench/classroom.ts. Runs only inside the private namespace of `npm run test:browser` / `npm run bench` (root;
// scripts/isolation.mjs): nothing here can reach past this machine.
//
//   const room = await buildClassroom({ devices: 2, turn: false });
//   room.origin                  http://198.19.N.1:PORT: the teacher's `npm start` as a phone on the Wi-Fi reaches it
//   room.server                  what serve() returned: room.server.stun / .turn say where STUN and TURN listen
//   room.devices[i].browser      one Chromium process per device, in the device's own network namespace, with
//                                default WebRTC settings (mDNS host candidates on, as a phone has them)
//   room.devices[i].newContext() a browser context on that device: RTCPeerConnections counted (rtc-probe.ts), and
//                                every request off the classroom recorded in room.offMachine()
//   room.devices[i].linkDown() / linkUp()    the device leaves the Wi-Fi and comes back (its bridge port down/up)
//   room.filterMulticast(true)   the bridge stops flooding multicast to devices: mDNS names no longer resolve
//   room.isolateClients(true)    client isolation: devices reach the teacher's address but not each other
//   room.close()                 browsers, servers, namespaces and the bridge, all gone
//
// Layout: a bridge `cwifiN` with 198.19.N.1/24 in the outer namespace is the Wi-Fi and the teacher's machine (the
// server listens on that address: its HTTP, PeerJS, STUN and TURN). Device k is a network namespace held by an
// `unshare -n sleep` process, with a veth `wlan0` (198.19.N.(10+k)/24, default route via the teacher) whose other
// end `cwNdk` is a port of the bridge. Chromium enters it through a wrapper script that `nsenter`s the holder's
// namespace before exec'ing the browser (Playwright's pipe to it is inherited). N is the first free bridge number,
// so two spec files running at once each get a classroom of their own.
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type Browser, type BrowserContext, chromium } from '@playwright/test';
import { serve } from '../../../scripts/serve.mjs';
import type { TurnOptions } from '../../../scripts/turn-server.mjs';
import { CHROMIUM_ARGS } from '../chromium-args.ts';
import { RTC_PROBE_SCRIPT } from './rtc-probe.ts';

const run = promisify(execFile);

const MAX_DEVICES = 8;
const PAGE_LOAD_TIMEOUT_MS = 60_000;
const MAX_CLASSROOMS = 200;

export type ClassroomOptions = {
  /** Device namespaces, each with its own Chromium (2 by default, at most 8). */
  readonly devices?: number;
  /** `npm start -- --turn`: coturn beside the server (true), or TURN options. */
  readonly turn?: boolean | TurnOptions;
  /** Extra options for serve(), e.g. what a later feature of the server needs. */
  readonly serveOptions?: Omit<Parameters<typeof serve>[0] & object, 'host' | 'port' | 'strictPort' | 'turn'>;
  /** Lines worth showing (the server's own, the rig's steps); quiet by default. */
  readonly log?: (line: string) => void;
};

export type Device = {
  /** `device-1`, `device-2`, ... */
  readonly name: string;
  /** Its LAN address on the Wi-Fi. */
  readonly address: string;
  /** Its port on the bridge (the outer end of its veth). */
  readonly port: string;
  readonly browser: Browser;
  /** A browser context on this device: one node per context, as separate phones would be. */
  newContext(): Promise<BrowserContext>;
  /** The device drops off the Wi-Fi (its bridge port goes down: the device sees its link lose carrier). */
  linkDown(): Promise<void>;
  /** And comes back. */
  linkUp(): Promise<void>;
};

export type Classroom = {
  /** The teacher's `npm start`, at the address devices reach it on: `${origin}/?room=...`. */
  readonly origin: string;
  readonly teacherAddress: string;
  readonly server: Awaited<ReturnType<typeof serve>>;
  readonly devices: readonly Device[];
  /** On: the bridge floods no multicast to device ports (mDNS stops crossing); off: a plain Wi-Fi again. */
  filterMulticast(on: boolean): Promise<void>;
  /** On: client isolation (devices reach the teacher's address only); off: they reach each other again. */
  isolateClients(on: boolean): Promise<void>;
  /** Requests pages made to anything but the teacher's server (there should be none). */
  offMachine(): readonly string[];
  close(): Promise<void>;
};

async function ip(...args: string[]): Promise<void> {
  await run('ip', args);
}

async function inNamespace(holder: Holder, command: string, ...args: string[]): Promise<void> {
  await run('nsenter', [`--net=${holder.netns}`, command, ...args]);
}

/** Creates the first bridge `cwifiN` nobody holds: the kernel's "exists" is the lock between parallel rigs. */
async function claimBridge(): Promise<number> {
  for (let n = 0; n < MAX_CLASSROOMS; n++) {
    try {
      // A MAC of its own: a bridge left to take its ports' lowest changes it as devices join, and a device that
      // resolved the teacher's address before then sends to the old one until its ARP entry goes stale.
      const mac = `02:00:c6:13:${n.toString(16).padStart(2, '0')}:01`;
      await ip('link', 'add', `cwifi${n}`, 'address', mac, 'type', 'bridge');
      return n;
    } catch (error) {
      if (!String((error as { stderr?: string }).stderr).includes('File exists')) throw error;
    }
  }
  throw new Error(`no free classroom bridge (cwifi0..cwifi${MAX_CLASSROOMS - 1} all exist)`);
}

type Holder = {
  /** Its pid in our PID namespace: for kill() and `ip ... netns PID`. */
  readonly pid: number;
  /** Its network namespace as a path: /proc belongs to the machine's PID namespace, where its pid differs. */
  readonly netns: string;
  stop(): void;
};

/**
 * A process alone in a new network namespace: the device's network lives as long as it does. It prints its pid as
 * /proc knows it (the test runs in a PID namespace of its own, /proc is the machine's), then sleeps.
 */
async function startHolder(): Promise<Holder> {
  // sed's parent is the shell that then becomes sleep; /proc files give pids as /proc's PID namespace sees them.
  const holder = spawn(
    'unshare',
    ['-n', 'sh', '-c', "sed -n 's/^PPid:\\s*//p' /proc/self/status && exec sleep infinity"],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const pid = holder.pid;
  if (pid === undefined) throw new Error('could not start unshare (util-linux)');
  const procPid = await new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error('unshare -n did not start within 5 s')), 5_000);
    holder.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) {
        clearTimeout(timer);
        resolve(out.trim());
      }
    });
    holder.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    holder.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`unshare -n exited with ${code} (root needed): ${err.trim()}`));
    });
  });
  if (!/^\d+$/.test(procPid)) throw new Error(`unexpected pid from the holder: ${procPid}`);
  return { pid, netns: `/proc/${procPid}/ns/net`, stop: () => holder.kill('SIGKILL') };
}

/**
 * Builds the classroom: bridge, the teacher's server on it, and the devices with their browsers. Needs root inside
 * the tests' private namespace; throws (after undoing what it built) otherwise.
 */
export async function buildClassroom(options: ClassroomOptions = {}): Promise<Classroom> {
  const count = options.devices ?? 2;
  if (!Number.isInteger(count) || count < 1 || count > MAX_DEVICES) {
    throw new RangeError(`devices must be 1..${MAX_DEVICES}, got ${count}`);
  }
  const log = options.log ?? (() => {});
  const undo: (() => Promise<unknown> | unknown)[] = [];
  const offMachine: string[] = [];
  const teardown = async () => {
    for (const step of undo.reverse()) await Promise.resolve(step()).catch(() => {});
    undo.length = 0;
  };
  try {
    const n = await claimBridge();
    const bridge = `cwifi${n}`;
    const subnet = `198.19.${n}`;
    const teacherAddress = `${subnet}.1`;
    undo.push(() => ip('link', 'del', bridge));
    await ip('addr', 'add', `${teacherAddress}/24`, 'dev', bridge);
    await ip('link', 'set', bridge, 'up');

    const server = await serve({
      ...options.serveOptions,
      host: teacherAddress,
      port: 0,
      strictPort: false,
      turn: options.turn ?? false,
      log,
    });
    undo.push(() => {
      // Browsers keep their WebSockets open: drop them, so closing does not wait for them.
      const http = server.httpServer;
      if ('closeAllConnections' in http) http.closeAllConnections();
      return server.close();
    });
    const origin = `http://${teacherAddress}:${(server.httpServer.address() as AddressInfo).port}`;
    log(
      `classroom ${bridge}: npm start at ${origin}, STUN ${server.stun?.port ?? 'off'}, TURN ${server.turn?.port ?? 'off'}`,
    );

    const wrappers = await mkdtemp(join(tmpdir(), 'classroom-'));
    undo.push(() => rm(wrappers, { recursive: true, force: true }));
    const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
    const devices: Device[] = [];
    for (let k = 1; k <= count; k++) {
      const holder = await startHolder();
      undo.push(holder.stop);
      const port = `cw${n}d${k}`;
      const address = `${subnet}.${10 + k}`;
      await ip('link', 'add', port, 'type', 'veth', 'peer', 'name', 'wlan0', 'netns', String(holder.pid));
      undo.push(() => ip('link', 'del', port));
      await inNamespace(holder, 'ip', 'link', 'set', 'lo', 'up');
      await inNamespace(holder, 'ip', 'addr', 'add', `${address}/24`, 'dev', 'wlan0');
      await inNamespace(holder, 'ip', 'link', 'set', 'wlan0', 'up');
      await inNamespace(holder, 'ip', 'route', 'add', 'default', 'via', teacherAddress);
      await ip('link', 'set', port, 'master', bridge);
      await ip('link', 'set', port, 'up');

      const wrapper = join(wrappers, `chromium-device-${k}.sh`);
      await writeFile(wrapper, `#!/bin/sh\nexec nsenter --net=${holder.netns} ${JSON.stringify(chromePath)} "$@"\n`, {
        mode: 0o755,
      });
      const browser = await chromium.launch({ executablePath: wrapper, args: [...CHROMIUM_ARGS] });
      undo.push(() => browser.close());
      devices.push({
        name: `device-${k}`,
        address,
        port,
        browser,
        async newContext() {
          const context = await browser.newContext();
          // A dozen nodes starting on a shared two-core machine load slower than Playwright's defaults allow.
          context.setDefaultNavigationTimeout(PAGE_LOAD_TIMEOUT_MS);
          await context.addInitScript({ content: RTC_PROBE_SCRIPT });
          context.on('request', (request) => {
            const url = new URL(request.url());
            if (['data:', 'blob:', 'about:'].includes(url.protocol)) return;
            if (url.hostname !== teacherAddress) offMachine.push(request.url());
          });
          return context;
        },
        linkDown: () => ip('link', 'set', port, 'down'),
        linkUp: () => ip('link', 'set', port, 'up'),
      });
      log(`${devices.at(-1)?.name}: ${address} on ${port}, Chromium ${browser.version()}`);
    }
    const setOnPorts = (flag: string, on: boolean) =>
      Promise.all(devices.map((device) => run('bridge', ['link', 'set', 'dev', device.port, flag, on ? 'on' : 'off'])));
    return {
      origin,
      teacherAddress,
      server,
      devices,
      filterMulticast: async (on) => {
        await setOnPorts('mcast_flood', !on);
      },
      isolateClients: async (on) => {
        await setOnPorts('isolated', on);
      },
      offMachine: () => offMachine,
      close: teardown,
    };
  } catch (error) {
    await teardown();
    throw error;
  }
}
