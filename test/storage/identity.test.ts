// Which node a tab gets: its own again after a reload, a new one when duplicated, and a flag where the browser
// cannot tell the two apart.
import { describe, expect, it } from 'vitest';
import {
  claimNodeIdentity,
  createNodeId,
  isNodeId,
  isNodeRunning,
  nodeLockName,
  rememberSessionNode,
  sessionNodeKey,
} from '../../src/storage/index.ts';
import { countingRandom, FakeLocks, FakeSession, tabEnvironment } from './helpers.ts';

/** PeerJS's own id check (peerjs/lib/util.ts `validateId`). */
const PEERJS_ID_RE = /^[A-Za-z0-9]+(?:[ _-][A-Za-z0-9]+)*$/;

describe('node ids', () => {
  it('are n- and 16 base32 characters, PeerJS-compatible', () => {
    const random = countingRandom();
    const ids = Array.from({ length: 50 }, () => createNodeId(random));
    for (const id of ids) {
      expect(id).toMatch(/^n-[a-z2-7]{16}$/);
      expect(id).toMatch(PEERJS_ID_RE);
      expect(isNodeId(id)).toBe(true);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('encode every bit of the random bytes', () => {
    expect(createNodeId((n) => new Uint8Array(n))).toBe('n-aaaaaaaaaaaaaaaa');
    expect(createNodeId((n) => new Uint8Array(n).fill(0xff))).toBe('n-7777777777777777');
  });

  it.each(['', '-n', 'n-', 'n--x', '1abc', 'n x', 'n_x', 'a'.repeat(65), 42])('rejects %j', (id) => {
    expect(isNodeId(id)).toBe(false);
  });
});

describe('claimNodeIdentity', () => {
  it('creates a node in a new tab, remembers it for the session and holds its lock', async () => {
    const env = tabEnvironment();
    const identity = await claimNodeIdentity('classroom', env);
    expect(identity).toMatchObject({ origin: 'created', duplicateOf: null, exclusive: true, sessionSaved: true });
    expect(isNodeId(identity.nodeId)).toBe(true);
    expect(env.session?.getItem(sessionNodeKey('classroom'))).toBe(identity.nodeId);
    expect(await isNodeRunning(env.locks, 'classroom', identity.nodeId)).toBe(true);
  });

  it('keeps the node across a reload', async () => {
    const env = tabEnvironment();
    const before = await claimNodeIdentity('classroom', env);
    before.release(); // the old page goes away
    const after = await claimNodeIdentity('classroom', env);
    expect(after).toMatchObject({ nodeId: before.nodeId, origin: 'resumed', exclusive: true, sessionSaved: true });
  });

  it('waits for a reloaded page whose old lock is released a moment late', async () => {
    const locks = new FakeLocks();
    const before = await claimNodeIdentity('classroom', tabEnvironment({ locks }));
    let pauses = 0;
    const session = new FakeSession();
    rememberSessionNode(session, 'classroom', before.nodeId);
    const after = await claimNodeIdentity('classroom', {
      ...tabEnvironment({ locks, session }),
      sleep: async () => {
        if (++pauses === 2) before.release();
      },
    });
    expect(after).toMatchObject({ nodeId: before.nodeId, origin: 'resumed' });
    expect(pauses).toBe(2);
  });

  it('gives a duplicated tab a node of its own, and says why', async () => {
    const locks = new FakeLocks();
    const originalSession = new FakeSession();
    const original = tabEnvironment({ locks, session: originalSession, randomBytes: countingRandom(0) });
    const first = await claimNodeIdentity('classroom', original);
    const copy = tabEnvironment({ locks, session: originalSession.duplicate(), randomBytes: countingRandom(100) });
    const second = await claimNodeIdentity('classroom', copy);
    expect(second.nodeId).not.toBe(first.nodeId);
    expect(second).toMatchObject({ origin: 'created', duplicateOf: first.nodeId, exclusive: true, sessionSaved: true });
    expect(copy.session?.getItem(sessionNodeKey('classroom'))).toBe(second.nodeId);
    expect(original.session?.getItem(sessionNodeKey('classroom'))).toBe(first.nodeId);
    // A reload of the duplicate keeps its new node.
    second.release();
    expect((await claimNodeIdentity('classroom', copy)).nodeId).toBe(second.nodeId);
  });

  it('keeps one node per network in the same tab', async () => {
    const env = tabEnvironment();
    const a = await claimNodeIdentity('room-a', env);
    const b = await claimNodeIdentity('room-b', env);
    expect(a.nodeId).not.toBe(b.nodeId);
    expect(env.session?.getItem(sessionNodeKey('room-a'))).toBe(a.nodeId);
  });

  it('resumes the node the UI chose for the next load', async () => {
    const env = tabEnvironment();
    const old = await claimNodeIdentity('classroom', { ...env, session: new FakeSession() });
    old.release();
    expect(rememberSessionNode(env.session, 'classroom', old.nodeId)).toBe(true);
    expect(await claimNodeIdentity('classroom', env)).toMatchObject({ nodeId: old.nodeId, origin: 'resumed' });
  });

  it('without Web Locks takes the session node unchecked and says duplicates go unnoticed', async () => {
    const session = new FakeSession();
    const env = tabEnvironment({ locks: null, session });
    const first = await claimNodeIdentity('classroom', env);
    expect(first).toMatchObject({ origin: 'created', exclusive: false, duplicateOf: null, sessionSaved: true });
    const copy = await claimNodeIdentity('classroom', { ...env, session: session.duplicate() });
    expect(copy).toMatchObject({ nodeId: first.nodeId, origin: 'resumed', exclusive: false, sessionSaved: true });
    expect(await isNodeRunning(null, 'classroom', first.nodeId)).toBeNull();
  });

  it('treats locks the browser refuses outright as missing', async () => {
    const refusing = {
      request: () => Promise.reject(new DOMException('denied', 'SecurityError')),
      query: () => Promise.reject(new DOMException('denied', 'SecurityError')),
    };
    const identity = await claimNodeIdentity('classroom', tabEnvironment({ locks: refusing }));
    expect(identity).toMatchObject({ origin: 'created', exclusive: false, sessionSaved: true });
    expect(await isNodeRunning(refusing, 'classroom', identity.nodeId)).toBeNull();
  });

  it('without sessionStorage still runs a node, and says a reload starts another', async () => {
    const identity = await claimNodeIdentity('classroom', tabEnvironment({ session: null }));
    expect(identity).toMatchObject({ origin: 'created', exclusive: true, sessionSaved: false });
  });

  it('ignores a session value that is not a node id', async () => {
    const session = new FakeSession();
    session.setItem(sessionNodeKey('classroom'), '<script>');
    const identity = await claimNodeIdentity('classroom', tabEnvironment({ session }));
    expect(identity.origin).toBe('created');
    expect(isNodeId(identity.nodeId)).toBe(true);
  });

  it('gives up loudly when the random source keeps repeating taken ids', async () => {
    const locks = new FakeLocks();
    const stuck = (n: number) => new Uint8Array(n);
    await claimNodeIdentity('classroom', tabEnvironment({ locks, randomBytes: stuck }));
    await expect(claimNodeIdentity('classroom', tabEnvironment({ locks, randomBytes: stuck }))).rejects.toThrow(
      RangeError,
    );
  });

  it('names locks by network and node', () => {
    expect(nodeLockName('classroom', 'n-a')).toBe('bbc-node-lock:classroom:n-a');
  });
});
