// Harness sanity check for peer work: two browser contexts (two nodes) meet through the local PeerJS server and
// talk over a WebRTC data channel, with no STUN/TURN and no outside host: the isolated namespace is enough.
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { Peer } from 'peerjs';
import { expect, type Signalling, test } from './fixtures.ts';

const PEERJS_BUNDLE = createRequire(import.meta.url).resolve('peerjs/dist/peerjs.min.js');
/** nr0's address inside the test namespace (scripts/browser-tests.mjs). */
const NAMESPACE_ADDRESS = '198.18.0.1';
/**
 * Every wait inside the page gives up after this long, inside the test's own 60 s: two Chromiums starting at once on
 * a loaded 2-core machine have taken over 10 s to open a channel (1 run in 4 with 10 s, before this session too).
 */
const PAGE_WAIT_MS = 25_000;

interface Candidate {
  /** host, srflx, relay: only host is possible with no STUN/TURN server. */
  readonly type: string;
  readonly address: string;
}

interface Message {
  readonly from: string;
  readonly text: string;
}

/** What installPeerHarness leaves on `window.peerHarness`; one data connection per node is all this test needs. */
interface PeerHarness {
  open(id: string, signalling: Signalling): Promise<void>;
  connect(remoteId: string): Promise<void>;
  acceptConnection(): Promise<void>;
  send(text: string): void;
  nextMessage(): Promise<Message>;
  /** The ICE candidates the data channel settled on, from RTCPeerConnection stats. */
  selectedCandidates(): Promise<{ readonly local: Candidate; readonly remote: Candidate }>;
}

type HarnessWindow = Window & { peerjs: { Peer: typeof Peer }; peerHarness: PeerHarness };

