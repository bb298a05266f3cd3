// `window.blockchain`: the seed's HTTP endpoints as console calls, one for one, plus the controls the page has.
//   POST /transactions/new -> newTransaction   GET /mine -> mine   GET /chain -> chain
//   POST /nodes/register   -> registerNodes    GET /nodes/resolve -> resolve
import type { BlockJson, ChainJson, TransactionJson } from '../core/index.ts';
import { transactionToJson } from '../core/index.ts';
import type { BrowserNetwork } from '../net/browser-network.ts';
import type { PeerInfo } from '../net/network.ts';
import type { BlockchainNode } from './node.ts';

export type ConsoleApi = {
  /** Resolves once the node is loaded; every other member needs it. */
  readonly ready: Promise<void>;
  readonly id: string;
  readonly address: string;
  readonly network: string;
  newTransaction(request: {
    recipient: string;
    info?: string;
    amount?: number;
  }): Promise<{ index: number; txid: string }>;
  mine(): Promise<BlockJson>;
  chain(): ChainJson;
  registerNodes(ids: string[]): Promise<{ total_nodes: number }>;
  resolve(): Promise<{ replaced: boolean; length: number }>;
  peers(): string[];
  /** The id other nodes dial (the node id with the room's tag). */
  readonly peerId: string;
  peerInfo(): PeerInfo[];
  goOffline(): void;
  goOnline(): void;
  readonly online: boolean;
  /** Messages and bytes per type, in and out, since the page opened. */
  traffic(): ReturnType<BrowserNetwork['traffic']['snapshot']>;
  /** A link that makes another browser join this room and dial this node. */
  readonly inviteUrl: string;
  mempool(): TransactionJson[];
  balance(address?: string): number;
  verify(): ReturnType<BlockchainNode['verifyChain']>;
  autoMine(on?: boolean): boolean;
  stopMining(): void;
  miningStats(): ReturnType<BlockchainNode['miningStats']>;
  workers(count?: number): number;
  help(): string;
};

const HELP = `window.blockchain: this tab's node (await blockchain.ready first)
  blockchain.newTransaction({ recipient, info, amount })  -> { index, txid }     (POST /transactions/new)
  blockchain.mine()                                       -> the new block       (GET /mine)
  blockchain.chain()                                      -> { chain, length }   (GET /chain)
  blockchain.registerNodes([peerId, ...])                 -> { total_nodes }     (POST /nodes/register)
  blockchain.resolve()                                    -> { replaced, length } (GET /nodes/resolve)
  blockchain.peers(), .mempool(), .balance(address?), .id, .address, .network
  blockchain.goOffline(), .goOnline(), .peerInfo(), .traffic(), .peerId, .inviteUrl
  blockchain.verify()                                     -> re-checks every block and signature
  blockchain.autoMine(true|false), .stopMining(), .workers(n), .miningStats()`;

/** Builds the API over a node that is still loading: members wait for it or throw a clear error until then. */
export function createConsoleApi(
  nodePromise: Promise<BlockchainNode>,
  networkPromise: Promise<BrowserNetwork | null> = Promise.resolve(null),
): ConsoleApi {
  let node: BlockchainNode | null = null;
  let net: BrowserNetwork | null = null;
  // Ready once the node is loaded and its network started (or failed to: then the network members say so).
  const ready = Promise.all([nodePromise, networkPromise]).then(([n, network]) => {
    node = n;
    net = network;
  });
  // A failed start is shown on the page; the console sees it when it awaits `ready`, not as an unhandled rejection.
  ready.catch(() => {});
  const loaded = (): BlockchainNode => {
    if (!node) throw new Error('the node is still loading: await blockchain.ready first');
    return node;
  };
  const networkOf = (): BrowserNetwork => {
    loaded();
    if (!net) throw new Error('this node has no peer network (see the notice on the page)');
    return net;
  };
  return {
    ready,
    get id() {
      return loaded().id;
    },
    get address() {
      return loaded().address;
    },
    get network() {
      return loaded().network;
    },
    async newTransaction(request) {
      await ready;
      const { index, txid } = await loaded().newTransaction(request);
      return { index, txid };
    },
    async mine() {
      await ready;
      return loaded().mine();
    },
    chain: () => loaded().exportChain(),
    async registerNodes(ids) {
      await ready;
      const result = await loaded().registerNodes(ids);
      for (const id of ids) net?.network.connect(id);
      return result;
    },
    async resolve() {
      await ready;
      return net ? net.network.resolve() : { replaced: false, length: loaded().chain.height };
    },
    peers: () => (net ? net.network.peers() : [...loaded().peers]),
    get peerId() {
      return networkOf().peerId;
    },
    peerInfo: () => networkOf().network.peerInfo(),
    goOffline: () => networkOf().network.goOffline(),
    goOnline: () => networkOf().network.goOnline(),
    get online() {
      return networkOf().network.online;
    },
    traffic: () => networkOf().traffic.snapshot(),
    get inviteUrl() {
      return networkOf().inviteUrl;
    },
    mempool: () => loaded().mempool.transactions().map(transactionToJson),
    balance: (address) => loaded().balance(address),
    verify: () => loaded().verifyChain(),
    autoMine(on) {
      const n = loaded();
      if (on !== undefined) n.setAutoMine(on);
      return n.isAutoMining;
    },
    stopMining: () => loaded().stopMining(),
    miningStats: () => loaded().miningStats(),
    workers(count) {
      const n = loaded();
      if (count !== undefined) n.setMiningWorkers(count);
      return n.miningWorkers;
    },
    help: () => HELP,
  };
}
