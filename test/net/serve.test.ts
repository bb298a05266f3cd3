// scripts/serve.mjs: the built app and PeerJS signalling on one origin, found by pages through /peerjs-config.json,
// over http and (--https) over TLS with a self-signed certificate, the HTTP bridge beside it, and the STUN (and, with
// --turn, coturn's TURN) servers it hands pages. Runs on 127.0.0.1 only, over a throwaway dist/.
import { X509Certificate } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { certificateNames, iceServersFor, serve } from '../../scripts/serve.mjs';
import { findTurnServer, TURN_INSTALL_HINT } from '../../scripts/turn-server.mjs';
import { connectHttpBridge } from '../../src/net/http-bridge.ts';
import { parseSameOriginProbe } from '../../src/net/signalling-config.ts';

/** The `stun` package's client (CommonJS, untyped): the part these tests use. */
const stun = createRequire(import.meta.url)('stun') as {
  request(
    url: string,
    options: { timeout: number; retries: number },
  ): Promise<{ getXorAddress(): { address: string; port: number } }>;
};

type Served = Awaited<ReturnType<typeof serve>>;

let root: string;
let server: Served;
let base: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'serve-test-'));
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'dist', 'index.html'), '<!doctype html><title>app</title>');
  server = await serve({ root, host: '127.0.0.1', port: 0, strictPort: false });
  const { port } = server.httpServer.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  const http = server.httpServer;
  if ('closeAllConnections' in http) http.closeAllConnections();
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

describe('scripts/serve.mjs', () => {
  it('serves the app and tells pages where signalling is, and its STUN server on the host they used', async () => {
    expect(await (await fetch(`${base}/?room=classroom`)).text()).toContain('<title>app</title>');
    const config = await (await fetch(`${base}/peerjs-config.json`)).json();
    const stunPort = server.stun?.port;
    expect(parseSameOriginProbe(config)).toEqual({
      path: '/peerjs',
      key: 'peerjs',
      discovery: true,
      bridge: '/bridge',
      relay: '/relay',
      iceServers: [{ urls: `stun:127.0.0.1:${stunPort}` }],
    });
    const viaName = await (await fetch(`${base.replace('127.0.0.1', 'localhost')}/peerjs-config.json`)).json();
    expect(viaName.iceServers).toEqual([{ urls: `stun:localhost:${stunPort}` }]);
    expect(server.turn).toBeNull();
  });

  it("answers STUN Binding requests with the sender's address (a server-reflexive candidate)", async () => {
    const answer = await stun.request(`127.0.0.1:${server.stun?.port}`, { timeout: 200, retries: 3 });
    const mapped = answer.getXorAddress();
    expect(mapped.address).toBe('127.0.0.1');
    expect(mapped.port).toBeGreaterThan(0);
  });

  it('runs PeerJS under /peerjs: ids, registration over WebSocket, and discovery', async () => {
    const id = await (await fetch(`${base}/peerjs/peerjs/id`)).text();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const peerId = 'rabc123-n-servetest';
    const socket = new WebSocket(`${base.replace('http', 'ws')}/peerjs/peerjs?key=peerjs&id=${peerId}&token=t1`);
    const opened = await firstMessage(socket, 'the signalling server');
    expect(opened).toEqual({ type: 'OPEN' });
    expect(await (await fetch(`${base}/peerjs/peerjs/peers`)).json()).toEqual([peerId]);
    socket.close();
  });

  it('confirms a registration repeated while the first socket is still held, as a page renewing its socket after an outage does', async () => {
    const url = `${base.replace('http', 'ws')}/peerjs/peerjs?key=peerjs&id=rabc123-n-again&token=t1`;
    const first = new WebSocket(url);
    expect(await firstMessage(first, 'the first registration')).toEqual({ type: 'OPEN' });
    // The first socket stays open: the server still holds the id when the page comes back on a new one.
    const again = new WebSocket(url);
    expect(await firstMessage(again, 'the repeated registration')).toEqual({ type: 'OPEN' });
    const stranger = new WebSocket(url.replace('token=t1', 'token=t2'));
    expect(await firstMessage(stranger, 'another token for the id')).toMatchObject({ type: 'ID-TAKEN' });
    for (const socket of [first, again, stranger]) socket.close();
  });

  it('serves the HTTP bridge beside PeerJS: one upgrade route each, and 403 for nodes that allow no HTTP', async () => {
    const nodeId = 'n-servebridge';
    expect((await fetch(`${base}/node/${nodeId}/chain`)).status).toBe(403);
    const link = connectHttpBridge({
      url: `${base.replace('http', 'ws')}/bridge?node=${nodeId}`,
      nodeId,
      handle: async (request) => ({ status: 200, body: { path: request.path } }),
      createSocket: (url) => new WebSocket(url),
    });
    // PeerJS's socket on the same server at the same time: neither server refuses the other's upgrades.
    const peer = new WebSocket(`${base.replace('http', 'ws')}/peerjs/peerjs?key=peerjs&id=rabc123-n-both&token=t3`);
    try {
      expect(await firstMessage(peer, 'the signalling server')).toEqual({ type: 'OPEN' });
      await expect.poll(() => link.state()).toBe('online');
      const answer = await fetch(`${base}/node/${nodeId}/nodes/resolve`);
      expect(answer.status).toBe(200);
      expect(await answer.json()).toEqual({ path: '/nodes/resolve' });
    } finally {
      link.close();
      peer.close();
    }
    const other = new WebSocket(`${base.replace('http', 'ws')}/elsewhere`);
    const status = await new Promise<number>((resolve) => {
      other.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
      other.on('open', () => resolve(101));
      other.on('error', () => {});
    });
    expect(status).toBe(400);
  });

  it('refuses to start without a build', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'serve-test-empty-'));
    await expect(serve({ root: empty, port: 0, strictPort: false })).rejects.toThrow(/vite build/);
    rmSync(empty, { recursive: true, force: true });
  });
});

