// The signalling server goes away and comes back: a node registers again by itself (PeerJS reconnect with
// backoff), keeps its open channels meanwhile, and a node that starts afterwards can still reach it.
import type { AddressInfo, Socket } from 'node:net';
import { PeerServer } from 'peer';
import { expect, type Signalling, test } from './fixtures.ts';
import { openNode, peersOf, register, roomQuery, SPREAD_MS, testRoom } from './peers-harness.ts';

const PATH = '/peerjs';
const START_TIMEOUT_MS = 5_000;

type Running = { readonly port: number; stop(): Promise<void> };

/**
 * A PeerJS server of this test's own (the shared fixture one must not go down), on a given or a free port.
 * Stopping it cuts every socket, WebSockets included, as a crash or a lost network would.
 */
function startServer(port: number): Promise<Running> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no PeerJS server within ${START_TIMEOUT_MS} ms`)),
      START_TIMEOUT_MS,
    );
    PeerServer({ host: '127.0.0.1', port, path: PATH, allow_discovery: true }, (server) => {
      clearTimeout(timer);
      const sockets = new Set<Socket>();
      server.on('connection', (socket: Socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
      });
      resolve({
        port: (server.address() as AddressInfo).port,
        stop: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            for (const socket of sockets) socket.destroy();
          }),
      });
    });
  });
}

async function listed(port: number): Promise<unknown> {
  try {
    return await (await fetch(`http://127.0.0.1:${port}${PATH}/peerjs/peers`)).json();
  } catch {
    return [];
  }
}

test('a node re-registers when the signalling server returns, and stays reachable', async ({ newNodePage }, info) => {
  test.setTimeout(90_000);
  let server = await startServer(0);
  const { port } = server;
  const signalling: Signalling = { host: '127.0.0.1', port, path: PATH, baseUrl: `http://127.0.0.1:${port}${PATH}/` };
  const query = roomQuery(testRoom('reconnect', info), 1, signalling);
  try {
    const a = await openNode(await newNodePage(), query);
    const b = await openNode(await newNodePage(), query);
    await register(b, [a.id]);
    await expect.poll(() => peersOf(a), { timeout: SPREAD_MS }).toEqual([b.peerId]);

    await server.stop();
    // Data channels do not need the server: the link survives its absence.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(await peersOf(a)).toEqual([b.peerId]);

    server = await startServer(port);
    await expect
      .poll(() => listed(port), { timeout: 40_000, intervals: [1_000] })
      .toEqual(expect.arrayContaining([a.peerId, b.peerId]));
    const c = await openNode(await newNodePage(), query);
    await register(c, [a.id]);
    await expect.poll(() => peersOf(c), { timeout: SPREAD_MS }).toContain(a.peerId);
  } finally {
    await server.stop();
  }
});
