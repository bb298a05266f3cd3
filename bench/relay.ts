// The classroom server's relay against WebRTC, on the classroom rig (test/browser/classroom/rig.ts): two devices,
// each its own Chromium in a network namespace of its own, the teacher's `npm start` on the bridge.
//   link_relayed_ms          client isolation, no TURN: device B ready → linked to A through the relay (the app's
//                            4 s wait for WebRTC included: what a student sees)
//   relay_throughput_mb_s    16 KiB frames page to page through the relay (scripts/relay-server.mjs), the sender
//                            holding back as the network does (above 1 MiB buffered, until under 256 KiB)
//   direct_throughput_mb_s   the same frames over an RTCPeerConnection data channel between the same two pages, on
//                            the plain Wi-Fi, in turns with the relay in one run
// The throughput pages speak the relay's wire protocol themselves (docs/protocol.md, "Relayed links"): they register
// their ids on the server's PeerJS with a token, as the app's pages do, then join.
import type { Page } from '@playwright/test';
import { classroomQuery } from '../test/browser/classroom/harness.ts';
import { buildClassroom, type Classroom } from '../test/browser/classroom/rig.ts';
import { buildApp } from './classroom.ts';
import { type Measured, round, type Suite, type SuiteContext } from './registry.ts';

const FRAME_BYTES = 16 * 1024;
const TRANSFER_BYTES = 16 * 1024 * 1024;
const HIGH_WATER = 1024 * 1024;
const LOW_WATER = 256 * 1024;
const WAIT_MS = 60_000;
/** tsx compiles this file with esbuild's keepNames: functions handed to a page may call its __name helper. */
const NAME_SHIM = 'globalThis.__name ??= (target) => target;';

/** Rejects after WAIT_MS: a transfer or a channel that never completes fails the run instead of hanging it. */
function inTime<T>(what: string, promise: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: not within ${WAIT_MS} ms`)), WAIT_MS);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

type LinkWindow = Window & {
  blockchain?: { ready: Promise<void>; peers(): string[]; peerInfo(): Array<{ link: string }> };
};

/** Opens a node of `room` on device `index`; resolves once it is ready. */
async function openNode(classroom: Classroom, index: number, room: string): Promise<Page> {
  const device = classroom.devices[index];
  if (device === undefined) throw new Error(`no device ${index}`);
  const context = await device.newContext();
  await context.addInitScript({ content: NAME_SHIM });
  const page = await context.newPage();
  await page.goto(`${classroom.origin}/${classroomQuery(room)}`);
  await page.waitForFunction(() => (window as LinkWindow).blockchain !== undefined);
  return page;
}

/** B's ready → its first link, in ms, and what carried that link. */
async function timeRelayedLink(classroom: Classroom, room: string): Promise<{ ms: number; link: string }> {
  const a = await openNode(classroom, 0, room);
  const b = await openNode(classroom, 1, room);
  try {
    return await b.evaluate(async (waitMs) => {
      const api = (window as LinkWindow).blockchain;
      if (api === undefined) throw new Error('no node on the page');
      await api.ready;
      const readyAt = performance.now();
      while (api.peers().length === 0) {
        if (performance.now() - readyAt > waitMs) throw new Error(`no link within ${waitMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      return { ms: performance.now() - readyAt, link: api.peerInfo()[0]?.link ?? 'none' };
    }, WAIT_MS);
  } finally {
    await a.context().close();
    await b.context().close();
  }
}

/** A blank page of the server's origin on device `index`, for sockets of the server's own origin. */
async function originPage(classroom: Classroom, index: number): Promise<Page> {
  const device = classroom.devices[index];
  if (device === undefined) throw new Error(`no device ${index}`);
  const context = await device.newContext();
  await context.addInitScript({ content: NAME_SHIM });
  const page = await context.newPage();
  await page.goto(`${classroom.origin}/peerjs-config.json`);
  return page;
}

/**
 * Installs, in a page, `__relay`: registered on PeerJS under `id` and joined to the relay; `receive()` counts bytes
 * on its first link and resolves with the time the last one arrived; `send(to)` dials and pushes the transfer.
 */
