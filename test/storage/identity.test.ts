// Which node a tab gets: its own again after a reload, the device's most recent free node in a new tab, a new one
// when duplicated or when every node is open, and what it can tell where the browser offers no Web Locks.
import { describe, expect, it } from 'vitest';
import {
  claimNewNode,
  claimNodeIdentity,
  createNodeId,
  isNodeId,
  isNodeRunning,
  nodeLockName,
  rememberSessionNode,
  sessionNodeKey,
} from '../../src/storage/index.ts';
import { countingRandom, FakeChannelHub, FakeLocks, FakeSession, tabEnvironment } from './helpers.ts';

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

/** Tabs of one browser: shared locks, a registry listing nodes most recently used first, a session per tab. */
function device(listed: string[] = []) {
  const locks = new FakeLocks();
  let asked = 0;
  const deviceNodes = async () => {
    asked++;
    return [...listed];
  };
  const tab = (overrides: Parameters<typeof tabEnvironment>[0] = {}) =>
    tabEnvironment({ locks, deviceNodes, randomBytes: countingRandom(1000 * ++tabs), ...overrides });
  let tabs = 0;
  return { locks, listed, tab, asked: () => asked };
}

describe('a node belongs to the device, not the tab', () => {
  it('opening the URL again after closing the tab resumes the node', async () => {
    const browser = device();
    const first = await claimNodeIdentity('classroom', browser.tab());
    browser.listed.push(first.nodeId);
    first.release(); // the tab closes: its session goes with it
    const reopened = await claimNodeIdentity('classroom', browser.tab());
    expect(reopened).toMatchObject({ nodeId: first.nodeId, origin: 'reopened', duplicateOf: null, exclusive: true });
  });

  it('a second tab while the first is still open gets a node of its own', async () => {
    const browser = device();
    const first = await claimNodeIdentity('classroom', browser.tab());
    browser.listed.push(first.nodeId);
    const second = await claimNodeIdentity('classroom', browser.tab());
    expect(second.nodeId).not.toBe(first.nodeId);
    expect(second).toMatchObject({ origin: 'created', duplicateOf: null, exclusive: true });
  });

  it('resumes the most recently used node that no open tab holds', async () => {
    const browser = device();
    const [older, newer, newest] = [
      await claimNodeIdentity('classroom', browser.tab()),
      await claimNodeIdentity('classroom', browser.tab()),
      await claimNodeIdentity('classroom', browser.tab()),
    ];
    browser.listed.push(newest.nodeId, newer.nodeId, older.nodeId);
    older.release();
    newer.release(); // newest stays open in its tab
    const reopened = await claimNodeIdentity('classroom', browser.tab());
    expect(reopened).toMatchObject({ nodeId: newer.nodeId, origin: 'reopened' });
  });

  it('two tabs opened at the same moment never get the same node', async () => {
    const browser = device();
    const old = await claimNodeIdentity('classroom', browser.tab());
    browser.listed.push(old.nodeId);
    old.release();
    const [a, b] = await Promise.all([
      claimNodeIdentity('classroom', browser.tab()),
      claimNodeIdentity('classroom', browser.tab()),
    ]);
    expect(new Set([a.nodeId, b.nodeId]).size).toBe(2);
    expect([a.origin, b.origin].sort()).toEqual(['created', 'reopened']);
  });

  it("a reload keeps its session's node and never asks the registry", async () => {
    const browser = device();
    const env = browser.tab();
    const mine = await claimNodeIdentity('classroom', env);
    const other = await claimNodeIdentity('classroom', browser.tab());
    other.release();
    browser.listed.push(other.nodeId, mine.nodeId); // the other node was used more recently
    const asked = browser.asked();
    mine.release();
    expect(await claimNodeIdentity('classroom', env)).toMatchObject({ nodeId: mine.nodeId, origin: 'resumed' });
    expect(browser.asked()).toBe(asked);
  });

  it('a duplicated tab takes a free node of the device before making one', async () => {
    const browser = device();
    const session = new FakeSession();
    const original = await claimNodeIdentity('classroom', browser.tab({ session }));
    const spare = await claimNodeIdentity('classroom', browser.tab());
    spare.release();
    browser.listed.push(spare.nodeId, original.nodeId);
    const copy = await claimNodeIdentity('classroom', browser.tab({ session: session.duplicate() }));
    expect(copy).toMatchObject({ nodeId: spare.nodeId, origin: 'reopened', duplicateOf: original.nodeId });
  });

  it('a registry that cannot be read is an empty one', async () => {
    const env = tabEnvironment({ deviceNodes: () => Promise.reject(new Error('registry gone')) });
    expect(await claimNodeIdentity('classroom', env)).toMatchObject({ origin: 'created', exclusive: true });
  });

  it('skips listed ids that are no node ids', async () => {
    const env = tabEnvironment({ deviceNodes: async () => ['<script>', 'n-'] });
    expect(await claimNodeIdentity('classroom', env)).toMatchObject({ origin: 'created' });
  });
});

