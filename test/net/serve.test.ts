// scripts/serve.mjs: the built app and PeerJS signalling on one origin, found by pages through /peerjs-config.json.
// Runs on 127.0.0.1 only, over a throwaway dist/.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { serve } from '../../scripts/serve.mjs';
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
    expect(parseSameOriginProbe(config)).toEqual({ path: '/peerjs', key: 'peerjs', discovery: true });
  });

  it('runs PeerJS under /peerjs: ids, registration over WebSocket, and discovery', async () => {
    const id = await (await fetch(`${base}/peerjs/peerjs/id`)).text();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const peerId = 'rabc123-n-servetest';
    const socket = new WebSocket(`${base.replace('http', 'ws')}/peerjs/peerjs?key=peerjs&id=${peerId}&token=t1`);
    const opened = await new Promise<unknown>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no OPEN from the signalling server within 5 s')), 5_000);
      socket.on('message', (data) => {
        clearTimeout(timer);
        resolve(JSON.parse(String(data)));
      });
      socket.on('error', reject);
    });
    expect(opened).toEqual({ type: 'OPEN' });
    expect(await (await fetch(`${base}/peerjs/peerjs/peers`)).json()).toEqual([peerId]);
    socket.close();
  });

  it('refuses to start without a build', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'serve-test-empty-'));
    await expect(serve({ root: empty, port: 0, strictPort: false })).rejects.toThrow(/vite build/);
    rmSync(empty, { recursive: true, force: true });
  });
});
