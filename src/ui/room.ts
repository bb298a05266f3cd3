// Reads which network (room) this tab joins from the page URL, and rejects names the core would not accept.
import { DEFAULT_NETWORK, NETWORK_NAME_RE } from '../core/index.ts';

/** How much of a rejected name the error message repeats. */
const MAX_SHOWN = 80;

export type RoomResult = { readonly ok: true; readonly room: string } | { readonly ok: false; readonly error: string };

/** Parses `?room=NAME` out of a URL query string such as `location.search`; no `room` means the default network. */
export function roomFromSearch(search: string): RoomResult {
  const raw = new URLSearchParams(search).get('room');
  if (raw === null) return { ok: true, room: DEFAULT_NETWORK };
  // The core's own rule (1-64 of A-Z a-z 0-9 _ -): checked here to give a person a message, not a stack trace.
  if (!NETWORK_NAME_RE.test(raw)) {
    // JSON.stringify makes spaces and an empty name visible; a huge name is cut so the message stays readable.
    const shown = JSON.stringify(raw.length > MAX_SHOWN ? `${raw.slice(0, MAX_SHOWN)}…` : raw);
    return {
      ok: false,
      error: `Invalid room name ${shown}: use 1 to 64 letters, digits, "_" or "-", for example ?room=${DEFAULT_NETWORK}.`,
    };
  }
  return { ok: true, room: raw };
}
