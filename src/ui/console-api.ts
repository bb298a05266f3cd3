// `window.blockchain`: the seed's HTTP endpoints as console calls, one for one, answering with the seed's messages
// and fields through the same seed API as the HTTP bridge and the request panel (src/node/seed-api.ts), plus the
// controls the page has. A failure throws a NodeCommandError worded in the page's language, with its code, or the
// seed's own text refusal ('Missing values') as a SeedRequestError.
//   POST /transactions/new -> newTransaction   GET /mine -> mine   GET /chain -> chain
//   POST /nodes/register   -> registerNodes    GET /nodes/resolve -> resolve
import {
  type Block,
  type ChainFileFormat,
  type ConfirmedChainJson,
  type ConfirmedTransactionJson,
  exportChainWithConfirmations,
  type TransactionJson,
  transactionToJson,
} from '../core/index.ts';
import {
  type AttackState,
  type BackupProblem,
  type CommandResult,
  FailureCode,
  type FailureField,
  type FullNode,
  type ImportedChain,
  type MineAnswer,
  type NodeFailure,
  type PeerInfo,
  type ReadingInput,
  type RegisterAnswer,
  type ResolveAnswer,
  type Restored,
  type RoomReport,
  type SeedResponse,
  seedMine,
  seedNewTransaction,
  seedRegisterNodes,
  seedResolve,
  type TrafficSnapshot,
  type TransactionAnswer,
} from '../node/index.ts';
import { backupProblemText } from './backup-problem.ts';
import { failureText } from './failures.ts';
import { t } from './i18n/index.ts';
import type { ConsoleDevice, ConsoleDeviceRecords } from './iot-console.ts';

/** The IoT devices' console functions, fetched on first use: a first visit does not carry them. */
const iotConsole = () => import('./iot-console.ts');

export type ConsoleApi = {
  /** Resolves once the node is loaded; every other member needs it. */
  readonly ready: Promise<void>;
  /**
   * Resolves once the chain holds its whole history: at `ready`, unless the node started on its ledger snapshot;
   * then `blocks` stored blocks were read and checked after it, and `agreed` says whether they matched the snapshot.
   * Until then `chain()` and the chain files say the blocks before the snapshot are still being read.
   */
  readonly history: Promise<{ readonly agreed: boolean; readonly blocks: number }>;
  readonly id: string;
  readonly address: string;
  readonly network: string;
  newTransaction(request: {
    sender?: string;
    recipient: string;
    info?: string;
    amount?: number;
  }): Promise<TransactionAnswer>;
  mine(): Promise<MineAnswer>;
  /** The seed's GET /chain, each transaction with its `confirmations` (1 in the tip, +1 per block on top). */
  chain(): ConfirmedChainJson;
  /** The main chain as a file's text: the seed's {chain, length} JSON, or the paper's block.txt. */
  exportChain(format?: ChainFileFormat): string;
  /** Checks a chain file (any room, with its own rules) and takes it if it is this room's with more work. */
  importChain(text: string): Promise<Omit<ImportedChain, 'blocks'>>;
  /**
   * This node's backup file: the seed's {chain, length} JSON plus a `backup` object with the node's id and its key
   * pair (docs/chain-format.md, "Backup"). It holds the PRIVATE KEY: whoever has the text can spend this node's
   * coins, so keep it where only you can read it.
   */
  backup(): string;
  /**
   * Restores a node from a backup's text: the file is checked whole (key, signature, room, every block) before
   * anything is written; a bad one throws a BackupError with its `code` and loses nothing. This node's own backup
   * gives its chain to the fork choice; another node's is stored on this device under its own node id (a new one if
   * that is taken) and runs at this tab's next reload, then syncs from peers.
   */
  restore(text: string): Promise<Restored>;
  registerNodes(ids: string[]): Promise<RegisterAnswer>;
  resolve(): Promise<ResolveAnswer>;
  peers(): string[];
  /** The id other nodes dial (the node id with the room's tag). */
  readonly peerId: string;
  peerInfo(): PeerInfo[];
  /** Every node of the room as its last report says, this one first: the room view's data. */
  room(): RoomReport[];
  /** Drops every link (a partition); links to `keepLinksTo` (node ids) stay: a group gone dark together. */
  goOffline(keepLinksTo?: string[]): void;
  goOnline(): void;
  readonly online: boolean;
  /** Messages and bytes per type, in and out, since the page opened. */
  traffic(): TrafficSnapshot;
  /** A link that makes another browser join this room and dial this node. */
  readonly inviteUrl: string;
  /**
   * Lets curl and Postman reach this node through `npm start`'s server (the page's switch); says whether they may.
   * The bridge's code loads at the first call, as the network panel's does: a first visit does not carry it.
   */
  allowHttp(on?: boolean): Promise<boolean>;
  /** The pending transactions, each with `confirmations: 0`. */
  mempool(): ConfirmedTransactionJson[];
  /**
   * The page's tip, and the last tip a committed save carried (null before the first): a crash (even a killed
   * browser) keeps at least the saved one.
   */
  storage(): StorageView;
  balance(address?: string): number;
  verify(): ReturnType<FullNode['verify']>;
  autoMine(on?: boolean): boolean;
  stopMining(): void;
  miningStats(): ReturnType<FullNode['miningStats']>;
  workers(count?: number): number;
  /** This node's IoT devices, each a name and an address of its own. */
  devices(): Promise<ConsoleDevice[]>;
  /** A new IoT device with a key pair of its own; a bad or taken name throws an IotError. */
  addDevice(name: string): Promise<ConsoleDevice>;
  /** A reading signed by the device (name or address): `{ temp: 21 }` or `'temp=21;door=open'`, as a record of 0. */
  postReading(device: string, reading: ReadingInput): Promise<TransactionJson>;
  /** Every device's records in the room, per device, with their confirmations (0 in the mempool). */
  deviceRecords(): Promise<ConsoleDeviceRecords[]>;
  /** The 51% lesson from this node: pay a victim, go dark and spend the same coins, rejoin (src/node/double-spend.ts). */
  readonly attack: ConsoleAttack;
  /** Transactions reorgs undid here and the new chain refused, with the refusal's code ('overspend': double spent). */
  dropped(): Array<TransactionJson & { readonly code: string }>;
  help(): string;
};

