// Which signalling server and ICE servers a page uses: the pure decision over location, query, settings, probe.
import { describe, expect, it } from 'vitest';
import {
  isLocalHost,
  PUBLIC_SIGNALLING,
  PUBLIC_STUN,
  parseSameOriginProbe,
  probeSameOrigin,
  resolveSignalling,
  type SameOriginProbe,
  type SignallingInputs,
} from '../../src/net/signalling-config.ts';

const LAN_PAGE = { protocol: 'http:', hostname: '192.168.1.20', port: '5173' };
const STATIC_PAGE = { protocol: 'https:', hostname: 'example.github.io', port: '' };
const OWN_SERVER: SameOriginProbe = {
  path: '/peerjs',
  key: 'peerjs',
  discovery: true,
  bridge: '/bridge',
  iceServers: null,
};
/** What `npm start -- --turn` hands a page that reached it as 192.168.1.20 (scripts/serve.mjs iceServersFor). */
const CLASSROOM_ICE = [
  { urls: 'stun:192.168.1.20:3478' },
  { urls: 'turn:192.168.1.20:3479?transport=udp', username: 'class-1a2b3c4d', credential: 'c0ffee' },
];

function resolve(inputs: Partial<SignallingInputs>) {
  const result = resolveSignalling({ location: LAN_PAGE, search: '', probe: null, ...inputs });
  if (!result.ok) throw new Error(result.error.code);
  return result.config;
}

describe('resolveSignalling', () => {
  it('uses the same-origin server when the page’s origin has one, with no ICE servers', () => {
    expect(resolve({ probe: OWN_SERVER })).toEqual({
      source: 'same-origin',
      server: { host: '192.168.1.20', port: 5173, path: '/peerjs/', secure: false, key: 'peerjs' },
      discovery: true,
      iceServers: [],
    });
  });

  it("uses the STUN and TURN servers the page's own server hands out, unless ?ice= says otherwise", () => {
    const probe = { ...OWN_SERVER, iceServers: CLASSROOM_ICE };
    expect(resolve({ probe }).iceServers).toEqual(CLASSROOM_ICE);
    expect(resolve({ probe, search: '?ice=none' }).iceServers).toEqual([]);
    expect(resolve({ probe, settings: { ice: '[{"urls":"stun:10.0.0.1"}]' } }).iceServers).toEqual([
      { urls: 'stun:10.0.0.1' },
    ]);
    // A server named by ?signal= is not the one that answered the probe: its ICE servers are not assumed.
    expect(resolve({ probe, search: '?signal=http://192.168.1.30:9000/peerjs' }).iceServers).toEqual([]);
  });

  it('takes the default port of the scheme when the page URL has none', () => {
    const config = resolve({
      location: { protocol: 'https:', hostname: 'chain.school.example', port: '' },
      probe: OWN_SERVER,
    });
    expect(config.server).toMatchObject({ port: 443, secure: true });
    expect(config.iceServers).toEqual([]);
  });

  it('falls back to the public PeerJS server, with public STUN, when deployed statically', () => {
    expect(resolve({ location: STATIC_PAGE })).toEqual({
      source: 'public',
      server: PUBLIC_SIGNALLING,
      discovery: false,
      iceServers: PUBLIC_STUN,
    });
  });

  it('lets ?signal= name any server, beating the probe; a local one needs no STUN', () => {
    const config = resolve({ search: '?signal=http://127.0.0.1:9000/peerjs', probe: OWN_SERVER });
    expect(config).toEqual({
      source: 'query',
      server: { host: '127.0.0.1', port: 9000, path: '/peerjs/', secure: false, key: 'peerjs' },
      discovery: true,
      iceServers: [],
    });
  });

  it('gives a remote ?signal= server public STUN, and reads its key from the URL', () => {
    const config = resolve({
      location: STATIC_PAGE,
      search: `?signal=${encodeURIComponent('wss://signal.example.org/?key=abc')}`,
    });
    expect(config.server).toEqual({ host: 'signal.example.org', port: 443, path: '/', secure: true, key: 'abc' });
    expect(config.iceServers).toEqual(PUBLIC_STUN);
  });

  it('turns signalling off with ?signal=none', () => {
    expect(resolve({ search: '?signal=none', probe: OWN_SERVER })).toEqual({
      source: 'none',
      server: null,
      discovery: false,
      iceServers: [],
    });
  });

  it('uses saved settings when the URL says nothing, and the URL over the settings', () => {
    const settings = { signal: 'http://10.0.0.5:9000/', ice: 'none' };
    expect(resolve({ settings, location: STATIC_PAGE }).source).toBe('settings');
    expect(resolve({ settings, location: STATIC_PAGE }).iceServers).toEqual([]);
    expect(resolve({ settings, search: '?signal=none' }).source).toBe('none');
  });

  it('lets ?ice= override the ICE servers, as JSON or none', () => {
    const turn = [{ urls: ['turn:turn.example.org:3478'], username: 'u', credential: 'p' }];
    expect(
      resolve({ search: `?ice=${encodeURIComponent(JSON.stringify(turn))}`, probe: OWN_SERVER }).iceServers,
    ).toEqual(turn);
    expect(resolve({ location: STATIC_PAGE, search: '?ice=none' }).iceServers).toEqual([]);
  });

  const BAD: ReadonlyArray<[string, { code: string; value: string }]> = [
    ['?signal=not a url', { code: 'signal-not-url', value: 'not a url' }],
    ['?signal=ftp://host/', { code: 'signal-bad-protocol', value: 'ftp:' }],
    ['?ice=stun', { code: 'ice-not-json', value: 'stun' }],
    [
      `?ice=${encodeURIComponent('[{"urls":"http://x"}]')}`,
      { code: 'ice-bad-servers', value: '[{"urls":"http://x"}]' },
    ],
    [`?ice=${encodeURIComponent('{"urls":"stun:x"}')}`, { code: 'ice-bad-servers', value: '{"urls":"stun:x"}' }],
  ];
  for (const [search, error] of BAD) {
    it(`explains a bad ${search.slice(1, 6)} value: ${search}`, () => {
      const result = resolveSignalling({ location: LAN_PAGE, search, probe: null });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toEqual(error);
    });
  }
});

