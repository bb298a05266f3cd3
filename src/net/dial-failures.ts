// The dials that keep failing, with why, for the page to show next to its links: an empty peer list with
// "signalling online" says nothing; "no route to this peer" says what the Wi-Fi is doing. A peer leaves the list as
// soon as a link to it opens, and an old failure expires.
import { Listeners } from '../core/index.ts';
import type { Clock } from './clock.ts';
import type { DialFailureCode } from './transport.ts';

export type FailingDial = {
  readonly peerId: string;
  readonly code: DialFailureCode;
  /** The transport's own line, for developers. */
  readonly detail: string;
  /** Failures in a row since the last link. */
  readonly failures: number;
  readonly lastAt: number;
};

/** Peers shown at most: the most recent failures. */
const MAX_SHOWN = 12;
/** A failure older than this is no news: the directory has stopped dialling that peer, or dials it seldom. */
const EXPIRES_AFTER_MS = 5 * 60_000;

export class DialFailureLog {
  private readonly failing = new Map<string, FailingDial>();
  private readonly listeners = new Listeners<void>('dial failure');

  constructor(private readonly clock: Clock) {}

  record(peerId: string, code: DialFailureCode, detail: string): void {
    const failures = (this.failing.get(peerId)?.failures ?? 0) + 1;
    this.failing.delete(peerId);
    this.failing.set(peerId, { peerId, code, detail, failures, lastAt: this.clock.now() });
    while (this.failing.size > MAX_SHOWN) {
      const oldest = this.failing.keys().next().value;
      if (oldest === undefined) break;
      this.failing.delete(oldest);
    }
    this.listeners.emit(undefined);
  }

  /** A link to `peerId` opened. */
  linked(peerId: string): void {
    if (this.failing.delete(peerId)) this.listeners.emit(undefined);
  }

  /** Newest first. */
  list(): FailingDial[] {
    const since = this.clock.now() - EXPIRES_AFTER_MS;
    return [...this.failing.values()].filter((f) => f.lastAt >= since).reverse();
  }

  /** Hears every change to list(). */
  subscribe(listener: () => void): () => void {
    return this.listeners.subscribe(listener);
  }
}
