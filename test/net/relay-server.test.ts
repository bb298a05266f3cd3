// The classroom server's relay (scripts/relay-server.mjs) on 127.0.0.1 with real `ws` clients: who may join as
// whom, links only within a room, frames only on one's own links, and the bounds (frame size, links per member,
// bytes queued for a slow reader).
import { EventEmitter } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { ExpressPeerServer } from 'peer';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import {
  attachRelay,
  CLOSE_NOT_REGISTERED,
  CLOSE_REPLACED,
  CLOSE_TOO_SLOW,
  createRelayServer,
  MAX_FRAME_BYTES,
  peerRegistry,
  RELAY_PATH,
  type RelayServer,
  type RelayServerOptions,
} from '../../scripts/relay-server.mjs';

const ROOM = 'r0123456789ab';
const ALICE = `${ROOM}-n-alice`;
const BOB = `${ROOM}-n-bob`;
const CAROL = `${ROOM}-n-carol`;
const STRANGER = 'rfedcba987654-n-stranger';
const WAIT_MS = 5_000;

type Control = Record<string, unknown> & { type: string };

/** A page's socket, with what it heard: control messages in order, frames per link, and how it closed. */
type Client = {
  ws: WebSocket;
  controls: Control[];
  frames: Array<{ link: number; bytes: Buffer }>;
  closed: Promise<{ code: number; reason: string }>;
};

/** A registry where each test says who is registered with which token, and can end a registration. */
class FakeRegistry {
  readonly tokens = new Map<string, string>();
  private readonly ended: Array<(id: string, token: string) => void> = [];
  owns = (id: string, token: string) => this.tokens.get(id) === token;
  onEnded = (listener: (id: string, token: string) => void) => {
    this.ended.push(listener);
  };
  end(id: string): void {
    const token = this.tokens.get(id);
    this.tokens.delete(id);
    if (token !== undefined) for (const listener of this.ended) listener(id, token);
  }
}

let http: Server | null = null;
let relay: RelayServer | null = null;
const clients: Client[] = [];

async function until(check: () => boolean, what: string, waitMs = WAIT_MS): Promise<void> {
  const end = Date.now() + waitMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`${what}: not within ${waitMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

async function start(options: Partial<RelayServerOptions> = {}): Promise<{ url: string; registry: FakeRegistry }> {
  const registry = new FakeRegistry();
  for (const id of [ALICE, BOB, CAROL, STRANGER]) registry.tokens.set(id, `token-of-${id}`);
  const server = createRelayServer({ registry, ...options });
  relay = server;
  http = createServer((_request, response) => response.writeHead(404).end());
  http.on('upgrade', (request, socket, head) => server.handleUpgrade(request, socket, head));
  await new Promise<void>((resolve) => http?.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return { url: `ws://127.0.0.1:${port}${RELAY_PATH}`, registry };
}

function connect(url: string, headers: Record<string, string> = {}): Client {
  const ws = new WebSocket(url, { headers });
  const client: Client = {
    ws,
    controls: [],
    frames: [],
    closed: new Promise((resolve) => ws.on('close', (code, reason) => resolve({ code, reason: String(reason) }))),
  };
  ws.on('message', (data: Buffer, isBinary) => {
    if (isBinary) client.frames.push({ link: data.readUInt32BE(0), bytes: data.subarray(4) });
    else client.controls.push(JSON.parse(String(data)) as Control);
  });
  ws.on('error', () => {});
  clients.push(client);
  return client;
}

function send(client: Client, message: object): void {
  client.ws.send(JSON.stringify(message));
}

async function opened(client: Client): Promise<void> {
  if (client.ws.readyState !== WebSocket.OPEN) await new Promise((resolve) => client.ws.once('open', resolve));
}

async function joined(url: string, id: string, token = `token-of-${id}`): Promise<Client> {
  const client = connect(url);
  await opened(client);
  send(client, { type: 'join', id, token });
  await until(() => client.controls.some((c) => c.type === 'joined'), `${id} joined`);
  return client;
}

