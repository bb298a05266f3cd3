// One connected peer as the network sees it: its link, what it told us (status, claimed work), what it knows,
// the requests waiting for its answers, liveness, and an outgoing queue that respects the link's buffer.
import { BoundedSet } from '../core/index.ts';
import { type Cancel, type Clock, withTimeout } from './clock.ts';
import type { NetworkConfig } from './config.ts';
import { FrameAssembler, type FrameResult, toFrames } from './frames.ts';
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
};

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
  /** The peer's status message, once received: until then nothing but status is accepted from it. */
  status: StatusMessage | null = null;
  /** The most work we know the peer's best chain to have: its status, raised by blocks it relays. */
  claimedWork = 0n;
  /** Set when the peer showed us a block whose ancestors we lack, or more work than we have. */
  syncWanted = false;
  /** True while we stream our whole chain to it, so a second get-chain waits for no second stream. */
  servingChain = false;
  readonly openedAt: number;
  lastHeardAt: number;
  lastPingAt = 0;
  pingNonce: number | null = null;
  latencyMs: number | null = null;
  closeReason: string | null = null;

  private readonly clock: Clock;
  private readonly config: NetworkConfig;
  private readonly assembler: FrameAssembler;
  private readonly known: BoundedSet<string>;
  private readonly pending = new Map<number, Pending>();
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
    this.lastHeardAt = this.openedAt;
  }

  get isClosed(): boolean {
    return this.closeReason !== null;
  }

  get isReady(): boolean {
    return this.status !== null && !this.isClosed;
  }

  /** Feeds one frame from the link; any frame counts as a sign of life. */
  receive(data: unknown): FrameResult {
    this.lastHeardAt = this.clock.now();
    return this.assembler.accept(data);
  }

  knows(id: string): boolean {
    return this.known.has(id);
  }

  /** Records that the peer has this block or transaction (it sent it, or we did). */
  markKnown(id: string): void {
    this.known.add(id);
  }

  /** Queues a message; frames go out as fast as the link's buffer allows, in order. */
  send(body: MessageBody): void {
    if (this.isClosed) return;
    const encoded = encodeMessage(body);
    this.onSend(body.type, encoded.length);
    for (const frame of toFrames(encoded)) {
      this.queue.push(frame);
      this.queuedBytes += frame.length;
    }
    if (this.queuedBytes > this.config.maxQueuedBytes) {
      this.close(`it left ${this.queuedBytes} bytes unread`);
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
   * size in bytes) and says whether more are due. Rejects when no (next) answer comes within requestTimeoutMs, when `onAnswer` throws,
   * or when the link closes.
   */
  awaitAnswers<T extends Answer['type']>(
    type: T,
    request: number,
    onAnswer: (message: AnswerOf<T>, bytes: number) => AnswerProgress,
  ): Promise<void> {
    if (this.isClosed) return Promise.reject(new Error(`peer ${this.peerId} is disconnected`));
    return new Promise<void>((resolve, reject) => {
      const entry: Pending = {
        type,
        // Safe: answer() hands over only messages whose type matches this entry's.
        onAnswer: onAnswer as (message: Answer, bytes: number) => AnswerProgress,
        resolve,
        reject,
        cancelTimer: () => {},
      };
      this.pending.set(request, entry);
      this.armTimer(request, entry);
    });
  }

  /** Hands an answer (`bytes` long on the wire) to the request waiting for it; false when none is (late, or never
   *  asked for: ignored). */
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
    if (progress === 'done') this.settle(message.request, entry, null);
    else this.armTimer(message.request, entry);
    return true;
  }

  /** Closes the link; the first reason given is the one kept. */
  close(reason: string): void {
    if (this.isClosed) return;
    this.closeReason = reason;
    this.queue.length = 0;
    this.queuedBytes = 0;
    for (const [request, entry] of [...this.pending]) {
      this.settle(request, entry, new Error(`peer ${this.peerId} disconnected: ${reason}`));
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

  private settle(request: number, entry: Pending, error: Error | null): void {
    entry.cancelTimer();
    if (this.pending.get(request) === entry) this.pending.delete(request);
    if (error) entry.reject(error);
    else entry.resolve();
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
      this.close(error instanceof Error ? error.message : String(error));
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
