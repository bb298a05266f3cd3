// Scenario 3a, client isolation (devices reach the teacher's machine but not each other): with `npm start -- --turn`
// the server runs coturn with credentials it makes and hands them to pages, and the nodes link through its relay.
import { expect, test } from '@playwright/test';
import { findTurnServer } from '../../../scripts/turn-server.mjs';
import {
  CLASSROOM_TEST_MS,
  mineAndSpread,
  openLinkedPair,
  sendAndSpread,
  useClassroom,
  webRtcRoute,
} from './harness.ts';

test.skip(findTurnServer() === null, 'coturn is not installed (apt-get install coturn)');

const classroom = useClassroom({ devices: 2, turn: true });

test('isolated devices exchange a transaction and a block over the teacher’s TURN relay', async () => {
  test.setTimeout(CLASSROOM_TEST_MS);
  const room = classroom();
  await room.isolateClients(true);
  const [a, b] = await openLinkedPair(room, 'isolated');
  const route = await webRtcRoute(a);
  // A relay at one end at least (coturn forwards to the other device, which the teacher's machine reaches), and that
  // relay is on the teacher's machine.
  const relayEnd = route.local === 'relay' ? route.localAddress : route.remote === 'relay' ? route.remoteAddress : null;
  expect(relayEnd, `route ${JSON.stringify(route)}`).toBe(room.teacherAddress);
  await sendAndSpread(a, b);
  await mineAndSpread(b, [a]);
  await sendAndSpread(b, a);
  await mineAndSpread(a, [b]);
});
