// WebRTC first, the classroom server's relay when WebRTC cannot link: a dial goes out directly (PeerJS), and if no
// direct channel opened within FALLBACK_AFTER_MS, or the direct dial failed for want of a route, the same peer is
// dialled through the relay (relay-transport.ts). The network above sees one link per dial, whatever carries it,
// and treats a relayed link like any other. A direct link that opens later, either way, takes over: the relayed
// one is closed first, so a peer is never linked twice. Dials that fail both ways are kept, with why, for the
// network view (dial-failures.ts).
import type { Cancel, Clock } from './clock.ts';
import { DialFailureLog } from './dial-failures.ts';
import type { DialFailureCode, PeerLink, Transport, TransportEvents } from './transport.ts';

/** How long a direct dial has before the relay is tried too: a LAN's WebRTC channel opens in well under a second. */
export const FALLBACK_AFTER_MS = 4_000;

/** Direct failures where the relay cannot do better: no server to check registrations, no such peer there. */
const FINAL_CODES: ReadonlySet<DialFailureCode> = new Set(['no-signalling', 'no-such-peer', 'refused']);

/** The relay as this uses it (RelayTransport): a transport that joins the server when told to. */
export type RelayLike = Transport & { connect(): void };

type Failure = { readonly reason: string; readonly code: DialFailureCode };

type Attempt = {
  cancelFallback: Cancel;
  direct: Failure | null;
  relayTried: boolean;
  relay: Failure | null;
};

export type FallbackTransportOptions = {
  readonly direct: Transport;
  /** Null where the page's server offers no relay: failures are still logged for the view. */
  readonly relay: RelayLike | null;
  readonly clock: Clock;
  readonly fallbackAfterMs?: number;
};

export class FallbackTransport implements Transport {
  readonly localId: string;
  /** Dials that failed both ways, for the network view. */
  readonly failures: DialFailureLog;
  private readonly direct: Transport;
  private readonly relay: RelayLike | null;
  private readonly clock: Clock;
  private readonly fallbackAfterMs: number;
  private events: TransportEvents | null = null;
  private readonly attempts = new Map<string, Attempt>();
  /** Links the network was told of and not yet told closed. */
  private readonly reported = new Set<PeerLink>();

  constructor(options: FallbackTransportOptions) {
    if (options.relay !== null && options.relay.localId !== options.direct.localId) {
      throw new TypeError('both transports must carry the same peer id');
    }
    this.direct = options.direct;
    this.relay = options.relay;
    this.clock = options.clock;
    this.fallbackAfterMs = options.fallbackAfterMs ?? FALLBACK_AFTER_MS;
    this.localId = options.direct.localId;
    this.failures = new DialFailureLog(options.clock);
  }

  listen(events: TransportEvents): void {
    this.events = events;
    const shared = {
      onMessage: (link: PeerLink, data: unknown) => {
        if (this.reported.has(link)) events.onMessage(link, data);
      },
      onClose: (link: PeerLink) => {
        if (this.reported.delete(link)) events.onClose(link);
      },
    };
    this.direct.listen({
      ...shared,
      onOpen: (link) => this.directOpened(link),
      onDialFailed: (peerId, reason, code) => this.directFailed(peerId, { reason, code: code ?? 'no-route' }),
      onSignalling: (state, detail) => {
        // The relay admits us only while the signalling server has our id: join (again) once it does.
        if (state === 'online') this.relay?.connect();
        events.onSignalling?.(state, detail);
      },
    });
    this.relay?.listen({
      ...shared,
      onOpen: (link) => this.relayOpened(link),
      onDialFailed: (peerId, reason, code) => this.relayFailed(peerId, { reason, code: code ?? 'relay-refused' }),
    });
  }

  dial(peerId: string): void {
    if (this.attempts.has(peerId)) return;
    const attempt: Attempt = { cancelFallback: () => {}, direct: null, relayTried: false, relay: null };
    this.attempts.set(peerId, attempt);
    if (this.relay !== null) {
      attempt.cancelFallback = this.clock.after(this.fallbackAfterMs, () => this.tryRelay(peerId, attempt));
    }
    // Last: a dial that fails at once reports before this returns, and finds its attempt.
    this.direct.dial(peerId);
  }

  destroy(): void {
    for (const attempt of this.attempts.values()) attempt.cancelFallback();
    this.attempts.clear();
    this.direct.destroy();
    this.relay?.destroy();
  }

  private linkedTo(peerId: string, kind: 'relay' | 'direct'): PeerLink[] {
    return [...this.reported].filter((l) => l.peerId === peerId && (l.kind === 'relay') === (kind === 'relay'));
  }

  /** Tells the network of a link, and ends the dial to its peer: whichever way it opened, the dial is answered. */
  private report(link: PeerLink): void {
    const attempt = this.attempts.get(link.peerId);
    if (attempt !== undefined) {
      attempt.cancelFallback();
      this.attempts.delete(link.peerId);
    }
    this.failures.linked(link.peerId);
    this.reported.add(link);
    this.events?.onOpen(link);
  }

  private directOpened(link: PeerLink): void {
    // The network is told the relayed link closed before it hears of the direct one: it never holds both.
    for (const relayed of this.linkedTo(link.peerId, 'relay')) {
      this.reported.delete(relayed);
      this.events?.onClose(relayed);
      relayed.close();
    }
    this.report(link);
  }

  private relayOpened(link: PeerLink): void {
    if (this.linkedTo(link.peerId, 'direct').length > 0) {
      // A direct link came first (the peer dialled us meanwhile): the relayed one is not needed.
      const attempt = this.attempts.get(link.peerId);
      attempt?.cancelFallback();
      this.attempts.delete(link.peerId);
      link.close();
      return;
    }
    this.report(link);
  }

  private tryRelay(peerId: string, attempt: Attempt): void {
    if (attempt.relayTried || this.relay === null || this.attempts.get(peerId) !== attempt) return;
    attempt.relayTried = true;
    attempt.cancelFallback();
    this.relay.dial(peerId);
  }

  private directFailed(peerId: string, failure: Failure): void {
    const attempt = this.attempts.get(peerId);
    // A direct dial that outlived a relayed link it lost to: nothing to report.
    if (attempt === undefined) return;
    attempt.direct = failure;
    if (this.relay === null || FINAL_CODES.has(failure.code)) this.fail(peerId, failure);
    else if (!attempt.relayTried) this.tryRelay(peerId, attempt);
    else if (attempt.relay !== null) this.failBoth(peerId, attempt.direct, attempt.relay);
  }

  private relayFailed(peerId: string, failure: Failure): void {
    const attempt = this.attempts.get(peerId);
    if (attempt === undefined || !attempt.relayTried) return;
    attempt.relay = failure;
    // The direct dial may still open (a slow ICE check): its outcome decides.
    if (attempt.direct !== null) this.failBoth(peerId, attempt.direct, failure);
  }

  /** Neither way linked: the view says there is no route (the Wi-Fi may isolate devices). */
  private failBoth(peerId: string, direct: Failure, relay: Failure): void {
    const code = direct.code === 'no-route' ? 'no-route' : relay.code;
    this.fail(peerId, { code, reason: `${direct.reason}; ${relay.reason}` });
  }

  private fail(peerId: string, failure: Failure): void {
    const attempt = this.attempts.get(peerId);
    attempt?.cancelFallback();
    this.attempts.delete(peerId);
    this.failures.record(peerId, failure.code, failure.reason);
    this.events?.onDialFailed(peerId, failure.reason, failure.code);
  }
}