describe('without Web Locks, other tabs are asked', () => {
  it('resumes the device node no other tab answers for, and answers for it from then on', async () => {
    const hub = new FakeChannelHub();
    const listed: string[] = [];
    let tabs = 0;
    const tab = () =>
      tabEnvironment({
        locks: null,
        presence: hub.presence(),
        deviceNodes: async () => [...listed],
        randomBytes: countingRandom(1000 * ++tabs),
      });
    const running = await claimNodeIdentity('classroom', tab());
    const closed = await claimNodeIdentity('classroom', tab());
    closed.release(); // no longer answers
    listed.push(running.nodeId, closed.nodeId);
    const reopened = await claimNodeIdentity('classroom', tab());
    expect(reopened).toMatchObject({ nodeId: closed.nodeId, origin: 'reopened', exclusive: false, askedTabs: true });
    const another = await claimNodeIdentity('classroom', tab());
    expect(another).toMatchObject({ origin: 'created', askedTabs: true });
    expect([running.nodeId, closed.nodeId]).not.toContain(another.nodeId);
  });

  it('a duplicated tab whose original answers gets a node of its own', async () => {
    const hub = new FakeChannelHub();
    const session = new FakeSession();
    const original = await claimNodeIdentity(
      'classroom',
      tabEnvironment({ locks: null, session, presence: hub.presence() }),
    );
    const copy = await claimNodeIdentity(
      'classroom',
      tabEnvironment({
        locks: null,
        session: session.duplicate(),
        presence: hub.presence(),
        randomBytes: countingRandom(100),
      }),
    );
    expect(copy.nodeId).not.toBe(original.nodeId);
    expect(copy).toMatchObject({ origin: 'created', duplicateOf: original.nodeId, exclusive: false });
  });

  it('a reload, whose old page is gone, keeps its node', async () => {
    const hub = new FakeChannelHub();
    const env = tabEnvironment({ locks: null, presence: hub.presence() });
    const before = await claimNodeIdentity('classroom', env);
    before.release();
    const after = await claimNodeIdentity('classroom', { ...env, presence: hub.presence() });
    expect(after).toMatchObject({ nodeId: before.nodeId, origin: 'resumed', duplicateOf: null });
  });

  it('with nobody to ask resumes only the session node, never one another tab may run', async () => {
    const env = tabEnvironment({ locks: null, presence: null, deviceNodes: async () => ['n-aaaaaaaaaaaaaaaa'] });
    expect(await claimNodeIdentity('classroom', env)).toMatchObject({ origin: 'created', askedTabs: false });
  });
});

describe('claimNewNode', () => {
  it('lets go of a lost node and locks a new one for the session', async () => {
    const env = tabEnvironment();
    const lost = await claimNodeIdentity('classroom', env);
    const fresh = await claimNewNode(lost, env);
    expect(fresh.nodeId).not.toBe(lost.nodeId);
    expect(fresh).toMatchObject({ origin: 'created', exclusive: true, sessionSaved: true });
    expect(await isNodeRunning(env.locks, 'classroom', lost.nodeId)).toBe(false);
    expect(await isNodeRunning(env.locks, 'classroom', fresh.nodeId)).toBe(true);
    expect(env.session?.getItem(sessionNodeKey('classroom'))).toBe(fresh.nodeId);
  });
});
