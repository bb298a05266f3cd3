// The peer manager: which peers we are linked to, dialling and redialling them, the heartbeat, bans, going offline
// and online, and dispatching every checked message to its handler. One per node; what it talks over is injected.
import { type Clock, systemClock } from './clock.ts';
import { createNetworkConfig, type NetworkConfig } from './config.ts';
import type { DispatchContext, NetworkNode } from './context.ts';
import { sendGossip, statusOf } from './greeting.ts';
import { type Receiver, receive } from './handlers.ts';
import { Heartbeat } from './heartbeat.ts';
import { LinkSlots } from './link-slots.ts';
import { type Fault, type FaultContext, Misbehaviour, penaltyFor } from './misbehaviour.ts';
import {
  type LinkEnd,
  type NetworkEvent,
  NetworkEvents,
  type NetworkListener,
  type PeerInfo,
} from './network-events.ts';
import { PeerDirectory, type PeerOrigin } from './peer-directory.ts';
import { PeerSession } from './peer-session.ts';
import { maxMessageBytes } from './protocol.ts';
import { Reach } from './reach.ts';
import { Relay } from './relay.ts';
import { newSessionNonce, ReturningPeers } from './relink.ts';
import { type ResolveResult, ResolveRuns } from './resolve-runs.ts';
import { peerIdFor, toRoomPeerId } from './room.ts';
import { type RoomReport, RoomReports } from './room-reports.ts';
import { SyncScheduler } from './sync.ts';
import type { PeerLink, Transport } from './transport.ts';

export type { NetworkEvent, NetworkListener, PeerInfo } from './network-events.ts';
export type { ResolveResult } from './resolve-runs.ts';
export type { RoomReport } from './room-reports.ts';

export type NetworkOptions = {
  readonly node: NetworkNode;
  /** Owned by the network from now on: stop() destroys it. */
  readonly transport: Transport;
  readonly clock?: Clock;
  readonly config?: Partial<NetworkConfig>;
  /** The node's one list of peers (registered ones saved through its port); a new, empty one by default. */
  readonly directory?: PeerDirectory;
};

export class PeerNetwork {
  readonly peerId: string;
  private readonly node: NetworkNode;
  private readonly transport: Transport;
  private readonly clock: Clock;
  private readonly config: NetworkConfig;
  private readonly maxMessageBytes: number;
  private readonly sessions = new Map<string, PeerSession>();
  private readonly directory: PeerDirectory;
  private readonly misbehaviour = new Misbehaviour();
  private readonly relay: Relay;
  private readonly events = new NetworkEvents();
  private readonly context: DispatchContext;
  private readonly receiver: Receiver;
  private readonly syncs: SyncScheduler;
  private readonly slots: LinkSlots;
  /** Random per start of this node, sent in every status: how peers tell our links after a restart (relink.ts). */
  private readonly sessionNonce = newSessionNonce();
  private readonly returning: ReturningPeers<PeerSession>;
  private readonly reach = new Reach();
  private started = false;
  private stopped = false;
  private readonly resolves: ResolveRuns;
  private readonly heartbeat: Heartbeat;
  private readonly reports: RoomReports;
  private unsubscribeNode: () => void = () => {};

