// Scenario 3b, client isolation with nothing installed: devices reach the teacher's machine but not each other, no
// TURN. WebRTC cannot link them (their STUN candidates point at each other), so after a few seconds the two nodes
// talk through the classroom server's WebSocket relay (scripts/relay-server.mjs, src/net/fallback-transport.ts),
// and still exchange transactions and blocks.
import { expect, test } from '@playwright/test';
import { openSection } from '../sections.ts';
import { CLASSROOM_TEST_MS, mineAndSpread, openLinkedPair, sendAndSpread, useClassroom } from './harness.ts';
import { rtcRoutes } from './rtc-probe.ts';

const classroom = useClassroom({ devices: 2 });

test('isolated devices with no TURN exchange a transaction and a block through the server’s relay', async () => {
  test.setTimeout(CLASSROOM_TEST_MS);
  const room = classroom();
  await room.isolateClients(true);
  const [a, b] = await openLinkedPair(room, 'relayed');
  // Linked, yet no RTCPeerConnection of either page is connected: the relay carries the link.
  expect(await rtcRoutes(a.page)).toEqual([]);
  expect(await rtcRoutes(b.page)).toEqual([]);
  // And each page's network view says so, on the line of the other.
  for (const [node, other] of [
    [a, b],
    [b, a],
  ] as const) {
    await openSection(node.page, 'peers');
    const line = node.page.locator('#peer-list li', { hasText: other.peerId });
    await expect(line).toHaveClass('peer-link-relay');
    await expect(line).toContainText("over the classroom server's relay");
  }
  await sendAndSpread(a, b);
  await mineAndSpread(b, [a]);
  await sendAndSpread(b, a);
  await mineAndSpread(a, [b]);
});
