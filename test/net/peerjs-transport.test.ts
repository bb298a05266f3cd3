// The PeerJS transport against a stand-in for PeerJS: what it asks of a Peer, and when. The real library runs in
// the browser tests; this pins down the order of calls that those only show as a dial that hangs now and then.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PeerJsTransport } from '../../src/net/peerjs-transport.ts';
import type { DialFailureCode, PeerLink, TransportEvents } from '../../src/net/transport.ts';
import { routeOf } from '../../src/net/webrtc-route.ts';
import { ManualClock } from './helpers.ts';

type Listener = (...args: unknown[]) => void;

// Hoisted with the mock below: vi.mock runs before the module's own top-level code.
const { FakePeer } = vi.hoisted(() => {
  /** Just enough of a PeerJS DataConnection: its events, and whether it was closed. */
  class FakeConnection {
    readonly serialization = 'raw';
    readonly listeners = new Map<string, Listener>();
    closed = false;
    open = false;
    /** What the browser's getStats would say of the channel's candidate pair (set by a test). */
    peerConnection: { getStats(): Promise<Map<string, unknown>> } | undefined = undefined;
    constructor(readonly peer: string) {}
    on(event: string, listener: Listener): void {
      this.listeners.set(event, listener);
    }
    close(): void {
      this.closed = true;
    }
  }

  /** Just enough of a PeerJS Peer: `open` turns true when the test says the server answered. */
  class FakePeer {
    static created: FakePeer[] = [];
    open = false;
    disconnected = false;
    destroyed = false;
    readonly connections: FakeConnection[] = [];
    private readonly listeners = new Map<string, Listener>();
    constructor(
      readonly id: string,
      readonly options: Record<string, unknown> = {},
    ) {
      FakePeer.created.push(this);
    }
    on(event: string, listener: Listener): void {
      this.listeners.set(event, listener);
    }
    emit(event: string, ...args: unknown[]): void {
      this.listeners.get(event)?.(...args);
    }
    connect(peerId: string): FakeConnection {
      const connection = new FakeConnection(peerId);
      this.connections.push(connection);
      return connection;
    }
    destroy(): void {
      this.destroyed = true;
    }
    /** Counts new signalling sockets, as PeerJS opens one on each reconnect. */
    sockets = 1;
    disconnect(): void {
      this.open = false;
      this.emit('disconnected');
      this.disconnected = true;
    }
    reconnect(): void {
      this.disconnected = false;
      this.sockets++;
    }
  }

  return { FakePeer };
});
type FakePeer = InstanceType<typeof FakePeer>;

vi.mock('peerjs', () => ({ Peer: FakePeer, BufferedConnection: class {} }));

function events() {
  const failed: Array<[string, string]> = [];
  const listener: TransportEvents = {
    onOpen: () => {},
    onMessage: () => {},
    onClose: () => {},
    onDialFailed: (peerId, reason) => failed.push([peerId, reason]),
  };
  return { failed, listener };
}

function started(clock: ManualClock, dialTimeoutMs = 15_000) {
  const transport = new PeerJsTransport({
    peerId: 'me',
    server: { host: '127.0.0.1', port: 9000, path: '/', secure: false, key: 'peerjs' },
    iceServers: [],
    clock,
    dialTimeoutMs,
  });
  const { failed, listener } = events();
  transport.listen(listener);
  const peer = FakePeer.created.at(-1) as FakePeer;
  return { transport, peer, failed };
}

beforeEach(() => {
  FakePeer.created = [];
});

