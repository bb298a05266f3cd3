#!/usr/bin/env node
// `npm start` (after `vite build`): serves the built app from dist/ and a PeerJS signalling server on the same
// origin, so a classroom needs nothing but this machine. Pages find the signalling server by themselves through
// /peerjs-config.json (src/net/signalling-config.ts).
//
//   node scripts/serve.mjs [--host 127.0.0.1] [--port 5173] [--https] [--turn] [--mine-timeout 120]
//
// --host 0.0.0.0 lets phones and laptops on the LAN join; the default keeps the node to this machine.
// --https serves over TLS with a self-signed certificate for this machine's names and addresses, generated on first
// use and kept in node_modules/.cache: phones then get a secure context (service worker: offline use and install;
// Web Locks) after accepting the certificate once, and signalling runs over wss on the same origin.
// The HTTP bridge (scripts/http-bridge.mjs) serves the seed's endpoints at /node/<node id>/ for nodes that allow it;
// --mine-timeout is how long GET /mine and GET /nodes/resolve wait for the tab (seconds; high difficulties mine slowly).
// STUN (scripts/stun-server.mjs) answers on UDP 3478 of the same host, and pages are told to use it: on a Wi-Fi that
// does not carry multicast it is what lets devices link directly. --turn also runs coturn (scripts/turn-server.mjs)
// with credentials made at start, for a Wi-Fi that isolates devices from each other.
import { X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, networkInterfaces, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import express from 'express';
import { ExpressPeerServer } from 'peer';
import { generate } from 'selfsigned';
import { preview } from 'vite';
import { WebSocketServer } from 'ws';
import { BRIDGE_PATH, createHttpBridge, SLOW_TIMEOUT_MS } from './http-bridge.mjs';
import { confirmReRegistrations } from './peer-reopen.mjs';
import { attachRelay, RELAY_PATH } from './relay-server.mjs';
import { STUN_PORT, startStunServer } from './stun-server.mjs';
import { findTurnServer, startTurnServer, TURN_INSTALL_HINT, TURN_RELAY_PORTS } from './turn-server.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Where PeerJS is mounted: pages use `path: '/peerjs'`, so its REST API is /peerjs/peerjs/id and /peerjs/peerjs/peers. */
export const SIGNALLING_PATH = '/peerjs';
/** The document that tells a page its origin serves signalling. */
export const SIGNALLING_CONFIG_PATH = '/peerjs-config.json';
const PEERJS_KEY = 'peerjs';

/** HTTP servers that already carry signalling: the plugin may be listed twice (here and in vite.config.ts). */
const mounted = new WeakSet();

/**
 * The ICE servers for a page that reached this server as `hostHeader` (its Host header): STUN, and TURN with its
 * credentials, on the host the page used, which is the one address of this machine the device is known to reach.
 * `ice` says which ports serve them: `{ stunPort, turn: { port, username, credential } }`, either null.
 */
export function iceServersFor(hostHeader, ice) {
  let hostname;
  try {
    hostname = new URL(`http://${hostHeader}`).hostname;
  } catch {
    return [];
  }
  if (hostname === '' || hostHeader.includes('/') || hostHeader.includes('@')) return [];
  const servers = [];
  if (ice.stunPort !== null) servers.push({ urls: `stun:${hostname}:${ice.stunPort}` });
  if (ice.turn !== null) {
    const { port, username, credential } = ice.turn;
    servers.push({ urls: `turn:${hostname}:${port}?transport=udp`, username, credential });
  }
  return servers;
}

const NO_ICE = Object.freeze({ stunPort: null, turn: null });

/**
 * Adds the PeerJS server, the HTTP bridge (scripts/http-bridge.mjs) and the config document that names both to an
 * HTTP server's connect middleware stack. ExpressPeerServer registers its routes and its WebSocket server only on
 * Express's `mount` event, so it goes inside an Express app, which then joins the stack (docs in shared MEASURED.md:
 * put straight into connect it never answers). `bridgeOptions` go to createHttpBridge (deadlines, bounds); `ice`
 * names the STUN and TURN servers pages are told about (see iceServersFor).
 */
export function mountSignalling(httpServer, middlewares, bridgeOptions = {}, ice = NO_ICE) {
  if (mounted.has(httpServer)) return;
  mounted.add(httpServer);
  const outer = express();
  // A ws server attached to the HTTP server answers every upgrade to another path with 400, so PeerJS's and the
  // bridge's sockets would refuse each other: PeerJS gets a detached one, and one listener routes upgrades by path.
  let peerSockets = null;
  const peerServer = ExpressPeerServer(httpServer, {
    path: '/',
    key: PEERJS_KEY,
    allow_discovery: true,
    createWebSocketServer: (options) => {
      peerSockets = { path: options.path, server: new WebSocketServer({ noServer: true }) };
      return peerSockets.server;
    },
  });
  confirmReRegistrations(peerServer);
  const bridge = createHttpBridge(bridgeOptions);
  const relay = attachRelay(httpServer, peerServer);
  outer.get(SIGNALLING_CONFIG_PATH, (request, response) => {
    response.set('Cache-Control', 'no-store');
    const iceServers = iceServersFor(request.headers.host ?? '', ice);
    response.json({
      path: SIGNALLING_PATH,
      key: PEERJS_KEY,
      discovery: true,
      bridge: BRIDGE_PATH,
      relay: RELAY_PATH,
      ...(iceServers.length > 0 ? { iceServers } : {}),
    });
  });
  outer.use(bridge.handleRequest);
  outer.use(SIGNALLING_PATH, peerServer);
  httpServer.on('upgrade', (request, socket, head) => {
    const path = new URL(request.url ?? '/', 'http://upgrade').pathname;
    if (path === BRIDGE_PATH) bridge.handleUpgrade(request, socket, head);
    else if (path === RELAY_PATH) relay.handleUpgrade(request, socket, head);
    else if (peerSockets !== null && path === peerSockets.path) {
      const { server } = peerSockets;
      server.handleUpgrade(request, socket, head, (ws) => server.emit('connection', ws, request));
    } else if (httpServer.listenerCount('upgrade') === 1)
      socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  });
  httpServer.once('close', () => bridge.close());
  middlewares.use(outer);
}

/**
 * Vite serves https through node:http2 (HTTP/1.1 only as a fallback). Express, and so PeerJS's REST API, cannot
 * handle HTTP/2 requests (its request prototype swap breaks them and the server crashes), so TLS clients are offered
 * HTTP/1.1 alone. `ALPNProtocols` is the wire-format list tls.Server keeps from its options and offers on every
 * handshake; test/net/serve.test.ts checks that a client asking for h2 first gets http/1.1.
 */
function offerHttp1Only(httpServer) {
  if (!('ALPNProtocols' in httpServer)) return;
  httpServer.ALPNProtocols = Buffer.from([8, ...Buffer.from('http/1.1', 'ascii')]);
}

/**
 * A Vite plugin that serves signalling and the HTTP bridge next to `vite preview`. Preview only: `vite` (dev) has
 * no /peerjs-config.json, so its pages use neither.
 */
export function signallingPlugin(bridgeOptions = {}, ice = NO_ICE) {
  return {
    name: 'browser-blockchain-signalling',
    configurePreviewServer(server) {
      if (!server.httpServer) return;
      if (server.config.preview.https) offerHttp1Only(server.httpServer);
      mountSignalling(server.httpServer, server.middlewares, bridgeOptions, ice);
    },
  };
}

/** Where the self-signed certificate is kept between runs; os.tmpdir() when node_modules is not writable. */
export const CERTIFICATE_DIR = join(ROOT, 'node_modules', '.cache', 'browser-blockchain-https');
/** A certificate is made anew this long before it expires. */
const RENEW_BEFORE_MS = 7 * 24 * 3600 * 1000;
const VALID_FOR_MS = 365 * 24 * 3600 * 1000;

/** The names a phone may use for this machine: localhost, its host name (and .local), and every address it has. */
export function certificateNames(host = '127.0.0.1') {
  const dns = new Set(['localhost']);
  const name = hostname();
  if (/^[A-Za-z0-9.-]+$/.test(name)) {
    dns.add(name);
    if (!name.includes('.')) dns.add(`${name}.local`);
  }
  const ips = new Set(['127.0.0.1', '::1']);
  for (const addresses of Object.values(networkInterfaces())) {
    for (const { address } of addresses ?? []) ips.add(address.replace(/%.*$/, ''));
  }
  if (/^[\d.]+$|:/.test(host) && host !== '0.0.0.0' && host !== '::') ips.add(host);
  else if (host !== '0.0.0.0' && host !== '::') dns.add(host);
  return { dns: [...dns].sort(), ips: [...ips].sort() };
}

function sameNames(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * A self-signed certificate for `names`, from `dir` when the one there covers them and is not about to expire,
 * otherwise generated (a second or so) and saved. Resolves with PEM key and certificate and the SHA-256
 * fingerprint people can compare with what their browser shows.
 */
export async function httpsCertificate({ dir = CERTIFICATE_DIR, names = certificateNames() } = {}) {
  // The default place falls back to the temp folder (a read-only checkout); a place given by the caller is the only one.
  const places = dir === CERTIFICATE_DIR ? [dir, join(tmpdir(), 'browser-blockchain-https')] : [dir];
  for (const place of places) {
    try {
      const cert = readFileSync(join(place, 'cert.pem'), 'utf8');
      const key = readFileSync(join(place, 'key.pem'), 'utf8');
      const saved = JSON.parse(readFileSync(join(place, 'names.json'), 'utf8'));
      const x509 = new X509Certificate(cert);
      if (sameNames(saved, names) && Date.parse(x509.validTo) - Date.now() > RENEW_BEFORE_MS) {
        return { key, cert, fingerprint: x509.fingerprint256, names, reused: true };
      }
    } catch {
      // Missing or unreadable here: look in the next place, or make a new one.
    }
  }
  const notBeforeDate = new Date(Date.now() - 3600 * 1000);
  const pems = await generate([{ name: 'commonName', value: 'Browser blockchain (self-signed)' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate: new Date(notBeforeDate.getTime() + VALID_FOR_MS),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [...names.dns.map((value) => ({ type: 2, value })), ...names.ips.map((ip) => ({ type: 7, ip }))],
      },
    ],
  });
  const result = {
    key: pems.private,
    cert: pems.cert,
    fingerprint: new X509Certificate(pems.cert).fingerprint256,
    names,
    reused: false,
  };
  for (const target of places) {
    try {
      mkdirSync(target, { recursive: true, mode: 0o700 });
      writeFileSync(join(target, 'key.pem'), result.key, { mode: 0o600 });
      writeFileSync(join(target, 'cert.pem'), result.cert);
      writeFileSync(join(target, 'names.json'), JSON.stringify(names));
      break;
    } catch {
      // Not writable (a read-only checkout): try the next place; at worst the certificate lives for this run.
    }
  }
  return result;
}

/**
 * STUN, and TURN when asked and coturn is there, on `host`. Without coturn it says what to install and goes on
 * without TURN (`turn` null): devices that reach each other still link.
 */
async function startIceServers({ host, stun, turn, log }) {
  const stunServer = stun === false ? null : await startStunServer({ host, port: stun.port ?? STUN_PORT, log });
  let turnServer = null;
  if (turn !== false) {
    const binary = turn.binary === undefined ? findTurnServer() : turn.binary;
    if (binary === null) log(TURN_INSTALL_HINT);
    else {
      try {
        turnServer = await startTurnServer({ ...turn, host, binary, log });
      } catch (error) {
        await stunServer?.close();
        throw error;
      }
    }
  }
  return { stunServer, turnServer };
}

/**
 * Starts the server; resolves with Vite's preview server once it listens. With `https`, TLS with a self-signed
 * certificate (see httpsCertificate; `certificateDir` overrides where it is kept); the server's `certificate` then
 * says which one. `stun` (on by default: `{ port }`, or false) and `turn` (off by default: `{ port, relayPorts,
 * binary }`, or true for the defaults) listen on `host` beside it, are handed to pages in /peerjs-config.json, and
 * close with it; the server's `stun` and `turn` say where they listen. `outDir` is the build to serve ($APP_OUT_DIR
 * or dist by default); `log` gets lines for the person who started it.
 */
export async function serve({
  host = '127.0.0.1',
  port = 5173,
  root = ROOT,
  outDir = resolve(root, process.env.APP_OUT_DIR || 'dist'),
  strictPort = true,
  https = false,
  certificateDir = CERTIFICATE_DIR,
  bridge = {},
  stun = {},
  turn = false,
  log = (line) => console.error(line),
} = {}) {
  if (!existsSync(join(outDir, 'index.html'))) {
    throw new Error(`${outDir}/index.html is missing: run \`vite build\` first (npm start does both)`);
  }
  const certificate = https ? await httpsCertificate({ dir: certificateDir, names: certificateNames(host) }) : null;
  const { stunServer, turnServer } = await startIceServers({ host, stun, turn: turn === true ? {} : turn, log });
  const closeIceServers = () => Promise.all([stunServer?.close(), turnServer?.close()]);
  const ice = {
    stunPort: stunServer?.port ?? null,
    turn: turnServer && { port: turnServer.port, username: turnServer.username, credential: turnServer.credential },
  };
  let server;
  try {
    server = await preview({
      root,
      logLevel: 'warn',
      build: { outDir },
      preview: {
        host,
        port,
        strictPort,
        open: false,
        ...(certificate ? { https: { key: certificate.key, cert: certificate.cert } } : {}),
      },
      plugins: [signallingPlugin(bridge, ice)],
    });
  } catch (error) {
    await closeIceServers();
    throw error;
  }
  const closeHttp = server.close.bind(server);
  return Object.assign(server, {
    certificate,
    stun: stunServer && { host: stunServer.host, port: stunServer.port },
    turn: turnServer && { ...ice.turn, logFile: turnServer.logFile },
    async close() {
      try {
        await closeHttp();
      } finally {
        await closeIceServers();
      }
    },
  });
}

function parsePort(text) {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new RangeError(`--port must be 0..65535, got ${text}`);
  return port;
}

async function main() {
  const { values } = parseArgs({
    options: {
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: '5173' },
      https: { type: 'boolean', default: false },
      turn: { type: 'boolean', default: false },
      'mine-timeout': { type: 'string', default: String(SLOW_TIMEOUT_MS / 1000) },
    },
  });
  const mineSeconds = Number(values['mine-timeout']);
  if (!(mineSeconds > 0 && mineSeconds <= 3600)) {
    throw new RangeError(`--mine-timeout must be 1..3600 seconds, got ${values['mine-timeout']}`);
  }
  const server = await serve({
    host: values.host,
    port: parsePort(values.port),
    https: values.https,
    turn: values.turn,
    bridge: { slowTimeoutMs: mineSeconds * 1000 },
  });
  const address = server.httpServer.address();
  const listening = typeof address === 'object' && address !== null ? address.port : values.port;
  const scheme = values.https ? 'https' : 'http';
  // Vite lists every address the server answers on (all LAN addresses for --host 0.0.0.0).
  const urls = [...(server.resolvedUrls?.local ?? []), ...(server.resolvedUrls?.network ?? [])];
  if (urls.length === 0) urls.push(`${scheme}://${values.host}:${listening}/`);
  console.log('Browser blockchain:');
  for (const url of urls) console.log(`  ${url}?room=classroom`);
  console.log(`Signalling (PeerJS, peer discovery on): same origin, path ${SIGNALLING_PATH}`);
  if (server.stun)
    console.log(`STUN: UDP port ${server.stun.port}, handed to pages for devices on Wi-Fi without multicast`);
  if (server.turn) {
    console.log(
      `TURN (coturn): UDP port ${server.turn.port}, relay ports ${TURN_RELAY_PORTS.min}-${TURN_RELAY_PORTS.max}, ` +
        `user ${server.turn.username} (made for this start), log ${server.turn.logFile}`,
    );
  }
  console.log(
    `HTTP requests (curl, Postman): ${urls[0]?.replace(/\/$/, '')}/node/<node id>/chain, for nodes that allow them`,
  );
  if (server.certificate) {
    const { fingerprint, reused } = server.certificate;
    console.log(`HTTPS with a self-signed certificate${reused ? '' : ' (new)'}, SHA-256 ${fingerprint}`);
    console.log('  Browsers warn once per device: check the fingerprint, then accept to continue.');
  } else if (values.host !== '127.0.0.1' && values.host !== 'localhost') {
    console.log('Plain http on the LAN: no offline use, install or Web Locks there. Add --https for those.');
  }
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
