// Relay: every transaction and block the node accepts goes once to every ready peer that does not already have it
// (it sent it to us, or we sent it before), never back to where it came from. During a bulk import only the tip
// that results is announced; peers that lack its ancestors fetch them by locator.
import { type Block, blockToJson, type Transaction, transactionToJson } from '../core/index.ts';
import type { NetworkNode, NodeNews } from './context.ts';
import type { PeerSession } from './peer-session.ts';
import { encodeMessage } from './protocol.ts';

export class Relay {
  private bulkDepth = 0;
  private tipBeforeBulk: string | null = null;

  constructor(
    private readonly node: NetworkNode,
    private readonly readyPeers: () => Iterable<PeerSession>,
  ) {}

  /** The node's news listener. */
  readonly onNodeNews = (event: NodeNews): void => {
    if (event.type === 'transaction') this.relayTransaction(event.transaction);
    if (event.type !== 'block') return;
    if (this.bulkDepth === 0) this.relayBlock(event.block);
    // A reorg puts the transactions of disconnected blocks back in the mempool without a transaction event: they
    // may exist nowhere else (made while partitioned), so they go out again.
    for (const block of event.reorg.disconnected) {
      for (const tx of block.transactions) if (this.node.mempool.has(tx.txid)) this.relayTransaction(tx);
    }
  };

  async inBulk<T>(work: () => Promise<T>): Promise<T> {
    if (this.bulkDepth === 0) this.tipBeforeBulk = this.node.chain.tip.hash;
    this.bulkDepth++;
    try {
      return await work();
    } finally {
      this.bulkDepth--;
      if (this.bulkDepth === 0 && this.node.chain.tip.hash !== this.tipBeforeBulk) this.relayBlock(this.node.chain.tip);
    }
  }

  relayTransaction(tx: Transaction): void {
    this.sendToPeersLacking(tx.txid, () => ({ type: 'transaction', transaction: transactionToJson(tx) }));
  }

  /** Sends one transaction to one peer unless it has it: the mempool handed to a peer that just connected. */
  sendTransactionTo(session: PeerSession, tx: Transaction): void {
    if (session.knows(tx.txid)) return;
    session.markKnown(tx.txid);
    session.send({ type: 'transaction', transaction: transactionToJson(tx) });
  }

  relayBlock(block: Block): void {
    this.sendToPeersLacking(block.hash, () => ({ type: 'block', block: blockToJson(block) }));
  }

  private sendToPeersLacking(
    id: string,
    body: () => { type: 'transaction'; transaction: unknown } | { type: 'block'; block: unknown },
  ): void {
    let message: { readonly type: 'transaction' | 'block'; readonly bytes: Uint8Array } | null = null;
    for (const session of this.readyPeers()) {
      if (session.knows(id)) continue;
      if (message === null) {
        const built = body();
        message = { type: built.type, bytes: encodeMessage(built) };
      }
      session.markKnown(id);
      session.sendEncoded(message.type, message.bytes);
    }
  }
}
