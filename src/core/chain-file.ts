// Chain files: the seed's {chain, length} JSON and the paper's block.txt (one block's JSON per line, oldest first,
// as the paper appends them), written and read back. A file names its own network: the genesis block commits to the
// room's rules (`genesis;<fingerprint>`), so a file of any room is checked with that room's rules.
import { type Block, blockFromJson, blockToJson } from './block.ts';
import { createGenesisBlock } from './genesis.ts';
import { createNetworkParams, type NetworkOverrides, type NetworkParams } from './params.ts';

export type ChainFileFormat = 'json' | 'block.txt';

/** The chain as a file's text: the seed's GET /chain document, or the paper's block.txt. */
export function writeChainFile(blocks: readonly Block[], format: ChainFileFormat): string {
  const json = blocks.map(blockToJson);
  if (format === 'json') return `${JSON.stringify({ chain: json, length: json.length }, null, 2)}\n`;
  return json.map((block) => `${JSON.stringify(block)}\n`).join('');
}

/**
 * The blocks of a chain file as untrusted JSON values: a {chain, length} document, a bare array, or block.txt
 * lines. Null when the text is none of these (then it is not a chain file at all).
 */
export function chainFileBlocks(text: string): { readonly layout: ChainFileFormat; readonly blocks: unknown[] } | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  try {
    const whole: unknown = JSON.parse(trimmed);
    if (Array.isArray(whole)) return { layout: 'json', blocks: whole };
    if (typeof whole === 'object' && whole !== null && Array.isArray((whole as { chain?: unknown }).chain)) {
      return { layout: 'json', blocks: (whole as { chain: unknown[] }).chain };
    }
    // One block alone is a block.txt of one line.
    if (typeof whole === 'object' && whole !== null) return { layout: 'block.txt', blocks: [whole] };
    return null;
  } catch {
    // Not one JSON document: block.txt, one per line.
  }
  const blocks: unknown[] = [];
  for (const line of trimmed.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    try {
      blocks.push(JSON.parse(line));
    } catch {
      return null;
    }
  }
  return { layout: 'block.txt', blocks };
}

const FINGERPRINT_PREFIX = 'genesis;';
const INTEGER_FIELDS = ['difficulty', 'minDifficulty', 'reward', 'maxTransactionsPerBlock', 'maxInfoBytes'] as const;

/** The rules a genesis block commits to, read back from its record and confirmed by making the same genesis again. */
export function paramsFromGenesis(json: unknown): NetworkParams | null {
  const decoded = blockFromJson(json);
  if (!decoded.ok) return null;
  const info = decoded.value.transactions[0]?.info ?? '';
  if (!info.startsWith(FINGERPRINT_PREFIX)) return null;
  const fields = new Map<string, string>();
  for (const part of info.slice(FINGERPRINT_PREFIX.length).split(';')) {
    const at = part.indexOf('=');
    if (at > 0) fields.set(part.slice(0, at), part.slice(at + 1));
  }
  const name = fields.get('name');
  if (name === undefined) return null;
  const overrides: { -readonly [K in keyof NetworkOverrides]: NetworkOverrides[K] } = {};
  for (const field of INTEGER_FIELDS) {
    const value = Number(fields.get(field));
    if (!Number.isSafeInteger(value)) return null;
    overrides[field] = value;
  }
  const miners = fields.get('miners');
  if (miners !== undefined) overrides.miners = miners.split(',');
  const retarget = fields.get('retarget');
  if (retarget === undefined) return null;
  if (retarget === 'none') overrides.retarget = null;
  else {
    const [targetBlockMs, windowBlocks] = retarget.split('/').map(Number);
    if (targetBlockMs === undefined || windowBlocks === undefined) return null;
    overrides.retarget = { targetBlockMs, windowBlocks };
  }
  let params: NetworkParams;
  try {
    params = createNetworkParams(name, overrides);
  } catch {
    return null;
  }
  return createGenesisBlock(params).hash === decoded.value.hash ? params : null;
}

/** A chain file of this app: its network's rules (null when its genesis commits to none) and its blocks as written. */
export type AppChainFile = {
  readonly layout: ChainFileFormat;
  readonly params: NetworkParams | null;
  readonly blocks: readonly unknown[];
};

/** A chain file whose blocks are this app's (its block JSON has `transactions_root`), or null. */
export function readAppChainFile(text: string): AppChainFile | null {
  const file = chainFileBlocks(text);
  const [genesis] = file?.blocks ?? [];
  if (file === null || typeof genesis !== 'object' || genesis === null || !('transactions_root' in genesis)) {
    return null;
  }
  return { layout: file.layout, params: paramsFromGenesis(genesis), blocks: file.blocks };
}
