// The contract between the chain bench page (chain-bench.ts) and the Chromium node suites (cold-start.ts, sync.ts):
// `window.chainBench`. Types only.

export type StoredChain = {
  /** Blocks written (the genesis block is never stored, as a node never stores it). */
  readonly blocks: number;
  readonly tipHash: string;
  /** One saveBlocks call, its compaction included. */
  readonly saveMs: number;
};

export type LoadSplit = {
  /** Opening the node's IndexedDB database. */
  readonly openMs: number;
  /** `store.load()`: the reads and decoding every record into blocks. */
  readonly loadMs: number;
  /** Adding the loaded blocks to a new Blockchain as BlockchainNode.open does (trusted: no signature checks). */
  readonly rebuildMs: number;
  readonly height: number;
};

export type BrowserValidation = {
  readonly ms: number;
  /** When it began, in epoch ms (the page's timeOrigin + now()): the bench reads the machine's CPU over it. */
  readonly startedAt: number;
  /** Which verifier the page got: WebCrypto in a secure context, noble otherwise. */
  readonly verifier: 'webcrypto' | 'noble';
  readonly height: number;
};

export type StoreLag = {
  /** Blocks mined (and admitted) in the run, and how fast. */
  readonly blocks: number;
  readonly blocksPerSecond: number;
  /** Store transactions committed in the run. */
  readonly saves: number;
  /** The most blocks admitted and not yet committed, at any admission. */
  readonly lagBlocksMax: number;
  /** The longest any block waited from its admission until the save carrying it committed. */
  readonly lagMsMax: number;
  /**
   * That block's wait in two parts: until its save began (the save before it still running, or the node's queue)
   * and the save itself, with how many blocks the save carried.
   */
  readonly worst: { readonly queuedMs: number; readonly saveMs: number; readonly saveBlocks: number };
  /** The longest the page's event loop went without running a 5 ms timer: a save's wait the page itself caused. */
  readonly loopGapMsMax: number;
};

export type FloodFigures = {
  /** The owner's newTransaction on an idle node, one per run. */
  readonly idleMs: readonly number[];
  /** The same while a peer floods the node, one per run. */
  readonly floodedMs: readonly number[];
  /** How many of the flood's transactions the mempool admitted, per run (the rest found no room). */
  readonly admitted: readonly number[];
};

export interface ChainBenchApi {
  /** Fetches the bench chain from `chainUrl` and writes it into the database of node `nodeId`, as a node would have. */
  storeChain(nodeId: string, chainUrl: string): Promise<StoredChain>;
  /** Times the parts of a node start on node `nodeId`'s database, in this page (no lock, no network). */
  loadSplit(nodeId: string): Promise<LoadSplit>;
  /** The node's validateChain (signatures in one batch) on the chain at `chainUrl`; fetch and parse excluded. */
  validate(chainUrl: string): Promise<BrowserValidation>;
  /** A node auto-mining at `difficulty` for `seconds` on a new database: how far its store falls behind. */
  storeLag(difficulty: number, seconds: number): Promise<StoreLag>;
  /** The owner's newTransaction idle and during a flood of `flood` peer transactions, `runs` new nodes. */
  floodOwnerTx(flood: number, runs: number): Promise<FloodFigures>;
}

declare global {
  interface Window {
    chainBench?: ChainBenchApi;
  }
}
