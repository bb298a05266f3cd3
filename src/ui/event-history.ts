// The network's last events since the page opened, kept from the node's start: the network panel's event list and
// the inspector's message log load when opened (open-on-demand.ts), and still show what happened before.
import type { FullNode, FullNodeEvent } from '../node/index.ts';
import type { Unbind } from './dom.ts';

/** The events the network panel lists (network-view.ts words each). */
export type LoggedNetworkEvent = Extract<
  FullNodeEvent,
  { readonly type: 'banned' | 'misbehaviour' | 'disconnected' | 'sync' | 'signalling' }
>;
export type TrafficEvent = Extract<FullNodeEvent, { readonly type: 'traffic' }>;

const LOGGED_TYPES: ReadonlySet<FullNodeEvent['type']> = new Set<LoggedNetworkEvent['type']>([
  'banned',
  'misbehaviour',
  'disconnected',
  'sync',
  'signalling',
]);

export function isLoggedNetworkEvent(event: FullNodeEvent): event is LoggedNetworkEvent {
  return LOGGED_TYPES.has(event.type);
}

export function isTrafficEvent(event: FullNodeEvent): event is TrafficEvent {
  return event.type === 'traffic';
}

/** Network events the network panel lists. */
export const NETWORK_EVENTS_SHOWN = 20;
/** Messages the inspector lists: a busy classroom sends dozens a second, and only the last ones are read. */
export const TRAFFIC_SHOWN = 50;

export type Recorded<E> = { readonly seq: number; readonly time: number; readonly event: E };

export type EventHistory<E> = {
  /** The last events kept, newest first. */
  entries(): readonly Recorded<E>[];
  /** Calls `listener` with each event kept from now on. */
  subscribe(listener: (entry: Recorded<E>) => void): Unbind;
};

/** Keeps the last `size` events `accepts` takes, each with the time it came. */
export function recordEvents<E extends FullNodeEvent>(
  node: FullNode,
  accepts: (event: FullNodeEvent) => event is E,
  size: number,
): EventHistory<E> {
  const kept: Recorded<E>[] = [];
  const listeners = new Set<(entry: Recorded<E>) => void>();
  let seq = 0;
  node.subscribe((event) => {
    if (!accepts(event)) return;
    const entry = { seq: seq++, time: Date.now(), event };
    kept.unshift(entry);
    if (kept.length > size) kept.length = size;
    for (const listener of listeners) listener(entry);
  });
  return {
    entries: () => kept,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type NetworkHistories = {
  readonly events: EventHistory<LoggedNetworkEvent>;
  readonly traffic: EventHistory<TrafficEvent>;
};

/** What the network panel and the inspector show of the time before they were opened. */
export function recordNetworkHistories(node: FullNode): NetworkHistories {
  return {
    events: recordEvents(node, isLoggedNetworkEvent, NETWORK_EVENTS_SHOWN),
    traffic: recordEvents(node, isTrafficEvent, TRAFFIC_SHOWN),
  };
}
