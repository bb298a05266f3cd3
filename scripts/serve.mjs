#!/usr/bin/env node
// `npm start` (after `vite build`): serves the built app from dist/ and a PeerJS signalling server on the same
// origin, so a classroom needs nothing but this machine. Pages find the signalling server by themselves through
// /peerjs-config.json (src/net/signalling-config.ts).
//
//   node scripts/serve.mjs [--host 127.0.0.1] [--port 5173]
//
// --host 0.0.0.0 lets phones and laptops on the LAN join; the default keeps the node to this machine.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import express from 'express';
import { ExpressPeerServer } from 'peer';
import { preview } from 'vite';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Where PeerJS is mounted: pages use `path: '/peerjs'`, so its REST API is /peerjs/peerjs/id and /peerjs/peerjs/peers. */
export const SIGNALLING_PATH = '/peerjs';
/** The document that tells a page its origin serves signalling. */
export const SIGNALLING_CONFIG_PATH = '/peerjs-config.json';
const PEERJS_KEY = 'peerjs';

/** HTTP servers that already carry signalling: the plugin may be listed twice (here and in vite.config.ts). */
const mounted = new WeakSet();

/**
 * Adds the PeerJS server and its config document to an HTTP server's connect middleware stack. ExpressPeerServer
 * registers its routes and its WebSocket server only on Express's `mount` event, so it goes inside an Express app,
 * which then joins the stack (docs in shared MEASURED.md: put straight into connect it never answers).
 */
export function mountSignalling(httpServer, middlewares) {
  if (mounted.has(httpServer)) return;
  mounted.add(httpServer);
  const outer = express();
  const peerServer = ExpressPeerServer(httpServer, { path: '/', key: PEERJS_KEY, allow_discovery: true });
  outer.get(SIGNALLING_CONFIG_PATH, (_request, response) => {
    response.set('Cache-Control', 'no-store');
    response.json({ path: SIGNALLING_PATH, key: PEERJS_KEY, discovery: true });
  });
  outer.use(SIGNALLING_PATH, peerServer);
  middlewares.use(outer);
}

/**
 * A Vite plugin that serves signalling next to `vite preview`. Not for `vite` (dev): PeerJS's WebSocket server
 * answers every other upgrade on the HTTP server with 400, Vite's hot-reload socket included.
 */
export function signallingPlugin() {
  return {
    name: 'browser-blockchain-signalling',
    configurePreviewServer(server) {
      if (server.httpServer) mountSignalling(server.httpServer, server.middlewares);
    },
  };
}

/** Starts the server; resolves with Vite's preview server once it listens. */
export async function serve({ host = '127.0.0.1', port = 5173, root = ROOT, strictPort = true } = {}) {
  const outDir = join(root, 'dist');
  if (!existsSync(join(outDir, 'index.html'))) {
    throw new Error(`${outDir}/index.html is missing: run \`vite build\` first (npm start does both)`);
  }
  return preview({
    root,
    logLevel: 'warn',
    preview: { host, port, strictPort, open: false },
    plugins: [signallingPlugin()],
  });
}

function parsePort(text) {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new RangeError(`--port must be 0..65535, got ${text}`);
  return port;
}

async function main() {
  const { values } = parseArgs({
    options: { host: { type: 'string', default: '127.0.0.1' }, port: { type: 'string', default: '5173' } },
  });
  const server = await serve({ host: values.host, port: parsePort(values.port) });
  const address = server.httpServer.address();
  const listening = typeof address === 'object' && address !== null ? address.port : values.port;
  console.log(`Browser blockchain: http://${values.host}:${listening}/?room=classroom`);
  console.log(`Signalling (PeerJS, peer discovery on): same origin, path ${SIGNALLING_PATH}`);
  const stop = () => {
    server.close().finally(() => process.exit(0));
    // Browsers keep WebSockets open: do not wait for them.
    server.httpServer.closeAllConnections?.();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
