// The classroom server's relay: where two pages cannot open a WebRTC channel to each other (a Wi-Fi that isolates
// its clients, no TURN), they exchange the same frames through this server's WebSocket instead. The server holds no
// chain state and reads no frame: it only moves bytes between two members of one room, within bounds. The page's
// side is src/net/relay-transport.ts; docs/protocol.md ("Relay") describes the protocol.
//
//   page -> server  text   { type: 'join', id: <peer id>, token: <its PeerJS token> }   (first message, once)
//                          { type: 'dial', ref: uint, to: <peer id> }
//                          { type: 'close', link: uint }
//   server -> page  text   { type: 'joined' }
//                          { type: 'open', link: uint, peer: <peer id>, ref?: uint }  (ref: the dialler's own)
//                          { type: 'dial-failed', ref: uint, reason: 'no-such-peer' | 'link-limit' }
//                          { type: 'closed', link: uint }
//   both ways       binary u32 link id (big-endian), then one frame of at most MAX_FRAME_BYTES
//
// Who may speak as a peer id: a page joins with the token its PeerJS client registered that id with (PeerJS sends
// it only to the signalling server, over the page's own connection), and the relay admits the join only while the
// signalling server has that id registered with that token. So a member of the relay owns its peer id on the
// signalling server too; when that registration ends, so does the membership. Links are opened by the server, which
// stamps the dialler's id on the other end: a member can neither send on a link that is not its own nor claim
// another id. Like PeerJS itself over plain http, this trusts the LAN not to read the page's traffic.
import { WebSocketServer } from 'ws';
import { parseJsonObject } from './json-message.mjs';
import { createKeepAlive } from './ws-keepalive.mjs';

/** Where pages open their socket; /peerjs-config.json names it (`relay`). */
export const RELAY_PATH = '/relay';
/** src/net/frames.ts MAX_FRAME_BYTES: a larger frame closes the sender's socket (1009), as a peer's would be. */
export const MAX_FRAME_BYTES = 16 * 1024;
const LINK_ID_BYTES = 4;
/** Links one member may hold at once: the network's own cap is 8 (src/net/config.ts), twice that for crossings. */
export const MAX_LINKS_PER_MEMBER = 16;
/** Members at once, all rooms together. */
export const MAX_MEMBERS = 512;
/** Bytes the server may queue for one member: past it the member is too slow to keep, and its socket closes. */
export const MAX_BUFFERED_PER_MEMBER = 4 * 1024 * 1024;
/** Bytes queued for all members together: past it the member with the most waiting is closed. */
export const MAX_BUFFERED_TOTAL = 64 * 1024 * 1024;
/** Above this much queued for a member, the members sending to it are not read until it falls to half. */
const PAUSE_SENDERS_ABOVE = 512 * 1024;
const DRAIN_POLL_MS = 20;
/** A reader that has not taken its queue down to half the pause mark by then is closed as too slow. */
const MAX_STALL_MS = 10_000;
/** A socket that has not joined by then is closed. */
const JOIN_TIMEOUT_MS = 10_000;
const HEARTBEAT_MS = 20_000;

export const CLOSE_REPLACED = 4001;
export const CLOSE_NOT_REGISTERED = 4003;
export const CLOSE_TOO_SLOW = 4008;
export const CLOSE_RELAY_FULL = 4009;
export const CLOSE_JOIN_TIMEOUT = 4010;
const CLOSE_POLICY = 1008;
const CLOSE_GOING_AWAY = 1001;

/** src/net/room.ts isPeerId; the room is the part before the first '-' (`r` and 12 hex digits of the genesis). */
const PEER_ID_RE = /^[A-Za-z0-9]+(?:[_-][A-Za-z0-9]+)*$/;
const isPeerId = (id) => typeof id === 'string' && id.length <= 64 && PEER_ID_RE.test(id) && id.includes('-');
const roomOf = (id) => id.slice(0, id.indexOf('-'));
const isRef = (n) => Number.isSafeInteger(n) && n >= 0 && n <= 0xffffffff;

function parseControl(data) {
  const message = parseJsonObject(data);
  if (message === null) return null;
  const { type } = message;
  if (type === 'join' && isPeerId(message.id) && typeof message.token === 'string' && message.token.length <= 128)
    return { type, id: message.id, token: message.token };
  if (type === 'dial' && isRef(message.ref) && isPeerId(message.to)) return { type, ref: message.ref, to: message.to };
  if (type === 'close' && isRef(message.link)) return { type, link: message.link };
  return null;
}

/**
 * Who is registered on the PeerJS server of `peerServer` (ExpressPeerServer's app), with which token: it emits
 * `connection` and `disconnect` with clients that know their id and token. `onEnded` hears each registration that ends.
 */
