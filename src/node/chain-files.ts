// Checking a chain file (this app's JSON or block.txt, of any room) with every rule of the network it names: each
// block decoded, linked to the one before, its signatures checked in one batch, then replayed on a fresh chain. The
// verdict names the first block that fails and why, as codes the page words.
import {
  type Block,
  Blockchain,
  blockFromJson,
  type ChainFileFormat,
  type NetworkParams,
  RejectCode,
  readAppChainFile,
} from '../core/index.ts';
import { replayBlocks } from './chain-validation.ts';
import { type SignatureVerifier, verifyBlockSignatures } from './signature-verifier.ts';

/** The first block a file's chain fails at: its index (its place in the file where it has none) and the reason code. */
export type FirstInvalid = { readonly index: number; readonly reason: string };

export type AppChainVerdict = {
  readonly format: 'this-app';
  readonly layout: ChainFileFormat;
  readonly valid: boolean;
  /** Blocks in the file. */
  readonly length: number;
  /** The room the file's genesis names; null when it names none this app can make. */
  readonly network: string | null;
  readonly firstInvalid: FirstInvalid | null;
};

export type CheckedAppChain = {
  readonly verdict: AppChainVerdict;
  readonly params: NetworkParams | null;
  /** The blocks that decoded, in file order (the genesis first), for showing and for offering to a node. */
  readonly blocks: readonly Block[];
  /** The cumulative work of the valid part of the file's chain. */
  readonly work: bigint;
};

/** Decodes the file's blocks in order, each linked to the one before, up to the first that fails. */
function decodeLinked(
  jsons: readonly unknown[],
  params: NetworkParams,
): { blocks: Block[]; failed: FirstInvalid | null } {
  const blocks: Block[] = [];
  for (const [position, json] of jsons.entries()) {
    const decoded = blockFromJson(json, params.maxTransactionsPerBlock);
    if (!decoded.ok) return { blocks, failed: { index: position + 1, reason: decoded.code } };
    const block = decoded.value;
    const previous = blocks.at(-1);
    if (previous && (block.previousHash !== previous.hash || block.index !== previous.index + 1)) {
      return { blocks, failed: { index: block.index, reason: RejectCode.BrokenLink } };
    }
    blocks.push(block);
  }
  return { blocks, failed: null };
}

/** Checks a file of this app's chain; null when the text is not one (another format, or no chain at all). */
export async function checkAppChainFile(
  text: string,
  now: number,
  verifier: SignatureVerifier,
): Promise<CheckedAppChain | null> {
  const file = readAppChainFile(text);
  if (file === null) return null;
  const base = { format: 'this-app', layout: file.layout, length: file.blocks.length } as const;
  if (file.params === null) {
    const firstInvalid = { index: 1, reason: RejectCode.WrongGenesis };
    return { verdict: { ...base, valid: false, network: null, firstInvalid }, params: null, blocks: [], work: 0n };
  }
  const { params } = file;
  const { blocks, failed } = decodeLinked(file.blocks, params);
  const chain = new Blockchain(params);
  const rest = blocks.slice(1);
  const verified = await verifyBlockSignatures(rest, params, verifier).catch(() => rest.map(() => false));
  // Blocks before one that did not decode or link may still fail first.
  const refused = replayBlocks(chain, rest, verified, now);
  const firstInvalid = refused === null ? failed : { index: refused.block.index, reason: refused.rejection.code };
  const verdict = { ...base, valid: firstInvalid === null, network: params.name, firstInvalid };
  return { verdict, params, blocks, work: chain.totalWork };
}
