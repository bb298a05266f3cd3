// Reads which network (room) this tab joins from the page URL, and rejects names and rules the core would not accept.
import {
  createNetworkParams,
  DEFAULT_NETWORK,
  DEFAULT_PARAMS,
  DEFAULT_RETARGET,
  isMinerKey,
  MAX_DIFFICULTY,
  MAX_MINERS,
  NETWORK_NAME_RE,
  type NetworkOverrides,
  type NetworkParams,
} from '../core/index.ts';
import { t } from './i18n/index.ts';

/** How much of a rejected value the error message repeats. */
const MAX_SHOWN = 80;

/** `?target=`: whole seconds per block, from one to an hour (a lesson waits no longer for a block). */
export const MIN_TARGET_SECONDS = 1;
export const MAX_TARGET_SECONDS = 3600;

export type RoomResult = { readonly ok: true; readonly room: string } | { readonly ok: false; readonly error: string };

function shown(raw: string): string {
  // JSON.stringify makes spaces and an empty value visible; a huge value is cut so the message stays readable.
  return JSON.stringify(raw.length > MAX_SHOWN ? `${raw.slice(0, MAX_SHOWN)}…` : raw);
}

/** Why a URL names no network, before it is worded: a page starts its node before its language table arrives. */
export type NetworkProblem =
  | { readonly key: 'room.invalidName'; readonly values: { readonly value: string; readonly example: string } }
  | { readonly key: 'room.invalidDifficulty'; readonly values: { readonly value: string; readonly max: number } }
  | { readonly key: 'room.invalidMiners'; readonly values: { readonly value: string; readonly max: number } }
  | {
      readonly key: 'room.invalidTarget';
      readonly values: { readonly value: string; readonly min: number; readonly max: number };
    };

type ParsedNetworkFailure = { readonly ok: false; readonly problem: NetworkProblem };

/**
 * `?miners=KEY,KEY`: a private room, where only these Ed25519 public keys (64 hex characters each, as a node panel
 * shows them) mine. Letter case, spaces and order do not matter: the same keys make the same genesis.
 */
function minersOf(
  query: URLSearchParams,
): { readonly ok: true; readonly overrides: NetworkOverrides } | ParsedNetworkFailure {
  const text = query.get('miners');
  if (text === null) return { ok: true, overrides: {} };
  const keys = text
    .split(',')
    .map((key) => key.trim().toLowerCase())
    .filter((key) => key !== '');
  const wrong = keys.find((key) => !isMinerKey(key));
  if (wrong !== undefined || keys.length === 0 || new Set(keys).size > MAX_MINERS) {
    const values = { value: shown(wrong ?? text), max: MAX_MINERS };
    return { ok: false, problem: { key: 'room.invalidMiners', values } };
  }
  return { ok: true, overrides: { miners: keys } };
}

export type ParsedNetwork = { readonly ok: true; readonly params: NetworkParams } | ParsedNetworkFailure;

export type NetworkResult =
  | { readonly ok: true; readonly params: NetworkParams }
  | { readonly ok: false; readonly error: string };

/** The room a URL names (`?room=NAME`, the default network without one), or why it names none. */
function roomOf(query: URLSearchParams): { readonly ok: true; readonly room: string } | ParsedNetworkFailure {
  const raw = query.get('room');
  if (raw === null) return { ok: true, room: DEFAULT_NETWORK };
  // The core's own rule (1-64 of A-Z a-z 0-9 _ -): checked here to give a person a message, not a stack trace.
  if (NETWORK_NAME_RE.test(raw)) return { ok: true, room: raw };
  return { ok: false, problem: { key: 'room.invalidName', values: { value: shown(raw), example: DEFAULT_NETWORK } } };
}

/** Parses `?room=NAME` out of a URL query string such as `location.search`; no `room` means the default network. */
export function roomFromSearch(search: string): RoomResult {
  const room = roomOf(new URLSearchParams(search));
  return room.ok ? room : { ok: false, error: networkProblemText(room.problem) };
}

/**
 * The network a URL names: `?room=NAME`; `?miners=KEY,KEY`, a private room (minersOf); `?difficulty=N`, a fixed difficulty with no retargeting; `?target=S`,
 * retargeting toward one block every S seconds (from `difficulty`, or the default one). Other rules make another
 * genesis, so such a room never mixes with the default one; `?target=10` alone is the default rule.
 */
export function parseNetwork(search: string): ParsedNetwork {
  const query = new URLSearchParams(search);
  const named = roomOf(query);
  if (!named.ok) return named;
  const { room } = named;
  const miners = minersOf(query);
  if (!miners.ok) return miners;
  const difficultyText = query.get('difficulty');
  const targetText = query.get('target');
  if (difficultyText === null && targetText === null)
    return { ok: true, params: createNetworkParams(room, miners.overrides) };
  const difficulty = difficultyText === null ? DEFAULT_PARAMS.difficulty : Number(difficultyText);
  if (difficultyText !== null && (!/^\d{1,2}$/.test(difficultyText) || difficulty > MAX_DIFFICULTY)) {
    const values = { value: shown(difficultyText), max: MAX_DIFFICULTY };
    return { ok: false, problem: { key: 'room.invalidDifficulty', values } };
  }
  const seconds = Number(targetText);
  if (
    targetText !== null &&
    (!/^\d{1,4}$/.test(targetText) || seconds < MIN_TARGET_SECONDS || seconds > MAX_TARGET_SECONDS)
  ) {
    const values = { value: shown(targetText), min: MIN_TARGET_SECONDS, max: MAX_TARGET_SECONDS };
    return { ok: false, problem: { key: 'room.invalidTarget', values } };
  }
  const retarget = targetText === null ? null : { ...DEFAULT_RETARGET, targetBlockMs: seconds * 1000 };
  return {
    ok: true,
    params: createNetworkParams(room, {
      difficulty,
      minDifficulty: Math.min(difficulty, 1),
      retarget,
      ...miners.overrides,
    }),
  };
}

/** A network problem in the page's language. */
export function networkProblemText(problem: NetworkProblem): string {
  return t(problem.key, problem.values);
}

/** parseNetwork with its problem worded: for callers that have their language already. */
export function networkFromSearch(search: string): NetworkResult {
  const parsed = parseNetwork(search);
  return parsed.ok ? parsed : { ok: false, error: networkProblemText(parsed.problem) };
}
