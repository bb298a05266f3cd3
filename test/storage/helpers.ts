// Fakes and fixtures for storage tests: a fresh fake IndexedDB per test, Web Locks shared by "tabs" of one origin,
// a copyable sessionStorage, a deterministic random source, and blocks mined with the core on a cheap network.
// idb's wrap() knows requests and transactions by the browser's IDB classes, which Node lacks: these are the fake's.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { wrap } from 'idb';
import { type Block, Blockchain } from '../../src/core/index.ts';
import {
  type ChannelLike,
  channelPresence,
  type IdentityEnvironment,
  type LockManagerLike,
  MetaKeys,
  NODE_DB_VERSION,
  NodeStores,
  nodeDatabaseName,
  openIndexedDbStore,
  type SessionStorageLike,
  type TabPresence,
} from '../../src/storage/index.ts';
import { bob, buildBlock, extend, NOW, params } from '../core/helpers.ts';

export { alice, bob, NOW, params, pay } from '../core/helpers.ts';

/** `items[index]`, or a thrown error naming the fixture that was too short. */
export function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`fixture has no item ${index}`);
  return item;
}

/** A request's result once it succeeded, through idb's promise for it: for reads and writes behind a store's back. */
export async function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  await wrap(request);
  return request.result;
}

/** Resolves when `tx` commits; rejects with why it aborted. */
export function transactionDone(tx: IDBTransaction): Promise<void> {
  return wrap(tx).done;
}

/** Each test its own browser profile: fake-indexeddb keeps databases per factory. */
export function freshIndexedDb(): IDBFactory {
  return new IDBFactory();
}

/** Web Locks of one origin: every tab of the test shares one instance, as tabs of a browser share one manager. */
export class FakeLocks implements LockManagerLike {
  private readonly held = new Set<string>();

  request(
    name: string,
    _options: { readonly ifAvailable: true },
    callback: (lock: { readonly name: string } | null) => Promise<void> | undefined,
  ): Promise<unknown> {
    if (this.held.has(name)) return Promise.resolve(callback(null));
    this.held.add(name);
    return Promise.resolve(callback({ name })).finally(() => this.held.delete(name));
  }

  async query(): Promise<{ held: { name: string }[] }> {
    return { held: [...this.held].map((name) => ({ name })) };
  }

  isHeld(name: string): boolean {
    return this.held.has(name);
  }
}

/** sessionStorage of one tab; `duplicate()` is what the browser hands a duplicated tab: a copy. */
export class FakeSession implements SessionStorageLike {
  constructor(private readonly items = new Map<string, string>()) {}
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  duplicate(): FakeSession {
    return new FakeSession(new Map(this.items));
  }
}

/** A counter-based random source: every call gives new bytes, the same ones in every run. */
export function countingRandom(start = 0): (n: number) => Uint8Array {
  let counter = start;
  return (n) => {
    counter++;
    return Uint8Array.from({ length: n }, (_, i) => (counter * 31 + i * 7) & 0xff);
  };
}

export function tabEnvironment(overrides: Partial<IdentityEnvironment> = {}): IdentityEnvironment {
  return {
    session: new FakeSession(),
    locks: new FakeLocks(),
    randomBytes: countingRandom(),
    sleep: async () => {},
    ...overrides,
  };
}

/**
 * Blocks in the order a node accepts them: four on the main chain, then a two-block side branch from the second,
 * so a store must keep blocks that are not on the main chain.
 */
export function sampleBlocks(): { readonly blocks: Block[]; readonly tipHash: string } {
  const chain = new Blockchain(params);
  const main = extend(chain, 4);
  const forkParent = at(main, 1);
  const side1 = buildBlock(chain, forkParent, { miner: bob, timestampOffset: 7 });
  if (!chain.addBlock(side1, { now: NOW }).ok) throw new Error('side block refused');
  const side2 = buildBlock(chain, side1, { miner: bob, timestampOffset: 7 });
  if (!chain.addBlock(side2, { now: NOW }).ok) throw new Error('side block refused');
  if (chain.tip.hash !== at(main, 3).hash) throw new Error('the side branch must stay shorter');
  return { blocks: [...main, side1, side2], tipHash: chain.tip.hash };
}

