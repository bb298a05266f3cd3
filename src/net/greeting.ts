// What a node tells a peer unasked: its status as soon as a link opens (with this start's session nonce), and once
// the peer is ready, the other peers it is linked to (gossip, also every few heartbeats) and its pending
// transactions.
import { BLOCK_BYTES_FEATURE } from './binary-messages.ts';
import type { NetworkNode } from './context.ts';
import type { PeerSession } from './peer-session.ts';
import { MAX_PEERS_PER_MESSAGE, type StatusMessage } from './protocol.ts';

export function statusOf(node: NetworkNode, sessionNonce: string, blockBytes: boolean): Omit<StatusMessage, 'v'> {
  const { chain } = node;
  const status: Omit<StatusMessage, 'v'> = {
    type: 'status',
    network: node.params.name,
    genesis: chain.genesis.hash,
    tip: chain.tip.hash,
    height: chain.height,
    work: chain.totalWork.toString(),
    session: sessionNonce,
  };
  return blockBytes ? { ...status, features: [BLOCK_BYTES_FEATURE] } : status;
}

/** Tells `session` the other ready peers, up to one message's worth. */
export function sendGossip(session: PeerSession, ready: Iterable<PeerSession>): void {
  const peers = [...ready].map((s) => s.peerId).filter((id) => id !== session.peerId);
  if (peers.length > 0) session.send({ type: 'peers', peers: peers.slice(0, MAX_PEERS_PER_MESSAGE) });
}