export function peerRegistry(peerServer) {
  const tokens = new Map();
  const endedListeners = new Set();
  peerServer.on('connection', (client) => tokens.set(client.getId(), client.getToken()));
  peerServer.on('disconnect', (client) => {
    const id = client.getId();
    if (tokens.get(id) !== client.getToken()) return;
    tokens.delete(id);
    for (const listener of endedListeners) listener(id, client.getToken());
  });
  return {
    owns: (id, token) => tokens.get(id) === token,
    onEnded: (listener) => endedListeners.add(listener),
  };
}

/**
 * The relay: `handleUpgrade` takes pages' sockets at RELAY_PATH. `registry.owns(id, token)` decides who may join as
 * whom (peerRegistry, or a fake in tests); `registry.onEnded` ends memberships with their registrations.
 */
export function createRelayServer({
  registry,
  maxLinksPerMember = MAX_LINKS_PER_MEMBER,
  maxMembers = MAX_MEMBERS,
  maxBufferedPerMember = MAX_BUFFERED_PER_MEMBER,
  maxBufferedTotal = MAX_BUFFERED_TOTAL,
  pauseSendersAbove = PAUSE_SENDERS_ABOVE,
  maxStallMs = MAX_STALL_MS,
  joinTimeoutMs = JOIN_TIMEOUT_MS,
  heartbeatMs = HEARTBEAT_MS,
}) {
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: LINK_ID_BYTES + MAX_FRAME_BYTES,
    perMessageDeflate: false,
  });
  /** room -> peer id -> member */
  const rooms = new Map();
  /** link id -> { ends: [member, member] } */
  const links = new Map();
  const members = new Set();
  const keepAlive = createKeepAlive(heartbeatMs);
  let lastLinkId = 0;
  const counters = { relayedFrames: 0, relayedBytes: 0, closedTooSlow: 0 };

  const sendControl = (member, message) => {
    if (member.socket.readyState === member.socket.OPEN) member.socket.send(JSON.stringify(message));
  };

  function closeLink(linkId, tellBoth) {
    const link = links.get(linkId);
    if (link === undefined) return;
    links.delete(linkId);
    for (const end of link.ends) {
      end.links.delete(linkId);
      if (tellBoth || end !== link.closer) sendControl(end, { type: 'closed', link: linkId });
    }
  }

  function leave(member) {
    if (!members.delete(member)) return;
    for (const linkId of [...member.links.keys()]) closeLink(linkId, true);
    const room = rooms.get(member.room);
    if (room?.get(member.id) === member) room.delete(member.id);
    if (room?.size === 0) rooms.delete(member.room);
    for (const sender of member.pausedSenders) sender.socket.resume();
    member.pausedSenders.clear();
    clearInterval(member.drainTimer);
  }

  function join(socket, id, token) {
    if (!registry.owns(id, token)) {
      socket.close(CLOSE_NOT_REGISTERED, 'that peer id is not registered on the signalling server with that token');
      return null;
    }
    const room = rooms.get(roomOf(id)) ?? new Map();
    const previous = room.get(id);
    if (previous === undefined && members.size >= maxMembers) {
      socket.close(CLOSE_RELAY_FULL, `the relay has ${maxMembers} members`);
      return null;
    }
    if (previous !== undefined) {
      leave(previous);
      previous.socket.close(CLOSE_REPLACED, 'replaced by another connection for this peer id');
    }
    const member = {
      id,
      token,
      room: roomOf(id),
      socket,
      links: new Map(), // link id -> the other end
      pausedSenders: new Set(),
      drainTimer: undefined,
    };
    keepAlive.watch(socket);
    room.set(id, member);
    rooms.set(member.room, room);
    members.add(member);
    sendControl(member, { type: 'joined' });
    return member;
  }

  function dial(member, ref, to) {
    const target = rooms.get(member.room)?.get(to);
    if (target === undefined || target === member) {
      sendControl(member, { type: 'dial-failed', ref, reason: 'no-such-peer' });
      return;
    }
    if (member.links.size >= maxLinksPerMember || target.links.size >= maxLinksPerMember) {
      sendControl(member, { type: 'dial-failed', ref, reason: 'link-limit' });
      return;
    }
    lastLinkId = lastLinkId >= 0xffffffff ? 1 : lastLinkId + 1;
    const linkId = lastLinkId;
    links.set(linkId, { ends: [member, target], closer: null });
    member.links.set(linkId, target);
    target.links.set(linkId, member);
    sendControl(target, { type: 'open', link: linkId, peer: member.id });
    sendControl(member, { type: 'open', link: linkId, peer: to, ref });
  }

  function bufferedTotal() {
    let total = 0;
    for (const m of members) total += m.socket.bufferedAmount;
    return total;
  }

  function tooSlow(member, code, reason) {
    counters.closedTooSlow++;
    leave(member);
    member.socket.close(code, reason);
  }

  /**
   * Stops reading `sender` until `receiver` has taken most of what waits for it. A reader that stalls (no frames
   * come to push it past its own bound while its senders wait) is closed after maxStallMs, and they carry on.
   */
  function pauseFor(receiver, sender) {
    if (receiver.pausedSenders.has(sender)) return;
    receiver.pausedSenders.add(sender);
    sender.socket.pause();
    const since = Date.now();
    receiver.drainTimer ??= setInterval(() => {
      if (receiver.socket.bufferedAmount > pauseSendersAbove / 2) {
        const waiting = receiver.socket.bufferedAmount;
        if (Date.now() - since > maxStallMs) tooSlow(receiver, CLOSE_TOO_SLOW, `too slow: ${waiting} bytes waiting`);
        return;
      }
      clearInterval(receiver.drainTimer);
      receiver.drainTimer = undefined;
      for (const paused of receiver.pausedSenders) if (members.has(paused)) paused.socket.resume();
      receiver.pausedSenders.clear();
    }, DRAIN_POLL_MS);
  }

  function forward(member, data) {
    if (data.length <= LINK_ID_BYTES) {
      member.socket.close(CLOSE_POLICY, 'a relayed frame has a link id and at least one byte');
      return;
    }
    const linkId = data.readUInt32BE(0);
    const receiver = member.links.get(linkId);
    // A link closed a moment ago: its frames in flight are dropped, as a closed data channel drops them.
    if (receiver === undefined) return;
    const queued = receiver.socket.bufferedAmount;
    if (queued + data.length > maxBufferedPerMember) {
      tooSlow(receiver, CLOSE_TOO_SLOW, `too slow: ${queued} bytes waiting for this page`);
      return;
    }
    if (bufferedTotal() + data.length > maxBufferedTotal) {
      const slowest = [...members].sort((a, b) => b.socket.bufferedAmount - a.socket.bufferedAmount)[0];
      if (slowest !== undefined) tooSlow(slowest, CLOSE_RELAY_FULL, 'the relay is full: this page reads slowest');
      if (!members.has(receiver) || !members.has(member)) return;
    }
    receiver.socket.send(data, { binary: true });
    counters.relayedFrames++;
    counters.relayedBytes += data.length - LINK_ID_BYTES;
    if (receiver.socket.bufferedAmount > pauseSendersAbove) pauseFor(receiver, member);
  }

  function adopt(socket) {
    let member = null;
    const joinTimer = setTimeout(() => socket.close(CLOSE_JOIN_TIMEOUT, 'no join in time'), joinTimeoutMs);
    socket.on('message', (data, isBinary) => {
      if (isBinary) {
        if (member === null) socket.close(CLOSE_POLICY, 'join first');
        else forward(member, Buffer.isBuffer(data) ? data : Buffer.concat([].concat(data)));
        return;
      }
      const control = parseControl(data);
      if (control === null || (member === null) !== (control.type === 'join')) {
        socket.close(CLOSE_POLICY, 'malformed message');
        return;
      }
      if (control.type === 'join') {
        clearTimeout(joinTimer);
        member = join(socket, control.id, control.token);
      } else if (control.type === 'dial') dial(member, control.ref, control.to);
      else if (member.links.has(control.link)) {
        const link = links.get(control.link);
        if (link) link.closer = member;
        closeLink(control.link, false);
      }
    });
    socket.on('close', () => {
      clearTimeout(joinTimer);
      if (member) leave(member);
    });
    socket.on('error', () => {
      // Too large a frame, a reset: 'close' follows and ends the membership.
    });
  }

  /** Takes a page's upgrade to RELAY_PATH; refuses other origins' pages. */
  function handleUpgrade(request, socket, head) {
    const origin = request.headers.origin;
    let sameOrigin = true;
    try {
      sameOrigin = origin === undefined || new URL(origin).host === request.headers.host;
    } catch {
      sameOrigin = false;
    }
    if (!sameOrigin) {
      socket.end('HTTP/1.1 403 Refused\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    wss.handleUpgrade(request, socket, head, adopt);
  }

  registry.onEnded?.((id, token) => {
    for (const member of members) {
      if (member.id !== id || member.token !== token) continue;
      leave(member);
      member.socket.close(CLOSE_NOT_REGISTERED, 'the peer id left the signalling server');
    }
  });

  return {
    handleUpgrade,
    /** Peer ids of the members of one room (the part of a peer id before its first '-'). */
    members: (room) => [...(rooms.get(room)?.keys() ?? [])],
    linkCount: () => links.size,
    stats: () => ({ ...counters, members: members.size, links: links.size, bufferedBytes: bufferedTotal() }),
    close() {
      keepAlive.stop();
      for (const member of [...members]) {
        leave(member);
        member.socket.close(CLOSE_GOING_AWAY, 'server stopping');
      }
    },
  };
}

/**
 * The relay of the PeerJS server `peerServer` (ExpressPeerServer's app) on `httpServer`, closed with it. The server's
 * one upgrade listener (scripts/serve.mjs) hands it the upgrades to RELAY_PATH: a second listener would leave
 * upgrades to unknown paths unanswered.
 */
export function attachRelay(httpServer, peerServer, options = {}) {
  const relay = createRelayServer({ registry: peerRegistry(peerServer), ...options });
  httpServer.once('close', () => relay.close());
  return relay;
}
