// What a full node shows its peer network: its chain node, with only the news the network relays, and what the node
// is doing (for its reports to the room).
import type { NetworkNode, NodeActivity } from '../net/context.ts';
import type { BlockchainNode } from './node.ts';

/** The node as the network sees it: its chain node with the news the network relays, and what it is doing. */
export function networkPortOf(node: BlockchainNode, activity: () => NodeActivity): NetworkNode {
  return {
    activity,
    id: node.id,
    params: node.params,
    chain: node.chain,
    mempool: node.mempool,
    acceptBlock: (block, source, origin) => node.acceptBlock(block, source, { origin }),
    prepareBlocks: (blocks) => node.prepareBlocks(blocks),
    acceptBlocks: (batch, source, origin) => node.acceptBlocks(batch, source, origin),
    acceptTransaction: (transaction, source) => node.acceptTransaction(transaction, source),
    whenHistory: () => node.history,
    // Ahead of the full node, which subscribed first and hands every event on to the page: a block is relayed before
    // a view or a client hears of it, so no listener's work stands between a block's arrival and its next hop.
    subscribe: (listener) =>
      node.subscribeAhead((event) => {
        if (event.type === 'block' || event.type === 'transaction') listener(event);
      }),
  };
}
