// Reads which network (room) this tab joins from the page URL, and rejects names and rules the core would not accept.
import {
  createNetworkParams,
  DEFAULT_NETWORK,
  MAX_DIFFICULTY,
  NETWORK_NAME_RE,
  type NetworkParams,
} from '../core/index.ts';
import { t } from './i18n/index.ts';

/** How much of a rejected value the error message repeats. */
const MAX_SHOWN = 80;

export type RoomResult = { readonly ok: true; readonly room: string } | { readonly ok: false; readonly error: string };

function shown(raw: string): string {
  // JSON.stringify makes spaces and an empty value visible; a huge value is cut so the message stays readable.
  return JSON.stringify(raw.length > MAX_SHOWN ? `${raw.slice(0, MAX_SHOWN)}…` : raw);
}

/** Parses `?room=NAME` out of a URL query string such as `location.search`; no `room` means the default network. */
export function roomFromSearch(search: string): RoomResult {
  const raw = new URLSearchParams(search).get('room');
  if (raw === null) return { ok: true, room: DEFAULT_NETWORK };
  // The core's own rule (1-64 of A-Z a-z 0-9 _ -): checked here to give a person a message, not a stack trace.
  if (!NETWORK_NAME_RE.test(raw)) {
    return {
      ok: false,
      error: t('room.invalidName', { value: shown(raw), example: DEFAULT_NETWORK }),
    };
  }
  return { ok: true, room: raw };
}

export type NetworkResult =
  | { readonly ok: true; readonly params: NetworkParams }
  | { readonly ok: false; readonly error: string };

/**
 * The network a URL names: `?room=NAME`, and for demonstrations and tests `?difficulty=N`, a fixed difficulty with
 * no retargeting. Other rules make another genesis, so such a room never mixes with the default one.
 */
export function networkFromSearch(search: string): NetworkResult {
  const room = roomFromSearch(search);
  if (!room.ok) return room;
  const difficultyText = new URLSearchParams(search).get('difficulty');
  if (difficultyText === null) return { ok: true, params: createNetworkParams(room.room) };
  const difficulty = Number(difficultyText);
  if (!/^\d{1,2}$/.test(difficultyText) || difficulty > MAX_DIFFICULTY) {
    return {
      ok: false,
      error: t('room.invalidDifficulty', { value: shown(difficultyText), max: MAX_DIFFICULTY }),
    };
  }
  return {
    ok: true,
    params: createNetworkParams(room.room, { difficulty, minDifficulty: Math.min(difficulty, 1), retarget: null }),
  };
}
