// The PeerJS transport against a stand-in for PeerJS: what it asks of a Peer, and when. The real library runs in
// the browser tests; this pins down the order of calls that those only show as a dial that hangs now and then.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PeerJsTransport } from '../../src/net/peerjs-transport.ts';
import type { TransportEvents } from '../../src/net/transport.ts';
import { ManualClock } from './helpers.ts';

type Listener = (...args: unknown[]) => void;

// Hoisted with the mock below: vi.mock runs before the module's own top-level code.
const { FakePeer } = vi.hoisted(() => {
  /** Just enough of a PeerJS DataConnection: its events, and whether it was closed. */
  class FakeConnection {
    readonly serialization = 'raw';
    readonly listeners = new Map<string, Listener>();
    closed = false;
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
    constructor(readonly id: string) {
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

  it('refuses a dial at once while the peer is disconnected from the server', () => {
    const { transport, peer, failed } = started(new ManualClock());
    peer.disconnected = true;
    transport.dial('them');
    expect(failed).toEqual([['them', 'not connected to the signalling server']]);
    expect(peer.connections).toEqual([]);
  });
});