  constructor(options: NetworkOptions) {
    this.node = options.node;
    this.transport = options.transport;
    this.clock = options.clock ?? systemClock;
    this.config = createNetworkConfig(options.config);
    this.peerId = options.transport.localId;
    const expected = peerIdFor(this.node.chain.genesis.hash, this.node.id);
    if (this.peerId !== expected) throw new TypeError(`transport id ${this.peerId} should be ${expected}`);
    this.maxMessageBytes = maxMessageBytes(this.node.params);
    this.directory = options.directory ?? new PeerDirectory({ clock: this.clock, config: this.config });
    this.relay = new Relay(this.node, () => this.readySessions());
    const { peerId: localId, config, clock, directory } = this;
    const reportedLinks = (peerId: string) => this.reports.linksOf(peerId);
    this.slots = new LinkSlots({ localId, config, clock, directory, reportedLinks });
    this.returning = new ReturningPeers({
      clock,
      sessions: this.sessions,
      open: (link) => this.openSession(link),
      drop: (session, reason) => this.drop(session, reason),
      penalize: (session, fault, detail) => this.penalize(session, fault, 'protocol', detail),
      opened: (peerId) => this.directory.opened(peerId),
    });
    this.context = {
      node: this.node,
      config: this.config,
      clock: this.clock,
      penalize: (session, fault, context, detail) => this.penalize(session, fault, context, detail),
      inBulk: (work) => this.relay.inBulk(work),
      peerReady: (session) => this.peerReady(session),
      addCandidates: (ids) => this.addCandidates(ids),
      requestSync: () => this.syncs.request(),
      receiveReport: (session, report) => this.reports.receive(session, report),
    };
    this.receiver = {
      ctx: this.context,
      settle: (session, message) => !this.returning.isContender(session) || this.returning.settle(session, message),
      counted: (session, message, bytes) =>
        this.emit({ type: 'traffic', peerId: session.peerId, direction: 'in', messageType: message.type, bytes }),
    };
    this.reports = new RoomReports({
      localId,
      node: this.node,
      clock,
      readySessions: () => this.readySessions(),
      onChange: () => this.emit({ type: 'reports' }),
    });
    this.syncs = new SyncScheduler(
      this.context,
      () => this.readySessions(),
      (report) => this.emit({ type: 'sync', ...report }),
    );
    this.heartbeat = new Heartbeat({
      clock,
      config,
      sessions: this.sessions,
      drop: (session, reason) => this.drop(session, reason),
      dismissContenders: (waitMs) => this.returning.dismiss(waitMs),
      gossip: (session) => sendGossip(session, this.readySessions()),
      afterBeat: () => {
        this.fillConnections();
        this.reports.tick();
      },
    });
    this.resolves = new ResolveRuns(
      this.context,
      () => this.readySessions(),
      ({ peerId, added, end }) => this.emit({ type: 'sync', peerId, added, outcome: end }),
    );
  }

  get online(): boolean {
    return this.reach.isOnline;
  }

  /** Starts listening, relaying the node's news, and the heartbeat. */
  start(): void {
    if (this.started) return;
    this.started = true;
    // Credit first: the relay then marks every peer as having the news, and who sent it could no longer be told.
    const unsubscribe = [
      this.node.subscribe((news) => this.slots.credit(news, this.sessions)),
      this.node.subscribe(this.relay.onNodeNews),
    ];
    this.unsubscribeNode = () => {
      for (const stop of unsubscribe) stop();
    };
    this.transport.listen({
      onOpen: (link) => this.onOpen(link),
      onMessage: (link, data) => this.onMessage(link, data),
      onClose: (link) => this.onClose(link),
      onDialFailed: (peerId) => {
        this.directory.dialFailed(peerId);
        this.fillConnections();
      },
      onSignalling: (state, detail) => {
        this.emit({ type: 'signalling', state, detail });
        // Back on the signalling server after a loss: dials tried without it failed and wait out a backoff, so every
        // known peer is worth a try now. One round here, and nowhere else, per return (redialNow).
        if (state === 'online') this.redialNow();
      },
    });
    this.heartbeat.start();
    this.fillConnections();
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.heartbeat.stop();
    this.unsubscribeNode();
    this.returning.dismiss(0);
    for (const session of [...this.sessions.values()]) this.drop(session, { code: 'node-stopped' });
    this.transport.destroy();
  }

  subscribe(listener: NetworkListener): () => void {
    return this.events.subscribe(listener);
  }

  /**
   * The seed's /nodes/register for one id (a full peer id or the bare node id a page shows), or an invite:
   * remembered, dialled now if there is room, and redialled whenever the link is lost. False when the id names no
   * peer of this room.
   */
  connect(idOrNodeId: string, origin: Exclude<PeerOrigin, 'discovered'> = 'invited'): boolean {
    const peerId = toRoomPeerId(idOrNodeId, this.node.chain.genesis.hash);
    if (peerId === null || peerId === this.peerId) return false;
    this.directory.add(peerId, origin);
    this.fillConnections();
    return true;
  }

