// How the peer network behaves locally: connection counts, timings, batch sizes, buffers. None of these is part of
// the protocol (protocol.ts has the limits both sides must share); each can be changed per node.

export type NetworkConfig = {
  /** Open links at most, both directions together. */
  readonly maxConnections: number;
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
  /** Blocks asked for per get-blocks (at most MAX_BLOCKS_PER_MESSAGE). */
  readonly blocksPerRequest: number;
  /** A blocks or chain message is filled up to about this many bytes of JSON (always with at least one block). */
  readonly batchBytes: number;
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
};

export const DEFAULT_NETWORK_CONFIG: NetworkConfig = {
  maxConnections: 8,
  heartbeatMs: 3_000,
  deadAfterMs: 10_000,
  dialTimeoutMs: 15_000,
  gossipEveryBeats: 10,
  requestTimeoutMs: 15_000,
  blocksPerRequest: 500,
  // 512 KiB: thirty-two 16 KiB frames, about 500 small blocks (the most one message carries), half the smallest
  // message limit (1 MiB). Against 256 KiB it halves the round trips of a 10,000-block sync, a fifth of its time.
  batchBytes: 512 * 1024,
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
};

/** Fills in defaults and checks the result; throws RangeError naming a field no network can run with. */
export function createNetworkConfig(overrides: Partial<NetworkConfig> = {}): NetworkConfig {
  const config = { ...DEFAULT_NETWORK_CONFIG, ...overrides };
  for (const [field, value] of Object.entries(config)) {
    if (!Number.isSafeInteger(value) || value < 1) {
      throw new RangeError(`network config ${field} must be a positive integer, got ${String(value)}`);
    }
  }
  if (config.lowWaterBytes > config.highWaterBytes)
    throw new RangeError('lowWaterBytes must not exceed highWaterBytes');
  if (config.deadAfterMs <= config.heartbeatMs) throw new RangeError('deadAfterMs must exceed heartbeatMs');
  return Object.freeze(config);
}
