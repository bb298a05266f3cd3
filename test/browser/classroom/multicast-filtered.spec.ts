// Scenario 2, a Wi-Fi that does not flood multicast (many school and office networks): no device can resolve another's
// mDNS `.local` host candidate. The teacher's `npm start` also serves STUN and hands it to pages, so each device
// learns its LAN address as a server-reflexive candidate, and the devices still link directly.
import { expect, test } from '@playwright/test';
import {
  CLASSROOM_TEST_MS,
  mineAndSpread,
  openLinkedPair,
  sendAndSpread,
  useClassroom,
  webRtcRoute,
} from './harness.ts';

const classroom = useClassroom({ devices: 2 });

test('devices on a Wi-Fi without multicast link directly through the teacher’s STUN', async () => {
  test.setTimeout(CLASSROOM_TEST_MS);
  const room = classroom();
  await room.filterMulticast(true);
  const [a, b] = await openLinkedPair(room, 'nomcast');
  const route = await webRtcRoute(a);
  // Not a relay, and not by name: the far end is the other device's LAN address, learnt through STUN (srflx) or
  // from its checks (prflx).
  expect(route.local).not.toBe('relay');
  expect(['srflx', 'prflx']).toContain(route.remote);
  expect(route.remoteAddress).toBe(room.devices[1]?.address);
  await sendAndSpread(a, b);
  await mineAndSpread(b, [a]);
});
