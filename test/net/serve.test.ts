// scripts/serve.mjs: the built app and PeerJS signalling on one origin, found by pages through /peerjs-config.json,
// over http and (--https) over TLS with a self-signed certificate, and the HTTP bridge beside it. Runs on 127.0.0.1 only, over a throwaway dist/.
import { X509Certificate } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:tls';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { certificateNames, serve } from '../../scripts/serve.mjs';
import { connectHttpBridge } from '../../src/net/http-bridge.ts';
import { parseSameOriginProbe } from '../../src/net/signalling-config.ts';

let root: string;
let server: PreviewServer;
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
  it('serves the app and tells pages where signalling is', async () => {
    expect(await (await fetch(`${base}/?room=classroom`)).text()).toContain('<title>app</title>');
    const config = await (await fetch(`${base}/peerjs-config.json`)).json();
    expect(parseSameOriginProbe(config)).toEqual({
      path: '/peerjs',
      key: 'peerjs',
      discovery: true,
      bridge: '/bridge',
    });
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

function closeServer(server: PreviewServer): Promise<void> {
  const http = server.httpServer;
  if ('closeAllConnections' in http) http.closeAllConnections();
  return server.close();
}

describe('scripts/serve.mjs --https', () => {
  let secureRoot: string;
  let secure: PreviewServer & { certificate: { fingerprint: string; cert: string; reused: boolean } | null };
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
