// Peer ids carry their room's genesis tag; discovery, registration and invite links go through these rules.
import { describe, expect, it } from 'vitest';
import { Blockchain, createNetworkParams } from '../../src/core/index.ts';
import {
  announceToTabs,
  type ChannelLike,
  invitedPeer,
  listRoomPeers,
  tabChannelName,
} from '../../src/net/discovery.ts';
import { inviteUrl, isPeerId, isPeerIdOfRoom, peerIdFor, roomTag, toRoomPeerId } from '../../src/net/room.ts';

const genesis = new Blockchain(createNetworkParams('classroom')).genesis.hash;
const otherGenesis = new Blockchain(
  createNetworkParams('classroom', { difficulty: 2, minDifficulty: 1, retarget: null }),
).genesis.hash;

describe('room peer ids', () => {
  it('prefix the node id with a tag of the genesis hash, which differs with any rule', () => {
    const id = peerIdFor(genesis, 'n-k3x7q2m4a9bwc5de');
    expect(id).toBe(`r${genesis.slice(0, 12)}-n-k3x7q2m4a9bwc5de`);
    expect(isPeerId(id)).toBe(true);
    expect(isPeerIdOfRoom(id, genesis)).toBe(true);
    expect(isPeerIdOfRoom(id, otherGenesis)).toBe(false);
    expect(roomTag(genesis)).not.toBe(roomTag(otherGenesis));
    // A node id that already carries the tag is used as it is.
    expect(peerIdFor(genesis, id)).toBe(id);
  });

  it('accept a full id or a bare node id for this room, and nothing of another room', () => {
    const full = peerIdFor(genesis, 'n-abc');
    expect(toRoomPeerId(full, genesis)).toBe(full);
    expect(toRoomPeerId('n-abc', genesis)).toBe(full);
    expect(toRoomPeerId(peerIdFor(otherGenesis, 'n-abc'), genesis)).toBeNull();
    expect(toRoomPeerId('no spaces', genesis)).toBeNull();
    expect(toRoomPeerId('x'.repeat(60), genesis)).toBeNull();
  });

  it('refuse what PeerJS would: spaces, doubled or trailing separators, over 64 characters', () => {
    for (const bad of ['', 'a b', 'a--b', 'a-', '-a', 'a'.repeat(65), 'é']) expect(isPeerId(bad), bad).toBe(false);
    expect(() => peerIdFor(genesis, 'bad id')).toThrow(TypeError);
  });

  it('make invite links that keep the page’s query and add peer=', () => {
    const url = inviteUrl('http://192.168.1.20:5173/?room=classroom&difficulty=8#x', 'r1-n-a');
    expect(url).toBe('http://192.168.1.20:5173/?room=classroom&difficulty=8&peer=r1-n-a');
    expect(invitedPeer(new URL(url).search)).toBe('r1-n-a');
    expect(invitedPeer('?peer=not%20an%20id')).toBeNull();
    expect(invitedPeer('?room=x')).toBeNull();
  });
});

describe('discovery', () => {
  it('keeps only this room’s ids from the server’s list', async () => {
    const mine = peerIdFor(genesis, 'n-a');
    const listed = [mine, peerIdFor(otherGenesis, 'n-b'), 'some-other-app', 42, 'a b'];
    const fetchFn = (async () => new Response(JSON.stringify(listed))) as typeof fetch;
    const server = { host: '127.0.0.1', port: 9000, path: '/peerjs/', secure: false, key: 'peerjs' };
    expect(await listRoomPeers(server, genesis, fetchFn)).toEqual([mine]);
  });

  it('introduces tabs of one browser to each other over a channel named by the room', () => {
    const channels = new Map<string, Set<FakeChannel>>();
    class FakeChannel implements ChannelLike {
      private listener: ((event: { data: unknown }) => void) | null = null;
      constructor(readonly name: string) {
        const group = channels.get(name) ?? new Set();
        group.add(this);
        channels.set(name, group);
      }
      postMessage(data: unknown) {
        for (const other of channels.get(this.name) ?? []) if (other !== this) other.listener?.({ data });
      }
      addEventListener(_type: 'message', listener: (event: { data: unknown }) => void) {
        this.listener = listener;
      }
      close() {
        channels.get(this.name)?.delete(this);
      }
    }
    const found: Record<string, string[]> = { a: [], b: [] };
    const a = peerIdFor(genesis, 'n-a');
    const b = peerIdFor(genesis, 'n-b');
    const openChannel = (name: string) => new FakeChannel(name);
    announceToTabs({ openChannel, genesisHash: genesis, selfId: a, sink: (ids) => found.a?.push(...ids) });
    announceToTabs({ openChannel, genesisHash: genesis, selfId: b, sink: (ids) => found.b?.push(...ids) });
    expect(found).toEqual({ a: [b], b: [a] });
    // Junk and other rooms' ids on the channel are ignored.
    const intruder = new FakeChannel(tabChannelName(genesis));
    intruder.postMessage({ kind: 'hello', peerId: peerIdFor(otherGenesis, 'n-c') });
    intruder.postMessage('hello');
    intruder.postMessage({ kind: 'hello', peerId: 'a b' });
    expect(found).toEqual({ a: [b], b: [a] });
  });
});
