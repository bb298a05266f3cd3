// Stands in for the `webrtc-adapter` package inside PeerJS (vite.config.ts aliases it here). PeerJS reads only
// `browserDetails` from it; the package's other part, shims of WebRTC for browsers before 2020 that it installs on
// import, weighs ~12 kB gzip, and every browser this app supports (docs/browsers.md) speaks standard WebRTC data
// channels. The detection is the package's own function.
import { detectBrowser } from 'webrtc-adapter/src/js/utils.js';

const adapter = { browserDetails: detectBrowser(typeof window === 'undefined' ? undefined : window) };

// biome-ignore lint/style/noDefaultExport: PeerJS imports the package's default export.
export default adapter;
