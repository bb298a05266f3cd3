// Block sync: serving get-blocks from our main chain, and catching up with a peer by block locator, batch after
// batch, from where our chains part (never the whole chain), one peer at a time.
import { type Block, type BlockJson, blockToJson, encodeBlockBytes, utf8Length } from '../core/index.ts';
import { admitDecoded, type DecodedBatch, decodeBatch } from './admission.ts';
import { wantsBlockBytes } from './binary-messages.ts';
import type { HandlerContext } from './context.ts';
import type { SyncEnd } from './network-events.ts';
import type { PeerSession } from './peer-session.ts';
import { type BlocksMessage, type GetBlocksMessage, MAX_BLOCKS_PER_MESSAGE, MAX_LOCATOR_HASHES } from './protocol.ts';

/** One block as it travels, and the bytes it adds to its message. */
type Packed<T> = { readonly body: T; readonly bytes: number };

function asJson(block: Block): Packed<BlockJson> {
  const body = blockToJson(block);
  return { body, bytes: utf8Length(JSON.stringify(body)) + 1 };
}

function asBlockBytes(block: Block): Packed<Uint8Array> {
  const body = encodeBlockBytes(block);
  return { body, bytes: body.length + 4 };
}

/**
 * Blocks from `start` on, up to `maxCount` and about `budgetBytes` (always at least one block, so a large block
 * still travels, alone).
 */
function pack<T>(
  blocks: readonly Block[],
  start: number,
  maxCount: number,
  budgetBytes: number,
  encode: (block: Block) => Packed<T>,
): T[] {
  const packed: T[] = [];
  let bytes = 0;
  for (let i = start; packed.length < maxCount; i++) {
    const block = blocks[i];
    if (block === undefined) break;
    const one = encode(block);
    if (packed.length > 0 && bytes + one.bytes > budgetBytes) break;
    packed.push(one.body);
    bytes += one.bytes;
  }
  return packed;
}

/** Blocks from `start` on as JSON, as pack() counts them. */
export function packBlocks(
  blocks: readonly Block[],
  start: number,
  maxCount: number,
  budgetBytes: number,
): BlockJson[] {
  return pack(blocks, start, maxCount, budgetBytes, asJson);
}

/**
 * Answers get-blocks: our main chain after the newest locator hash we have on it. Where that lies below what a node
 * started on its ledger snapshot holds yet, after its history is in (a second or a few).
 */
export async function serveBlocks(ctx: HandlerContext, session: PeerSession, message: GetBlocksMessage): Promise<void> {
  const { chain } = ctx.node;
  if (!chain.historyComplete && !chain.isOnMainChain(chain.forkPointOf(message.locator).hash)) {
    await ctx.node.whenHistory?.();
    if (session.isClosed) return;
  }
  const fork = chain.forkPointOf(message.locator);
  const limit = Math.min(message.limit, MAX_BLOCKS_PER_MESSAGE);
  const following = chain.mainChainAfter(fork.hash, limit);
  const { batchBytes } = ctx.config;
  const blocks = wantsBlockBytes(session.status)
    ? pack(following, 0, limit, batchBytes, asBlockBytes)
    : packBlocks(following, 0, limit, batchBytes);
  for (const block of following.slice(0, blocks.length)) session.markKnown(block.hash);
  const more = fork.index + blocks.length < chain.height;
  session.send({ type: 'blocks', request: message.request, blocks, more });
}

/** Asks once for blocks after `locator` and waits (with the session's timeout) for the answer. */
async function requestBlocks(ctx: HandlerContext, session: PeerSession, locator: string[]): Promise<BlocksMessage> {
  const request = session.newRequestId();
  const answers: BlocksMessage[] = [];
  const answered = session.awaitAnswers('blocks', request, (message) => {
    answers.push(message);
    return 'done';
  });
  session.send({ type: 'get-blocks', request, locator, limit: ctx.config.blocksPerRequest });
  await answered;
  const [answer] = answers;
  if (answer === undefined) throw new Error('get-blocks resolved without an answer');
  return answer;
}

export type SyncOutcome = { readonly added: number; readonly rounds: number; readonly stoppedBy: SyncEnd };

