// How every Chromium of the browser tests starts: no sandbox (root in a container), no GPU (headless), and nothing
// that phones home (the namespace would drop it anyway, but background fetches only add noise and delays).
// playwright.config.ts adds MDNS_OFF_FLAG for the project's own contexts; the Firefox test and the classroom rig
// start Chromium with these alone, at the browser's default WebRTC privacy.
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Real host addresses in ICE candidates instead of mDNS names: no multicast lookups, and the WebRTC test can check
 * that the channel ran over the namespace's 198.18.0.1.
 */
export const MDNS_OFF_FLAG = '--disable-features=WebRtcHideLocalIpsWithMdns';
