// The classroom rig (rig.ts) as a spec file uses it: built before the file's tests, torn down after them, and app
// pages opened on its devices as nodes of one room. A spec for another network case is a few lines:
//
//   const classroom = useClassroom({ devices: 2 });
//   test('...', async () => {
//     const room = roomOf('wifi');
//     const [a, b] = await openNodes(classroom(), room, [0, 1]);
//     await expectLinked(a, b);
//   });

import { expect, test } from '@playwright/test';
import { type ApiWindow, type NodePage, openNode, peersOf, roomQuery, SPREAD_MS, testRoom } from '../peers-harness.ts';
import { buildClassroom, type Classroom, type ClassroomOptions, type Device } from './rig.ts';
import { type RtcRoute, rtcRoutes } from './rtc-probe.ts';

/** Building the rig starts a server and a browser per device (and closing it closes them): more than a test's usual
 *  30 s on a busy machine. */
const BUILD_TIMEOUT_MS = 90_000;
/** A classroom test opens a page per device (a few seconds each while other tests run) before it links them. */
export const CLASSROOM_TEST_MS = 120_000;

/**
 * One classroom for the tests of the calling file, which run in order in one worker. Skips them where the rig
 * cannot be built: outside `npm run test:browser`'s private namespace, or without root there.
 */
export function useClassroom(options: ClassroomOptions = {}): () => Classroom {
  let classroom: Classroom | null = null;
  test.describe.configure({ mode: 'default' });
  test.skip(
    process.env.BROWSER_TESTS_ISOLATED !== '1' || process.getuid?.() !== 0,
    'the classroom rig needs root inside the private network namespace of npm run test:browser',
  );
  test.beforeAll(async () => {
    test.info().setTimeout(BUILD_TIMEOUT_MS);
    classroom = await buildClassroom(options);
  });
  test.afterAll(async () => {
    test.info().setTimeout(BUILD_TIMEOUT_MS);
    const built = classroom;
    classroom = null;
    await built?.close();
    expect(built?.offMachine() ?? [], 'requests to hosts outside the classroom').toEqual([]);
  });
  return () => {
    if (classroom === null) throw new Error('the classroom is built in beforeAll: call this inside a test');
    return classroom;
  };
}

/** A room name of its own for the running test. */
export function roomOf(prefix: string): string {
  return testRoom(prefix, test.info());
}

/** The query of a classroom page (difficulty 1: mining is instant): the room and nothing else, so the page finds everything on its own server. */
export function classroomQuery(room: string): string {
  return roomQuery(room, 1, null);
}

/** Opens the app on `device` as a node of `room`, in a context of its own, over plain http from the teacher. */
export async function openOn(classroom: Classroom, device: Device, room: string): Promise<NodePage> {
  const context = await device.newContext();
  const page = await context.newPage();
  return openNode(page, classroomQuery(room), classroom.origin);
}

/** One node per listed device index, opened one after another (the first waits for nobody). */
export async function openNodes(
  classroom: Classroom,
  room: string,
  deviceIndexes: readonly number[],
): Promise<NodePage[]> {
  const nodes: NodePage[] = [];
  for (const index of deviceIndexes) {
    const device = classroom.devices[index];
    if (device === undefined) throw new RangeError(`the classroom has no device ${index}`);
    nodes.push(await openOn(classroom, device, room));
  }
  return nodes;
}

/** Nodes of a new room named after `prefix` on devices 0 and 1, once they list each other as linked peers. */
export async function openLinkedPair(classroom: Classroom, prefix: string): Promise<[NodePage, NodePage]> {
  const [a, b] = await openNodes(classroom, roomOf(prefix), [0, 1]);
  if (a === undefined || b === undefined) throw new Error('two nodes expected');
  await expectLinked(a, b);
  return [a, b];
}

/** Waits until `a` and `b` list each other as linked peers. */
export async function expectLinked(a: NodePage, b: NodePage, timeout = SPREAD_MS): Promise<void> {
  await expect.poll(() => peersOf(a), { timeout, message: `${a.peerId} links ${b.peerId}` }).toContain(b.peerId);
  await expect.poll(() => peersOf(b), { timeout, message: `${b.peerId} links ${a.peerId}` }).toContain(a.peerId);
}

/**
 * Waits until `node` has a connected WebRTC link and returns its route (the selected candidate pair). A link the
 * app carries some other way (a relay through the server) has none, so this tells WebRTC from the fallback.
 */
export async function webRtcRoute(node: NodePage, timeout = SPREAD_MS): Promise<RtcRoute> {
  let routes: RtcRoute[] = [];
  await expect
    .poll(
      async () => {
        routes = await rtcRoutes(node.page);
        return routes.length;
      },
      { timeout, message: `${node.peerId} has a connected RTCPeerConnection` },
    )
    .toBeGreaterThan(0);
  return routes[0] as RtcRoute;
}

/** `from` mines a block (with any pending transactions); resolves with its hash once every node in `to` has it. */
export async function mineAndSpread(from: NodePage, to: readonly NodePage[], timeout = SPREAD_MS): Promise<string> {
  const block = await from.page.evaluate(() => (window as unknown as ApiWindow).blockchain.mine());
  for (const node of to) {
    await expect
      .poll(() => hasBlock(node, block.hash), { timeout, message: `block ${block.hash} reaches ${node.peerId}` })
      .toBe(true);
  }
  return block.hash;
}

export function hasBlock(node: NodePage, hash: string): Promise<boolean> {
  return node.page.evaluate(
    (wanted) => (window as unknown as ApiWindow).blockchain.chain().chain.some((block) => block.hash === wanted),
    hash,
  );
}

/** `from` sends `to` a transaction; resolves with its id once it is in `to`'s mempool. */
export async function sendAndSpread(from: NodePage, to: NodePage, timeout = SPREAD_MS): Promise<string> {
  const { txid } = await from.page.evaluate(
    (recipient) => (window as unknown as ApiWindow).blockchain.newTransaction({ recipient, amount: 0, info: 'class' }),
    to.address,
  );
  await expect
    .poll(() => to.page.evaluate(() => (window as unknown as ApiWindow).blockchain.mempool().map((tx) => tx.txid)), {
      timeout,
      message: `transaction ${txid} reaches ${to.peerId}`,
    })
    .toContain(txid);
  return txid;
}
