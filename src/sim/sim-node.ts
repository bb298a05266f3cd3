// One simulated node: the real BlockchainNode and FullNode over the real PeerNetwork, on the simulator's transport
// and virtual clock. Only its edges are the simulator's: a store that keeps nothing, and a miner whose blocks come
// at times drawn from its share of the hash power (and are then really mined, at the run's low difficulty).
import { type Block, keyPairFromSecret, type NetworkParams, searchNonces, withNonce } from '../core/index.ts';
import type { Cancel } from '../net/clock.ts';
import type { NetworkConfig } from '../net/config.ts';
import { createNetwork, type PeerNetwork } from '../net/network.ts';
import { peerIdFor } from '../net/room.ts';
import { FullNode } from '../node/full-node.ts';
import { BlockchainNode } from '../node/node.ts';
import type { MinerPort, NodeSave, NodeStorePort, StoredNode } from '../node/ports.ts';
import type { SeededRandom } from './random.ts';
import type { SimTransport, SimWire } from './sim-transport.ts';
import type { VirtualClock } from './virtual-clock.ts';

/** Keeps nothing: a simulated node never restarts, and a thousand copies of a chain would only cost memory. */
class DiscardingStore implements NodeStorePort {
  async load(): Promise<StoredNode> {
    return { blocks: [], tipHash: null, mempool: [], keys: null, peers: [] };
  }

  async save(_changes: NodeSave): Promise<void> {}
}

/**
 * Finds a block after an exponentially distributed wait with mean `blockIntervalMs / share` of virtual time (a
 * Poisson process: memoryless, so a template abandoned for a new tip loses nothing), then searches the nonce for
 * real. Mining many templates at once is a real miner's job; here all of them share one thread, costing no time.
 */
export class ScheduledMiner implements MinerPort {
  workerCount = 1;
  blocksFound = 0;

  private meanWaitMs: number;

  constructor(
    private readonly clock: VirtualClock,
    private readonly random: SeededRandom,
    /** This miner's share of the network's hash power. */
    readonly share: number,
    blockIntervalMs: number,
  ) {
    this.meanWaitMs = blockIntervalMs / share;
  }

  /** The network's mean block interval from the next template on (the hash power of everyone changed alike). */
  setBlockInterval(blockIntervalMs: number): void {
    this.meanWaitMs = blockIntervalMs / this.share;
  }

  mine(template: Block, options: { readonly signal: AbortSignal }): Promise<Block | null> {
    return new Promise((resolve) => {
      if (options.signal.aborted) {
        resolve(null);
        return;
      }
      let cancel: Cancel = () => {};
      const onAbort = () => {
        cancel();
        resolve(null);
      };
      options.signal.addEventListener('abort', onAbort, { once: true });
      cancel = this.clock.after(this.random.exponential(this.meanWaitMs), () => {
        options.signal.removeEventListener('abort', onAbort);
        const nonce = searchNonces(template, { start: 0, count: Number.MAX_SAFE_INTEGER });
        if (nonce === null) throw new Error('no nonce in the whole range');
        this.blocksFound++;
        resolve(withNonce(template, nonce));
      });
    });
  }

  setWorkerCount(count: number): void {
    this.workerCount = count;
  }
}

export type SimNode = {
  readonly index: number;
  readonly peerId: string;
  readonly chainNode: BlockchainNode;
  readonly full: FullNode;
  readonly network: PeerNetwork;
  readonly transport: SimTransport;
  readonly miner: ScheduledMiner;
};

export type SimNodeOptions = {
  readonly index: number;
  readonly params: NetworkParams;
  readonly wire: SimWire;
  readonly random: SeededRandom;
  readonly config: Partial<NetworkConfig>;
  readonly share: number;
  readonly blockIntervalMs: number;
};

/** Opens and starts one node; it links to nothing until it is given candidates. */
export async function startSimNode(options: SimNodeOptions): Promise<SimNode> {
  const { index, wire, random } = options;
  const clock = wire.clock;
  // A key per index (bytes 4-5 set, so no test key repeats): node i has the same address in every run.
  const secret = new Uint8Array(32);
  new DataView(secret.buffer).setUint32(0, index + 1);
  secret.set([0x51, 0x4d], 4);
  const miner = new ScheduledMiner(clock, random.derive(`miner-${index}`), options.share, options.blockIntervalMs);
  const chainNode = await BlockchainNode.open({
    params: options.params,
    nodeId: `sim-${index}`,
    store: new DiscardingStore(),
    miner,
    now: () => clock.now(),
    generateKeys: () => keyPairFromSecret(secret),
  });
  const attached: { transport?: SimTransport; network?: PeerNetwork } = {};
  const full = await FullNode.start({
    chainNode,
    clock,
    networkConfig: options.config,
    attachNetwork: async (port, directory) => {
      const transport = wire.create(peerIdFor(chainNode.chain.genesis.hash, port.id));
      const network = createNetwork({ node: port, transport, directory, clock, config: options.config });
      network.start();
      Object.assign(attached, { transport, network });
      return { network, inviteUrl: null, signalling: null, stop: () => network.stop() };
    },
  });
  const { transport, network } = attached;
  if (transport === undefined || network === undefined) throw new Error(`simulated node ${index} has no network`);
  return {
    index,
    peerId: network.peerId,
    chainNode,
    full,
    network,
    transport,
    miner,
  };
}
