// How the peer network behaves locally: connection counts, timings, batch sizes, buffers. None of these is part of
// the protocol (protocol.ts has the limits both sides must share); each can be changed per node.

export type NetworkConfig = {
  /** Open links at most, both directions together. */
  readonly maxConnections: number;
  /**
   * Links other peers dialled at most. The rest of maxConnections is kept for links this node dials itself
   * (registered, invited, gossiped or listed peers), so strangers who dial in cannot take them all; a node allowed
   * no more than maxInbound links keeps no such reserve.
   */
  readonly maxInbound: number;
  /** Links to tabs of this browser at most, either direction: one browser's many tabs cannot fill a node. */
  readonly maxTabLinks: number;
  /** An inbound peer linked this long that has given us nothing new for as long may lose its slot to a newcomer. */
  readonly idleEvictMs: number;
  /**
   * With this many links and its reserve of links it dialled itself filled (dials under way counted), a node dials
   * peers it was not told to link with at most once per settledDialMs. In a full room each such dial makes the peer
   * evict an idle link, whose node then dials in turn: unchecked, that one free slot went round the room as an
   * RTCPeerConnection every few seconds per node.
   */
  readonly settledLinks: number;
  readonly settledDialMs: number;
  /** After a tab of this browser is banned, tab ids not linked before the ban wait this long (fresh ids are free). */
  readonly tabBanCooldownMs: number;
  /** A ping goes to every peer this often. PeerJS does not reliably report a closed channel, so we look ourselves. */
  readonly heartbeatMs: number;
  /** A peer we heard nothing from (no pong, no anything) for this long is dead: its link is closed. */
  readonly deadAfterMs: number;
  /** A dial that has not opened a link by then has failed. */
  readonly dialTimeoutMs: number;
  /** Every this many heartbeats, each peer hears which peers we are linked to (gossip). */
  readonly gossipEveryBeats: number;
  /** Longest wait for an answer (or the next part of one) to get-blocks or get-chain. */
  readonly requestTimeoutMs: number;
  /** Requests to one peer waiting for answers at most; past it a new one fails at once. We send at most three. */
  readonly maxPendingRequests: number;
  /** Blocks asked for per get-blocks (at most MAX_BLOCKS_PER_MESSAGE). */
  readonly blocksPerRequest: number;
  /**
   * A blocks or chain message is filled up to about this many bytes (JSON, or block bytes for a peer that asked for
   * them), always with at least one block.
   */
  readonly batchBytes: number;
  /**
   * Ask peers (status feature `block-bytes`) to answer get-blocks in binary (binary-messages.ts). False: ask as a
   * node before it did, for JSON; binary answers are read either way.
   */
  readonly blockBytes: boolean;
  /** Sending pauses while a link buffers more than this, and resumes below lowWaterBytes. */
  readonly highWaterBytes: number;
  readonly lowWaterBytes: number;
  /** A link that does not drain for this long is given up. */
  readonly drainTimeoutMs: number;
  /** A peer that lets this much pile up unsent is not reading: its link is closed. */
  readonly maxQueuedBytes: number;
  /** Bytes of one whole-chain answer we keep at most while it arrives (10,000 small blocks are about 9 MB). */
  readonly maxChainBytes: number;
  /** Waits before redialling a peer that went away: doubles from min to max after each failure. */
  readonly redialMinMs: number;
  readonly redialMaxMs: number;
  /** Discovered (not registered) peers are forgotten after this many failed dials in a row. */
  readonly maxDialFailures: number;
  /** Peer ids remembered as candidates to dial. */
  readonly maxKnownPeers: number;
  /** Mempool transactions sent to a peer when the link opens, so a late joiner sees what is pending. */
  readonly mempoolOnConnect: number;
  /** Hashes and txids remembered per peer as "it has this", so nothing is sent to it twice. */
  readonly knownPerPeer: number;
  /** Every part of one answer (however many) arrives within this of asking; also a whole chain's base allowance. */
  readonly requestDeadlineMs: number;
  /** A whole chain's deadline grows by this per block its first part states, up to what is left of the resolve. */
  readonly chainDeadlinePerBlockMs: number;
  /** One resolve(), every peer's chain in turn: it settles by then, whatever the peers do. */
  readonly resolveDeadlineMs: number;
  /** A chain may state this many blocks more than the peer's status height (or ours): blocks mined since. */
  readonly chainLengthMargin: number;
  /**
   * Token buckets per peer (rate-limit.ts): a burst, refilled per minute. Past them a request is not served and the
   * sender is charged. Parentless blocks are counted in bytes, answers nobody asked for and requests by message.
   */
  readonly getBlocksBurst: number;
  readonly getBlocksPerMinute: number;
  readonly getChainBurst: number;
  readonly getChainPerMinute: number;
  readonly unsolicitedBurst: number;
  readonly unsolicitedPerMinute: number;
  readonly orphanBurstBytes: number;
  readonly orphanBytesPerMinute: number;
  /** Room reports (room-reports.ts), counted per message. */
  readonly reportBurst: number;
  readonly reportsPerMinute: number;
};

