// What a classroom page does with WebRTC, seen from outside the app: an init script wraps window.RTCPeerConnection
// before any of the page's scripts run, counts every connection the page creates, and keeps the ones not closed, so
// a test can read how many were made (a page that redials a flapping peer must not pile them up), with whom (the
// offers on the signalling socket), and which candidates carry each connected one (host, srflx through the
// teacher's STUN, relay through TURN).
import type { Page } from '@playwright/test';

/**
 * The page's RTCPeerConnections so far: `created` over the page's life, `offered` of those that made an offer (the
 * page dialled; the rest answered a dial), `open` not yet closed.
 */
export type RtcCount = {
  readonly created: number;
  readonly offered: number;
  readonly open: number;
  /** Offers through the signalling server, each one RTCPeerConnection on either side: who with, which way, when. */
  readonly offers: readonly RtcOffer[];
};

/** One dial seen on the signalling socket: `out` this page dialled `peer`, `in` it answered `peer`'s dial. */
export type RtcOffer = { readonly peer: string; readonly way: 'out' | 'in'; readonly at: number };

/** A connected RTCPeerConnection's selected candidate pair: what carries the link. */
export type RtcRoute = {
  /** `host`, `srflx`, `prflx` or `relay` (RTCIceCandidateType). */
  readonly local: string;
  readonly remote: string;
  /** The candidates' addresses: a LAN address, the TURN server's for a relay, empty for an mDNS name. */
  readonly localAddress: string;
  readonly remoteAddress: string;
};

type ProbeWindow = Window & {
  __classroomRtc?: { created: number; offered: number; open: Set<RTCPeerConnection>; offers: RtcOffer[] };
};

/** Runs first in every document of a context (BrowserContext.addInitScript). Plain JS: no build step in between. */
export const RTC_PROBE_SCRIPT = `(() => {
  const Native = window.RTCPeerConnection;
  if (typeof Native !== 'function' || window.__classroomRtc) return;
  const probe = { created: 0, offered: 0, open: new Set(), offers: [] };
  window.__classroomRtc = probe;
  class CountedPeerConnection extends Native {
    constructor(...args) {
      super(...args);
      probe.created += 1;
      probe.open.add(this);
      this.addEventListener('connectionstatechange', () => {
        if (this.connectionState === 'closed') probe.open.delete(this);
      });
    }
    createOffer(...args) {
      probe.offered += 1;
      return super.createOffer(...args);
    }
    close() {
      probe.open.delete(this);
      return super.close();
    }
  }
  window.RTCPeerConnection = CountedPeerConnection;
  // PeerJS's signalling messages are JSON: an OFFER names its dst going out and its src coming in.
  const NativeSocket = window.WebSocket;
  const offerOf = (text, way) => {
    try {
      const message = JSON.parse(text);
      if (message && message.type === 'OFFER') {
        probe.offers.push({ peer: String(way === 'out' ? message.dst : message.src), way, at: Date.now() });
      }
    } catch {}
  };
  class WatchedSocket extends NativeSocket {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (event) => typeof event.data === 'string' && offerOf(event.data, 'in'));
    }
    send(data) {
      if (typeof data === 'string') offerOf(data, 'out');
      return super.send(data);
    }
  }
  window.WebSocket = WatchedSocket;
})();`;

export function rtcCount(page: Page): Promise<RtcCount> {
  return page.evaluate(() => {
    const probe = (window as ProbeWindow).__classroomRtc;
    if (probe === undefined) throw new Error('no RTC probe on this page: open it in a classroom device context');
    return { created: probe.created, offered: probe.offered, open: probe.open.size, offers: [...probe.offers] };
  });
}

/** The selected candidate pair of every connected RTCPeerConnection of the page. */
export function rtcRoutes(page: Page): Promise<RtcRoute[]> {
  return page.evaluate(async () => {
    const probe = (window as ProbeWindow).__classroomRtc;
    if (probe === undefined) throw new Error('no RTC probe on this page: open it in a classroom device context');
    const routes: RtcRoute[] = [];
    for (const connection of probe.open) {
      if (connection.connectionState !== 'connected') continue;
      const stats = new Map<string, Record<string, unknown>>();
      (await connection.getStats()).forEach((entry: Record<string, unknown>) => {
        stats.set(String(entry.id), entry);
      });
      const transport = [...stats.values()].find((entry) => entry.type === 'transport');
      const pair = stats.get(String(transport?.selectedCandidatePairId));
      const local = stats.get(String(pair?.localCandidateId));
      const remote = stats.get(String(pair?.remoteCandidateId));
      if (local === undefined || remote === undefined) continue;
      routes.push({
        local: String(local.candidateType),
        remote: String(remote.candidateType),
        localAddress: String(local.address ?? local.ip ?? ''),
        remoteAddress: String(remote.address ?? remote.ip ?? ''),
      });
    }
    return routes;
  });
}
