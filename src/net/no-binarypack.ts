// Stands in for the `peerjs-js-binarypack` package inside PeerJS (vite.config.ts aliases it here), as
// webrtc-browser-details.ts does for webrtc-adapter. PeerJS uses it only for channels of its `binary`
// serialization; ours are all `raw` (peerjs-transport.ts closes any other before reading it), so the 2.2 kB gzip
// of MessagePack code never ran. Should PeerJS ever reach it, it fails loudly instead of packing.

function unused(): never {
  throw new Error('PeerJS binary serialization is not used: every channel of this app is raw');
}

export const pack = unused;
export const unpack = unused;
