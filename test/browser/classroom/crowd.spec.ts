// Scenario 5, a whole class in one room: 12 nodes (browser contexts spread over the device namespaces, one Chromium per
// device), every node links, a block reaches all, and while one peer keeps dropping off the Wi-Fi (long enough for
// every link of its to be found dead) and coming back, what it costs the others in RTCPeerConnections stays bounded
// (counted by the rig's probe, rtc-probe.ts, which also reads who each dial was with off the signalling socket) and
// none is left open past the node's link slots. `npm test` flaps three times; the 5-minute run is the same
// test with CLASSROOM_FLAP_MS=300000 (`CLASSROOM_FLAP_MS=300000 npm run test:browser -- classroom/crowd`).
import { expect, test } from '@playwright/test';
import { DEFAULT_NETWORK_CONFIG } from '../../../src/net/config.ts';
import { type NodePage, peersOf, SPREAD_MS } from '../peers-harness.ts';
import { mineAndSpread, openOn, roomOf, useClassroom } from './harness.ts';
import { type RtcOffer, rtcCount } from './rtc-probe.ts';

/** 11 steady nodes on two devices, and the flapping one alone on the third, whose link goes down and up. */
const STEADY_PER_DEVICE = [6, 5];
/** Down until the flapper has no link left (a heartbeat finds a link dead after deadAfterMs), then up this long. */
const FLAP_UP_MS = 10_000;
const FLAP_MS = DEFAULT_NETWORK_CONFIG.deadAfterMs + DEFAULT_NETWORK_CONFIG.heartbeatMs + FLAP_UP_MS;
const FLAPPING_MS = Number(process.env.CLASSROOM_FLAP_MS ?? 3 * FLAP_MS);
const FLAPS = Math.max(1, Math.round(FLAPPING_MS / FLAP_MS));
/**
 * Dials between a steady page and the flapper per flap, either way: the flapper's redial once it is back, the steady
 * side's own redial, and one of each again for a dial that timed out while the link was down. Connections among
 * the steady pages are not the flapper's cost: a busy machine's missed heartbeats drop and remake those too (CI read
 * 11 to 17 per page over four flaps so, where a quiet one read 0), so they are reported, not bounded.
 */
const DIALS_WITH_FLAPPER_PER_FLAP = 4;

const classroom = useClassroom({ devices: 3 });

test('12 nodes in one room: all link, a block reaches all, and a flapping peer costs a bounded number of RTCPeerConnections', async () => {
  test.setTimeout(360_000 + FLAPS * (SPREAD_MS * 4 + FLAP_UP_MS));
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
  expect(
    before.every((count) => count.offers.length > 0),
    'the probe saw the dials that linked every page',
  ).toBe(true);
  const flapsStart = Date.now();
  for (let flap = 0; flap < FLAPS; flap++) {
    await flapDevice.linkDown();
    await expect
      .poll(() => peersOf(flapper), {
        timeout: SPREAD_MS * 2,
        message: `flap ${flap}: every link of the flapper dropped`,
      })
      .toEqual([]);
    await flapDevice.linkUp();
    await expect
      .poll(() => peersOf(flapper).then((peers) => peers.length), {
        timeout: SPREAD_MS * 2,
        message: `flap ${flap}: the flapper relinked`,
      })
      .toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, FLAP_UP_MS));
  }
  const after = await Promise.all(steady.map((node) => rtcCount(node.page)));
  const duringFlaps = (offers: readonly RtcOffer[]) => offers.filter((offer) => offer.at >= flapsStart);
  const withFlapper = after.map((count) => duringFlaps(count.offers).filter((o) => o.peer === flapper.peerId).length);
  const created = after.map((count, i) => count.created - (before[i]?.created ?? 0));
  const figures =
    `during ${FLAPS} flaps, dials with the flapper: ${withFlapper.join(' ')}; ` +
    `RTCPeerConnections created in all: ${created.join(' ')}; open after: ${after.map((c) => c.open).join(' ')}`;
  test.info().annotations.push({ type: 'RTCPeerConnections per steady page', description: figures });
  console.log(`[crowd.spec] ${figures}`);
  const linkedToFlapper = withFlapper.filter((dials) => dials > 0).length;
  expect(linkedToFlapper, 'steady pages that dialled or answered the flapper again').toBeGreaterThan(0);
  for (const [i, count] of after.entries()) {
    expect(withFlapper[i], `page ${i}: dials with the flapper`).toBeLessThanOrEqual(
      FLAPS * DIALS_WITH_FLAPPER_PER_FLAP,
    );
    // Open but unused connections are leaks: at most one per link slot, plus a dial out and one answered in flight
    // (a run here read 7 to 9 with 8 slots).
    expect(count.open, `page ${i}: open RTCPeerConnections`).toBeLessThanOrEqual(
      DEFAULT_NETWORK_CONFIG.maxConnections + 2,
    );
  }
  // After all that, the class still works: a block from the flapper reaches everyone.
  await mineAndSpread(flapper, steady, SPREAD_MS * 2);
});