async function installRelayEnd(page: Page, id: string): Promise<void> {
  await page.evaluate(
    async ({ id, frameBytes, transferBytes, highWater, lowWater }) => {
      // Not crypto.randomUUID: plain http on a LAN address is no secure context.
      const secret = crypto.getRandomValues(new Uint8Array(16));
      const token = Array.from(secret, (b) => b.toString(16).padStart(2, '0')).join('');
      const base = `ws://${location.host}`;
      const firstMessage = (socket: WebSocket) =>
        new Promise<string>((resolve, reject) => {
          socket.addEventListener('message', (event) => resolve(String(event.data)), { once: true });
          socket.addEventListener('close', () => reject(new Error('closed')), { once: true });
        });
      const signalling = new WebSocket(`${base}/peerjs/peerjs?key=peerjs&id=${id}&token=${token}`);
      if (JSON.parse(await firstMessage(signalling)).type !== 'OPEN') throw new Error('not registered');
      const relay = new WebSocket(`${base}/relay`);
      relay.binaryType = 'arraybuffer';
      await new Promise((resolve) => relay.addEventListener('open', resolve, { once: true }));
      const joined = firstMessage(relay);
      relay.send(JSON.stringify({ type: 'join', id, token }));
      if (JSON.parse(await joined).type !== 'joined') throw new Error('not joined');
      let received = 0;
      let lastAt = 0;
      let done: (at: number) => void = () => {};
      let failed: (error: Error) => void = () => {};
      // The server closing this page's socket (too slow, say) ends the transfer: say why instead of waiting.
      relay.addEventListener('close', (event) =>
        failed(new Error(`relay socket closed ${event.code} ${event.reason}`)),
      );
      let openLink: (link: number) => void = () => {};
      relay.addEventListener('message', (event) => {
        if (event.data instanceof ArrayBuffer) {
          received += event.data.byteLength - 4;
          lastAt = Date.now();
          if (received >= transferBytes) done(lastAt);
        } else {
          const message = JSON.parse(String(event.data));
          if (message.type === 'open' && message.ref !== undefined) openLink(message.link);
        }
      });
      const drained = async () => {
        while (relay.bufferedAmount > lowWater) await new Promise((resolve) => setTimeout(resolve, 1));
      };
      (window as unknown as { __relay: unknown }).__relay = {
        receive: () =>
          new Promise<number>((resolve, reject) => {
            received = 0;
            done = resolve;
            failed = reject;
          }),
        send: async (to: string) => {
          const link = await new Promise<number>((resolve) => {
            openLink = resolve;
            relay.send(JSON.stringify({ type: 'dial', ref: 1, to }));
          });
          const frame = new Uint8Array(4 + frameBytes);
          new DataView(frame.buffer).setUint32(0, link);
          const startedAt = Date.now();
          for (let sent = 0; sent < transferBytes; sent += frameBytes) {
            if (relay.bufferedAmount > highWater) await drained();
            relay.send(frame);
          }
          relay.send(JSON.stringify({ type: 'close', link }));
          return startedAt;
        },
      };
    },
    { id, frameBytes: FRAME_BYTES, transferBytes: TRANSFER_BYTES, highWater: HIGH_WATER, lowWater: LOW_WATER },
  );
}

type RelayEnd = { receive(): Promise<number>; send(to: string): Promise<number> };

async function relayThroughput(sender: Page, receiver: Page, receiverId: string): Promise<number> {
  const arrived = receiver.evaluate(() => (window as unknown as { __relay: RelayEnd }).__relay.receive());
  const startedAt = await sender.evaluate(
    (to) => (window as unknown as { __relay: RelayEnd }).__relay.send(to),
    receiverId,
  );
  return TRANSFER_BYTES / 1e6 / (((await arrived) - startedAt) / 1000);
}