  /** Peer ids learnt from discovery: dialled while there is room, forgotten after repeated failures. */
  addCandidates(ids: Iterable<string>): void {
    const genesis = this.node.chain.genesis.hash;
    for (const id of ids) {
      const peerId = toRoomPeerId(id, genesis);
      if (peerId !== null && peerId !== this.peerId && !this.misbehaviour.isBanned(peerId)) {
        this.directory.add(peerId, 'discovered');
      }
    }
    this.fillConnections();
  }

  /** Ids of the peers that completed the status exchange. */
  peers(): string[] {
    return [...this.readySessions()].map((s) => s.peerId);
  }

  peerInfo(): PeerInfo[] {
    return [...this.sessions.values()].map((s) => s.info(this.misbehaviour.scoreOf(s.peerId)));
  }

  /** Every node of the room as its last report says, ours first (a teacher's view of the room). */
  roomReports(): RoomReport[] {
    return this.reports.list();
  }

  bannedPeers(): string[] {
    return this.misbehaviour.bannedIds();
  }

  /**
   * The seed's /nodes/resolve: asks every connected peer for its whole chain, one after another, and offers the
   * blocks to the node, whose fork choice keeps the most-work valid chain. A second call while one runs shares it;
   * every run settles within config.resolveDeadlineMs of peer time (each chain has its own deadline within that),
   * and a call after it ends, however it ended, starts a new run.
   */
  resolve(): Promise<ResolveResult> {
    return this.resolves.run();
  }

  /**
   * Drops every link and accepts none until goOnline(): half of a partition a teacher can show. With `keepLinksTo`,
   * links to those peers (ids or node ids) stay and are made: a group that goes dark together, as attackers do.
   */
  goOffline(keepLinksTo: Iterable<string> = []): void {
    const genesis = this.node.chain.genesis.hash;
    const group = new Set([...keepLinksTo].flatMap((id) => toRoomPeerId(id, genesis) ?? []));
    const wasOnline = this.reach.goOffline(group);
    this.returning.dismiss(0);
    for (const session of [...this.sessions.values()]) {
      if (!group.has(session.peerId)) this.drop(session, { code: 'went-offline' });
    }
    if (wasOnline) this.emit({ type: 'online', online: false });
    this.fillConnections();
  }

  /** Redials every peer known, at once. */
  goOnline(): void {
    if (!this.reach.goOnline()) return;
    this.directory.retryAllNow();
    this.emit({ type: 'online', online: true });
    this.fillConnections();
  }

  /**
   * The network may be back (the browser went online, a hidden page was shown again): links silent past their time
   * go now rather than at the next heartbeat, and every peer known, those linked lately included, is dialled at
   * once instead of at its backoff. One round per call; the caller debounces (wake.ts).
   */
  redialNow(): void {
    if (!this.started || this.stopped || !this.reach.isOnline) return;
    this.heartbeat.dropStale(this.clock.now());
    this.addCandidates(this.returning.recentlyLinked());
    this.directory.retryAllNow();
    this.fillConnections();
  }

  private *readySessions(): Generator<PeerSession> {
    for (const session of this.sessions.values()) if (session.isReady) yield session;
  }

  private emit(event: NetworkEvent): void {
    this.events.emit(event);
  }

  private emitPeers(): void {
    this.emit({ type: 'links', peers: this.peerInfo() });
  }

  private onOpen(link: PeerLink): void {
    if (
      this.stopped ||
      !this.reach.allows(link.peerId) ||
      link.peerId === this.peerId ||
      this.misbehaviour.isBanned(link.peerId)
    ) {
      link.close();
      return;
    }
    const verdict = this.slots.admit(link, this.sessions);
    if (verdict.kind === 'refuse') {
      // Our own dial that found no slot backs off like one nobody answered; a known peer's dial we had no inbound
      // slot for may still fill one of ours.
      if (verdict.why === 'duplicate') this.directory.opened(link.peerId);
      else if (link.outbound) this.directory.dialFailed(link.peerId);
      else this.directory.dialledUs(link.peerId);
      if (verdict.why !== 'duplicate' || !this.returning.hearOut(link)) link.close();
      this.fillConnections();
      return;
    }
    if (verdict.replaces) this.drop(verdict.replaces, { code: 'replaced' });
    if (verdict.evicts) {
      this.drop(verdict.evicts, { code: 'evicted' });
      // It gave us nothing lately: not worth redialling unless gossip or the server's list names it again.
      this.directory.forget(verdict.evicts.peerId);
      this.returning.forget(verdict.evicts.peerId);
    }
    this.directory.opened(link.peerId);
    const session = this.openSession(link);
    this.sessions.set(link.peerId, session);
    this.emitPeers();
  }

