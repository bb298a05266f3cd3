// The seed's resolve over the wire: sending our whole main chain in bounded parts with backpressure (get-chain ->
// chain ...), and fetching a peer's, checking it as a {chain, length} document and offering every block to the
// node, whose fork choice decides.
import { type Block, parseChain, RejectCode, type Result, reject } from '../core/index.ts';
import { admitBlocks } from './admission.ts';
import type { HandlerContext } from './context.ts';
import { ProtocolFault } from './misbehaviour.ts';
import type { SyncEnd } from './network-events.ts';
import type { PeerSession } from './peer-session.ts';
import { type ChainMessage, type GetChainMessage, MAX_BLOCKS_PER_MESSAGE, maxMessageBytes } from './protocol.ts';
import { packBlocks } from './sync.ts';

/** Blocks of a fetched chain handed to the node per batch. */
const RESOLVE_SLICE = 500;

/**
 * Streams a snapshot of our main chain to the peer, one part at a time: the next part is encoded only once the
 * last one has been handed to the link, so a 10,000-block answer never sits in memory as frames.
 */
export async function serveChain(ctx: HandlerContext, session: PeerSession, message: GetChainMessage): Promise<void> {
  if (!session.startServingChain()) {
    ctx.penalize(session, ProtocolFault.Flooding, 'protocol', 'get-chain while the last one is still being answered');
    return;
  }
  try {
    // A node started on its ledger snapshot sends its chain from genesis once it holds it.
    await ctx.node.whenHistory?.();
    const blocks = ctx.node.chain.mainChain();
    for (let sent = 0; sent < blocks.length && !session.isClosed; ) {
      await session.writable();
      const part = packBlocks(blocks, sent, MAX_BLOCKS_PER_MESSAGE, ctx.config.batchBytes);
      session.send({ type: 'chain', request: message.request, length: blocks.length, from: sent + 1, blocks: part });
      sent += part.length;
    }
  } finally {
    session.finishServingChain();
  }
}

/** Thrown from inside the answer handler, so the request fails with the code the peer is charged for. */
class ChainTransferError extends Error {
  constructor(
    readonly code: RejectCode,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The most blocks a peer's chain may state: its status height or our own height (what its relayed blocks brought
 * us to, while its status ages on a long link), whichever is more, plus the blocks that may have been mined since.
 */
function supportedLength(ctx: HandlerContext, session: PeerSession): number {
  return Math.max(session.status?.height ?? 1, ctx.node.chain.height) + ctx.config.chainLengthMargin;
}

/**
 * A peer's whole main chain, parts put together in order, then parsed as a chain document. Bounded three ways by
 * what the first part states: the length by what the peer's status supports (a fault beyond it), the bytes by the
 * length times the largest message a block can travel in (and maxChainBytes), and the time by a deadline that
 * grows with the length, never past `leftMs`, so a peer dripping one-block parts cannot hold resolve() open.
 */
async function fetchChain(ctx: HandlerContext, session: PeerSession, leftMs: number): Promise<Result<Block[]>> {
  const { config } = ctx;
  const request = session.newRequestId();
  const supported = supportedLength(ctx, session);
  const perBlockBytes = maxMessageBytes(ctx.node.params);
  const blocks: unknown[] = [];
  let length = 0;
  let budget = 0;
  let bytes = 0;
  const collect = (part: ChainMessage, partBytes: number) => {
    if (blocks.length === 0) {
      length = part.length;
      if (length > supported) {
        throw new ChainTransferError(
          RejectCode.BadLength,
          `a chain of ${length} blocks, past the ${supported} its status height or ours allows`,
        );
      }
      // Every part carries at least one block and is one message: never more bytes than this for `length` blocks.
      budget = Math.min(config.maxChainBytes, length * perBlockBytes);
    }
    if (part.length !== length || part.from !== blocks.length + 1) {
      throw new ChainTransferError(
        RejectCode.Malformed,
        `chain part from ${part.from} of ${part.length} is out of order`,
      );
    }
    bytes += partBytes;
    if (bytes > budget) {
      throw new ChainTransferError(RejectCode.BadLength, `chain of ${length} blocks passes ${budget} bytes`);
    }
    blocks.push(...part.blocks);
    return blocks.length === length ? 'done' : 'more';
  };
  const received = session.awaitAnswers('chain', request, collect, {
    deadlineMs: Math.min(leftMs, config.requestDeadlineMs),
    deadlineFromFirst: (first) =>
      Math.min(leftMs, config.requestDeadlineMs + first.length * config.chainDeadlinePerBlockMs),
  });
  session.send({ type: 'get-chain', request });
  try {
    await received;
  } catch (error) {
    if (error instanceof ChainTransferError) return reject(error.code, error.message);
    throw error;
  }
  return parseChain({ chain: blocks, length }, ctx.node.params);
}

export type ResolveOutcome = { readonly peerId: string; readonly added: number; readonly end: SyncEnd };

/**
 * Asks one peer for its chain and offers each block we lack to the node, stopping at the first refused one. The
 * chain must be in within `leftMs` (what is left of the resolve): past it this peer's part fails, uncharged, since
 * an honest peer on a slow link can miss it too.
 */
export async function resolveWith(ctx: HandlerContext, session: PeerSession, leftMs: number): Promise<ResolveOutcome> {
  const peerId = session.peerId;
  if (leftMs <= 0) return { peerId, added: 0, end: { code: 'failed', error: 'the resolve ran out of time' } };
  let parsed: Result<Block[]>;
  try {
    parsed = await fetchChain(ctx, session, leftMs);
  } catch (error) {
    return { peerId, added: 0, end: { code: 'failed', error: error instanceof Error ? error.message : String(error) } };
  }
  if (!parsed.ok) {
    ctx.penalize(session, parsed.code, 'chain', parsed.detail);
    return { peerId, added: 0, end: { code: 'chain-refused', reason: parsed.code } };
  }
  const { chain } = ctx.node;
  const missing = parsed.value.filter((block) => !chain.hasBlock(block.hash));
  return ctx.inBulk(async () => {
    let added = 0;
    // In slices, so a 10,000-block chain does not hold the page for one long verification; each slice's signatures
    // are being checked while the one before it is admitted.
    const slices: Block[][] = [];
    for (let start = 0; start < missing.length; start += RESOLVE_SLICE) {
      slices.push(missing.slice(start, start + RESOLVE_SLICE));
    }
    let next = slices[0] ? ctx.node.prepareBlocks(slices[0]) : null;
    for (let i = 0; next !== null; i++) {
      const current = next;
      const following = slices[i + 1];
      next = following ? ctx.node.prepareBlocks(following) : null;
      const batch = await admitBlocks(ctx, session, current);
      added += batch.added;
      if (batch.stoppedBy !== null) return { peerId, added, end: batch.stoppedBy };
    }
    return { peerId, added, end: { code: 'resolved' } };
  });
}
