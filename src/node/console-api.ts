// `window.blockchain`: the seed's HTTP endpoints as console calls, one for one, plus the controls the page has.
//   POST /transactions/new -> newTransaction   GET /mine -> mine   GET /chain -> chain
//   POST /nodes/register   -> registerNodes    GET /nodes/resolve -> resolve
import type { BlockJson, ChainJson, TransactionJson } from '../core/index.ts';
import { transactionToJson } from '../core/index.ts';
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
  mempool(): TransactionJson[];
  balance(address?: string): number;
  verify(): ReturnType<BlockchainNode['verifyChain']>;
  autoMine(on?: boolean): boolean;
  stopMining(): void;
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
  blockchain.verify()                                     -> re-checks every block and signature
  blockchain.autoMine(true|false), .stopMining(), .workers(n)`;

/** Builds the API over a node that is still loading: members wait for it or throw a clear error until then. */
export function createConsoleApi(nodePromise: Promise<BlockchainNode>): ConsoleApi {
  let node: BlockchainNode | null = null;
  const ready = nodePromise.then((n) => {
    node = n;
  });
  // A failed start is shown on the page; the console sees it when it awaits `ready`, not as an unhandled rejection.
  ready.catch(() => {});
  const loaded = (): BlockchainNode => {
    if (!node) throw new Error('the node is still loading: await blockchain.ready first');
    return node;
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
      return loaded().registerNodes(ids);
    },
    async resolve() {
      await ready;
      // Asking peers for their chains arrives with the network layer; with no connected peer nothing can replace ours.
      return { replaced: false, length: loaded().chain.height };
    },
    peers: () => [...loaded().peers],
    mempool: () => loaded().mempool.transactions().map(transactionToJson),
    balance: (address) => loaded().balance(address),
    verify: () => loaded().verifyChain(),
    autoMine(on) {
      const n = loaded();
      if (on !== undefined) n.setAutoMine(on);
      return n.isAutoMining;
    },
    stopMining: () => loaded().stopMining(),
    workers(count) {
      const n = loaded();
      if (count !== undefined) n.setMiningWorkers(count);
      return n.miningWorkers;
    },
    help: () => HELP,
  };
}
