// One connected peer as the network sees it: its link, what it told us (status, claimed work), what it knows,
// the requests waiting for its answers, liveness, and an outgoing queue that respects the link's buffer.
import { BoundedSet } from '../core/index.ts';
import { type Cancel, type Clock, withTimeout } from './clock.ts';
import type { NetworkConfig } from './config.ts';
import { FrameAssembler, type FrameResult, toFrames } from './frames.ts';
import type { LinkEnd, PeerInfo } from './network-events.ts';
import type { BlocksMessage, ChainMessage, MessageBody, MessageType, StatusMessage } from './protocol.ts';
import { encodeMessage } from './protocol.ts';
import type { PeerLink } from './transport.ts';

/** Messages that answer a request, matched to it by request id. */
export type Answer = BlocksMessage | ChainMessage;
type AnswerOf<T extends Answer['type']> = Extract<Answer, { type: T }>;
/** What an answer handler says after each message: wait for more parts, or the request is complete. */
export type AnswerProgress = 'more' | 'done';

type Pending = {
  readonly type: Answer['type'];
  readonly onAnswer: (message: Answer, bytes: number) => AnswerProgress;
  readonly resolve: () => void;
  readonly reject: (error: Error) => void;
  cancelTimer: Cancel;
  /** The overall deadline: a trickle of parts, each in time, cannot keep a request waiting beyond it. */
  cancelDeadline: Cancel;
  readonly askedAt: number;
  /** Set until the first answer, when the deadline depends on what that answer states (a chain's length). */
  deadlineFromFirst: ((first: Answer) => number) | null;
};

export type AnswerOptions<T extends Answer['type']> = {
  /** Every part of the answer within this many ms of asking: config.requestDeadlineMs by default. */
  readonly deadlineMs?: number;
  /** When only the first part tells how big the answer is (a chain's length): the deadline from then on, computed
   *  from that part and counted from asking all the same. */
  readonly deadlineFromFirst?: (first: AnswerOf<T>) => number;
};

/** Request ids remembered as given up on: late parts of an honest answer still arrive for a while after. */
const ABANDONED_REMEMBERED = 32;

export type SessionOptions = {
  readonly link: PeerLink;
  readonly clock: Clock;
  readonly config: NetworkConfig;
  readonly maxMessageBytes: number;
  /** Told of every message queued for this peer (the network inspector's outgoing side). */
  readonly onSend?: (type: MessageType, bytes: number) => void;
};

export class PeerSession {
  readonly peerId: string;
  readonly link: PeerLink;
  readonly openedAt: number;
  private peerStatus: StatusMessage | null = null;
  private peerSessionNonce: string | null = null;
  private workClaimed = 0n;
  private syncIsWanted = false;
  private chainBeingServed = false;
  private heardAt: number;
  private pingedAt = 0;
  private pingNonce: number | null = null;
  private latency: number | null = null;
  private closedWith: LinkEnd | null = null;
  private servedAt: number | null = null;
  private readonly clock: Clock;
  private readonly config: NetworkConfig;
  private readonly assembler: FrameAssembler;
  private readonly known: BoundedSet<string>;
  private readonly pending = new Map<number, Pending>();
  private readonly abandoned = new BoundedSet<number>(ABANDONED_REMEMBERED);
  private nextRequestId = 1;
  private readonly queue: Uint8Array[] = [];
  private queuedBytes = 0;
  private pumping = false;
  private idleWaiters: Array<() => void> = [];
  private readonly onSend: (type: MessageType, bytes: number) => void;

  constructor(options: SessionOptions) {
    this.link = options.link;
    this.peerId = options.link.peerId;
    this.clock = options.clock;
    this.config = options.config;
    this.assembler = new FrameAssembler(options.maxMessageBytes);
    this.known = new BoundedSet(options.config.knownPerPeer);
    this.onSend = options.onSend ?? (() => {});
    this.openedAt = options.clock.now();
    this.heardAt = this.openedAt;
  }

  get isClosed(): boolean {
    return this.closedWith !== null;
  }

  get isReady(): boolean {
    return this.peerStatus !== null && !this.isClosed;
  }

  /** The peer's status message, once received: until then nothing but status is accepted from it. */
  get status(): StatusMessage | null {
    return this.peerStatus;
  }

  /** The most work we know the peer's best chain to have: its status, raised by blocks it relays. */
  get claimedWork(): bigint {
    return this.workClaimed;
  }

  /** Set when the peer showed us a block whose ancestors we lack. */
  get syncWanted(): boolean {
    return this.syncIsWanted;
  }

  get lastHeardAt(): number {
    return this.heardAt;
  }

  get latencyMs(): number | null {
    return this.latency;
  }

  /** What the page shows of this link; `score` is the peer's misbehaviour score, kept by the network. */
  info(score: number): PeerInfo {
    const { kind: link, outbound } = this.link;
    const height = this.peerStatus?.height ?? null;
    return {
      id: this.peerId,
      link,
      outbound,
      ready: this.isReady,
      height,
      work: this.workClaimed.toString(),
      score,
      latencyMs: this.latency,
    };
  }

