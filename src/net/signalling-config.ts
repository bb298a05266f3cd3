// Which PeerJS signalling server and which ICE servers a page uses, decided by one pure function over the page's
// location, its query (`?signal=`, `?ice=`), saved settings, and whether the page's own origin serves signalling.
//
// Order: ?signal, then the saved setting, then the same-origin server if the probe found one, then the public
// PeerJS server. ICE: ?ice, then the saved setting, then what the same-origin server hands out (`npm start` serves
// STUN, and TURN with --turn, on the teacher's machine: a Wi-Fi that carries no multicast cannot resolve mDNS host
// candidates, and one that isolates devices needs a relay), none for another server on this machine or the LAN,
// and public STUN for a server on the internet.
import { isUint } from '../core/index.ts';
import { timeoutSignal } from './timeout-signal.ts';

export type SignallingServer = {
  readonly host: string;
  readonly port: number;
  /** PeerJS `path`: where the server is mounted, ending in `/`. */
  readonly path: string;
  readonly secure: boolean;
  /** PeerJS API key; `peerjs` unless a server says otherwise. */
  readonly key: string;
};

export type IceServer = {
  readonly urls: string | readonly string[];
  readonly username?: string;
  readonly credential?: string;
};

export type SignallingConfig = {
  /** Where the choice came from, for the page to show. */
  readonly source: 'query' | 'settings' | 'same-origin' | 'public' | 'none';
  /** null: no signalling at all (`?signal=none`): only tabs of this browser find each other. */
  readonly server: SignallingServer | null;
  /** Whether the server lists its peers (GET {path}{key}/peers); the public one does not. */
  readonly discovery: boolean;
  readonly iceServers: readonly IceServer[];
};

/** What `/peerjs-config.json` on the page's origin says (scripts/serve.mjs writes it). */
export type SameOriginProbe = {
  readonly path: string;
  readonly key: string;
  readonly discovery: boolean;
  /** Where the origin's HTTP bridge takes pages' sockets (src/net/http-bridge.ts); null on servers without one. */
  readonly bridge: string | null;
  /** The STUN (and TURN) servers the origin hands its pages, for the host the page used; null when it names none. */
  readonly iceServers: readonly IceServer[] | null;
  /** Where the origin's WebSocket relay takes pages (src/net/relay-transport.ts); absent on servers without one. */
  readonly relay?: string;
};

export type PageLocation = { readonly protocol: string; readonly hostname: string; readonly port: string };

export type SignallingInputs = {
  readonly location: PageLocation;
  /** `location.search`. */
  readonly search: string;
  /** Saved by the page's settings: the same syntax as ?signal and ?ice. */
  readonly settings?: { readonly signal?: string; readonly ice?: string };
  /** The same-origin probe's answer, or null when the origin serves no signalling. */
  readonly probe: SameOriginProbe | null;
};

/** Why a ?signal= or ?ice= value (or the saved setting) cannot be used; the page words the code. */
export type SettingsProblem = {
  readonly code: 'signal-not-url' | 'signal-bad-protocol' | 'ice-not-json' | 'ice-bad-servers';
  /** What was given (the protocol, for signal-bad-protocol). */
  readonly value: string;
};

/** Thrown by the page's network start when its settings cannot be used. */
export class SettingsError extends Error {
  readonly problem: SettingsProblem;
  constructor(problem: SettingsProblem) {
    super(`${problem.code}: ${problem.value}`);
    this.name = 'SettingsError';
    this.problem = problem;
  }
}

export type ConfigResult =
  | { readonly ok: true; readonly config: SignallingConfig }
  | { readonly ok: false; readonly error: SettingsProblem };

/** PeerJS's own public server: only ever a fallback for a static deployment with no signalling of its own. */
export const PUBLIC_SIGNALLING: SignallingServer = {
  host: '0.peerjs.com',
  port: 443,
  path: '/',
  secure: true,
  key: 'peerjs',
};
export const PUBLIC_STUN: readonly IceServer[] = [{ urls: 'stun:stun.l.google.com:19302' }];
export const DEFAULT_PEERJS_KEY = 'peerjs';
export const SAME_ORIGIN_CONFIG_PATH = '/peerjs-config.json';

function withTrailingSlash(path: string): string {
  return path.endsWith('/') ? path : `${path}/`;
}

/** Loopback, RFC 1918 and link-local addresses and .local names: places where no STUN server is needed. */
export function isLocalHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.local') || host === '::1' || host.startsWith('fe80:')) return true;
  const octets = host.split('.').map(Number);
  if (octets.length !== 4 || octets.some((o) => !isUint(o, 255))) return false;
  const [a = 0, b = 0] = octets;
  return (
    a === 127 || a === 10 || (a === 192 && b === 168) || (a === 172 && b >= 16 && b <= 31) || (a === 169 && b === 254)
  );
}

/** `?signal=` syntax: `none`, or an http(s)/ws(s) URL whose path is where PeerJS is mounted. */
export function parseSignalUrl(
  text: string,
): { ok: true; server: SignallingServer | null } | { ok: false; error: SettingsProblem } {
  if (text === 'none') return { ok: true, server: null };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, error: { code: 'signal-not-url', value: text } };
  }
  const secure = url.protocol === 'https:' || url.protocol === 'wss:';
  if (!secure && url.protocol !== 'http:' && url.protocol !== 'ws:') {
    return { ok: false, error: { code: 'signal-bad-protocol', value: url.protocol } };
  }
  const port = url.port === '' ? (secure ? 443 : 80) : Number(url.port);
  const key = url.searchParams.get('key') ?? DEFAULT_PEERJS_KEY;
  return { ok: true, server: { host: url.hostname, port, path: withTrailingSlash(url.pathname), secure, key } };
}