export const DEFAULT_NETWORK_CONFIG: NetworkConfig = {
  maxConnections: 8,
  // 3 of 8 slots stay for links we chose: one page holding every inbound slot still cannot cut us off.
  maxInbound: 5,
  maxTabLinks: 4,
  // Ten heartbeats: a new peer's status, mempool and sync have long shown what it has to give by then.
  idleEvictMs: 30_000,
  // Half the slots: a newcomer fills them at once; past that a free slot is worth one dial per eviction period.
  settledLinks: 4,
  settledDialMs: 30_000,
  tabBanCooldownMs: 60_000,
  heartbeatMs: 3_000,
  deadAfterMs: 10_000,
  dialTimeoutMs: 15_000,
  gossipEveryBeats: 10,
  requestTimeoutMs: 15_000,
  // A sync keeps a get-blocks and its prefetch waiting, a resolve one get-chain: 8 leaves room, never a pile.
  maxPendingRequests: 8,
  blocksPerRequest: 500,
  // 512 KiB: thirty-two 16 KiB frames, about 500 small blocks (the most one message carries), half the smallest
  // message limit (1 MiB). Against 256 KiB it halves the round trips of a 10,000-block sync, a fifth of its time.
  batchBytes: 512 * 1024,
  blockBytes: true,
  // PeerJS itself starts buffering in memory past 8 MiB of bufferedAmount; we stay far below it.
  highWaterBytes: 1024 * 1024,
  lowWaterBytes: 256 * 1024,
  drainTimeoutMs: 10_000,
  maxQueuedBytes: 32 * 1024 * 1024,
  maxChainBytes: 256 * 1024 * 1024,
  redialMinMs: 1_000,
  redialMaxMs: 60_000,
  maxDialFailures: 5,
  maxKnownPeers: 256,
  mempoolOnConnect: 500,
  knownPerPeer: 8_192,
  // A minute covers any honest single answer (one part: 15 s per part already); 50 ms a block gives a 10,000-block
  // chain (about 9 MB) 560 s, and the finding's one-block-every-4-s drip of a 70-block chain 63.5 s.
  requestDeadlineMs: 60_000,
  chainDeadlinePerBlockMs: 50,
  resolveDeadlineMs: 600_000,
  // A peer mines while linked: its status ages, its relayed blocks raise our height; 64 covers the blocks in flight
  // and a test room mining at difficulty 0 for a few seconds.
  chainLengthMargin: 64,
  // A sync asks get-blocks back to back, one per answer of up to 500 blocks or 512 KiB: 20 a second is more than
  // any link carries answers (10 MB/s); the burst lets a short-batch sync (the tests' 10 blocks a request) run free.
  getBlocksBurst: 100,
  getBlocksPerMinute: 1_200,
  // One get-chain per resolve(), which waits for the whole chain: 8 at once, then one every 10 s.
  getChainBurst: 8,
  getChainPerMinute: 6,
  // An honest node never answers what was not asked (late parts of a request we gave up on are not counted).
  unsolicitedBurst: 8,
  unsolicitedPerMinute: 4,
  // Parentless blocks are relayed tips of a peer ahead of us: 8 MiB at once (the orphan pool's total), then
  // 1 MiB/s, at least 4 KiB each (ORPHAN_MIN_COST): 256 small ones a second, more than any honest miner relays.
  orphanBurstBytes: 8 * 1024 * 1024,
  orphanBytesPerMinute: 60 * 1024 * 1024,
  // A link carries each node's report at most once per 3 s: 256 nodes (all a node remembers) greeting a new link at
  // once, then 100 a second, room for a 300-node school.
  reportBurst: 512,
  reportsPerMinute: 6_000,
};

/** Fills in defaults and checks the result; throws RangeError naming a field no network can run with. */
export function createNetworkConfig(overrides: Partial<NetworkConfig> = {}): NetworkConfig {
  const config = { ...DEFAULT_NETWORK_CONFIG, ...overrides };
  for (const [field, value] of Object.entries(config)) {
    if (typeof value === 'boolean') continue;
    if (!Number.isSafeInteger(value) || value < 1) {
      throw new RangeError(`network config ${field} must be a positive integer, got ${String(value)}`);
    }
  }
  if (config.lowWaterBytes > config.highWaterBytes)
    throw new RangeError('lowWaterBytes must not exceed highWaterBytes');
  if (config.deadAfterMs <= config.heartbeatMs) throw new RangeError('deadAfterMs must exceed heartbeatMs');
  return Object.freeze(config);
}
