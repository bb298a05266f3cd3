// Which way a WebRTC channel goes, from the browser's own statistics: the candidate pair ICE selected. A relay
// candidate at either end means a TURN server carries the traffic; host and server-reflexive ones mean the two
// devices reach each other directly. The network view shows which (a teacher tells a Wi-Fi that isolates devices).
import type { Clock } from './clock.ts';

export type WebRtcRoute = 'direct' | 'turn' | 'unknown';

/** The part of RTCPeerConnection this reads. */
export type StatsSource = { getStats(): Promise<RTCStatsReport> };

type Stat = Record<string, unknown> & { readonly id: string; readonly type: string };

/** The route of the selected candidate pair in one stats report; 'unknown' when none is selected yet. */
export function routeOf(report: Iterable<Stat>): WebRtcRoute {
  const stats = new Map<string, Stat>();
  for (const stat of report) stats.set(stat.id, stat);
  let pair: Stat | undefined;
  for (const stat of stats.values()) {
    // Chromium and the spec name the pair on the transport; Firefox marks the pair itself as selected.
    if (stat.type === 'transport' && typeof stat.selectedCandidatePairId === 'string') {
      pair = stats.get(stat.selectedCandidatePairId);
      break;
    }
    if (stat.type === 'candidate-pair' && stat.selected === true) pair = stat;
  }
  if (pair === undefined) {
    pair = [...stats.values()].find(
      (s) => s.type === 'candidate-pair' && s.nominated === true && s.state === 'succeeded',
    );
  }
  if (pair === undefined) return 'unknown';
  const typeOf = (id: unknown) => (typeof id === 'string' ? stats.get(id)?.candidateType : undefined);
  const local = typeOf(pair.localCandidateId);
  const remote = typeOf(pair.remoteCandidateId);
  if (local === undefined && remote === undefined) return 'unknown';
  return local === 'relay' || remote === 'relay' ? 'turn' : 'direct';
}

/** The route of `connection`'s selected pair, asked of the browser; 'unknown' if it does not say within `waitMs`. */
export function selectedRoute(
  connection: StatsSource | null | undefined,
  clock: Clock,
  waitMs: number,
): Promise<WebRtcRoute> {
  if (connection === null || connection === undefined) return Promise.resolve('unknown');
  return new Promise((resolve) => {
    const cancel = clock.after(waitMs, () => resolve('unknown'));
    connection
      .getStats()
      .then((report) => routeOf(report.values() as Iterable<Stat>))
      .catch((): WebRtcRoute => 'unknown')
      .then((route) => {
        cancel();
        resolve(route);
      });
  });
}
