// Helpers for the peer browser tests (peers*.spec.ts): app pages as nodes of a fresh test room, calls into their
// `window.blockchain`, and a raw PeerJS peer whose protocol brain runs here in Node with the project's own codec,
// so a test can send a node exactly the bytes it wants. Every wait has a timeout.
import { createRequire } from 'node:module';
import { expect, type Page, type TestInfo } from '@playwright/test';
import type { BlockJson, ConfirmedChainJson, ConfirmedTransactionJson, NetworkParams } from '../../src/core/index.ts';
import { FrameAssembler, toFrames } from '../../src/net/frames.ts';
import { decodeMessage, encodeMessage, type Message, type MessageBody } from '../../src/net/protocol.ts';
import { networkFromSearch } from '../../src/ui/room.ts';
import type { Signalling } from './fixtures.ts';

const PEERJS_BUNDLE = createRequire(import.meta.url).resolve('peerjs/dist/peerjs.min.js');
/** Longest wait for something to spread over the network; well inside each test's own timeout. */
export const SPREAD_MS = 20_000;

/** The part of `window.blockchain` these tests use (src/node/console-api.ts). */
export type PeersApi = {
  readonly ready: Promise<void>;
  readonly id: string;
  readonly peerId: string;
  readonly address: string;
  newTransaction(request: { recipient: string; info?: string; amount?: number }): Promise<{ txid: string }>;
  mine(): Promise<BlockJson>;
  chain(): ConfirmedChainJson;
  /** The seed's {chain, length} as text, without confirmations: what parseChain reads. */
  exportChain(): string;
  registerNodes(ids: string[]): Promise<{ message: string; total_nodes: string[] }>;
  resolve(): Promise<{ message: string; replaced: boolean; length: number }>;
  peers(): string[];
  mempool(): ConfirmedTransactionJson[];
  autoMine(on?: boolean): boolean;
  stopMining(): void;
  goOffline(): void;
  goOnline(): void;
  traffic(): { in: { messages: Record<string, number> }; out: { messages: Record<string, number> } };
  balance(address?: string): number;
  verify(): Promise<{ valid: boolean; length?: number }>;
};
export type ApiWindow = Window & { blockchain: PeersApi };

export type NodePage = {
  readonly page: Page;
  /** The node id `blockchain.id` shows. */
  readonly id: string;
  /** What other nodes dial: the node id with the room's tag. */
  readonly peerId: string;
  /** The node's account address. */
  readonly address: string;
};

/** A room name no other test (or earlier run against the same signalling server) uses. */
export function testRoom(prefix: string, info: TestInfo): string {
  return `${prefix}-${info.workerIndex}-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6)}`.slice(0, 64);
}

export function signalUrl(signalling: Signalling): string {
  return `http://${signalling.host}:${signalling.port}${signalling.path}`;
}

/** The query of a test room: a fixed difficulty (easy mining) and the test's own signalling server. */
export function roomQuery(room: string, difficulty: number, signalling: Signalling | null): string {
  const query = new URLSearchParams({ room, difficulty: String(difficulty) });
  if (signalling !== null) query.set('signal', signalUrl(signalling));
  return `?${query}`;
}

/** The network parameters a page of that query runs, computed exactly as the page does. */
export function paramsOf(query: string): NetworkParams {
  const network = networkFromSearch(query);
  if (!network.ok) throw new Error(network.error);
  return network.params;
}

/** Opens the app as a node (on Playwright's preview server, or `origin`) and waits for its node and network. */
export async function openNode(page: Page, query: string, origin = ''): Promise<NodePage> {
  await page.goto(`${origin}/${query}`);
  const { id, peerId, address } = await page.evaluate(async () => {
    const api = (window as unknown as ApiWindow).blockchain;
    await api.ready;
    return { id: api.id, peerId: api.peerId, address: api.address };
  });
  return { page, id, peerId, address };
}

export function peersOf(node: NodePage): Promise<string[]> {
  return node.page.evaluate(() => (window as unknown as ApiWindow).blockchain.peers());
}

export function heightOf(node: NodePage): Promise<number> {
  return node.page.evaluate(() => (window as unknown as ApiWindow).blockchain.chain().length);
}

export function tipOf(node: NodePage): Promise<string | undefined> {
  return node.page.evaluate(() => (window as unknown as ApiWindow).blockchain.chain().chain.at(-1)?.hash);
}

export function mempoolOf(node: NodePage): Promise<string[]> {
  return node.page.evaluate(() => (window as unknown as ApiWindow).blockchain.mempool().map((tx) => tx.txid));
}

export function register(node: NodePage, ids: string[]): Promise<unknown> {
  return node.page.evaluate((list) => (window as unknown as ApiWindow).blockchain.registerNodes(list), ids);
}