function isIceServer(value: unknown): value is IceServer {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { urls, username, credential } = value as Record<string, unknown>;
  const isIceUrl = (u: unknown) => typeof u === 'string' && /^(stun|stuns|turn|turns):/.test(u);
  const urlsOk = isIceUrl(urls) || (Array.isArray(urls) && urls.length > 0 && urls.every(isIceUrl));
  return (
    urlsOk &&
    (username === undefined || typeof username === 'string') &&
    (credential === undefined || typeof credential === 'string')
  );
}

/** `?ice=` syntax: `none`, or a JSON array of RTCIceServer objects with stun:/turn: URLs. */
export function parseIce(text: string): { ok: true; servers: IceServer[] } | { ok: false; error: SettingsProblem } {
  if (text === 'none') return { ok: true, servers: [] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: { code: 'ice-not-json', value: text } };
  }
  if (!Array.isArray(json) || !json.every(isIceServer))
    return { ok: false, error: { code: 'ice-bad-servers', value: text } };
  return { ok: true, servers: json };
}

function sameOriginServer(location: PageLocation, probe: SameOriginProbe): SignallingServer {
  const secure = location.protocol === 'https:';
  const port = location.port === '' ? (secure ? 443 : 80) : Number(location.port);
  return { host: location.hostname, port, path: withTrailingSlash(probe.path), secure, key: probe.key };
}

export function resolveSignalling(inputs: SignallingInputs): ConfigResult {
  const query = new URLSearchParams(inputs.search);
  const signalText = query.get('signal') ?? inputs.settings?.signal;
  let source: SignallingConfig['source'];
  let server: SignallingServer | null;
  let discovery: boolean;
  if (signalText !== undefined && signalText !== null) {
    const parsed = parseSignalUrl(signalText);
    if (!parsed.ok) return parsed;
    server = parsed.server;
    source = server === null ? 'none' : query.has('signal') ? 'query' : 'settings';
    // A server named by hand is likely ours (npm start, the tests' PeerServer): try its listing.
    discovery = server !== null;
  } else if (inputs.probe !== null) {
    server = sameOriginServer(inputs.location, inputs.probe);
    source = 'same-origin';
    discovery = inputs.probe.discovery;
  } else {
    server = PUBLIC_SIGNALLING;
    source = 'public';
    discovery = false;
  }
  const iceText = query.get('ice') ?? inputs.settings?.ice;
  let iceServers: readonly IceServer[];
  if (iceText !== undefined && iceText !== null) {
    const parsed = parseIce(iceText);
    if (!parsed.ok) return parsed;
    iceServers = parsed.servers;
  } else if (source === 'same-origin') {
    iceServers = inputs.probe?.iceServers ?? [];
  } else {
    iceServers = server === null || isLocalHost(server.host) ? [] : PUBLIC_STUN;
  }
  return { ok: true, config: { source, server, discovery, iceServers } };
}

/**
 * Narrows the probe's JSON: `{ path, key?, discovery?, bridge?, iceServers? }` (servers before the bridge send no
 * `bridge`, those before STUN no `iceServers`).
 */
export function parseSameOriginProbe(json: unknown): SameOriginProbe | null {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return null;
  const {
    path,
    key = DEFAULT_PEERJS_KEY,
    discovery = false,
    bridge = null,
    iceServers = null,
    relay = null,
  } = json as Record<string, unknown>;
  if (typeof path !== 'string' || !path.startsWith('/') || typeof key !== 'string' || typeof discovery !== 'boolean') {
    return null;
  }
  // A bridge path that is no plain absolute path is ignored rather than failing signalling with it.
  const plain = typeof bridge === 'string' && bridge.length <= 64 && /^(?:\/[\w-]+)+$/.test(bridge);
  const bridgePath = plain ? bridge : null;
  // Malformed ICE servers are dropped the same way: signalling still works, and host candidates may be enough.
  const ice = Array.isArray(iceServers) && iceServers.every(isIceServer) ? (iceServers as IceServer[]) : null;
  const relayPath = typeof relay === 'string' && relay.length <= 64 && /^(?:\/[\w-]+)+$/.test(relay) ? relay : null;
  return {
    path,
    key,
    discovery,
    bridge: bridgePath,
    iceServers: ice,
    ...(relayPath === null ? {} : { relay: relayPath }),
  };
}

/**
 * Asks the page's own origin whether it serves signalling (GET /peerjs-config.json). Any failure (404, the SPA
 * fallback's HTML, a timeout, file://) means no.
 */
export async function probeSameOrigin(
  origin: string,
  fetchFn: typeof fetch,
  timeoutMs = 2_000,
): Promise<SameOriginProbe | null> {
  if (!/^https?:\/\//.test(origin)) return null;
  try {
    const response = await fetchFn(`${origin}${SAME_ORIGIN_CONFIG_PATH}`, {
      signal: timeoutSignal(timeoutMs),
      cache: 'no-store',
    });
    if (!response.ok) return null;
    return parseSameOriginProbe(await response.json());
  } catch {
    return null;
  }
}