/** GET over https, trusting the self-signed certificate (the test's stand-in for "accept the warning once"). */
function httpsGet(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { rejectUnauthorized: false }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        body += chunk;
      });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

function closeServer(server: Served): Promise<void> {
  const http = server.httpServer;
  if ('closeAllConnections' in http) http.closeAllConnections();
  return server.close();
}

describe('scripts/serve.mjs --https', () => {
  let secureRoot: string;
  let secure: Served;
  let secureBase: string;

  beforeAll(async () => {
    secureRoot = mkdtempSync(join(tmpdir(), 'serve-test-https-'));
    mkdirSync(join(secureRoot, 'dist'));
    writeFileSync(join(secureRoot, 'dist', 'index.html'), '<!doctype html><title>secure app</title>');
    secure = await serve({
      root: secureRoot,
      host: '127.0.0.1',
      port: 0,
      strictPort: false,
      https: true,
      certificateDir: join(secureRoot, 'cert'),
    });
    const { port } = secure.httpServer.address() as AddressInfo;
    secureBase = `https://127.0.0.1:${port}`;
  });

  afterAll(async () => {
    await closeServer(secure);
    rmSync(secureRoot, { recursive: true, force: true });
  });

  it('serves the app, the signalling config and PeerJS ids over https', async () => {
    expect((await httpsGet(`${secureBase}/?room=classroom`)).body).toContain('<title>secure app</title>');
    const config = await httpsGet(`${secureBase}/peerjs-config.json`);
    expect(parseSameOriginProbe(JSON.parse(config.body))).toEqual({
      path: '/peerjs',
      key: 'peerjs',
      discovery: true,
      bridge: '/bridge',
      relay: '/relay',
      iceServers: [{ urls: `stun:127.0.0.1:${secure.stun?.port}` }],
    });
    const id = await httpsGet(`${secureBase}/peerjs/peerjs/id`);
    expect(id.status).toBe(200);
    expect(id.body).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('registers a peer over wss on the same origin', async () => {
    const peerId = 'rabc123-n-servetest-wss';
    const socket = new WebSocket(
      `${secureBase.replace('https', 'wss')}/peerjs/peerjs?key=peerjs&id=${peerId}&token=t2`,
      {
        rejectUnauthorized: false,
      },
    );
    const opened = await firstMessage(socket, 'the signalling server over wss');
    expect(opened).toEqual({ type: 'OPEN' });
    expect(JSON.parse((await httpsGet(`${secureBase}/peerjs/peerjs/peers`)).body)).toEqual([peerId]);
    socket.close();
  });

  it('offers HTTP/1.1 only: a browser asking for h2 first still reaches Express and PeerJS', async () => {
    const { port } = secure.httpServer.address() as AddressInfo;
    const alpn = await new Promise<string | false>((resolve, reject) => {
      const socket = connect({ host: '127.0.0.1', port, ALPNProtocols: ['h2', 'http/1.1'], rejectUnauthorized: false });
      socket.on('secureConnect', () => {
        resolve(socket.alpnProtocol ?? false);
        socket.end();
      });
      socket.on('error', reject);
    });
    expect(alpn).toBe('http/1.1');
  });

  it("uses a certificate for localhost and this machine's addresses, kept for the next start", async () => {
    const certificate = secure.certificate;
    expect(certificate).not.toBeNull();
    const x509 = new X509Certificate(certificate?.cert ?? '');
    const names = certificateNames('127.0.0.1');
    expect(x509.subjectAltName).toContain('DNS:localhost');
    expect(x509.subjectAltName).toContain('IP Address:127.0.0.1');
    for (const ip of names.ips.filter((address) => !address.includes(':'))) {
      expect(x509.subjectAltName).toContain(`IP Address:${ip}`);
    }
    expect(x509.checkHost('localhost')).toBe('localhost');
    expect(x509.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(x509.ca).toBe(false);
    expect(certificate?.reused).toBe(false);

    const again = await serve({
      root: secureRoot,
      host: '127.0.0.1',
      port: 0,
      strictPort: false,
      https: true,
      certificateDir: join(secureRoot, 'cert'),
    });
    try {
      expect(again.certificate?.reused).toBe(true);
      expect(again.certificate?.fingerprint).toBe(certificate?.fingerprint);
    } finally {
      await closeServer(again);
    }
  });
});

describe('scripts/serve.mjs --turn', () => {
  it('iceServersFor hands STUN and TURN on the host the page used, and nothing for a Host header it cannot read', () => {
    const ice = { stunPort: 3478, turn: { port: 3479, username: 'class-1', credential: 'secret' } };
    expect(iceServersFor('192.168.1.20:5173', ice)).toEqual([
      { urls: 'stun:192.168.1.20:3478' },
      { urls: 'turn:192.168.1.20:3479?transport=udp', username: 'class-1', credential: 'secret' },
    ]);
    expect(iceServersFor('[fe80::1]:5173', { stunPort: 3478, turn: null })).toEqual([{ urls: 'stun:[fe80::1]:3478' }]);
    for (const bad of ['', 'a b', 'x/y', 'user@host']) expect(iceServersFor(bad, ice)).toEqual([]);
    expect(iceServersFor('teacher.local', { stunPort: null, turn: null })).toEqual([]);
  });

  it.skipIf(findTurnServer() === null)(
    'runs coturn with credentials made at start, hands them to pages, and stops it on close',
    async () => {
      const turned = await serve({ root, host: '127.0.0.1', port: 0, strictPort: false, turn: true, stun: false });
      try {
        const { port } = turned.httpServer.address() as AddressInfo;
        const config = await (await fetch(`http://127.0.0.1:${port}/peerjs-config.json`)).json();
        const turn = turned.turn;
        expect(turn?.username).toMatch(/^class-[0-9a-f]{8}$/);
        expect(turn?.credential).toMatch(/^[0-9a-f]{32}$/);
        expect(config.iceServers).toEqual([
          {
            urls: `turn:127.0.0.1:${turn?.port}?transport=udp`,
            username: turn?.username,
            credential: turn?.credential,
          },
        ]);
        // coturn answers STUN on its TURN port: it is up.
        const answer = await stun.request(`127.0.0.1:${turn?.port}`, { timeout: 200, retries: 3 });
        expect(answer.getXorAddress().address).toBe('127.0.0.1');
      } finally {
        await closeServer(turned);
      }
      await expect(
        stun.request(`127.0.0.1:${turned.turn?.port}`, { timeout: 100, retries: 1 }),
        'coturn still answering after close',
      ).rejects.toThrow();
    },
  );

  it('says what to install when coturn is missing, and serves without TURN', async () => {
    const lines: string[] = [];
    const plain = await serve({
      root,
      host: '127.0.0.1',
      port: 0,
      strictPort: false,
      turn: { binary: null },
      log: (line) => lines.push(line),
    });
    try {
      expect(lines).toContain(TURN_INSTALL_HINT);
      expect(TURN_INSTALL_HINT).toMatch(/apt-get install coturn/);
      expect(plain.turn).toBeNull();
      const { port } = plain.httpServer.address() as AddressInfo;
      const config = await (await fetch(`http://127.0.0.1:${port}/peerjs-config.json`)).json();
      expect(config.iceServers).toEqual([{ urls: `stun:127.0.0.1:${plain.stun?.port}` }]);
    } finally {
      await closeServer(plain);
    }
  });
});

/** The first message a socket receives, parsed; rejects after 5 s. */
function firstMessage(socket: WebSocket, from: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no message from ${from} within 5 s`)), 5_000);
    socket.on('message', (data) => {
      clearTimeout(timer);
      resolve(JSON.parse(String(data)));
    });
    socket.on('error', reject);
  });
}
