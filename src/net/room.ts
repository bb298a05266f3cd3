// Rooms on the wire: a peer id carries a tag of its network's genesis block, so a signalling server shared by many
// rooms can be filtered by prefix, and peer ids are checked before anything is dialled.
/** What PeerJS accepts (letters and digits joined by single `-` or `_`), capped at 64 characters. */
const PEER_ID_RE = /^[A-Za-z0-9]+(?:[_-][A-Za-z0-9]+)*$/;
export const MAX_PEER_ID_LENGTH = 64;

/** 12 hex digits of the genesis hash: 48 bits, so two rooms on one server sharing a tag is a 1-in-10^14 event. */
const TAG_HEX_DIGITS = 12;

export function isPeerId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_PEER_ID_LENGTH && PEER_ID_RE.test(value);
}

/**
 * The tag of a network: `r` and the first 12 hex digits of its genesis hash. The genesis commits to the room name
 * and every rule (difficulty included), so two tabs share a tag exactly when they can share a chain.
 */
export function roomTag(genesisHash: string): string {
  return `r${genesisHash.slice(0, TAG_HEX_DIGITS)}`;
}

export function roomPrefix(genesisHash: string): string {
  return `${roomTag(genesisHash)}-`;
}

export function isPeerIdOfRoom(peerId: string, genesisHash: string): boolean {
  return isPeerId(peerId) && peerId.startsWith(roomPrefix(genesisHash));
}

/**
 * The peer id a node of this network uses: its node id if that already carries the room tag, else the tag and
 * the node id (`r3f9a0c11d2e4-n-k3x7q2m4a9bwc5de`). Throws TypeError when the result is no valid peer id.
 */
export function peerIdFor(genesisHash: string, nodeId: string): string {
  const peerId = isPeerIdOfRoom(nodeId, genesisHash) ? nodeId : `${roomPrefix(genesisHash)}${nodeId}`;
  if (!isPeerId(peerId)) throw new TypeError(`node id ${JSON.stringify(nodeId)} makes no valid peer id`);
  return peerId;
}

/**
 * What someone typed or linked (a full peer id, or the bare node id the page shows) as a peer id of this room;
 * null when it names another room or is no id at all.
 */
export function toRoomPeerId(idOrNodeId: string, genesisHash: string): string | null {
  if (isPeerIdOfRoom(idOrNodeId, genesisHash)) return idOrNodeId;
  if (/^r[0-9a-f]{12}-/.test(idOrNodeId)) return null; // another room's tag
  const candidate = `${roomPrefix(genesisHash)}${idOrNodeId}`;
  return isPeerId(candidate) ? candidate : null;
}

/**
 * A list of node references (as peerIdFromReference reads each) as peer ids of this room, in order; or the first
 * that names none, as its caller shows it back.
 */
export function peerIdsFromReferences(
  references: readonly unknown[],
  genesisHash: string,
): string[] | { readonly bad: string } {
  const peerIds: string[] = [];
  for (const reference of references) {
    const peerId = typeof reference === 'string' ? peerIdFromReference(reference, genesisHash) : null;
    if (peerId === null) return { bad: JSON.stringify(reference) ?? String(reference) };
    peerIds.push(peerId);
  }
  return peerIds;
}

/** Where a node's HTTP endpoints live on the classroom server: `/node/<node id>/` followed by the seed's path. */
const NODE_PATH_RE = /^\/node\/([^/]+)(?:\/|$)/;

/**
 * What someone gave to name a node: a peer id, the node id a page shows, an invite link (`?peer=ID`) or the node's
 * HTTP address (`http://host:port/node/<id>/...`), as a peer id of this room; null when it names none.
 */
export function peerIdFromReference(reference: string, genesisHash: string): string | null {
  const text = reference.trim();
  if (!/^https?:\/\//i.test(text)) return toRoomPeerId(text, genesisHash);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  const invited = url.searchParams.get('peer');
  if (invited !== null) return toRoomPeerId(invited, genesisHash);
  const id = NODE_PATH_RE.exec(url.pathname)?.[1];
  return id === undefined ? null : toRoomPeerId(decodeURIComponent(id), genesisHash);
}

/**
 * A link that makes another tab join this node's network and dial it: the page's own URL (so `room`, `difficulty`
 * and `signal` carry over) with `peer=ID`.
 */
export function inviteUrl(pageUrl: string, peerId: string): string {
  const url = new URL(pageUrl);
  url.hash = '';
  url.searchParams.set('peer', peerId);
  return url.toString();
}