/**
 * An answer to get-blocks as it arrived: decoded, its signatures being checked, and the last block that decoded:
 * only a guess at where to ask next (it is not admitted yet), checked once it is.
 */
type Arrival = {
  readonly batch: DecodedBatch;
  readonly count: number;
  readonly more: boolean;
  readonly end: string | null;
};

/**
 * Blocks after `from`, then after where our chains part. The answer is decoded, and its signatures start being
 * checked, the moment it arrives, even while the batch before it is still being admitted. An answer we may never
 * read fails silently.
 */
function requestAfter(ctx: HandlerContext, session: PeerSession, from: string | null): Promise<Arrival> {
  const ours = ctx.node.chain.locator();
  const locator = (from === null ? ours : [from, ...ours]).slice(0, MAX_LOCATOR_HASHES);
  const arrival = requestBlocks(ctx, session, locator).then(({ blocks, more }) => {
    const batch = decodeBatch(ctx, session, blocks);
    return { batch, count: blocks.length, more, end: more ? (batch.prepared.blocks.at(-1)?.hash ?? null) : null };
  });
  arrival.catch(() => {});
  return arrival;
}

/**
 * Catches up with one peer: asks for the blocks after where our chains part, admits them, and asks again after
 * the last one received until the peer has no more. Later rounds put the last received hash first in the locator,
 * so a branch that has not yet overtaken ours (and so is not on our main chain) is still followed to its end.
 * The next batch is asked for as soon as one arrives, from the hash its last block states, so it travels (and is
 * decoded, and its signatures checked in workers) while this one is admitted; if that block is not the one
 * admitted last, the early answer is dropped and asked for again. Rejects only when the peer stops answering.
 */
export async function syncFrom(ctx: HandlerContext, session: PeerSession): Promise<SyncOutcome> {
  let added = 0;
  let lastReceived: string | null = null;
  let answer = requestAfter(ctx, session, null);
  for (let rounds = 1; ; rounds++) {
    const { batch, count, more, end } = await answer;
    const prefetched = end !== null && end !== lastReceived ? requestAfter(ctx, session, end) : null;
    const admitted = await ctx.inBulk(() => admitDecoded(ctx, session, batch));
    added += admitted.added;
    if (admitted.stoppedBy !== null) return { added, rounds, stoppedBy: admitted.stoppedBy };
    if (session.isClosed) return { added, rounds, stoppedBy: { code: 'disconnected' } };
    if (count === 0 || !more) return { added, rounds, stoppedBy: { code: 'caught-up' } };
    // A peer that repeats itself (the same last block again) is going nowhere.
    if (admitted.last === lastReceived) return { added, rounds, stoppedBy: { code: 'no-progress' } };
    lastReceived = admitted.last;
    answer = prefetched !== null && end === lastReceived ? prefetched : requestAfter(ctx, session, lastReceived);
  }
}

export type SyncReport = { readonly peerId: string; readonly added: number; readonly outcome: SyncEnd };

/** Runs one sync at a time, with whichever ready peer claims the most work beyond ours or showed us an orphan. */
export class SyncScheduler {
  private running = false;

  constructor(
    private readonly ctx: HandlerContext,
    private readonly readyPeers: () => Iterable<PeerSession>,
    private readonly report: (report: SyncReport) => void,
  ) {}

  /** Starts a sync if one is due and none runs; called on every status and orphan, and after each sync. */
  request(): void {
    if (this.running) return;
    const ourWork = this.ctx.node.chain.totalWork;
    let best: PeerSession | null = null;
    for (const session of this.readyPeers()) {
      if (!session.syncWanted && session.claimedWork <= ourWork) continue;
      if (best === null || session.claimedWork > best.claimedWork) best = session;
    }
    if (best === null) return;
    const session = best;
    session.syncStarted();
    this.running = true;
    syncFrom(this.ctx, session)
      .then(
        (outcome) => this.report({ peerId: session.peerId, added: outcome.added, outcome: outcome.stoppedBy }),
        (error: unknown) => {
          const message = error instanceof Error ? error.message : String(error);
          this.report({ peerId: session.peerId, added: 0, outcome: { code: 'failed', error: message } });
        },
      )
      .finally(() => {
        session.capClaimedWork(this.ctx.node.chain.totalWork);
        this.running = false;
        this.request();
      });
  }
}