  /** Why the link closed (the first reason given), or null while it is open. */
  get closeReason(): LinkEnd | null {
    return this.closedWith;
  }

  /** The `session` nonce of the peer's first status: which start of its node this link belongs to (null: none said). */
  get sessionNonce(): string | null {
    return this.peerSessionNonce;
  }

  /** Takes the peer's status; true when it was the first (the peer is ready from now on). */
  acceptStatus(status: StatusMessage): boolean {
    const first = this.peerStatus === null;
    if (first) this.peerSessionNonce = status.session ?? null;
    this.peerStatus = status;
    this.raiseClaimedWork(BigInt(status.work));
    return first;
  }

  /** The peer showed a chain with this much work (a status, a block it relayed): we know it has at least that. */
  raiseClaimedWork(work: bigint): void {
    if (work > this.workClaimed) this.workClaimed = work;
  }

  /** After a sync with it: whatever it claimed, we now have what it would give, so it is not chased again. */
  capClaimedWork(ours: bigint): void {
    if (this.workClaimed > ours) this.workClaimed = ours;
  }

  /** The peer sent a block whose ancestors we lack: fetch them from it by locator. */
  wantSync(): void {
    this.syncIsWanted = true;
  }

  /** A sync with this peer starts: the wish it raised is met. */
  syncStarted(): void {
    this.syncIsWanted = false;
  }

  /** Claims the one whole-chain stream a peer may have from us at a time; false while one runs. */
  startServingChain(): boolean {
    if (this.chainBeingServed) return false;
    this.chainBeingServed = true;
    return true;
  }

  finishServingChain(): void {
    this.chainBeingServed = false;
  }

  /** Sends a ping if the last one is `intervalMs` old; its pong measures the latency. */
  pingIfDue(now: number, intervalMs: number): void {
    if (now - this.pingedAt < intervalMs) return;
    this.pingedAt = now;
    this.pingNonce = Math.floor(Math.random() * 0xffffffff);
    this.send({ type: 'ping', nonce: this.pingNonce });
  }

  /** A pong: the answer to our last ping (an older or made-up one is ignored). */
  pong(nonce: number, now: number): void {
    if (nonce !== this.pingNonce) return;
    this.latency = now - this.pingedAt;
    this.pingNonce = null;
  }

  /** Feeds one frame from the link; any frame counts as a sign of life. */
  receive(data: unknown): FrameResult {
    this.heardAt = this.clock.now();
    return this.assembler.accept(data);
  }

  knows(id: string): boolean {
    return this.known.has(id);
  }

  /** Records that the peer has this block or transaction (it sent it, or we did). */
  markKnown(id: string): void {
    this.known.add(id);
  }

  /**
   * A block or transaction we did not have came from this peer (it sent it before the node took it): what makes
   * an inbound peer worth its slot when a newcomer wants one (link-slots.ts).
   */
  servedNew(now: number): void {
    this.servedAt = now;
  }

  /** When the peer last gave us a block or transaction new to us; null if it never did. */
  get lastServedAt(): number | null {
    return this.servedAt;
  }

  /** Queues a message; frames go out as fast as the link's buffer allows, in order. */
  send(body: MessageBody): void {
    if (this.isClosed) return;
    this.sendEncoded(body.type, encodeMessage(body));
  }

  /** Sends a message already encoded (encodeMessage): one relayed to every peer is encoded once, not per peer. */
  sendEncoded(type: MessageBody['type'], encoded: Uint8Array): void {
    if (this.isClosed) return;
    this.onSend(type, encoded.length);
    for (const frame of toFrames(encoded)) {
      this.queue.push(frame);
      this.queuedBytes += frame.length;
    }
    if (this.queuedBytes > this.config.maxQueuedBytes) {
      this.close({ code: 'unread-bytes', bytes: this.queuedBytes });
      return;
    }
    void this.pump();
  }

