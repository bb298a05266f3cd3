// Playwright fixtures for browser tests: one browser context per node, guarded so pages only reach this machine,
// and a local PeerJS signalling server, so peers meet without any outside host.
import { type BrowserContext, test as base, expect, type Page } from '@playwright/test';
import { PeerServer } from 'peer';
import { confirmReRegistrations } from '../../scripts/peer-reopen.mjs';

/** Where pages reach the signalling server: pass these to `new Peer(id, { host, port, path })`. */
export interface Signalling {
  readonly host: string;
  readonly port: number;
  readonly path: string;
  /** http://host:port/path/, for the server's REST API (e.g. `peerjs/peers` with allow_discovery). */
  readonly baseUrl: string;
}

const SIGNALLING_HOST = '127.0.0.1';
const SIGNALLING_PATH = '/peerjs';
const START_TIMEOUT_MS = 5_000;

type Closable = { close(callback: (error?: Error) => void): void; closeAllConnections?: () => void };

/** Starts `peer` on a free loopback port (port 0: two workers never collide) and resolves once it listens. */
function startSignalling(): Promise<{ signalling: Signalling; server: Closable }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`PeerJS server did not listen within ${START_TIMEOUT_MS} ms`)),
      START_TIMEOUT_MS,
    );
    const peerServer = PeerServer(
      { host: SIGNALLING_HOST, port: 0, path: SIGNALLING_PATH, allow_discovery: true },
      (server) => {
        clearTimeout(timer);
        const address = server.address();
        if (address === null || typeof address === 'string') {
          reject(new Error(`PeerJS server listens on an unexpected address: ${String(address)}`));
          return;
        }
        const { port } = address;
        resolve({
          signalling: {
            host: SIGNALLING_HOST,
            port,
            path: SIGNALLING_PATH,
            baseUrl: `http://${SIGNALLING_HOST}:${port}${SIGNALLING_PATH}/`,
          },
          server,
        });
      },
    );
    // As npm start's server does (scripts/serve.mjs): a page renewing its socket is told it is registered.
    confirmReRegistrations(peerServer);
  });
}

function stopSignalling(server: Closable): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    // Browsers keep WebSockets open; drop them so close() returns now rather than at the keep-alive timeout.
    server.closeAllConnections?.();
  });
}

/** Hosts a page may reach: loopback and the namespace's own veth address (see scripts/browser-tests.mjs). */
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '198.18.0.1']);

function isOnThisMachine(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
  return LOCAL_HOSTS.has(hostname);
}

export interface NodeFixtures {
  /** A page in a fresh browser context: one context per node, so nodes share no storage, like separate devices. */
  newNodePage(): Promise<Page>;
}

export const test = base.extend<NodeFixtures, { signalling: Signalling }>({
  newNodePage: async ({ browser }, use) => {
    const contexts: BrowserContext[] = [];
    const offMachine: string[] = [];
    await use(async () => {
      const context = await browser.newContext();
      contexts.push(context);
      // The namespace already drops such packets; this names the request, so a stray URL fails the test loudly.
      context.on('request', (request) => {
        if (!isOnThisMachine(request.url())) offMachine.push(request.url());
      });
      return context.newPage();
    });
    await Promise.all(contexts.map((context) => context.close()));
    expect(offMachine, 'requests to hosts outside this machine').toEqual([]);
  },

  // One server per worker: cheap to share, and peer ids are unique per test anyway.
  signalling: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright requires an object pattern for a fixture's first argument.
    async ({}, use) => {
      const { signalling, server } = await startSignalling();
      try {
        await use(signalling);
      } finally {
        await stopSignalling(server);
      }
    },
    { scope: 'worker' },
  ],
});

export { expect };
