// The page's network in one call: works out the signalling server (same origin, ?signal, or PeerJS's public one),
// registers this node over PeerJS, links the tabs of this browser over a BroadcastChannel (no server needed),
// starts discovery (server list, other tabs, invite link) and follows the
// browser's own online/offline and page-hide events.
import { type Cancel, systemClock } from './clock.ts';
import type { NetworkConfig } from './config.ts';
import type { NetworkNode } from './context.ts';
import type { DialFailureLog } from './dial-failures.ts';
import { announceToTabs, type ChannelLike, invitedPeer, pollServerPeers } from './discovery.ts';
import { FallbackTransport } from './fallback-transport.ts';
import { createNetwork, type PeerNetwork } from './network.ts';
import type { PeerDirectory } from './peer-directory.ts';
import { PeerJsTransport } from './peerjs-transport.ts';
import { newRelayToken, RelayTransport, relaySocketUrl } from './relay-transport.ts';
import { inviteUrl, peerIdFor, toRoomPeerId } from './room.ts';
import {
  probeSameOrigin,
  resolveSignalling,
  type SameOriginProbe,
  SettingsError,
  type SettingsProblem,
  type SignallingConfig,
} from './signalling-config.ts';
import { TabRoutedTransport, TabTransport, tabLinkChannelName } from './tab-transport.ts';
import type { Transport, TransportEvents } from './transport.ts';
import { onWake, type WakeReason, type WakeSources } from './wake.ts';

export type BrowserNetworkOptions = {
  readonly node: NetworkNode;
  /** The page's location (window.location). */
  readonly location: Pick<Location, 'href' | 'origin' | 'search' | 'protocol' | 'hostname' | 'port'>;
  /** Saved settings, same syntax as ?signal= and ?ice=. */
  readonly settings?: { readonly signal?: string; readonly ice?: string };
  readonly config?: Partial<NetworkConfig>;
  /** The node's one list of peers; a new, empty one by default. */
  readonly directory?: PeerDirectory;
  /** Defaults to the page's fetch, BroadcastChannel and window; tests and workers may pass others. */
  readonly fetchFn?: typeof fetch;
  readonly openChannel?: ((name: string) => ChannelLike) | null;
  readonly events?: Pick<Window, 'addEventListener' | 'removeEventListener'> | null;
  /** Where a hidden page shown again is heard (the document by default): a redial round then (wake.ts). */
  readonly visibility?: WakeSources['document'];
  /** The signalling begun during the node's start (startSignallingEarly); used if it is this node's. */
  readonly early?: EarlySignalling | null;
};

export type BrowserNetwork = {
  readonly network: PeerNetwork;
  readonly peerId: string;
  readonly signalling: SignallingConfig;
  /** This page's URL with `peer=` this node: open it in another browser to join and dial this one. */
  readonly inviteUrl: string;
  /** The dials that keep failing, with why, for the network view. */
  readonly dialFailures: DialFailureLog;
  stop(): void;
};

/** With `?signal=none` there is nobody to broker a channel: every dial fails at once, saying why. */
class NoSignallingTransport implements Transport {
  private events: TransportEvents | null = null;
  constructor(readonly localId: string) {}
  listen(events: TransportEvents): void {
    this.events = events;
    events.onSignalling?.('unavailable', 'no signalling server (signal=none)');
  }
  dial(peerId: string): void {
    this.events?.onDialFailed(peerId, 'no signalling server (signal=none)', 'no-signalling');
  }
  destroy(): void {}
}

function defaultOpenChannel(): ((name: string) => ChannelLike) | null {
  return typeof BroadcastChannel === 'undefined' ? null : (name) => new BroadcastChannel(name);
}

/** Where a node's network finds its signalling server, and the transport registered with it; or bad settings. */
type Signalled =
  | {
      readonly probe: SameOriginProbe | null;
      readonly signalling: SignallingConfig;
      /** The secret of this page's PeerJS registration: the classroom server's relay admits the page's id with it. */
      readonly token: string;
      readonly remote: Transport;
    }
  | { readonly problem: SettingsProblem };

async function signal(
  peerId: string,
  location: BrowserNetworkOptions['location'],
  settings: BrowserNetworkOptions['settings'],
  fetchFn: typeof fetch,
): Promise<Signalled> {
  const named = new URLSearchParams(location.search).has('signal') || settings?.signal !== undefined;
  const probe = named ? null : await probeSameOrigin(location.origin, fetchFn);
  const resolved = resolveSignalling({
    location,
    search: location.search,
    probe,
    ...(settings === undefined ? {} : { settings }),
  });
  if (!resolved.ok) return { problem: resolved.error };
  const token = newRelayToken();
  const { server, iceServers } = resolved.config;
  const remote =
    server === null ? new NoSignallingTransport(peerId) : new PeerJsTransport({ peerId, server, iceServers, token });
  return { probe, signalling: resolved.config, token, remote };
}

/** A network's signalling, begun before its node is open (startSignallingEarly), for startBrowserNetwork. */
export type EarlySignalling = { readonly peerId: string; readonly signalled: Promise<Signalled> };

/**
 * Works out the signalling server and registers with it while the node `nodeId` is still opening (a returning
 * tab's start spends some hundreds of milliseconds loading its chain), and dials an invite's peer from there: by the
 * time the network starts, the socket's handshake is over and the invite's link is open or opening. Bad settings are
 * only reported by startBrowserNetwork.
 */