/** `count` blocks on one chain, parents first: what a long-running node has saved. */
export function mineChain(count: number): Block[] {
  return extend(new Blockchain(params), count);
}

/** Replays stored blocks the way a node does on startup: as its own, so no signature is checked again. */
export function rebuildChain(blocks: readonly Block[]): Blockchain {
  const chain = new Blockchain(params);
  for (const block of blocks) {
    const added = chain.addBlock(block, { now: NOW, stored: true });
    if (!added.ok) throw new Error(`stored block refused: ${added.code}: ${added.detail}`);
  }
  return chain;
}

/** Which node's database a raw read or write goes to. */
export type NodeName = { readonly network: string; readonly nodeId: string };

/** A node's database opened behind its store's back (the store creates the schema first). */
async function openRaw(indexedDB: IDBFactory, node: NodeName): Promise<IDBDatabase> {
  (await openIndexedDbStore({ ...node, indexedDB })).close();
  return requestResult(indexedDB.open(nodeDatabaseName(node.network, node.nodeId), NODE_DB_VERSION));
}

/** Block records as they lie in the two block stores. */
export type RawLayout = { readonly segments: readonly unknown[]; readonly loose: readonly unknown[] };

/**
 * Writes block records straight into a node's database, as another release left them: the segments and loose
 * records given, the last block of `stored` as the tip, then `meta`'s entries (a tip there wins).
 */
export async function writeRawRecords(
  indexedDB: IDBFactory,
  node: NodeName,
  layout: RawLayout,
  stored: readonly Block[],
  meta: Readonly<Record<string, unknown>> = {},
): Promise<void> {
  const db = await openRaw(indexedDB, node);
  const stores = [NodeStores.Segments, NodeStores.Blocks, NodeStores.Meta];
  const tx = db.transaction(stores, 'readwrite');
  for (const segment of layout.segments) tx.objectStore(NodeStores.Segments).add(segment);
  for (const record of layout.loose) tx.objectStore(NodeStores.Blocks).add(record);
  tx.objectStore(NodeStores.Meta).put(at(stored, stored.length - 1).hash, MetaKeys.Tip);
  for (const [key, value] of Object.entries(meta)) tx.objectStore(NodeStores.Meta).put(value, key);
  await transactionDone(tx);
  db.close();
}

/** The block records of a node's database, read behind its store's back. */
export async function readRawRecords(
  indexedDB: IDBFactory,
  node: NodeName,
): Promise<{ segments: unknown[]; loose: unknown[] }> {
  const db = await openRaw(indexedDB, node);
  const tx = db.transaction([NodeStores.Segments, NodeStores.Blocks]);
  const segments = tx.objectStore(NodeStores.Segments).getAll();
  const loose = tx.objectStore(NodeStores.Blocks).getAll();
  await transactionDone(tx);
  db.close();
  return { segments: segments.result, loose: loose.result };
}

/** BroadcastChannel of one origin: every channel made here hears the others' messages (never its own), a task later. */
export class FakeChannelHub {
  private readonly listeners = new Map<object, Array<(event: { data: unknown }) => void>>();

  channel(): ChannelLike {
    const self = {};
    this.listeners.set(self, []);
    return {
      postMessage: (message) => {
        const data: unknown = structuredClone(message);
        for (const [other, listeners] of this.listeners) {
          if (other !== self) for (const listener of listeners) setTimeout(() => listener({ data }), 0);
        }
      },
      addEventListener: (_type, listener) => this.listeners.get(self)?.push(listener),
    };
  }

  /**
   * A tab's presence over a channel of this hub. Its deadline is three tasks, not a time: a question and its answer
   * are a task each, so every tab that answers does so in time, however slow the machine.
   */
  presence(): TabPresence {
    const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
    return channelPresence(this.channel(), async () => {
      for (let task = 0; task < 3; task++) await nextTask();
    });
  }
}
