// What each checked message from a ready peer does: one function per message type, one switch over the union.
import { transactionFromJson } from '../core/index.ts';
import { admitBlock, decodeBlock } from './admission.ts';
import { serveChain } from './chain-transfer.ts';
import type { DispatchContext } from './context.ts';
import { ProtocolFault } from './misbehaviour.ts';
import type { PeerSession } from './peer-session.ts';
import { decodeMessage, type Message, type StatusMessage } from './protocol.ts';
import { type Limited, rateLimitsOf } from './rate-limit.ts';
import { serveBlocks } from './sync.ts';

/** What turning a link's data into dispatched messages needs from the network besides the dispatch context. */
export type Receiver = {
  readonly ctx: DispatchContext;
  /** False when the message goes no further: a returning peer's second link decides on it first (relink.ts). */
  settle(session: PeerSession, message: Message): boolean;
  /** A checked message, `bytes` long, for the network's traffic events. */
  counted(session: PeerSession, message: Message, bytes: number): void;
};

/** Data from a session's link: put together from frames, decoded, checked and dispatched; faults charged. */
export function receive(receiver: Receiver, session: PeerSession, data: unknown): void {
  const { ctx } = receiver;
  const frame = session.receive(data);
  if (frame.kind === 'partial') return;
  if (frame.kind !== 'message') {
    ctx.penalize(session, frame.kind, 'protocol', frame.detail);
    return;
  }
  const decoded = decodeMessage(frame.bytes);
  if (!decoded.ok) {
    ctx.penalize(session, ProtocolFault.Malformed, 'protocol', decoded.detail);
    return;
  }
  const { message } = decoded;
  if (!receiver.settle(session, message)) return;
  receiver.counted(session, message, frame.bytes.length);
  try {
    dispatch(ctx, session, message, frame.bytes.length);
  } catch (error) {
    // A bug of ours, not the peer's doing: log it and keep the node running.
    console.error(`handling ${message.type} from ${session.peerId} failed`, error);
  }
}

/** Hands one decoded message (`bytes` long on the wire) to its handler; nothing but status before status. */
export function dispatch(ctx: DispatchContext, session: PeerSession, message: Message, bytes: number): void {
  if (message.type !== 'status' && session.status === null) {
    ctx.penalize(session, ProtocolFault.NoStatus, 'protocol', `${message.type} before status`);
    return;
  }
  switch (message.type) {
    case 'status':
      onStatus(ctx, session, message);
      break;
    case 'ping':
      session.send({ type: 'pong', nonce: message.nonce });
      break;
    case 'pong':
      session.pong(message.nonce, ctx.clock.now());
      break;
    case 'transaction':
      onTransaction(ctx, session, message.transaction);
      break;
    case 'block':
      // Counted before anything decodes it: past the rate a parentless block costs us no more than its parse.
      if (isParentless(ctx, message.block) && !withinRate(ctx, session, 'orphan', bytes)) break;
      onBlock(ctx, session, message.block);
      break;
    case 'get-blocks':
      if (!withinRate(ctx, session, 'get-blocks')) break;
      serveBlocks(ctx, session, message).catch((error: unknown) => {
        console.error(`serving blocks to ${session.peerId} failed`, error);
      });
      break;
    case 'get-chain':
      if (!withinRate(ctx, session, 'get-chain')) break;
      serveChain(ctx, session, message).catch((error: unknown) => {
        console.error(`serving the chain to ${session.peerId} failed`, error);
      });
      break;
    case 'blocks':
    case 'chain':
      // A late part of a request we gave up on (timeout, deadline) is dropped without blame; an answer to nothing
      // is dropped too, free within its bucket and charged past it.
      if (session.answer(message, bytes) || session.gaveUpOn(message.request)) break;
      withinRate(ctx, session, 'unsolicited');
      break;
    case 'peers':
      ctx.addCandidates(message.peers);
      break;
    case 'report':
      if (!withinRate(ctx, session, 'report')) break;
      ctx.receiveReport(session, message);
      break;
  }
}

const RATE_FAULTS: Readonly<Record<Limited, ProtocolFault>> = {
  'get-blocks': ProtocolFault.Flooding,
  'get-chain': ProtocolFault.Flooding,
  orphan: ProtocolFault.Flooding,
  unsolicited: ProtocolFault.Unsolicited,
  report: ProtocolFault.Flooding,
};

/** Counts one message against its sender's bucket: true to go on; false past the rate (charged, not served). */
function withinRate(ctx: DispatchContext, session: PeerSession, what: Limited, bytes = 0): boolean {
  if (rateLimitsOf(session, ctx.clock, ctx.config).allow(what, bytes)) return true;
  ctx.penalize(session, RATE_FAULTS[what], 'protocol', `${what} past its rate limit`);
  return false;
}

/** A block whose stated parent we do not have: read from the JSON as sent, only to count it (onBlock checks all). */
function isParentless(ctx: DispatchContext, json: unknown): boolean {
  if (typeof json !== 'object' || json === null) return false;
  const parent = (json as { previous_hash?: unknown }).previous_hash;
  return typeof parent === 'string' && !ctx.node.chain.hasBlock(parent);
}

/** The first status makes the peer ready; any status may show it ahead of us. Another genesis is a ban. */
function onStatus(ctx: DispatchContext, session: PeerSession, status: StatusMessage): void {
  if (status.genesis !== ctx.node.chain.genesis.hash) {
    ctx.penalize(session, 'wrong-genesis', 'chain', `genesis ${status.genesis} of network ${status.network}`);
    return;
  }
  if (session.acceptStatus(status)) ctx.peerReady(session);
  ctx.requestSync();
}

function onTransaction(ctx: DispatchContext, session: PeerSession, json: unknown): void {
  const decoded = transactionFromJson(json);
  if (!decoded.ok) {
    ctx.penalize(session, decoded.code, 'transaction', decoded.detail);
    return;
  }
  session.markKnown(decoded.value.txid);
  const accepted = ctx.node.acceptTransaction(decoded.value, 'peer');
  if (!accepted.ok) ctx.penalize(session, accepted.code, 'transaction', accepted.detail);
}

function onBlock(ctx: DispatchContext, session: PeerSession, json: unknown): void {
  // In a mesh each new block comes from most peers: decoding every copy (hex, hashes, Merkle root) only to learn it
  // is known was most of a tab's work per block. The stated hash decides nothing else: a sender that names a block
  // we hold while sending other bytes gets them ignored, and is no longer sent that block, which it claims to have.
  const stated = (json as { hash?: unknown } | null)?.hash;
  if (typeof stated === 'string' && ctx.node.chain.hasBlock(stated)) {
    session.markKnown(stated);
    return;
  }
  const block = decodeBlock(ctx, session, json);
  if (block === null) return;
  if (admitBlock(ctx, session, block) === 'orphan') {
    // Its ancestors are missing: fetch them from this peer by locator.
    session.wantSync();
    ctx.requestSync();
  }
}
