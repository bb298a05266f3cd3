// `window.blockchain`: the seed's HTTP endpoints as console calls, one for one, plus the controls the page has, as
// a thin shape over the FullNode. A failure throws a NodeCommandError worded in the page's language, with its code.
//   POST /transactions/new -> newTransaction   GET /mine -> mine   GET /chain -> chain
//   POST /nodes/register   -> registerNodes    GET /nodes/resolve -> resolve
import { type BlockJson, type ChainJson, type TransactionJson, transactionToJson } from '../core/index.ts';
import {
  type CommandResult,
  FailureCode,
  type FailureField,
  type FullNode,
  type NodeFailure,
  type PeerInfo,
  type TrafficSnapshot,
} from '../node/index.ts';
import { failureText } from './failures.ts';
import { t } from './i18n/index.ts';

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
  traffic(): TrafficSnapshot;
  /** A link that makes another browser join this room and dial this node. */
  readonly inviteUrl: string;
  mempool(): TransactionJson[];
  balance(address?: string): number;
  verify(): ReturnType<FullNode['verify']>;
  autoMine(on?: boolean): boolean;
  stopMining(): void;
  miningStats(): ReturnType<FullNode['miningStats']>;
  workers(count?: number): number;
  help(): string;
};

/** A command's failure as an exception: its text is the page's wording, its code and values are the node's. */
export class NodeCommandError extends Error {
  readonly code: FailureCode;
  readonly values: NodeFailure['values'];
  readonly field: FailureField | null;
  constructor(failure: NodeFailure) {
    super(failureText(failure));
    this.name = 'NodeCommandError';
    this.code = failure.code;
    this.values = failure.values;
    this.field = failure.field;
  }
}

function unwrap<T>(result: CommandResult<T>): T {
  if (!result.ok) throw new NodeCommandError(result.failure);
  return result.value;
}

/** Builds the API over a node that is still starting: members wait for it or throw a clear error until then. */
export function createConsoleApi(started: Promise<FullNode>): ConsoleApi {
  let node: FullNode | null = null;
  const ready = started.then((n) => {
    node = n;
  });
  // A failed start is shown on the page; the console sees it when it awaits `ready`, not as an unhandled rejection.
  ready.catch(() => {});
  const loaded = (): FullNode => {
    if (!node) throw new Error(t('console.loading'));
    return node;
  };
  /** The snapshot of a node with a peer network, or a NoNetwork failure thrown. */
  const networked = () => {
    const snapshot = loaded().snapshot();
    if (snapshot.peerId === null || snapshot.inviteUrl === null) {
      throw new NodeCommandError({ code: FailureCode.NoNetwork, values: {}, field: null });
    }
    return { ...snapshot, peerId: snapshot.peerId, inviteUrl: snapshot.inviteUrl };
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
      const { index, txid } = unwrap(await loaded().newTransaction(request));
      return { index, txid };
    },
    async mine() {
      await ready;
      return unwrap(await loaded().mine());
    },
    chain: () => loaded().exportChain(),
    async registerNodes(ids) {
      await ready;
      return unwrap(await loaded().registerNodes(ids));
    },
    async resolve() {
      await ready;
      return loaded().resolve();
    },
    peers() {
      const snapshot = loaded().snapshot();
      if (snapshot.peerId === null) return [...snapshot.registeredPeers];
      return snapshot.peers.filter((peer) => peer.ready).map((peer) => peer.id);
    },
    get peerId() {
      return networked().peerId;
    },
    peerInfo: () => [...networked().peers],
    goOffline: () => void unwrap(loaded().setOnline(false)),
    goOnline: () => void unwrap(loaded().setOnline(true)),
    get online() {
      return networked().online;
    },
    traffic: () => loaded().traffic(),
    get inviteUrl() {
      return networked().inviteUrl;
    },
    mempool: () => loaded().snapshot().mempool.map(transactionToJson),
    balance: (address) => loaded().balance(address),
    verify: () => loaded().verify(),
    autoMine(on) {
      const n = loaded();
      if (on !== undefined) n.setAutoMine(on);
      return n.snapshot().mining.auto;
    },
    stopMining: () => loaded().stopMining(),
    miningStats: () => loaded().miningStats(),
    workers(count) {
      const n = loaded();
      return count === undefined ? n.snapshot().mining.workers : unwrap(n.setMiningWorkers(count));
    },
    help: () => t('console.help'),
  };
}