function heard(client: Client, type: string): Control | undefined {
  return client.controls.find((c) => c.type === type);
}

/** Dials `to` from `from`; resolves with the link id both ends were given. */
async function dial(from: Client, to: Client, toId: string, ref = 1): Promise<number> {
  send(from, { type: 'dial', ref, to: toId });
  await until(() => from.controls.some((c) => c.type === 'open' && c.ref === ref), 'the dialler heard open');
  const link = from.controls.find((c) => c.type === 'open' && c.ref === ref)?.link as number;
  await until(() => to.controls.some((c) => c.type === 'open' && c.link === link), 'the dialled heard open');
  return link;
}

function frame(link: number, payload: Uint8Array): Buffer {
  const data = Buffer.alloc(4 + payload.length);
  data.writeUInt32BE(link, 0);
  data.set(payload, 4);
  return data;
}

afterEach(async () => {
  for (const client of clients.splice(0)) client.ws.terminate();
  relay?.close();
  relay = null;
  await new Promise<void>((resolve) => (http ? http.close(() => resolve()) : resolve()));
  http = null;
});

describe('relay server: joining', () => {
  it('admits a page only with the token its peer id is registered with', async () => {
    const { url } = await start();
    const impostor = connect(url);
    await opened(impostor);
    send(impostor, { type: 'join', id: ALICE, token: 'a guess' });
    expect((await impostor.closed).code).toBe(CLOSE_NOT_REGISTERED);
    const alice = await joined(url, ALICE);
    expect(heard(alice, 'joined')).toBeDefined();
    expect(relay?.members(ROOM)).toEqual([ALICE]);
  });

  it('closes a socket that speaks before joining, or sends what is no message', async () => {
    const { url } = await start();
    const early = connect(url);
    await opened(early);
    send(early, { type: 'dial', ref: 1, to: BOB });
    expect((await early.closed).code).toBe(1008);
    const binary = connect(url);
    await opened(binary);
    binary.ws.send(Buffer.from([0, 0, 0, 1, 7]));
    expect((await binary.closed).code).toBe(1008);
    const garbage = await joined(url, ALICE);
    garbage.ws.send('not json');
    expect((await garbage.closed).code).toBe(1008);
  });

  it('closes a socket that never joins', async () => {
    const { url } = await start({ joinTimeoutMs: 50 });
    const idle = connect(url);
    expect((await idle.closed).code).toBe(4010);
  });

  it("refuses another origin's page", async () => {
    const { url } = await start();
    const foreign = connect(url, { Origin: 'http://elsewhere.example' });
    const status = await new Promise<number>((resolve) =>
      foreign.ws.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0)),
    );
    expect(status).toBe(403);
  });

  it('a second join under one id replaces the first, and a registration that ends ends the membership', async () => {
    const { url, registry } = await start();
    const first = await joined(url, ALICE);
    const second = await joined(url, ALICE);
    expect((await first.closed).code).toBe(CLOSE_REPLACED);
    registry.end(ALICE);
    expect((await second.closed).code).toBe(CLOSE_NOT_REGISTERED);
    expect(relay?.members(ROOM)).toEqual([]);
  });

  it('peerRegistry follows the PeerJS server: a token counts while its registration lasts', () => {
    const peerServer = new EventEmitter();
    const registry = peerRegistry(peerServer);
    const ended: string[] = [];
    registry.onEnded((id) => ended.push(id));
    const client = (id: string, token: string) => ({ getId: () => id, getToken: () => token });
    peerServer.emit('connection', client(ALICE, 't1'));
    expect(registry.owns(ALICE, 't1')).toBe(true);
    expect(registry.owns(ALICE, 't2')).toBe(false);
    // A stale disconnect of an earlier registration under the same id leaves the current one.
    peerServer.emit('disconnect', client(ALICE, 'old'));
    expect(registry.owns(ALICE, 't1')).toBe(true);
    peerServer.emit('disconnect', client(ALICE, 't1'));
    expect(registry.owns(ALICE, 't1')).toBe(false);
    expect(ended).toEqual([ALICE]);
  });
});