  /** A session on `link` that has sent our status. */
  private openSession(link: PeerLink): PeerSession {
    const session = new PeerSession({
      link,
      clock: this.clock,
      config: this.config,
      maxMessageBytes: this.maxMessageBytes,
      onSend: (messageType, bytes) =>
        this.emit({ type: 'traffic', peerId: link.peerId, direction: 'out', messageType, bytes }),
    });
    session.send(statusOf(this.node, this.sessionNonce, this.config.blockBytes));
    return session;
  }

  private onClose(link: PeerLink): void {
    if (this.returning.closed(link)) return;
    const session = this.sessions.get(link.peerId);
    if (session?.link !== link) return; // a duplicate link, or one already dropped
    this.drop(session, { code: 'closed-by-peer' });
  }

  /** Forgets a session and closes its link; the directory decides when to dial it again. */
  private drop(session: PeerSession, reason: LinkEnd): void {
    const held = this.sessions.get(session.peerId) === session;
    if (held) this.sessions.delete(session.peerId);
    const wasReady = session.isReady;
    session.close(reason);
    // Our dial, closed by the peer before its status: no slot for us there.
    const refused = !wasReady && session.link.outbound && reason.code === 'closed-by-peer';
    const outcome = wasReady ? 'worked' : refused ? 'refused' : 'failed';
    if (!this.misbehaviour.isBanned(session.peerId)) this.directory.closed(session.peerId, outcome);
    if (held) this.returning.vacated(session.peerId);
    this.emit({ type: 'disconnected', peerId: session.peerId, reason: session.closeReason ?? reason });
    this.emitPeers();
  }

  private onMessage(link: PeerLink, data: unknown): void {
    const held = this.sessions.get(link.peerId);
    const session = held?.link === link ? held : this.returning.contenderOn(link);
    if (session === undefined || session.isClosed) return;
    receive(this.receiver, session, data);
  }

  private peerReady(session: PeerSession): void {
    this.directory.ready(session.peerId);
    this.returning.linked(session.peerId);
    sendGossip(session, this.readySessions());
    this.reports.greet(session);
    this.sendMempool(session);
    this.emitPeers();
  }

  private sendMempool(session: PeerSession): void {
    for (const tx of this.node.mempool.transactions().slice(0, this.config.mempoolOnConnect)) {
      this.relay.sendTransactionTo(session, tx);
    }
  }

  private penalize(session: PeerSession, fault: Fault, context: FaultContext, detail: string): boolean {
    const points = penaltyFor(fault, context);
    if (points === 0) return true;
    const { score, bannedNow } = this.misbehaviour.add(session.peerId, points);
    this.emit({ type: 'misbehaviour', peerId: session.peerId, fault, points, score, detail });
    if (!this.misbehaviour.isBanned(session.peerId)) return true;
    if (bannedNow) {
      this.directory.forget(session.peerId);
      if (session.link.kind === 'tab') this.slots.tabBanned();
      this.emit({ type: 'banned', peerId: session.peerId, fault, detail });
    }
    // Every link of that id goes: the one held, and a second one waiting for its status.
    const reason: LinkEnd = { code: 'banned', fault };
    this.returning.banned(session.peerId, reason);
    const held = this.sessions.get(session.peerId);
    if (held !== undefined && held !== session) this.drop(held, reason);
    this.drop(session, reason);
    return false;
  }

  /** Dials the candidates the slot policy finds room for (link-slots.ts). */
  private fillConnections(): void {
    if (!this.started || this.stopped || !this.reach.dials) return;
    const exclude = (id: string) =>
      id === this.peerId || this.sessions.has(id) || this.misbehaviour.isBanned(id) || !this.reach.allows(id);
    for (const peerId of this.slots.toDial(this.sessions, exclude)) this.transport.dial(peerId);
  }
}

export function createNetwork(options: NetworkOptions): PeerNetwork {
  return new PeerNetwork(options);
}
