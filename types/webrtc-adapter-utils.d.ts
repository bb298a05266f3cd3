// The one function of webrtc-adapter's sources the app uses (src/net/webrtc-browser-details.ts); the package types
// only its default export.
declare module 'webrtc-adapter/src/js/utils.js' {
  export function detectBrowser(window: Window | undefined): {
    browser: string | null;
    version: number | null;
  };
}
