// What each checked message from a ready peer does: one function per message type, one switch over the union.
import { transactionFromJson } from '../core/index.ts';
import { admitBlock, decodeBlock } from './admission.ts';
import { serveChain } from './chain-transfer.ts';
import type { DispatchContext } from './context.ts';
import { ProtocolFault } from './misbehaviour.ts';
import type { PeerSession } from './peer-session.ts';
import type { Message, StatusMessage } from './protocol.ts';
import { serveBlocks } from './sync.ts';

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
      onBlock(ctx, session, message.block);
      break;
    case 'get-blocks':
      serveBlocks(ctx, session, message);
      break;
    case 'get-chain':
      serveChain(ctx, session, message).catch((error: unknown) => {
        console.error(`serving the chain to ${session.peerId} failed`, error);
      });
      break;
    case 'blocks':
    case 'chain':
      // An answer nobody waits for any more (it came after the timeout) is dropped without blame.
      session.answer(message, bytes);
      break;
    case 'peers':
      ctx.addCandidates(message.peers);
      break;
  }
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
  const block = decodeBlock(ctx, session, json);
  if (block === null) return;
  if (admitBlock(ctx, session, block) === 'orphan') {
    // Its ancestors are missing: fetch them from this peer by locator.
    session.wantSync();
    ctx.requestSync();
  }
}