/** Each step answers with the lesson's state, or throws a NodeCommandError. */
export type ConsoleAttack = {
  state(): Promise<AttackState>;
  pay(recipient: string, amount?: number): Promise<AttackState>;
  goDark(options?: { accomplices?: string[]; blocks?: number }): Promise<AttackState>;
  /** An accomplice's step: dark with `attacker` (a node id), mining on its private branch once it arrives. */
  assist(attacker: string): Promise<AttackState>;
  rejoin(): Promise<AttackState>;
  reset(): Promise<AttackState>;
};

export type StorageView = {
  readonly height: number;
  readonly tipHash: string;
  readonly saved: { readonly height: number; readonly tipHash: string } | null;
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

/** The seed's own refusals, which it answers as bare text ('Missing values'): that text, with the status. */
export class SeedRequestError extends Error {
  constructor(
    readonly status: number,
    text: string,
  ) {
    super(text);
    this.name = 'SeedRequestError';
  }
}

/** A backup that was not restored: its text is the page's wording, its code and values the node's. */
export class BackupError extends Error {
  readonly code: BackupProblem['code'];
  readonly values: BackupProblem['values'];
  constructor(problem: BackupProblem) {
    super(backupProblemText(problem));
    this.name = 'BackupError';
    this.code = problem.code;
    this.values = problem.values;
  }
}

/** The node's backups, or a StorageFailed problem thrown where the page has none. */
function backupsOf(node: FullNode) {
  if (node.backups === null) throw new BackupError({ code: 'storage-failed', values: { code: 'storage-unavailable' } });
  return node.backups;
}

/** The body of a seed answer, or its failure thrown. */
function seedBody<T>(response: SeedResponse): T {
  if ('failure' in response) throw new NodeCommandError(response.failure);
  if (response.status >= 400) throw new SeedRequestError(response.status, String(response.body));
  return response.body as T;
}

function unwrap<T>(result: CommandResult<T>): T {
  if (!result.ok) throw new NodeCommandError(result.failure);
  return result.value;
}

/** The main chain from genesis, or a worded HistoryPending failure while a start on the snapshot still reads it. */
function wholeChainOf(node: FullNode): Block[] {
  const { chain } = node;
  if (!chain.historyComplete) {
    throw new NodeCommandError({ code: FailureCode.HistoryPending, values: { from: chain.oldestHeld }, field: null });
  }
  return chain.mainChain();
}

/** Builds the API over a node that is still starting: members wait for it or throw a clear error until then. */
export function createConsoleApi(started: Promise<FullNode>): ConsoleApi {
  let node: FullNode | null = null;
  let saved: StorageView['saved'] = null;
  const ready = started.then((n) => {
    node = n;
    n.subscribe((event) => {
      if (event.type === 'saved') saved = { height: event.height, tipHash: event.tipHash };
    });
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
  const lesson = async () => {
    await ready;
    return loaded().doubleSpend();
  };
  const history = ready.then(() => loaded().history).then(({ agreed, blocks }) => ({ agreed, blocks }));
  history.catch(() => {});
  return {
    ready,
    history,
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
      return seedBody(await seedNewTransaction(loaded(), request));
    },
    async mine() {
      await ready;
      return seedBody(await seedMine(loaded()));
    },
    chain: () => exportChainWithConfirmations(wholeChainOf(loaded())),
    exportChain: (format = 'json') => loaded().chainFile(format),
    async importChain(text) {
      await ready;
      const { blocks: _, ...verdict } = unwrap(await loaded().importChain(text));
      return verdict;
    },
    backup: () => backupsOf(loaded()).backup(),
    async restore(text) {
      await ready;
      const restored = await backupsOf(loaded()).restore(text);
      if (!restored.ok) throw new BackupError(restored.problem);
      return restored.value;
    },
    async registerNodes(ids) {
      await ready;
      return seedBody(await seedRegisterNodes(loaded(), { nodes: ids }));
    },
    async resolve() {
      await ready;
      return seedBody(await seedResolve(loaded()));
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
    room: () => loaded().roomReports(),
    goOffline: (keepLinksTo = []) => void unwrap(loaded().setOnline(false, keepLinksTo)),
    goOnline: () => void unwrap(loaded().setOnline(true)),
    get online() {
      return networked().online;
    },
    traffic: () => loaded().traffic(),
    get inviteUrl() {
      return networked().inviteUrl;
    },
    allowHttp: async (on) => {
      const node = loaded();
      const { httpBridgeFor } = await import('./http-bridge.ts');
      return httpBridgeFor(node).allow(on);
    },
    mempool: () =>
      loaded()
        .snapshot()
        .mempool.map((tx) => ({ ...transactionToJson(tx), confirmations: 0 })),
    storage() {
      // From the chain, not snapshot(): a script polling the tip every few milliseconds (bench/propagation.ts, in
      // eight tabs) should not build the peers' details, the mempool's list and the balance each time.
      const { chain } = loaded();
      return { height: chain.height, tipHash: chain.tip.hash, saved };
    },
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
    async devices() {
      await ready;
      return (await iotConsole()).devices(loaded());
    },
    async addDevice(name) {
      await ready;
      return (await iotConsole()).addDevice(loaded(), name);
    },
    async postReading(device, reading) {
      await ready;
      return (await iotConsole()).postReading(loaded(), device, reading);
    },
    async deviceRecords() {
      await ready;
      return (await iotConsole()).deviceRecords(loaded());
    },
    attack: {
      state: async () => (await lesson()).state(),
      pay: async (recipient, amount) => unwrap(await (await lesson()).pay({ recipient, amount })),
      goDark: async (options = {}) => unwrap((await lesson()).goDark(options)),
      assist: async (attacker) => unwrap((await lesson()).assist(attacker)),
      rejoin: async () => unwrap(await (await lesson()).rejoin()),
      reset: async () => (await lesson()).reset(),
    },
    dropped: () =>
      loaded()
        .dropped()
        .map(({ transaction, code }) => ({ ...transactionToJson(transaction), code })),
    help: () => t('console.help'),
  };
}
