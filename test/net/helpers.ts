// Builders for network tests: a hand-driven clock, real full nodes on an in-memory network, premade chains,
// and counters over the network's events.
import type { Block, NetworkParams } from '../../src/core/index.ts';
import { Blockchain } from '../../src/core/index.ts';
import type { Cancel, Clock } from '../../src/net/clock.ts';
import type { NetworkConfig } from '../../src/net/config.ts';
import { createNetwork, type NetworkEvent, type PeerNetwork } from '../../src/net/network.ts';
import type { MessageType } from '../../src/net/protocol.ts';
import { peerIdFor } from '../../src/net/room.ts';
import type { Transport } from '../../src/net/transport.ts';
import { FullNode } from '../../src/node/full-node.ts';
import { BlockchainNode } from '../../src/node/node.ts';
import { alice, type BuildOptions, extend, NOW, params } from '../core/helpers.ts';
import { MemoryStore, ThreadMiner } from '../node/fakes.ts';
import type { MemoryHub, MemoryTransport } from './memory-transport.ts';

/** Time moves only when a test says so; timers run in due order, including ones scheduled while advancing. */
export class ManualClock implements Clock {
  private time = 1_000_000;
  private sequence = 0;
  private timers: Array<{ at: number; sequence: number; run: () => void }> = [];

  now(): number {
    return this.time;
  }

  after(ms: number, run: () => void): Cancel {
    const timer = { at: this.time + ms, sequence: this.sequence++, run };
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((t) => t !== timer);
    };
  }

  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const due = this.timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at || a.sequence - b.sequence)[0];
      if (due === undefined) break;
      this.timers = this.timers.filter((t) => t !== due);
      this.time = due.at;
      due.run();
    }
    this.time = end;
  }
}

export type TestPeer = {
  readonly name: string;
  /** The chain node, for tests that reach past the full node's surface (its chain, acceptBlock). */
  readonly node: BlockchainNode;
  readonly full: FullNode;
  readonly network: PeerNetwork;
  readonly transport: MemoryTransport;
  readonly store: MemoryStore;
  readonly events: NetworkEvent[];
  readonly peerId: string;
};

export type PeerOptions = {
  /** Blocks the node starts with (after genesis), as if loaded from its store. */
  readonly blocks?: readonly Block[];
  readonly config?: Partial<NetworkConfig>;
  readonly clock?: Clock;
  readonly params?: NetworkParams;
  /** The node's store, e.g. one a stopped node left behind; a new one by default. */
  readonly store?: MemoryStore;
};

/** What a test node's network is started with, beside its transport. */
export type NetworkStart = {
  readonly clock?: Clock;
  readonly config?: Partial<NetworkConfig>;
  /** Every event the started network emits is pushed here. */
  readonly events: NetworkEvent[];
};

/** A full node over `chainNode` whose network runs on `transport`, started, its events recorded. */
export async function startFullNodeOn(
  chainNode: BlockchainNode,
  transport: Transport,
  options: NetworkStart,
): Promise<{ readonly full: FullNode; readonly network: PeerNetwork }> {
  const started: PeerNetwork[] = [];
  const timing = {
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.config ? { config: options.config } : {}),
  };
  const full = await FullNode.start({
    chainNode,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.config ? { networkConfig: options.config } : {}),
    attachNetwork: async (port, directory) => {
      const network = createNetwork({ node: port, transport, directory, ...timing });
      network.subscribe((event) => options.events.push(event));
      network.start();
      started.push(network);
      return { network, inviteUrl: null, signalling: null, stop: () => network.stop() };
    },
  });
  const [network] = started;
  if (network === undefined) throw new Error(`the network of ${chainNode.id} did not start`);
  return { full, network };
}

/** A real full node (chain, mempool, store, miner, peer directory) with a started network on the hub. */
export async function startPeer(hub: MemoryHub, name: string, options: PeerOptions = {}): Promise<TestPeer> {
  const store = options.store ?? new MemoryStore();
  if (options.blocks) store.blocks = [...options.blocks];
  const node = await BlockchainNode.open({
    params: options.params ?? params,
    nodeId: `n-${name}`,
    store,
    miner: new ThreadMiner(),
    now: () => NOW,
  });
  const peerId = peerIdFor(node.chain.genesis.hash, node.id);
  const transport = hub.create(peerId);
  const events: NetworkEvent[] = [];
  const { full, network } = await startFullNodeOn(node, transport, {
    events,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.config ? { config: options.config } : {}),
  });
  return { name, node, full, network, transport, store, events, peerId };
}

const chainCache = new Map<string, Blockchain>();

/** A valid chain of `count` blocks after genesis, mined on the test network (cached per count and miner). */
export function premadeChain(count: number, options: BuildOptions = {}): Blockchain {
  const key = `${count}/${options.miner?.address ?? alice.address}/${options.coinbaseInfo ?? ''}`;
  let chain = chainCache.get(key);
  if (chain === undefined) {
    chain = new Blockchain(params);
    extend(chain, count, options);
    chainCache.set(key, chain);
  }
  return chain;
}

export function blocksOf(chain: Blockchain): Block[] {
  return chain.mainChain().slice(1);
}

function trafficEvents(peer: TestPeer, direction: 'in' | 'out', messageType: MessageType, to?: TestPeer) {
  return peer.events.flatMap((e) =>
    e.type === 'traffic' &&
    e.direction === direction &&
    e.messageType === messageType &&
    (to === undefined || e.peerId === to.peerId)
      ? [e]
      : [],
  );
}

/** Messages of a type a node sent or received, per the network's traffic events. */
export function traffic(peer: TestPeer, direction: 'in' | 'out', messageType: MessageType, to?: TestPeer): number {
  return trafficEvents(peer, direction, messageType, to).length;
}

/** Their bytes on the wire, all together. */
export function trafficBytes(peer: TestPeer, direction: 'in' | 'out', messageType: MessageType): number {
  return trafficEvents(peer, direction, messageType).reduce((sum, e) => sum + e.bytes, 0);
}

export function faultsOf(peer: TestPeer, offender: string): string[] {
  return peer.events.flatMap((e) => (e.type === 'misbehaviour' && e.peerId === offender ? [e.fault] : []));
}

/** Connects each pair and waits until every link finished its status exchange. */
export async function link(hub: MemoryHub, pairs: ReadonlyArray<readonly [TestPeer, TestPeer]>): Promise<void> {
  for (const [a, b] of pairs) a.network.connect(b.peerId);
  await hub.settle();
}
