// The hash playground's arithmetic: a text's SHA-256, which hex characters changed since the previous text (the
// avalanche effect), and its leading zero bits judged by the chain's own proof-of-work rule. Pure: no DOM.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, leadingZeroBits, utf8 } from '../core/index.ts';

/** The difficulties the playground offers: beyond 32 leading zero bits no typed text will ever get there. */
export const MAX_PLAYGROUND_DIFFICULTY = 32;

export type HashReading = {
  /** 64 lowercase hex characters. */
  readonly hex: string;
  /** Positions (0..63) of the hex characters that differ from the previous hash; empty when there is none. */
  readonly changed: readonly number[];
  /** The 256 bits as '0'/'1' characters, most significant first. */
  readonly bits: string;
  readonly leadingZeroBits: number;
  readonly difficulty: number;
  /** The chain's rule: a hash meets difficulty D when it starts with at least D zero bits. */
  readonly meetsDifficulty: boolean;
};

/** Hex positions where `hex` and `previous` differ; none when there is no previous hash to compare with. */
export function changedPositions(hex: string, previous: string | null): number[] {
  if (previous === null) return [];
  const positions: number[] = [];
  for (let i = 0; i < hex.length; i++) if (hex[i] !== previous[i]) positions.push(i);
  return positions;
}

export function hexToBits(hex: string): string {
  let bits = '';
  for (const digit of hex) bits += Number.parseInt(digit, 16).toString(2).padStart(4, '0');
  return bits;
}

/** A difficulty field's text as a whole number in 0..MAX_PLAYGROUND_DIFFICULTY, or null when it is not one. */
export function parseDifficulty(text: string): number | null {
  if (!/^\d{1,2}$/.test(text.trim())) return null;
  const value = Number(text.trim());
  return value <= MAX_PLAYGROUND_DIFFICULTY ? value : null;
}

export function readHash(text: string, previousHex: string | null, difficulty: number): HashReading {
  const digest = sha256(utf8(text));
  const hex = bytesToHex(digest);
  const zeros = leadingZeroBits(digest);
  return {
    hex,
    changed: changedPositions(hex, previousHex),
    bits: hexToBits(hex),
    leadingZeroBits: zeros,
    difficulty,
    meetsDifficulty: zeros >= difficulty,
  };
}