describe('relay server: links', () => {
  it('opens a link between two members of a room and carries frames both ways on it only', async () => {
    const { url } = await start();
    const alice = await joined(url, ALICE);
    const bob = await joined(url, BOB);
    const carol = await joined(url, CAROL);
    const link = await dial(alice, bob, BOB);
    expect(bob.controls.find((c) => c.type === 'open')).toEqual({ type: 'open', link, peer: ALICE });
    alice.ws.send(frame(link, new Uint8Array([1, 2, 3])));
    bob.ws.send(frame(link, new Uint8Array([4, 5])));
    await until(() => bob.frames.length === 1 && alice.frames.length === 1, 'frames crossed');
    expect([...(bob.frames[0]?.bytes ?? [])]).toEqual([1, 2, 3]);
    expect([...(alice.frames[0]?.bytes ?? [])]).toEqual([4, 5]);
    // Carol knows the link id but is no end of it: what she sends on it goes nowhere.
    carol.ws.send(frame(link, new Uint8Array([9])));
    alice.ws.send(frame(link, new Uint8Array([6])));
    await until(() => bob.frames.length === 2, 'the next frame');
    expect([...(bob.frames[1]?.bytes ?? [])]).toEqual([6]);
    expect(alice.frames).toHaveLength(1);
    expect(carol.frames).toHaveLength(0);
  });

  it('finds no peer in another room, nor itself', async () => {
    const { url } = await start();
    const alice = await joined(url, ALICE);
    await joined(url, STRANGER);
    send(alice, { type: 'dial', ref: 7, to: STRANGER });
    send(alice, { type: 'dial', ref: 8, to: ALICE });
    await until(() => alice.controls.filter((c) => c.type === 'dial-failed').length === 2, 'both refused');
    expect(alice.controls.filter((c) => c.type === 'dial-failed')).toEqual([
      { type: 'dial-failed', ref: 7, reason: 'no-such-peer' },
      { type: 'dial-failed', ref: 8, reason: 'no-such-peer' },
    ]);
  });

  it('tells the other end when a link closes, or when its member leaves', async () => {
    const { url } = await start();
    const alice = await joined(url, ALICE);
    const bob = await joined(url, BOB);
    const first = await dial(alice, bob, BOB, 1);
    const second = await dial(alice, bob, BOB, 2);
    send(alice, { type: 'close', link: first });
    await until(() => heard(bob, 'closed') !== undefined, 'bob heard the close');
    expect(bob.controls.filter((c) => c.type === 'closed')).toEqual([{ type: 'closed', link: first }]);
    expect(alice.controls.filter((c) => c.type === 'closed')).toEqual([]);
    alice.ws.close();
    await until(() => bob.controls.filter((c) => c.type === 'closed').length === 2, 'bob heard alice leave');
    expect(bob.controls.at(-1)).toEqual({ type: 'closed', link: second });
    expect(relay?.linkCount()).toBe(0);
  });

  it('limits the links one member holds', async () => {
    const { url } = await start({ maxLinksPerMember: 2 });
    const alice = await joined(url, ALICE);
    const bob = await joined(url, BOB);
    await dial(alice, bob, BOB, 1);
    await dial(alice, bob, BOB, 2);
    send(alice, { type: 'dial', ref: 3, to: BOB });
    await until(() => heard(alice, 'dial-failed') !== undefined, 'the third refused');
    expect(heard(alice, 'dial-failed')).toEqual({ type: 'dial-failed', ref: 3, reason: 'link-limit' });
  });
});