/** Runs in the page (serialised by page.evaluate), so it may use nothing from this module's scope. */
function installPeerHarness(waitMs: number): void {
  const win = window as unknown as HarnessWindow;
  const withTimeout = <T>(what: string, promise: Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${what}: no answer within ${waitMs} ms`)), waitMs);
      promise.then(
        (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(error);
        },
      );
    });

  let peer: Peer | undefined;
  let connection: ReturnType<Peer['connect']> | undefined;
  // PeerJS emits `connection` once, to the listeners it has then: a dial that lands before acceptConnection() runs
  // (the two pages are driven in parallel) would be lost, so incoming connections queue from open() on.
  const incoming: ReturnType<Peer['connect']>[] = [];
  const incomingWaiters: ((conn: ReturnType<Peer['connect']>) => void)[] = [];
  const inbox: Message[] = [];
  const waiters: ((message: Message) => void)[] = [];

  const usePeer = (): Peer => {
    if (peer === undefined) throw new Error('open() first');
    return peer;
  };
  const adopt = (conn: ReturnType<Peer['connect']>): Promise<void> => {
    connection = conn;
    conn.on('data', (data) => {
      const message = { from: conn.peer, text: String(data) };
      const waiter = waiters.shift();
      if (waiter) waiter(message);
      else inbox.push(message);
    });
    if (conn.open) return Promise.resolve();
    return new Promise((resolve, reject) => {
      conn.on('open', () => resolve());
      conn.on('error', (error) => reject(error));
    });
  };

  win.peerHarness = {
    open(id, signalling) {
      // iceServers: [] means host candidates only: no STUN/TURN server, so no packet is aimed off the machine.
      peer = new win.peerjs.Peer(id, {
        host: signalling.host,
        port: signalling.port,
        path: signalling.path,
        secure: false,
        config: { iceServers: [] },
      });
      const opening = peer;
      opening.on('connection', (conn) => {
        const waiter = incomingWaiters.shift();
        if (waiter) waiter(conn);
        else incoming.push(conn);
      });
      return withTimeout(
        `peer ${id} registering with the signalling server`,
        new Promise((resolve, reject) => {
          opening.on('open', () => resolve());
          opening.on('error', (error) => reject(error));
        }),
      );
    },
    connect(remoteId) {
      return withTimeout(`data channel to ${remoteId}`, adopt(usePeer().connect(remoteId, { reliable: true })));
    },
    acceptConnection() {
      usePeer();
      const queued = incoming.shift();
      const arriving =
        queued === undefined
          ? new Promise<ReturnType<Peer['connect']>>((resolve) => incomingWaiters.push(resolve))
          : Promise.resolve(queued);
      return withTimeout('incoming data channel', arriving.then(adopt));
    },
    send(text) {
      if (connection === undefined) throw new Error('connect() or acceptConnection() first');
      connection.send(text);
    },
    async selectedCandidates() {
      if (connection === undefined) throw new Error('connect() or acceptConnection() first');
      const stats = await connection.peerConnection.getStats();
      const candidateById = (id: string | undefined): Candidate => {
        const candidate = id === undefined ? undefined : stats.get(id);
        return { type: String(candidate?.candidateType ?? 'none'), address: String(candidate?.address ?? '') };
      };
      let found: { local: Candidate; remote: Candidate } | undefined;
      stats.forEach((report) => {
        if (report.type !== 'transport' || report.selectedCandidatePairId === undefined) return;
        const pair = stats.get(report.selectedCandidatePairId);
        found = { local: candidateById(pair?.localCandidateId), remote: candidateById(pair?.remoteCandidateId) };
      });
      if (found === undefined) throw new Error('the data channel has no selected ICE candidate pair');
      return found;
    },
    nextMessage() {
      const queued = inbox.shift();
      if (queued) return Promise.resolve(queued);
      return withTimeout('next message', new Promise<Message>((resolve) => waiters.push(resolve)));
    },
  };
}

async function startNode(page: Page, id: string, signalling: Signalling): Promise<void> {
  // The app's own page: the same origin the real node code will run on.
  await page.goto('/?room=webrtc-harness');
  await page.addScriptTag({ path: PEERJS_BUNDLE });
  await page.evaluate(installPeerHarness, PAGE_WAIT_MS);
  await page.evaluate(({ id, signalling }) => (window as unknown as HarnessWindow).peerHarness.open(id, signalling), {
    id,
    signalling,
  });
}

test('two nodes exchange messages both ways over a WebRTC data channel', async ({ newNodePage, signalling }) => {
  test.setTimeout(60_000);
  // The signalling server is shared by the worker's tests: unique ids keep runs apart.
  const suffix = `${test.info().workerIndex}-${Date.now()}`;
  const idA = `node-a-${suffix}`;
  const idB = `node-b-${suffix}`;
  const pageA = await newNodePage();
  const pageB = await newNodePage();
  await Promise.all([startNode(pageA, idA, signalling), startNode(pageB, idB, signalling)]);

  // allow_discovery: the server lists both nodes, which later peer discovery will rely on.
  const listed: unknown = await (await fetch(`${signalling.baseUrl}peerjs/peers`)).json();
  expect(listed).toEqual(expect.arrayContaining([idA, idB]));

  await Promise.all([
    pageA.evaluate(() => (window as unknown as HarnessWindow).peerHarness.acceptConnection()),
    pageB.evaluate((remote) => (window as unknown as HarnessWindow).peerHarness.connect(remote), idA),
  ]);

  await pageB.evaluate(() => (window as unknown as HarnessWindow).peerHarness.send('hello from b'));
  expect(await pageA.evaluate(() => (window as unknown as HarnessWindow).peerHarness.nextMessage())).toEqual({
    from: idB,
    text: 'hello from b',
  });

  await pageA.evaluate(() => (window as unknown as HarnessWindow).peerHarness.send('hello back from a'));
  expect(await pageB.evaluate(() => (window as unknown as HarnessWindow).peerHarness.nextMessage())).toEqual({
    from: idA,
    text: 'hello back from a',
  });

  // Host candidates only (no STUN/TURN). Inside the namespace the only non-loopback address is nr0's, so the
  // channel must run over 198.18.0.1: the proof that the isolation, not some outside route, carried it.
  const { local, remote } = await pageA.evaluate(() =>
    (window as unknown as HarnessWindow).peerHarness.selectedCandidates(),
  );
  expect([local.type, remote.type]).toEqual(['host', 'host']);
  if (process.env.BROWSER_TESTS_ISOLATED === '1') {
    expect([local.address, remote.address]).toEqual([NAMESPACE_ADDRESS, NAMESPACE_ADDRESS]);
  }
});