/** One data channel between the two pages (offer and answer passed along here), the same transfer over it. */
async function directThroughput(sender: Page, receiver: Page): Promise<number> {
  type DirectWindow = Window & { __pc: RTCPeerConnection; __dc: RTCDataChannel; __arrived?: Promise<number> };
  const offer = await sender.evaluate(async () => {
    const pc = new RTCPeerConnection();
    (window as unknown as DirectWindow).__pc = pc;
    (window as unknown as DirectWindow).__dc = pc.createDataChannel('bench', { ordered: true });
    await pc.setLocalDescription(await pc.createOffer());
    await new Promise<void>((resolve) => {
      if (pc.iceGatheringState === 'complete') resolve();
      pc.addEventListener('icegatheringstatechange', () => pc.iceGatheringState === 'complete' && resolve());
    });
    return JSON.stringify(pc.localDescription);
  });
  const answer = await receiver.evaluate(
    async ({ offer, transferBytes }) => {
      const pc = new RTCPeerConnection();
      const w = window as unknown as DirectWindow;
      w.__pc = pc;
      w.__arrived = new Promise<number>((resolve) => {
        pc.addEventListener('datachannel', ({ channel }) => {
          channel.binaryType = 'arraybuffer';
          let received = 0;
          channel.addEventListener('message', (event) => {
            received += (event.data as ArrayBuffer).byteLength;
            if (received >= transferBytes) resolve(Date.now());
          });
        });
      });
      await pc.setRemoteDescription(JSON.parse(offer));
      await pc.setLocalDescription(await pc.createAnswer());
      await new Promise<void>((resolve) => {
        if (pc.iceGatheringState === 'complete') resolve();
        pc.addEventListener('icegatheringstatechange', () => pc.iceGatheringState === 'complete' && resolve());
      });
      return JSON.stringify(pc.localDescription);
    },
    { offer, transferBytes: TRANSFER_BYTES },
  );
  const arrived = receiver.evaluate(() => (window as unknown as DirectWindow).__arrived);
  const startedAt = await sender.evaluate(
    async ({ answer, frameBytes, transferBytes, highWater, lowWater }) => {
      const { __pc: pc, __dc: channel } = window as unknown as DirectWindow;
      await pc.setRemoteDescription(JSON.parse(answer));
      if (channel.readyState !== 'open')
        await new Promise((resolve) => channel.addEventListener('open', resolve, { once: true }));
      channel.bufferedAmountLowThreshold = lowWater;
      const frame = new Uint8Array(frameBytes);
      const startedAt = Date.now();
      for (let sent = 0; sent < transferBytes; sent += frameBytes) {
        if (channel.bufferedAmount > highWater) {
          await new Promise((resolve) => channel.addEventListener('bufferedamountlow', resolve, { once: true }));
        }
        channel.send(frame);
      }
      return startedAt;
    },
    { answer, frameBytes: FRAME_BYTES, transferBytes: TRANSFER_BYTES, highWater: HIGH_WATER, lowWater: LOW_WATER },
  );
  const arrivedAt = await arrived;
  if (arrivedAt === undefined) throw new Error('the receiver set up no channel');
  await sender.evaluate(() => (window as unknown as DirectWindow).__pc.close());
  await receiver.evaluate(() => (window as unknown as DirectWindow).__pc.close());
  return TRANSFER_BYTES / 1e6 / ((arrivedAt - startedAt) / 1000);
}

async function measure(context: SuiteContext): Promise<Measured[]> {
  if (context.chromePath === undefined) throw new Error('no Chromium: run the bench through `npm run bench`');
  const runs = context.quick ? 1 : 3;
  const app = await buildApp();
  const linkTimes: number[] = [];
  const relayRates: number[] = [];
  const directRates: number[] = [];
  try {
    const classroom = await buildClassroom({ serveOptions: { outDir: app.outDir } });
    try {
      context.noteEnvironment('chromium', classroom.devices[0]?.browser.version() ?? 'unknown');
      const [sender, receiver] = [await originPage(classroom, 0), await originPage(classroom, 1)];
      const receiverId = `rbench000000-n-recv${Date.now().toString(36)}`;
      await installRelayEnd(sender, `rbench000000-n-send${Date.now().toString(36)}`);
      await installRelayEnd(receiver, receiverId);
      for (let run = 0; run < runs; run++) {
        relayRates.push(round(await inTime('relay transfer', relayThroughput(sender, receiver, receiverId)), 2));
        directRates.push(round(await inTime('direct transfer', directThroughput(sender, receiver)), 2));
        context.log(`throughput run ${run}: relay ${relayRates.at(-1)} MB/s, direct ${directRates.at(-1)} MB/s`);
      }
      await sender.context().close();
      await receiver.context().close();
      await classroom.isolateClients(true);
      for (let run = 0; run < runs; run++) {
        const { ms, link } = await timeRelayedLink(classroom, `bench-relayed-${run}-${Date.now().toString(36)}`);
        context.log(`link_relayed_ms run ${run}: ${round(ms, 0)} ms over ${link}`);
        if (link !== 'relay') throw new Error(`linked over ${link}, not the relay`);
        linkTimes.push(round(ms, 1));
      }
      if (classroom.offMachine().length > 0) {
        throw new Error(`requests outside the classroom: ${classroom.offMachine().join(' ')}`);
      }
    } finally {
      await classroom.close();
    }
  } finally {
    await app.remove();
  }
  return [
    {
      id: 'link_relayed_ms',
      unit: 'ms',
      description:
        'client isolation, no TURN: B ready → linked to A through the server relay (4 s WebRTC wait included)',
      runs: linkTimes,
    },
    {
      id: 'relay_throughput_mb_s',
      unit: 'MB/s',
      description: '16 MB in 16 KiB frames, page to page through the server relay (rig, two devices)',
      runs: relayRates,
    },
    {
      id: 'direct_throughput_mb_s',
      unit: 'MB/s',
      description: 'the same 16 MB over a WebRTC data channel between the same two pages, in turns with the relay',
      runs: directRates,
    },
  ];
}

export const relaySuite: Suite = { id: 'relay', where: 'chromium', run: measure };