describe('relay server: bounds', () => {
  it('carries a frame of the protocol limit, and closes a sender whose frame is larger', async () => {
    const { url } = await start();
    const alice = await joined(url, ALICE);
    const bob = await joined(url, BOB);
    const link = await dial(alice, bob, BOB);
    alice.ws.send(frame(link, new Uint8Array(MAX_FRAME_BYTES)));
    await until(() => bob.frames.length === 1, 'the largest frame arrived');
    expect(bob.frames[0]?.bytes.length).toBe(MAX_FRAME_BYTES);
    alice.ws.send(frame(link, new Uint8Array(MAX_FRAME_BYTES + 1)));
    expect((await alice.closed).code).toBe(1009);
    await until(() => heard(bob, 'closed') !== undefined, 'bob heard the link close');
  });

  it('stops reading a sender while its reader lags, and delivers everything once it reads', async () => {
    const pauseAbove = 256 * 1024;
    const { url } = await start({ pauseSendersAbove: pauseAbove });
    const alice = await joined(url, ALICE);
    const bob = await joined(url, BOB);
    const link = await dial(alice, bob, BOB);
    bob.ws.pause();
    const count = 1_000; // 16 MB: far more than loopback's socket buffers hold
    for (let i = 0; i < count; i++) alice.ws.send(frame(link, new Uint8Array(MAX_FRAME_BYTES).fill(i % 251)));
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Paused: the server holds about one frame past the mark, not the 16 MB the sender offered.
    expect(relay?.stats().bufferedBytes).toBeLessThan(pauseAbove + 2 * MAX_FRAME_BYTES);
    bob.ws.resume();
    await until(() => bob.frames.length === count, 'every frame arrived', 20_000);
    expect(bob.frames.every((f, i) => f.bytes[0] === i % 251)).toBe(true);
  });

  it('closes a reader that lets more pile up than its bound, saying why', async () => {
    const { url } = await start({ maxBufferedPerMember: 256 * 1024, pauseSendersAbove: 1024 * 1024 * 1024 });
    const alice = await joined(url, ALICE);
    const bob = await joined(url, BOB);
    const carol = await joined(url, CAROL);
    const slow = await dial(alice, bob, BOB, 1);
    const fine = await dial(alice, carol, CAROL, 2);
    bob.ws.pause();
    for (let i = 0; i < 2_000; i++) alice.ws.send(frame(slow, new Uint8Array(MAX_FRAME_BYTES)));
    alice.ws.send(frame(fine, new Uint8Array([42])));
    await until(() => relay?.stats().closedTooSlow === 1, 'the server gave up on bob');
    // Bob reads again, and hears why only after what was already on its way to it.
    bob.ws.resume();
    const closed = await bob.closed;
    expect(closed.code).toBe(CLOSE_TOO_SLOW);
    expect(closed.reason).toMatch(/too slow/);
    // The sender and everyone else carry on.
    await until(() => carol.frames.length === 1, 'carol got her frame');
    expect(alice.ws.readyState).toBe(WebSocket.OPEN);
  });
});

describe('relay server: a reader that stalls', () => {
  it('is closed once its senders have waited on it too long, and they carry on', async () => {
    const { url } = await start({ pauseSendersAbove: 256 * 1024, maxStallMs: 300 });
    const alice = await joined(url, ALICE);
    const bob = await joined(url, BOB);
    const carol = await joined(url, CAROL);
    const toBob = await dial(alice, bob, BOB, 1);
    const toCarol = await dial(alice, carol, CAROL, 2);
    bob.ws.pause();
    for (let i = 0; i < 800; i++) alice.ws.send(frame(toBob, new Uint8Array(MAX_FRAME_BYTES)));
    alice.ws.send(frame(toCarol, new Uint8Array([42])));
    await until(() => relay?.stats().closedTooSlow === 1, 'the server gave up on bob');
    await until(() => carol.frames.length === 1, 'alice is read again');
    bob.ws.resume();
    expect((await bob.closed).code).toBe(CLOSE_TOO_SLOW);
  });
});

