// Block anatomy's arithmetic, pure (no DOM): the header's fields where the core's layout puts them and their bytes
// as the core encoded them, the target a difficulty allows and the leading zeros of both, the height picker's rule,
// and the Merkle tree with one transaction's path to the root, all from the core's own functions.
import {
  type Block,
  bytesToHex,
  DIFFICULTY_OFFSET,
  HEADER_SIZE,
  hexToBytes,
  INDEX_OFFSET,
  leadingZeroBits,
  leafHashOf,
  merkleLevels,
  merklePath,
  merkleRootFromPath,
  NONCE_OFFSET,
  PREVIOUS_HASH_OFFSET,
  TIMESTAMP_OFFSET,
  TRANSACTIONS_ROOT_OFFSET,
  VERSION_OFFSET,
} from '../core/index.ts';
import { hexToBits } from './hash-playground-model.ts';

export const HEADER_FIELD_NAMES = [
  'version',
  'index',
  'timestamp',
  'previousHash',
  'transactionsRoot',
  'difficulty',
  'nonce',
] as const;
export type HeaderFieldName = (typeof HEADER_FIELD_NAMES)[number];

const OFFSETS: Readonly<Record<HeaderFieldName, number>> = {
  version: VERSION_OFFSET,
  index: INDEX_OFFSET,
  timestamp: TIMESTAMP_OFFSET,
  previousHash: PREVIOUS_HASH_OFFSET,
  transactionsRoot: TRANSACTIONS_ROOT_OFFSET,
  difficulty: DIFFICULTY_OFFSET,
  nonce: NONCE_OFFSET,
};

export type HeaderPart = {
  readonly name: HeaderFieldName;
  /** 1 to 7 in byte order: the number shown beside the field's colour, so no reader depends on colour alone. */
  readonly number: number;
  readonly offset: number;
  readonly size: number;
  /** The field's bytes as two-character hex, cut from the header the core encoded. */
  readonly bytes: readonly string[];
  /** The value the block states for the field: decimal for numbers, hex for hashes. */
  readonly value: string;
};

function fieldValue(block: Block, name: HeaderFieldName): string {
  const value = block[name];
  return typeof value === 'number' ? String(value) : value;
}

/** The header's fields in byte order, each with its bytes from `block.header`: the core's encoding, not a copy of it. */
export function headerParts(block: Block): HeaderPart[] {
  const starts = HEADER_FIELD_NAMES.map((name) => OFFSETS[name]);
  return HEADER_FIELD_NAMES.map((name, i) => {
    const offset = starts[i] as number;
    const end = starts[i + 1] ?? HEADER_SIZE;
    const bytes = [...block.header.subarray(offset, end)].map((byte) => byte.toString(16).padStart(2, '0'));
    return { name, number: i + 1, offset, size: end - offset, bytes, value: fieldValue(block, name) };
  });
}

/** The largest hash that meets `difficulty` (leading zero bits), in hex: the rule as a number to compare with. */
export function targetHex(difficulty: number): string {
  const bits = '0'.repeat(difficulty) + '1'.repeat(256 - difficulty);
  let hex = '';
  for (let i = 0; i < 256; i += 4) hex += Number.parseInt(bits.slice(i, i + 4), 2).toString(16);
  return hex;
}

export type ZeroReading = {
  readonly hex: string;
  readonly bits: string;
  readonly zeroBits: number;
  /** Whole hex digits that are zero: the leading zero bits past them sit inside the next digit. */
  readonly zeroDigits: number;
};

export function readZeros(hex: string): ZeroReading {
  const zeroBits = leadingZeroBits(hexToBytes(hex));
  return { hex, bits: hexToBits(hex), zeroBits, zeroDigits: Math.floor(zeroBits / 4) };
}

/** Bits worth drawing: whole rows of 32 reaching at least 8 bits past the zeros, so the first one is always seen. */
export function shownBits(zeroBits: number): number {
  return Math.min(256, Math.max(32, Math.ceil((zeroBits + 8) / 32) * 32));
}

export type HeightChoice =
  | { readonly ok: true; readonly height: number }
  | { readonly ok: false; readonly problem: 'not-whole' | 'out-of-range' };

/** The picker's text as a height on the main chain (1 to `tip`). */
export function parseHeight(text: string, tip: number): HeightChoice {
  const trimmed = text.trim();
  if (!/^\d{1,10}$/.test(trimmed)) return { ok: false, problem: 'not-whole' };
  const height = Number(trimmed);
  return height >= 1 && height <= tip ? { ok: true, height } : { ok: false, problem: 'out-of-range' };
}

export type MerkleNodeRole = 'path' | 'sibling' | null;

export type MerkleNode = {
  readonly level: number;
  readonly position: number;
  readonly hash: string;
  /** The leaves under this node: from `firstLeaf`, `leafCount` of them (where it is drawn). */
  readonly firstLeaf: number;
  readonly leafCount: number;
  /** Leaves under its left child, when it has two children; null for a leaf or a promoted node. */
  readonly leftLeaves: number | null;
  readonly role: MerkleNodeRole;
};

export type PathStep = { readonly level: number; readonly sibling: string; readonly siblingOnLeft: boolean };

export type MerkleDrawing = {
  /** Level 0 (one node per transaction) first, the root's level last. */
  readonly levels: readonly (readonly MerkleNode[])[];
  readonly root: string;
  readonly selected: number | null;
  /** The selected transaction's leaf node, its path's steps and the root they lead to; null with none selected. */
  readonly path: { readonly leaf: string; readonly steps: readonly PathStep[]; readonly root: string } | null;
};

/** The block's Merkle tree from its transactions' leaf hashes, and the path of transaction `selected` if given. */
export function merkleDrawing(block: Block, selected: number | null): MerkleDrawing {
  const leafHashes = block.transactions.map(leafHashOf);
  const levels = merkleLevels(leafHashes);
  const inRange = selected !== null && selected >= 0 && selected < leafHashes.length ? selected : null;
  const steps = inRange === null ? [] : merklePath(leafHashes, inRange);
  const siblings = new Set(steps.map((step) => `${step.level}:${step.position}`));
  const roleOf = (level: number, position: number): MerkleNodeRole => {
    if (inRange === null) return null;
    if (inRange >> level === position) return 'path';
    return siblings.has(`${level}:${position}`) ? 'sibling' : null;
  };
  const drawn = levels.map((nodes, level) =>
    nodes.map((hash, position): MerkleNode => {
      const span = 2 ** level;
      const firstLeaf = position * span;
      const leafCount = Math.min(span, leafHashes.length - firstLeaf);
      const leftLeaves = level > 0 && leafCount > span / 2 ? span / 2 : null;
      return {
        level,
        position,
        hash: bytesToHex(hash),
        firstLeaf,
        leafCount,
        leftLeaves,
        role: roleOf(level, position),
      };
    }),
  );
  const leaf = inRange === null ? null : (leafHashes[inRange] as Uint8Array);
  return {
    levels: drawn,
    root: drawn.at(-1)?.[0]?.hash ?? '',
    selected: inRange,
    path:
      leaf === null
        ? null
        : {
            leaf: drawn[0]?.[inRange as number]?.hash ?? '',
            steps: steps.map((step) => ({
              level: step.level,
              sibling: bytesToHex(step.sibling),
              siblingOnLeft: step.siblingOnLeft,
            })),
            root: bytesToHex(merkleRootFromPath(leaf, steps)),
          },
  };
}