/** Registers each node with the next ones and waits until every node sees the others. */
export async function mesh(nodes: readonly NodePage[]): Promise<void> {
  for (const [i, node] of nodes.entries()) {
    const later = nodes.slice(i + 1).map((n) => n.id);
    if (later.length > 0) await register(node, later);
  }
  for (const node of nodes) {
    await expect.poll(() => peersOf(node).then((p) => p.length), { timeout: SPREAD_MS }).toBe(nodes.length - 1);
  }
}

type RawWindow = Window & {
  peerjs: { Peer: new (id: string, options: object) => RawPeerJs };
  rawPeer: { peer: RawPeerJs; conn: RawConnection | null; closed: boolean };
  rawFrame(bytes: number[] | string): void;
};
type RawPeerJs = {
  on(event: string, listener: (arg: never) => void): void;
  connect(id: string, options: object): RawConnection;
  destroy(): void;
};
type RawConnection = { on(event: string, listener: (arg: never) => void): void; send(data: unknown): void };

/**
 * A PeerJS peer in a page of its own, speaking the wire protocol by hand: frames it receives come here, are
 * decoded with src/net, and handlers decide what goes back. Its page loads the app with an invalid room, so no
 * node of its own starts.
 */
export class RawPeer {
  readonly received: Message[] = [];
  private readonly handlers = new Map<string, (message: Message) => Promise<void>>();
  private readonly assembler = new FrameAssembler(64 * 1024 * 1024);

  private constructor(
    readonly page: Page,
    readonly id: string,
  ) {}

  static async open(page: Page, id: string, signalling: Signalling): Promise<RawPeer> {
    const raw = new RawPeer(page, id);
    await page.goto('/?room=%21');
    await page.addScriptTag({ path: PEERJS_BUNDLE });
    await page.exposeFunction('rawFrame', (data: number[] | string) => raw.onFrame(data));
    await page.evaluate(
      ({ id, signalling, waitMs }) =>
        new Promise<void>((resolve, reject) => {
          const win = window as unknown as RawWindow;
          const peer = new win.peerjs.Peer(id, {
            host: signalling.host,
            port: signalling.port,
            path: signalling.path,
            secure: false,
            config: { iceServers: [] },
          });
          win.rawPeer = { peer, conn: null, closed: false };
          const timer = setTimeout(() => reject(new Error(`raw peer: no signalling within ${waitMs} ms`)), waitMs);
          peer.on('open', () => {
            clearTimeout(timer);
            resolve();
          });
          peer.on('error', (error: Error) => reject(error));
        }),
      { id, signalling, waitMs: SPREAD_MS },
    );
    return raw;
  }

  /** Opens a raw channel to a node and waits for it; the channel open before, if any, is left to close. */
  async connect(peerId: string): Promise<void> {
    await this.page.evaluate(
      ({ peerId, waitMs }) =>
        new Promise<void>((resolve, reject) => {
          const win = window as unknown as RawWindow;
          const conn = win.rawPeer.peer.connect(peerId, { serialization: 'raw', reliable: true });
          win.rawPeer.conn = conn;
          const timer = setTimeout(() => reject(new Error(`raw peer: no channel within ${waitMs} ms`)), waitMs);
          conn.on('open', () => {
            clearTimeout(timer);
            win.rawPeer.closed = false;
            resolve();
          });
          conn.on('data', (data: ArrayBuffer | string) => {
            win.rawFrame(typeof data === 'string' ? data : Array.from(new Uint8Array(data)));
          });
          conn.on('close', () => {
            // An earlier channel closing late says nothing about the one open now.
            if (win.rawPeer.conn === conn) win.rawPeer.closed = true;
          });
        }),
      { peerId, waitMs: SPREAD_MS },
    );
  }

  isClosed(): Promise<boolean> {
    return this.page.evaluate(() => (window as unknown as RawWindow).rawPeer.closed);
  }

  /** Replies to every message of a type with what `handler` does. */
  on(type: Message['type'], handler: (message: Message) => Promise<void>): void {
    this.handlers.set(type, handler);
  }

  send(body: MessageBody): Promise<void> {
    return this.sendFrames(toFrames(encodeMessage(body)));
  }

  /** Frames (or a string) straight onto the channel. */
  async sendFrames(frames: ReadonlyArray<Uint8Array | string>): Promise<void> {
    const wire = frames.map((f) => (typeof f === 'string' ? f : Array.from(f)));
    await this.page.evaluate((list) => {
      const conn = (window as unknown as RawWindow).rawPeer.conn;
      if (conn === null) throw new Error('raw peer: connect() first');
      for (const item of list) conn.send(typeof item === 'string' ? item : new Uint8Array(item));
    }, wire);
  }

  private async onFrame(data: number[] | string): Promise<void> {
    const frame = this.assembler.accept(typeof data === 'string' ? data : new Uint8Array(data));
    if (frame.kind !== 'message') return;
    const decoded = decodeMessage(frame.bytes);
    if (!decoded.ok) return;
    this.received.push(decoded.message);
    await this.handlers.get(decoded.message.type)?.(decoded.message);
  }
}
