// Scenario 5, a whole class in one room: 12 nodes (browser contexts spread over the device namespaces, one Chromium per
// device), every node links, a block reaches all, and while one peer keeps dropping off the Wi-Fi and coming back,
// the RTCPeerConnections each page creates stay bounded (counted by the rig's probe, rtc-probe.ts) and none is left
// open past the node's link slots. `npm test` flaps for one minute; the 5-minute run is the same test with
// CLASSROOM_FLAP_MS=300000 (`CLASSROOM_FLAP_MS=300000 npm run test:browser -- classroom/crowd`).
import { expect, test } from '@playwright/test';
import { DEFAULT_NETWORK_CONFIG } from '../../../src/net/config.ts';
import { type NodePage, peersOf, SPREAD_MS } from '../peers-harness.ts';
import { mineAndSpread, openOn, roomOf, useClassroom } from './harness.ts';
import { rtcCount } from './rtc-probe.ts';

/** 11 steady nodes on two devices, and the flapping one alone on the third, whose link goes down and up. */
const STEADY_PER_DEVICE = [6, 5];
const FLAP_DOWN_MS = 5_000;
const FLAP_UP_MS = 10_000;
const FLAPPING_MS = Number(process.env.CLASSROOM_FLAP_MS ?? 60_000);
const FLAPS = Math.max(1, Math.round(FLAPPING_MS / (FLAP_DOWN_MS + FLAP_UP_MS)));
/**
 * RTCPeerConnections a steady page may create per flap: a dial of its own and one from the flapper (each side may
 * redial once its link is found dead), twice over for a dial that times out while the link is down. Most of what a
 * page makes is the mesh of 12 settling its link slots: a peer with no slot for us is asked again only after 30 s
 * (peer-directory.ts). Runs here, alone on the machine, made 0 to 8 per page over 4 flaps (up to 24 before that wait,
 * and 25 beside the main project's mining specs, which now run before the classroom ones).
 */
const CREATED_PER_FLAP = 4;

const classroom = useClassroom({ devices: 3 });

test('12 nodes in one room: all link, a block reaches all, and a flapping peer costs a bounded number of RTCPeerConnections', async () => {
  test.setTimeout(360_000 + FLAPPING_MS);
  const room = classroom();
  const name = roomOf('crowd');
  const steady: NodePage[] = [];
  for (const [index, count] of STEADY_PER_DEVICE.entries()) {
    const device = room.devices[index];
    if (device === undefined) throw new Error(`device ${index} missing`);
    for (let i = 0; i < count; i++) steady.push(await openOn(room, device, name));
  }
  const flapDevice = room.devices[2];
  if (flapDevice === undefined) throw new Error('device 2 missing');
  const flapper = await openOn(room, flapDevice, name);
  const everyone = [...steady, flapper];

  for (const node of everyone) {
    await expect
      .poll(() => peersOf(node).then((peers) => peers.length), { timeout: SPREAD_MS, message: `${node.peerId} links` })
      .toBeGreaterThan(0);
  }
  const [miner] = steady;
  if (miner === undefined) throw new Error('no steady node');
  await mineAndSpread(miner, everyone.slice(1), SPREAD_MS * 2);

  const before = await Promise.all(steady.map((node) => rtcCount(node.page)));
  for (let flap = 0; flap < FLAPS; flap++) {
    await flapDevice.linkDown();
    await new Promise((resolve) => setTimeout(resolve, FLAP_DOWN_MS));
    await flapDevice.linkUp();
    await new Promise((resolve) => setTimeout(resolve, FLAP_UP_MS));
  }
  const after = await Promise.all(steady.map((node) => rtcCount(node.page)));
  const created = after.map((count, i) => count.created - (before[i]?.created ?? 0));
  const offered = after.map((count, i) => count.offered - (before[i]?.offered ?? 0));
  const figures =
    `created during ${FLAPS} flaps: ${created.join(' ')} (of which dialled: ${offered.join(' ')}); ` +
    `open after: ${after.map((c) => c.open).join(' ')}`;
  test.info().annotations.push({ type: 'RTCPeerConnections per steady page', description: figures });
  console.log(`[crowd.spec] ${figures}`);
  for (const [i, count] of after.entries()) {
    expect(created[i], `page ${i}: created during ${FLAPS} flaps`).toBeLessThanOrEqual(FLAPS * CREATED_PER_FLAP);
    // Open but unused connections are leaks: at most one per link slot, plus a dial out and one answered in flight
    // (a run here read 7 to 9 with 8 slots).
    expect(count.open, `page ${i}: open RTCPeerConnections`).toBeLessThanOrEqual(
      DEFAULT_NETWORK_CONFIG.maxConnections + 2,
    );
  }
  // After all that, the class still works: a block from the flapper reaches everyone.
  await mineAndSpread(flapper, steady, SPREAD_MS * 2);
});
