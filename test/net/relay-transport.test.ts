// The page's end of the relay (src/net/relay-transport.ts) against the real server (scripts/relay-server.mjs) on
// 127.0.0.1, over the `ws` package's client: joining with the registration's token, links both ways, frames as
// sent, closes heard at both ends, dials that cannot be answered, and two networks syncing over relayed links.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { createRelayServer, RELAY_PATH, type RelayServer } from '../../scripts/relay-server.mjs';
import {
  newRelayToken,
  parseRelayMessage,
  type RelaySocket,
  RelayTransport,
  relaySocketUrl,
} from '../../src/net/relay-transport.ts';
import type { DialFailureCode, PeerLink, TransportEvents } from '../../src/net/transport.ts';

const ROOM = 'r0123456789ab';
const ALICE = `${ROOM}-n-alice`;
const BOB = `${ROOM}-n-bob`;
const WAIT_MS = 5_000;

let http: Server | null = null;
let relay: RelayServer | null = null;
const transports: RelayTransport[] = [];
const registered = new Map<string, string>();

async function until(check: () => boolean, what: string): Promise<void> {
  const end = Date.now() + WAIT_MS;
  while (!check()) {
    if (Date.now() > end) throw new Error(`${what}: not within ${WAIT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

async function startServer(): Promise<string> {
  const server = createRelayServer({ registry: { owns: (id, token) => registered.get(id) === token } });
  relay = server;
  http = createServer((_request, response) => response.writeHead(404).end());
  http.on('upgrade', (request, socket, head) => server.handleUpgrade(request, socket, head));
  await new Promise<void>((resolve) => http?.listen(0, '127.0.0.1', resolve));
  return `ws://127.0.0.1:${(http.address() as AddressInfo).port}${RELAY_PATH}`;
}

/** What one transport told its network. */
type Heard = {
  opened: PeerLink[];
  closed: PeerLink[];
  messages: Array<{ link: PeerLink; data: unknown }>;
  failed: Array<{ peerId: string; code: DialFailureCode | undefined }>;
};

function page(url: string, id: string, token = newRelayToken()): { transport: RelayTransport; heard: Heard } {
  registered.set(id, token);
  const transport = new RelayTransport({
    localId: id,
    url,
    token,
    createSocket: (address) => new WebSocket(address) as unknown as RelaySocket,
    dialTimeoutMs: 2_000,
  });
  const heard: Heard = { opened: [], closed: [], messages: [], failed: [] };
  const events: TransportEvents = {
    onOpen: (link) => heard.opened.push(link),
    onClose: (link) => heard.closed.push(link),
    onMessage: (link, data) => heard.messages.push({ link, data }),
    onDialFailed: (peerId, _reason, code) => heard.failed.push({ peerId, code }),
  };
  transport.listen(events);
  transports.push(transport);
  return { transport, heard };
}

afterEach(async () => {
  for (const transport of transports.splice(0)) transport.destroy();
  registered.clear();
  relay?.close();
  relay = null;
  await new Promise<void>((resolve) => (http ? http.close(() => resolve()) : resolve()));
  http = null;
});

describe('RelayTransport', () => {
  it('links two pages through the server, frames arrive as sent, and a close reaches both ends', async () => {
    const url = await startServer();
    const alice = page(url, ALICE);
    const bob = page(url, BOB);
    alice.transport.connect();
    bob.transport.connect();
    await until(() => alice.transport.isJoined && bob.transport.isJoined, 'both joined');
    alice.transport.dial(BOB);
    await until(() => alice.heard.opened.length === 1 && bob.heard.opened.length === 1, 'both ends open');
    const [mine] = alice.heard.opened;
    const [theirs] = bob.heard.opened;
    expect(mine).toMatchObject({ peerId: BOB, kind: 'relay', outbound: true });
    expect(theirs).toMatchObject({ peerId: ALICE, kind: 'relay', outbound: false });
    mine?.send(new Uint8Array([1, 9, 9, 9]));
    theirs?.send(new Uint8Array(16 * 1024).fill(7));
    await until(() => alice.heard.messages.length === 1 && bob.heard.messages.length === 1, 'frames crossed');
    expect(bob.heard.messages[0]?.data).toEqual(new Uint8Array([1, 9, 9, 9]));
    const big = alice.heard.messages[0]?.data as Uint8Array;
    expect(big.length).toBe(16 * 1024);
    expect(big.every((b) => b === 7)).toBe(true);
    mine?.close();
    expect(alice.heard.closed).toEqual([mine]);
    await until(() => bob.heard.closed.length === 1, 'bob heard the close');
    expect(relay?.linkCount()).toBe(0);
  });

  it('waits for its join before dialling, and fails a dial to a page that is not there', async () => {
    const url = await startServer();
    const alice = page(url, ALICE);
    alice.transport.dial(BOB);
    alice.transport.connect();
    await until(() => alice.heard.failed.length === 1, 'the dial failed');
    expect(alice.heard.failed).toEqual([{ peerId: BOB, code: 'no-such-peer' }]);
  });

  it('is refused under an id it did not register, and its dials fail', async () => {
    const url = await startServer();
    const alice = page(url, ALICE);
    registered.set(ALICE, 'somebody else');
    alice.transport.connect();
    alice.transport.dial(BOB);
    await until(() => alice.heard.failed.length === 1, 'the dial failed');
    expect(alice.heard.failed[0]?.code).toBe('relay-refused');
    expect(alice.transport.isJoined).toBe(false);
  });

  it('ends its links when the server goes, and joins again when told to', async () => {
    const url = await startServer();
    const alice = page(url, ALICE);
    const bob = page(url, BOB);
    alice.transport.connect();
    bob.transport.connect();
    await until(() => alice.transport.isJoined && bob.transport.isJoined, 'both joined');
    alice.transport.dial(BOB);
    await until(() => bob.heard.opened.length === 1, 'linked');
    relay?.close();
    await until(() => alice.heard.closed.length === 1 && bob.heard.closed.length === 1, 'links ended');
    await until(() => !alice.transport.isJoined && !bob.transport.isJoined, 'sockets closed');
    // The server is back (the same one, accepting again: close() only dropped the members).
    await until(() => alice.transport.isJoined && bob.transport.isJoined, 'both joined again');
    bob.transport.dial(ALICE);
    await until(() => alice.heard.opened.length === 2, 'linked again');
  });
});

describe('relay wire helpers', () => {
  it("builds the socket's address from the page's location", () => {
    expect(relaySocketUrl({ protocol: 'http:', hostname: '198.18.0.1', port: '5173' }, '/relay')).toBe(
      'ws://198.18.0.1:5173/relay',
    );
    expect(relaySocketUrl({ protocol: 'https:', hostname: 'school.example', port: '' }, '/relay')).toBe(
      'wss://school.example/relay',
    );
    expect(relaySocketUrl({ protocol: 'http:', hostname: '::1', port: '80' }, '/relay')).toBe('ws://[::1]:80/relay');
  });

  it('narrows what the server says and ignores anything else', () => {
    expect(parseRelayMessage('{"type":"open","link":3,"peer":"r1-n-a","ref":1}')).toEqual({
      type: 'open',
      link: 3,
      peer: 'r1-n-a',
      ref: 1,
    });
    expect(parseRelayMessage('{"type":"open","link":3,"peer":"r1-n-a"}')).toMatchObject({ ref: null });
    for (const bad of ['nope', '{"type":"open","link":-1,"peer":"r1-n-a"}', '{"type":"open","link":1,"peer":"a b"}', 7])
      expect(parseRelayMessage(bad)).toBeNull();
  });

  it('makes a fresh 128-bit token each time', () => {
    const a = newRelayToken();
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(newRelayToken()).not.toBe(a);
  });
});
