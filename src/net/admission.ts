// The one way a peer's block reaches the node: decoded by the core, validated in full by the node (alone, or as a
// batch whose signatures are verified together), and the verdict turned into what it means for the peer.
import {
  type Added,
  type Block,
  blockFromBytes,
  blockFromJson,
  type PreparedBlocks,
  RejectCode,
  type Result,
} from '../core/index.ts';
import type { HandlerContext } from './context.ts';
import type { SyncEnd } from './network-events.ts';
import type { PeerSession } from './peer-session.ts';

/** How a peer's block fared: added to the tree, already there, held for its parent, or refused. */
export type Admission = 'added' | 'known' | 'orphan' | 'refused';

/**
 * Decodes a block from a peer: JSON, or block bytes from a binary message (JSON.parse never makes a byte array). A
 * body that does not decode is charged like an invalid block.
 */
export function decodeBlock(ctx: HandlerContext, session: PeerSession, body: unknown): Block | null {
  const max = ctx.node.params.maxTransactionsPerBlock;
  const decoded = body instanceof Uint8Array ? blockFromBytes(body, max) : blockFromJson(body, max);
  if (decoded.ok) return decoded.value;
  ctx.penalize(session, decoded.code, 'block', decoded.detail);
  return null;
}

/** What the node's verdict on a peer's block means for the peer: its work known to us rises, or it is charged. */
function judge(ctx: HandlerContext, session: PeerSession, block: Block, result: Result<Added>): Admission {
  if (result.ok) {
    const work = ctx.node.chain.totalWorkOf(block.hash);
    if (work !== undefined) session.raiseClaimedWork(work);
    return 'added';
  }
  if (result.code === RejectCode.DuplicateBlock) return 'known';
  if (result.code === RejectCode.UnknownParent) return 'orphan';
  ctx.penalize(session, result.code, 'block', result.detail);
  return 'refused';
}

/** Hands one peer block (a relayed new block) to the node, named as its origin: what it holds for a parent is per peer. */
export function admitBlock(ctx: HandlerContext, session: PeerSession, block: Block): Admission {
  session.markKnown(block.hash);
  return judge(ctx, session, block, ctx.node.acceptBlock(block, 'peer', session.peerId));
}

export type BatchResult = {
  readonly added: number;
  /** Hash of the last block that was added or already known. */
  readonly last: string | null;
  /** Why the batch stopped early, or null when every block went in. */
  readonly stoppedBy: SyncEnd | null;
};

/**
 * Hands a peer's blocks to the node as one batch (signatures verified together: the fast path of a sync) and reads
 * the verdicts in order up to the first block refused or not connecting. The peer is charged for that one only:
 * what follows it cannot be valid either.
 */
export async function admitBlocks(
  ctx: HandlerContext,
  session: PeerSession,
  batch: PreparedBlocks,
): Promise<BatchResult> {
  const { blocks } = batch;
  for (const block of blocks) session.markKnown(block.hash);
  const results = await ctx.node.acceptBlocks(batch, 'peer', session.peerId);
  let added = 0;
  let last: string | null = null;
  for (const [i, block] of blocks.entries()) {
    const result = results[i];
    if (result === undefined) return { added, last, stoppedBy: { code: 'no-verdict' } };
    const admission = judge(ctx, session, block, result);
    if (admission === 'refused') return { added, last, stoppedBy: { code: 'invalid-block', index: block.index } };
    if (admission === 'orphan') return { added, last, stoppedBy: { code: 'not-following', index: block.index } };
    if (admission === 'added') added++;
    last = block.hash;
  }
  return { added, last, stoppedBy: null };
}

/** A peer's batch decoded up to the first body that does not decode, its signatures already being checked. */
export type DecodedBatch = { readonly prepared: PreparedBlocks; readonly undecodable: boolean };

/** Decodes a batch in order up to the first body that does not decode, and starts checking its signatures. */
export function decodeBatch(ctx: HandlerContext, session: PeerSession, bodies: readonly unknown[]): DecodedBatch {
  const blocks: Block[] = [];
  for (const body of bodies) {
    const block = decodeBlock(ctx, session, body);
    if (block === null) break;
    blocks.push(block);
  }
  return { prepared: ctx.node.prepareBlocks(blocks), undecodable: blocks.length < bodies.length };
}

/** Admits what decoded; a batch cut short by a body that does not decode stops there. */
export async function admitDecoded(
  ctx: HandlerContext,
  session: PeerSession,
  batch: DecodedBatch,
): Promise<BatchResult> {
  const admitted = await admitBlocks(ctx, session, batch.prepared);
  if (admitted.stoppedBy === null && batch.undecodable) {
    return { ...admitted, stoppedBy: { code: 'undecodable', index: batch.prepared.blocks.length + 1 } };
  }
  return admitted;
}