  /** Resolves when everything queued has been handed to the link: the moment to prepare the next big part. */
  writable(): Promise<void> {
    if (this.queue.length === 0 && !this.pumping) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** A fresh request id for this peer. */
  newRequestId(): number {
    const id = this.nextRequestId;
    this.nextRequestId = id >= 0xffffffff ? 1 : id + 1;
    return id;
  }

  /**
   * Waits for the answers to request `request`: `onAnswer` sees each message of type `type` with that id (and its
   * size in bytes) and says whether more are due. Rejects when no (next) answer comes within requestTimeoutMs, when
   * the whole answer is not in by its deadline (`options`), when `onAnswer` throws, or when the link closes; at once
   * when maxPendingRequests already wait on this peer, so what we keep waiting for one peer (each entry with its
   * timer and whatever its handler gathers) stays bounded.
   */
  awaitAnswers<T extends Answer['type']>(
    type: T,
    request: number,
    onAnswer: (message: AnswerOf<T>, bytes: number) => AnswerProgress,
    options: AnswerOptions<T> = {},
  ): Promise<void> {
    if (this.isClosed) return Promise.reject(new Error(`peer ${this.peerId} is disconnected`));
    if (this.pending.size >= this.config.maxPendingRequests) {
      return Promise.reject(new Error(`${this.pending.size} requests already wait on peer ${this.peerId}`));
    }
    return new Promise<void>((resolve, reject) => {
      const entry: Pending = {
        type,
        // Safe: answer() hands over only messages whose type matches this entry's.
        onAnswer: onAnswer as (message: Answer, bytes: number) => AnswerProgress,
        resolve,
        reject,
        cancelTimer: () => {},
        cancelDeadline: () => {},
        askedAt: this.clock.now(),
        // Safe as onAnswer's cast: only an answer of this entry's type ever reaches it.
        deadlineFromFirst: (options.deadlineFromFirst as ((first: Answer) => number) | undefined) ?? null,
      };
      this.pending.set(request, entry);
      this.armTimer(request, entry);
      this.armDeadline(request, entry, options.deadlineMs ?? this.config.requestDeadlineMs);
    });
  }

  /** True when `request` was ours and we gave up on it (timeout, deadline, refused part): its late parts are no
   *  fault of the peer's, unlike answers to nothing. */
  gaveUpOn(request: number): boolean {
    return this.abandoned.has(request);
  }

  /** Hands an answer (`bytes` long on the wire) to the request waiting for it; false when none is (late, see
   *  gaveUpOn, or never asked for). */
  answer(message: Answer, bytes: number): boolean {
    const entry = this.pending.get(message.request);
    if (entry === undefined || entry.type !== message.type) return false;
    let progress: AnswerProgress;
    try {
      progress = entry.onAnswer(message, bytes);
    } catch (error) {
      this.settle(message.request, entry, error instanceof Error ? error : new Error(String(error)));
      return true;
    }
    if (progress === 'done') {
      this.settle(message.request, entry, null);
      return true;
    }
    this.armTimer(message.request, entry);
    if (entry.deadlineFromFirst !== null) {
      const totalMs = entry.deadlineFromFirst(message);
      entry.deadlineFromFirst = null;
      this.armDeadline(message.request, entry, totalMs);
    }
    return true;
  }

  /** Closes the link; the first reason given is the one kept. */
  close(reason: LinkEnd): void {
    if (this.isClosed) return;
    this.closedWith = reason;
    this.queue.length = 0;
    this.queuedBytes = 0;
    for (const [request, entry] of [...this.pending]) {
      this.settle(request, entry, new Error(`peer ${this.peerId} disconnected: ${reason.code}`));
    }
    this.wakeIdleWaiters();
    this.link.close();
  }

  private armTimer(request: number, entry: Pending): void {
    entry.cancelTimer();
    const ms = this.config.requestTimeoutMs;
    entry.cancelTimer = this.clock.after(ms, () => {
      this.settle(request, entry, new Error(`peer ${this.peerId} did not answer ${entry.type} within ${ms} ms`));
    });
  }

  /** The whole answer is due `totalMs` after it was asked for; a deadline already past fails the request now. */
  private armDeadline(request: number, entry: Pending, totalMs: number): void {
    entry.cancelDeadline();
    const fail = () =>
      this.settle(request, entry, new Error(`peer ${this.peerId} did not finish ${entry.type} within ${totalMs} ms`));
    const leftMs = entry.askedAt + totalMs - this.clock.now();
    if (leftMs <= 0) fail();
    else entry.cancelDeadline = this.clock.after(leftMs, fail);
  }

  private settle(request: number, entry: Pending, error: Error | null): void {
    entry.cancelTimer();
    entry.cancelDeadline();
    if (this.pending.get(request) === entry) this.pending.delete(request);
    if (error) {
      this.abandoned.add(request);
      entry.reject(error);
    } else entry.resolve();
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      for (let frame = this.queue.shift(); frame !== undefined && !this.isClosed; frame = this.queue.shift()) {
        if (this.link.bufferedAmount() > this.config.highWaterBytes) {
          await withTimeout(
            this.clock,
            this.config.drainTimeoutMs,
            `link to ${this.peerId} draining`,
            this.link.drained(this.config.lowWaterBytes),
          );
        }
        this.queuedBytes -= frame.length;
        if (!this.isClosed) this.link.send(frame);
      }
    } catch (error) {
      this.close({ code: 'link-failed', error: error instanceof Error ? error.message : String(error) });
    } finally {
      this.pumping = false;
      this.wakeIdleWaiters();
    }
  }

  private wakeIdleWaiters(): void {
    if (this.queue.length > 0 && !this.isClosed) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const wake of waiters) wake();
  }
}