describe('PeerJsTransport and the signalling socket', () => {
  it('holds a dial asked for before the server answered, and makes it once the peer is open', () => {
    const { transport, peer, failed } = started(new ManualClock());
    transport.dial('them');
    transport.dial('them');
    // Before `open` PeerJS would drop the offer on the floor: nothing is sent yet.
    expect(peer.connections).toEqual([]);
    peer.open = true;
    peer.emit('open', 'me');
    expect(peer.connections.map((c) => c.peer)).toEqual(['them']);
    expect(failed).toEqual([]);
  });

  it('dials at once when the peer is already open', () => {
    const { transport, peer } = started(new ManualClock());
    peer.open = true;
    peer.emit('open', 'me');
    transport.dial('them');
    expect(peer.connections.map((c) => c.peer)).toEqual(['them']);
  });

  it('fails a held dial when the server never answers within the dial timeout', () => {
    const clock = new ManualClock();
    const { transport, peer, failed } = started(clock, 5_000);
    transport.dial('them');
    clock.advance(4_999);
    expect(failed).toEqual([]);
    clock.advance(1);
    expect(failed).toEqual([['them', 'not on the signalling server within 5000 ms']]);
    // Opening later starts nothing the node gave up on.
    peer.open = true;
    peer.emit('open', 'me');
    expect(peer.connections).toEqual([]);
  });

  it('fails held dials when the signalling connection is lost before it opened', () => {
    const { transport, peer, failed } = started(new ManualClock());
    transport.dial('a');
    transport.dial('b');
    peer.emit('disconnected');
    expect(failed.map(([id]) => id)).toEqual(['a', 'b']);
  });

  it('opens a new signalling socket when told the network is back, even if the old one looks connected', () => {
    const { transport, peer } = started(new ManualClock());
    peer.open = true;
    peer.emit('open', 'me');
    transport.reconnectNow();
    expect(peer.sockets).toBe(1);
    transport.reconnectNow(true);
    expect([peer.sockets, peer.disconnected]).toEqual([2, false]);
  });

  it('ends the dials in flight when the network is back, so each is redialled at once rather than at its timeout', () => {
    const { transport, peer, failed } = started(new ManualClock());
    peer.open = true;
    peer.emit('open', 'me');
    transport.dial('them');
    transport.reconnectNow();
    expect(failed).toEqual([]);
    transport.reconnectNow(true);
    expect(failed).toEqual([['them', 'the signalling socket was renewed']]);
    expect(peer.connections.map((c) => c.closed)).toEqual([true]);
    // The peer is free to dial again: the new dial waits for the renewed socket, then goes out.
    transport.dial('them');
    peer.open = true;
    peer.emit('open', 'me');
    expect(peer.connections.map((c) => c.peer)).toEqual(['them', 'them']);
  });

  it('refuses a dial at once while the peer is disconnected from the server', () => {
    const { transport, peer, failed } = started(new ManualClock());
    peer.disconnected = true;
    transport.dial('them');
    expect(failed).toEqual([['them', 'not connected to the signalling server']]);
    expect(peer.connections).toEqual([]);
  });
});

describe('PeerJsTransport registered before its node listens (connectEarly)', () => {
  function early(clock = new ManualClock()) {
    const transport = new PeerJsTransport({
      peerId: 'me',
      server: { host: '127.0.0.1', port: 9000, path: '/', secure: false, key: 'peerjs' },
      iceServers: [],
      clock,
    });
    transport.connectEarly();
    const peer = FakePeer.created.at(-1) as FakePeer;
    const told: string[] = [];
    const listener: TransportEvents = {
      onOpen: (link) => told.push(`open ${link.peerId}`),
      onMessage: (_link, data) => told.push(`message ${String(data)}`),
      onClose: (link) => told.push(`close ${link.peerId}`),
      onDialFailed: (peerId) => told.push(`failed ${peerId}`),
      onSignalling: (state) => told.push(`signalling ${state}`),
    };
    return { transport, peer, told, listener };
  }

  it('opens its one signalling socket at once, and listen opens no second one', () => {
    const { transport, peer, listener } = early();
    expect(FakePeer.created).toEqual([peer]);
    transport.listen(listener);
    expect(FakePeer.created).toEqual([peer]);
  });

  it('tells listen, in order, what happened before it: the server’s answer and a peer that dialled in', async () => {
    const { transport, peer, told, listener } = early();
    peer.open = true;
    peer.emit('open', 'me');
    const inbound = peer.connect('them');
    peer.emit('connection', inbound);
    inbound.peerConnection = { getStats: async () => statsWith('host', 'host') };
    inbound.open = true;
    inbound.listeners.get('open')?.();
    inbound.listeners.get('data')?.('hello');
    await vi.waitFor(() => expect(inbound.listeners.size).toBeGreaterThan(0));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(told).toEqual([]);
    transport.listen(listener);
    expect(told).toEqual(['signalling connecting', 'signalling online', 'open them', 'message hello']);
    // After listen, events go straight to it; a dial goes out at once on the open socket.
    inbound.listeners.get('data')?.('again');
    transport.dial('other');
    expect(told.at(-1)).toBe('message again');
    expect(peer.connections.map((c) => c.peer)).toEqual(['them', 'other']);
  });

  it('dials an invite’s peer once the server answers; a failure before listen is left to the network', () => {
    const transport = new PeerJsTransport({
      peerId: 'me',
      server: { host: '127.0.0.1', port: 9000, path: '/', secure: false, key: 'peerjs' },
      iceServers: [],
      clock: new ManualClock(),
    });
    transport.connectEarly(['inviter', 'gone']);
    const peer = FakePeer.created.at(-1) as FakePeer;
    expect(peer.connections).toEqual([]);
    peer.open = true;
    peer.emit('open', 'me');
    expect(peer.connections.map((c) => c.peer)).toEqual(['inviter', 'gone']);
    peer.emit('error', { type: 'peer-unavailable', message: 'Could not connect to peer gone' });
    const failed: string[] = [];
    transport.listen({ ...events().listener, onDialFailed: (peerId) => failed.push(peerId) });
    expect(failed).toEqual([]);
    // The network's own dial of the invite's peer joins the one under way: no second channel.
    transport.dial('inviter');
    expect(peer.connections.map((c) => c.peer)).toEqual(['inviter', 'gone']);
  });

  it('does nothing once listening, or destroyed', () => {
    const { transport, listener } = early();
    transport.listen(listener);
    transport.connectEarly();
    expect(FakePeer.created).toHaveLength(1);
    const later = new PeerJsTransport({
      peerId: 'me',
      server: { host: '127.0.0.1', port: 9000, path: '/', secure: false, key: 'peerjs' },
      iceServers: [],
    });
    later.destroy();
    later.connectEarly();
    expect(FakePeer.created).toHaveLength(1);
  });
});