describe('isLocalHost', () => {
  it('knows loopback, private and link-local addresses and .local names', () => {
    for (const host of [
      'localhost',
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.0.9',
      '169.254.1.1',
      '[::1]',
      'pi.local',
    ]) {
      expect(isLocalHost(host), host).toBe(true);
    }
    for (const host of ['8.8.8.8', '172.32.0.1', 'example.org', '1.2.3']) expect(isLocalHost(host), host).toBe(false);
  });
});

describe('the same-origin probe', () => {
  it('reads /peerjs-config.json and narrows it', async () => {
    const urls: string[] = [];
    const fetchFn = (async (url: string) => {
      urls.push(url);
      const config = { path: '/peerjs', key: 'peerjs', discovery: true, bridge: '/bridge', iceServers: CLASSROOM_ICE };
      return new Response(JSON.stringify(config), { status: 200 });
    }) as typeof fetch;
    expect(await probeSameOrigin('http://127.0.0.1:5173', fetchFn)).toEqual({
      ...OWN_SERVER,
      iceServers: CLASSROOM_ICE,
    });
    expect(urls).toEqual(['http://127.0.0.1:5173/peerjs-config.json']);
  });

  it('says no for a 404, an HTML fallback page, a network error, or a file:// page', async () => {
    const answer = (body: string, status: number) => (async () => new Response(body, { status })) as typeof fetch;
    expect(await probeSameOrigin('http://h', answer('not found', 404))).toBeNull();
    expect(await probeSameOrigin('http://h', answer('<!doctype html>', 200))).toBeNull();
    const failing = (async () => {
      throw new TypeError('network');
    }) as typeof fetch;
    expect(await probeSameOrigin('http://h', failing)).toBeNull();
    expect(await probeSameOrigin('null', failing)).toBeNull();
  });

  it('accepts defaults for key and discovery, and nothing malformed', () => {
    expect(parseSameOriginProbe({ path: '/p' })).toEqual({
      path: '/p',
      key: 'peerjs',
      discovery: false,
      bridge: null,
      iceServers: null,
    });
    expect(parseSameOriginProbe({ path: 'p' })).toBeNull();
    expect(parseSameOriginProbe({ path: '/p', discovery: 'yes' })).toBeNull();
    expect(parseSameOriginProbe([])).toBeNull();
  });

  it("reads the HTTP bridge's path, and ignores one that is no plain absolute path without failing signalling", () => {
    expect(parseSameOriginProbe({ path: '/p', bridge: '/bridge' })?.bridge).toBe('/bridge');
    for (const bridge of ['bridge', 'http://elsewhere/bridge', '//elsewhere', 7, '/a b', `/${'x'.repeat(64)}`]) {
      expect(parseSameOriginProbe({ path: '/p', bridge })).toEqual({
        path: '/p',
        key: 'peerjs',
        discovery: false,
        bridge: null,
        iceServers: null,
      });
    }
  });

  it('ignores ICE servers that are not stun:/turn: servers, without failing signalling', () => {
    for (const iceServers of [
      'stun:h',
      [{ urls: 'http://h' }],
      [{ urls: [] }],
      [{ urls: 'turn:h', username: 1 }],
      {},
    ]) {
      expect(parseSameOriginProbe({ path: '/p', iceServers })?.iceServers).toBeNull();
    }
    expect(parseSameOriginProbe({ path: '/p', iceServers: [] })?.iceServers).toEqual([]);
  });
});
