// Opening a chain file on a node: the Python tutorial's block.txt is read and judged as it is; this app's files are
// checked with the rules of the room their genesis names, and a valid chain of this room with more work than the
// node's is offered to the fork choice, as a peer's would be.
import { isTutorialChainText, readTutorialChain } from '../core/tutorial-chain.ts';
import { type CommandResult, FailureCode, failed, succeeded } from './failures.ts';
import type { ImportedChain } from './full-node-types.ts';
import type { BlockchainNode } from './node.ts';

export async function importChainText(node: BlockchainNode, text: unknown): Promise<CommandResult<ImportedChain>> {
  if (typeof text !== 'string') return failed(FailureCode.NotAChainFile);
  if (isTutorialChainText(text)) {
    const { verdict, blocks } = readTutorialChain(text);
    return succeeded({ ...verdict, adopted: false, blocks });
  }
  const checked = await node.checkChainFile(text);
  if (checked === null) return failed(FailureCode.NotAChainFile);
  const { verdict, blocks, work } = checked;
  const ours = blocks[0]?.hash === node.chain.genesis.hash;
  let adopted = false;
  if (verdict.valid && ours && work > node.chain.totalWork) {
    const tipBefore = node.chain.tip.hash;
    await node.acceptBlocks(node.prepareBlocks(blocks.slice(1)), 'import');
    adopted = node.chain.tip.hash !== tipBefore;
  }
  return succeeded({ ...verdict, adopted, blocks });
}