/** A stats report of one selected pair between candidates of these types (Chromium's shape: via the transport). */
function statsWith(localType: string, remoteType: string): Map<string, unknown> {
  const stats: Array<Record<string, unknown>> = [
    { id: 'T1', type: 'transport', selectedCandidatePairId: 'CP1' },
    { id: 'CP1', type: 'candidate-pair', localCandidateId: 'L1', remoteCandidateId: 'R1', state: 'succeeded' },
    { id: 'L1', type: 'local-candidate', candidateType: localType },
    { id: 'R1', type: 'remote-candidate', candidateType: remoteType },
  ];
  return new Map(stats.map((stat) => [stat.id as string, stat]));
}

describe('PeerJsTransport: what carries a link, and why a dial failed', () => {
  function dialled(clock: ManualClock) {
    const transport = new PeerJsTransport({
      peerId: 'me',
      server: { host: '127.0.0.1', port: 9000, path: '/', secure: false, key: 'peerjs' },
      iceServers: [],
      clock,
      token: 'secret-of-me',
    });
    const opened: PeerLink[] = [];
    const messages: unknown[] = [];
    const failed: Array<DialFailureCode | undefined> = [];
    transport.listen({
      onOpen: (link) => opened.push(link),
      onMessage: (_link, data) => messages.push(data),
      onClose: () => {},
      onDialFailed: (_peerId, _reason, code) => failed.push(code),
    });
    const peer = FakePeer.created.at(-1) as FakePeer;
    peer.open = true;
    peer.emit('open', 'me');
    transport.dial('them');
    const connection = peer.connections[0];
    if (connection === undefined) throw new Error('no connection made');
    return { peer, connection, opened, messages, failed };
  }

  it('registers with the token it was given (the relay checks it)', () => {
    const { peer } = dialled(new ManualClock());
    expect(peer.options.token).toBe('secret-of-me');
  });

  for (const [local, remote, kind] of [
    ['relay', 'srflx', 'turn'],
    ['host', 'relay', 'turn'],
    ['srflx', 'host', 'webrtc'],
  ] as const) {
    it(`opens a link over a ${local}/${remote} pair as ${kind}, with what arrived meanwhile after it`, async () => {
      const { connection, opened, messages } = dialled(new ManualClock());
      connection.peerConnection = { getStats: async () => statsWith(local, remote) };
      connection.open = true;
      connection.listeners.get('open')?.();
      connection.listeners.get('data')?.(new Uint8Array([1]));
      expect(opened).toEqual([]);
      await vi.waitFor(() => expect(opened).toHaveLength(1));
      expect(opened[0]?.kind).toBe(kind);
      expect(messages).toEqual([new Uint8Array([1])]);
    });
  }

  it('opens as direct WebRTC when the browser does not say its route in time', async () => {
    const clock = new ManualClock();
    const { connection, opened } = dialled(clock);
    connection.peerConnection = { getStats: () => new Promise(() => {}) };
    connection.open = true;
    connection.listeners.get('open')?.();
    clock.advance(1_000);
    await vi.waitFor(() => expect(opened).toHaveLength(1));
    expect(opened[0]?.kind).toBe('webrtc');
  });

  it('says no route when ICE fails (PeerJS closes the channel) or no channel opens in time', () => {
    const clock = new ManualClock();
    const first = dialled(clock);
    first.connection.listeners.get('close')?.();
    expect(first.failed).toEqual(['no-route']);
    const second = dialled(clock);
    clock.advance(15_000);
    expect(second.failed).toEqual(['no-route']);
  });

  it('says no such peer when the server knows none', () => {
    const { peer, failed } = dialled(new ManualClock());
    peer.emit('error', { type: 'peer-unavailable', message: 'Could not connect to peer them' });
    expect(failed).toEqual(['no-such-peer']);
  });
});

describe('routeOf', () => {
  it("reads Firefox's selected pair, and says unknown before any pair is selected", () => {
    const firefox = [
      { id: 'P', type: 'candidate-pair', selected: true, localCandidateId: 'L', remoteCandidateId: 'R' },
      { id: 'L', type: 'local-candidate', candidateType: 'relay' },
      { id: 'R', type: 'remote-candidate', candidateType: 'host' },
    ];
    expect(routeOf(firefox)).toBe('turn');
    expect(routeOf([{ id: 'T', type: 'transport' }])).toBe('unknown');
  });
});