export function startSignallingEarly(
  options: Pick<BrowserNetworkOptions, 'location' | 'settings' | 'fetchFn'> & {
    readonly genesisHash: string;
    readonly nodeId: string;
  },
): EarlySignalling {
  const peerId = peerIdFor(options.genesisHash, options.nodeId);
  const fetchFn = options.fetchFn ?? globalThis.fetch.bind(globalThis);
  const invited = invitedPeer(options.location.search);
  const inviter = invited === null ? null : toRoomPeerId(invited, options.genesisHash);
  const dialing = inviter === null || inviter === peerId ? [] : [inviter];
  const signalled = signal(peerId, options.location, options.settings, fetchFn).then((found) => {
    if ('remote' in found && found.remote instanceof PeerJsTransport) found.remote.connectEarly(dialing);
    return found;
  });
  return { peerId, signalled };
}

/** Lets go of signalling begun for a network that will not start (the node's start failed, or opened another). */
export function cancelSignalling(early: EarlySignalling): void {
  early.signalled.then((found) => ('remote' in found ? found.remote.destroy() : undefined)).catch(() => {});
}

/**
 * Starts this node's network. Throws a SettingsError, with its code, when ?signal= or ?ice= (or the saved settings)
 * cannot be used.
 */
export async function startBrowserNetwork(options: BrowserNetworkOptions): Promise<BrowserNetwork> {
  const { node, location } = options;
  const fetchFn = options.fetchFn ?? globalThis.fetch.bind(globalThis);
  const genesisHash = node.chain.genesis.hash;
  const peerId = peerIdFor(genesisHash, node.id);
  const early = options.early?.peerId === peerId ? await options.early.signalled : null;
  // Begun for a node the start did not open after all (it replaced a lost one): that registration goes.
  if (options.early && early === null) cancelSignalling(options.early);
  const signalled = early ?? (await signal(peerId, location, options.settings, fetchFn));
  if ('problem' in signalled) throw new SettingsError(signalled.problem);
  const { probe, signalling, token, remote } = signalled;
  // Where WebRTC cannot link two devices (a Wi-Fi that isolates them), the page's own server relays their frames.
  const relayPath = signalling.source === 'same-origin' ? probe?.relay : undefined;
  const relay =
    relayPath === undefined || signalling.server === null
      ? null
      : new RelayTransport({ localId: peerId, url: relaySocketUrl(location, relayPath), token });
  const linked = new FallbackTransport({ direct: remote, relay, clock: systemClock });
  const openChannel = options.openChannel === undefined ? defaultOpenChannel() : options.openChannel;
  // Tabs of this browser link over a BroadcastChannel: no server needed, so they connect even with ?signal=none.
  const tabs =
    openChannel === null
      ? null
      : new TabTransport({
          localId: peerId,
          channel: openChannel(tabLinkChannelName(genesisHash)),
          clock: systemClock,
        });
  const routed = tabs === null ? null : new TabRoutedTransport(tabs, linked);
  const transport = routed ?? linked;
  const network = createNetwork({
    node,
    transport,
    ...(options.config ? { config: options.config } : {}),
    ...(options.directory ? { directory: options.directory } : {}),
  });
  network.start();

  const stops: Cancel[] = [];
  const sink = (ids: readonly string[]) => network.addCandidates(ids);
  let pollServerNow = () => {};
  if (signalling.server !== null && signalling.discovery) {
    const server = signalling.server;
    const polling = pollServerPeers({ server, genesisHash, selfId: peerId, fetchFn, clock: systemClock, sink });
    // Registered (or back) on the server: read the list at once, so two tabs starting together find each other.
    const unsubscribe = network.subscribe((event) => {
      if (event.type === 'signalling' && event.state === 'online') polling.pollNow();
    });
    stops.push(polling.stop, unsubscribe);
    pollServerNow = polling.pollNow;
  }
  if (openChannel !== null) {
    const tabSink = (ids: readonly string[]) => {
      routed?.markTabPeers(ids);
      sink(ids);
    };
    stops.push(announceToTabs({ openChannel, genesisHash, selfId: peerId, sink: tabSink }));
  }
  const invited = invitedPeer(location.search);
  if (invited !== null) network.connect(invited);

  const events = options.events === undefined ? (typeof window === 'undefined' ? null : window) : options.events;
  const visibility =
    options.visibility === undefined ? (typeof document === 'undefined' ? null : document) : options.visibility;
  // Back online, or shown again: the signalling server, every known peer and the server's list, now, not at backoff.
  const redialRound = (reason: WakeReason) => {
    if (remote instanceof PeerJsTransport) remote.reconnectNow(reason === 'online');
    network.redialNow();
    pollServerNow();
  };
  stops.push(onWake({ window: events, document: visibility }, systemClock, redialRound));
  if (events !== null) {
    // pagehide, not beforeunload: it also fires when a phone discards the tab. Leaving tells the server at once,
    // so a reload can take the same peer id again.
    const onPageHide = () => stop();
    events.addEventListener('pagehide', onPageHide);
    stops.push(() => events.removeEventListener('pagehide', onPageHide));
  }

  let stopped = false;
  function stop(): void {
    if (stopped) return;
    stopped = true;
    for (const cancel of stops) cancel();
    network.stop();
  }
  return {
    network,
    peerId,
    signalling,
    inviteUrl: inviteUrl(location.href, peerId),
    dialFailures: linked.failures,
    stop,
  };
}
