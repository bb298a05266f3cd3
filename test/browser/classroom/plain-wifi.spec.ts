// Scenario 1, a plain Wi-Fi: two devices, each its own Chromium at default WebRTC settings (mDNS host candidates), on
// one bridge with the teacher's `npm start`. They find each other through its signalling and link directly, over
// their mDNS-named host candidates (multicast crosses the bridge).
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

test('devices on a plain Wi-Fi link directly and exchange a transaction and a block', async () => {
  test.setTimeout(CLASSROOM_TEST_MS);
  const [a, b] = await openLinkedPair(classroom(), 'wifi');
  const route = await webRtcRoute(a);
  expect(route.local).not.toBe('relay');
  expect(route.remote).not.toBe('relay');
  await sendAndSpread(a, b);
  await mineAndSpread(b, [a]);
});
