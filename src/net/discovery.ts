// Finding peers of the same room: the signalling server's list (filtered by the room's id prefix), the other tabs
// of this browser (BroadcastChannel, works with no server at all), and an invite link's `?peer=ID`.
import type { Cancel, Clock } from './clock.ts';
import { isPeerId, isPeerIdOfRoom, roomTag } from './room.ts';
import type { SignallingServer } from './signalling-config.ts';
import { timeoutSignal } from './timeout-signal.ts';

/** Where a discovery source hands the ids it found (PeerNetwork.addCandidates). */
export type CandidateSink = (peerIds: readonly string[]) => void;

/** How often the server's list is read again: new classmates show up within this. */
export const SERVER_LIST_INTERVAL_MS = 15_000;
const SERVER_LIST_TIMEOUT_MS = 5_000;
/** The server lists every room's peers; more than this is not read. */
const MAX_LISTED_PEERS = 5_000;

export function peerListUrl(server: SignallingServer): string {
  const scheme = server.secure ? 'https' : 'http';
  return `${scheme}://${server.host}:${server.port}${server.path}${server.key}/peers`;
}

/** GET {path}{key}/peers (PeerJS server with allow_discovery), narrowed to this room's peer ids. */
export async function listRoomPeers(
  server: SignallingServer,
  genesisHash: string,
  fetchFn: typeof fetch,
): Promise<string[]> {
  const response = await fetchFn(peerListUrl(server), { signal: timeoutSignal(SERVER_LIST_TIMEOUT_MS) });
  if (!response.ok) throw new Error(`peer list: HTTP ${response.status}`);
  const json: unknown = await response.json();
  if (!Array.isArray(json)) throw new Error('peer list: not an array');
  return json
    .slice(0, MAX_LISTED_PEERS)
    .filter((id): id is string => typeof id === 'string' && isPeerIdOfRoom(id, genesisHash));
}

export type ServerPolling = {
  /** Reads the list now (e.g. once this node is registered itself) and restarts the interval. */
  pollNow(): void;
  stop: Cancel;
};

/** Reads the server's list now and every SERVER_LIST_INTERVAL_MS. */
export function pollServerPeers(options: {
  readonly server: SignallingServer;
  readonly genesisHash: string;
  readonly selfId: string;
  readonly fetchFn: typeof fetch;
  readonly clock: Clock;
  readonly sink: CandidateSink;
  readonly onError?: (error: unknown) => void;
}): ServerPolling {
  let cancelNext: Cancel = () => {};
  let stopped = false;
  const poll = async () => {
    cancelNext();
    try {
      const ids = await listRoomPeers(options.server, options.genesisHash, options.fetchFn);
      if (!stopped) options.sink(ids.filter((id) => id !== options.selfId));
    } catch (error) {
      options.onError?.(error);
    }
    if (!stopped) {
      cancelNext();
      cancelNext = options.clock.after(SERVER_LIST_INTERVAL_MS, () => void poll());
    }
  };
  void poll();
  return {
    pollNow: () => void poll(),
    stop: () => {
      stopped = true;
      cancelNext();
    },
  };
}

/** The part of BroadcastChannel this file uses, so tests can hand in a fake. */
export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { readonly data: unknown }) => void): void;
  close(): void;
}

/** Tabs say hello when they start and answer each hello with here: both then know each other's id. */
type TabAnnouncement = { readonly kind: 'hello' | 'here'; readonly peerId: string };

function narrowAnnouncement(data: unknown): TabAnnouncement | null {
  if (typeof data !== 'object' || data === null) return null;
  const { kind, peerId } = data as Record<string, unknown>;
  if ((kind !== 'hello' && kind !== 'here') || !isPeerId(peerId)) return null;
  return { kind, peerId };
}

export function tabChannelName(genesisHash: string): string {
  return `browser-blockchain/${roomTag(genesisHash)}`;
}

/**
 * Announces this node to the other tabs of the browser in the same room and reports theirs. Returns the stop
 * function. Another tab's message is untrusted like any peer's: only a well-formed id of this room passes.
 */
export function announceToTabs(options: {
  readonly openChannel: (name: string) => ChannelLike;
  readonly genesisHash: string;
  readonly selfId: string;
  readonly sink: CandidateSink;
}): Cancel {
  const channel = options.openChannel(tabChannelName(options.genesisHash));
  channel.addEventListener('message', (event) => {
    const announcement = narrowAnnouncement(event.data);
    if (announcement === null || announcement.peerId === options.selfId) return;
    if (!isPeerIdOfRoom(announcement.peerId, options.genesisHash)) return;
    if (announcement.kind === 'hello') channel.postMessage({ kind: 'here', peerId: options.selfId });
    options.sink([announcement.peerId]);
  });
  channel.postMessage({ kind: 'hello', peerId: options.selfId });
  return () => channel.close();
}

/** The peer an invite link names (`?peer=ID`), if any. */
export function invitedPeer(search: string): string | null {
  const id = new URLSearchParams(search).get('peer');
  return id !== null && isPeerId(id) ? id : null;
}
