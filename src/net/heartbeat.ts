// The network's heartbeat: every heartbeatMs it drops links gone silent (or that never sent their status), pings the
// rest, gossips now and then, and lets the network dial. A data channel's close is not always delivered, so this is
// how a dead link is found; redialNow() runs the same sweep at once when the network may be back.
import type { Cancel, Clock } from './clock.ts';
import type { NetworkConfig } from './config.ts';
import type { LinkEnd } from './network-events.ts';
import type { PeerSession } from './peer-session.ts';

export type HeartbeatHost = {
  readonly clock: Clock;
  readonly config: NetworkConfig;
  /** The held sessions, one per peer. */
  readonly sessions: ReadonlyMap<string, PeerSession>;
  drop(session: PeerSession, reason: LinkEnd): void;
  /** Second links still waiting for their status after `waitMs` are closed (relink.ts). */
  dismissContenders(waitMs: number): void;
  gossip(session: PeerSession): void;
  /** After every beat: dial into free slots. */
  afterBeat(): void;
};

export class Heartbeat {
  private beats = 0;
  private cancelNext: Cancel = () => {};
  private running = false;

  constructor(private readonly host: HeartbeatHost) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.schedule();
  }

  stop(): void {
    this.running = false;
    this.cancelNext();
  }

  /** Links silent for longer than deadAfterMs, or without a status by then, are dropped; so are such contenders. */
  dropStale(now: number): void {
    const { deadAfterMs } = this.host.config;
    this.host.dismissContenders(deadAfterMs);
    for (const session of [...this.host.sessions.values()]) {
      const silentMs = now - session.lastHeardAt;
      if (silentMs > deadAfterMs) this.host.drop(session, { code: 'silent', ms: silentMs });
      else if (session.status === null && now - session.openedAt > deadAfterMs) {
        this.host.drop(session, { code: 'no-status' });
      }
    }
  }

  private schedule(): void {
    this.cancelNext = this.host.clock.after(this.host.config.heartbeatMs, () => {
      this.beat();
      if (this.running) this.schedule();
    });
  }

  private beat(): void {
    const { clock, config } = this.host;
    const now = clock.now();
    const gossip = ++this.beats % config.gossipEveryBeats === 0;
    this.dropStale(now);
    for (const session of this.host.sessions.values()) {
      if (gossip && session.isReady) this.host.gossip(session);
      session.pingIfDue(now, config.heartbeatMs);
    }
    this.host.afterBeat();
  }
}