describe('relay server: the bound on all members together', () => {
  it('closes the member with the most waiting when all together pass the bound', async () => {
    const { url } = await start({
      maxBufferedTotal: 512 * 1024,
      maxBufferedPerMember: 1024 * 1024 * 1024,
      pauseSendersAbove: 1024 * 1024 * 1024,
    });
    const alice = await joined(url, ALICE);
    const bob = await joined(url, BOB);
    const carol = await joined(url, CAROL);
    const toBob = await dial(alice, bob, BOB, 1);
    const toCarol = await dial(alice, carol, CAROL, 2);
    bob.ws.pause();
    carol.ws.pause();
    // Bob is sent three times what Carol is: he is the one with the most waiting when the bound is passed.
    for (let i = 0; i < 800; i++) {
      alice.ws.send(frame(toBob, new Uint8Array(MAX_FRAME_BYTES)));
      if (i % 3 === 0) alice.ws.send(frame(toCarol, new Uint8Array(MAX_FRAME_BYTES)));
    }
    await until(() => (relay?.stats().closedTooSlow ?? 0) >= 1, 'the server gave up on someone');
    bob.ws.resume();
    carol.ws.resume();
    expect((await bob.closed).code).toBe(4009);
    expect(alice.ws.readyState).toBe(WebSocket.OPEN);
  });
});

describe('relay server beside a real PeerJS server', () => {
  /** PeerJS and the relay on one server, upgrades routed by path as scripts/serve.mjs does. */
  async function startWithPeerJs(): Promise<{ base: string }> {
    const server = createServer();
    http = server;
    const app = express();
    const peerSockets = new WebSocketServer({ noServer: true });
    let peerPath = '';
    const peerServer = ExpressPeerServer(server, {
      path: '/',
      key: 'peerjs',
      createWebSocketServer: (options: { path: string }) => {
        peerPath = options.path;
        return peerSockets;
      },
    } as Parameters<typeof ExpressPeerServer>[1]);
    app.use('/peerjs', peerServer);
    server.on('request', app);
    relay = attachRelay(server, peerServer);
    server.on('upgrade', (request, socket, head) => {
      const path = new URL(request.url ?? '/', 'http://upgrade').pathname;
      if (path === RELAY_PATH) relay?.handleUpgrade(request, socket, head);
      else if (path === peerPath)
        peerSockets.handleUpgrade(request, socket, head, (ws) => peerSockets.emit('connection', ws, request));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { base: `ws://127.0.0.1:${(server.address() as AddressInfo).port}` };
  }

  /** Registers `id` on the PeerJS server with `token`, as a page's PeerJS client does. */
  async function registerOnPeerJs(base: string, id: string, token: string): Promise<WebSocket> {
    const socket = new WebSocket(`${base}/peerjs/peerjs?key=peerjs&id=${id}&token=${token}`);
    await new Promise<void>((resolve, reject) => {
      socket.once('message', (data) =>
        JSON.parse(String(data)).type === 'OPEN' ? resolve() : reject(new Error(String(data))),
      );
      socket.once('error', reject);
    });
    return socket;
  }

  it("admits only the holder of the id's PeerJS token, and ends the membership with the registration", async () => {
    const { base } = await startWithPeerJs();
    const registration = await registerOnPeerJs(base, ALICE, 'alices-secret');
    const impostor = connect(`${base}${RELAY_PATH}`);
    await opened(impostor);
    send(impostor, { type: 'join', id: ALICE, token: 'not-alices' });
    expect((await impostor.closed).code).toBe(CLOSE_NOT_REGISTERED);
    // Nor can the impostor take the id on PeerJS while Alice holds it: the server answers ID-TAKEN.
    const squatter = new WebSocket(`${base}/peerjs/peerjs?key=peerjs&id=${ALICE}&token=guess`);
    const answer = await new Promise<string>((resolve) => squatter.once('message', (data) => resolve(String(data))));
    expect(JSON.parse(answer).type).toBe('ID-TAKEN');
    squatter.close();
    const alice = await joined(`${base}${RELAY_PATH}`, ALICE, 'alices-secret');
    registration.close();
    expect((await alice.closed).code).toBe(CLOSE_NOT_REGISTERED);
  });
});
