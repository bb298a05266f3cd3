import { fileURLToPath } from 'node:url';
// Vite builds the page into dist/; `vite preview` serves that build for `npm start` and the browser tests.
// vite-plugin-pwa adds the web app manifest and a generated service worker (sw.js) that precaches the app shell,
// so an installed app opens without a network; src/ui/pwa.ts registers it and offers updates.
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { earlyReadScript } from './src/storage/early-read.ts';

/** The favicon's blue: the installed app's title bar and splash screen. */
const THEME_COLOR = '#2b6cb0';

/**
 * Puts src/storage/early-read.ts's first read of the node's blocks at the top of the page, as an inline script: it
 * starts some 200 ms before the app's modules have loaded, and a returning tab's start waits that much less.
 */
function earlyBlockRead(): Plugin {
  return {
    name: 'early-block-read',
    transformIndexHtml: () => [{ tag: 'script', children: earlyReadScript(), injectTo: 'head' }],
  };
}

/** What rolldown tells a chunk-naming function about a module. */
type ChunkingContext = { getModuleInfo(id: string): { readonly importedIds: readonly string[] } | null };

const PAGE_ENTRY = fileURLToPath(new URL('src/ui/main.ts', import.meta.url));
const startupByBuild = new WeakMap<ChunkingContext, ReadonlySet<string>>();

/** The modules the page's entry imports statically, transitively: everything a visit runs before any `import()`. */
function startupModules(ctx: ChunkingContext): ReadonlySet<string> {
  const known = startupByBuild.get(ctx);
  if (known) return known;
  const seen = new Set<string>();
  const queue = [PAGE_ENTRY];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...(ctx.getModuleInfo(id)?.importedIds ?? []));
  }
  startupByBuild.set(ctx, seen);
  return seen;
}

export default defineConfig({
  build: {
    // Every supported browser runs ES2022; no down-levelling keeps the mining loop's BigInt/bit ops as written.
    target: 'es2022',
    sourcemap: true,
    // Every browser the app runs in (ES2022, module workers) preloads modules itself: no polyfill in the entry.
    modulePreload: { polyfill: false },
    // .vite/manifest.json: which chunks the page imports at once and which only on demand (scripts/check-size.mjs).
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // One chunk for all the page runs at start. Left alone, rolldown cuts what the views loaded on demand share
          // with it (the node, the core) into chunks of their own that the page imports at once anyway: the same
          // code in ten files, 2.5 kB more gzip than in one (measured) and ten requests on a first visit.
          groups: [
            {
              debugName: 'startup',
              name: (id: string, ctx: ChunkingContext) => (startupModules(ctx).has(id) ? 'index' : null),
            },
          ],
        },
        // The language tables (src/ui/i18n) by name: a page loads one, and scripts/check-size.mjs counts one.
        chunkFileNames: (chunk) =>
          chunk.facadeModuleId?.includes('/src/ui/i18n/') ? 'assets/lang-[name]-[hash].js' : 'assets/[name]-[hash].js',
      },
    },
  },
  resolve: {
    // PeerJS reads only the browser's name and version from webrtc-adapter; its shims for old browsers stay out.
    alias: [
      {
        find: /^webrtc-adapter$/,
        replacement: fileURLToPath(new URL('src/net/webrtc-browser-details.ts', import.meta.url)),
      },
      // Its `binary` serialization's MessagePack: our channels are raw (src/net/no-binarypack.ts).
      {
        find: /^peerjs-js-binarypack$/,
        replacement: fileURLToPath(new URL('src/net/no-binarypack.ts', import.meta.url)),
      },
    ],
  },
  // Loopback only by default: a node on the LAN is an explicit choice (`--host`), not an accident.
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  plugins: [
    earlyBlockRead(),
    VitePWA({
      // A new build waits until the user accepts it (src/ui/pwa.ts shows "A new version is ready"): swapping code
      // under a node that is mining or syncing is the user's call.
      registerType: 'prompt',
      // src/ui/service-worker.ts registers sw.js itself (no workbox-window); no registration script in index.html.
      injectRegister: false,
      // Off in `vite` (dev): a service worker there would serve stale modules.
      devOptions: { enabled: false },
      manifest: {
        name: 'Browser blockchain',
        short_name: 'Blockchain',
        description: 'A real blockchain in the browser: every tab is a full node. Mine, send and sync in a classroom.',
        lang: 'en',
        categories: ['education'],
        id: '.',
        start_url: '.',
        scope: '.',
        display: 'standalone',
        orientation: 'any',
        theme_color: THEME_COLOR,
        background_color: '#ffffff',
        icons: [
          { src: 'pwa-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'pwa-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'pwa-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
        // Chrome's richer install dialog shows these: one per form factor.
        screenshots: [
          { src: 'screenshots/wide.png', sizes: '1280x800', type: 'image/png', form_factor: 'wide', label: 'A node' },
          {
            src: 'screenshots/narrow.png',
            sizes: '390x844',
            type: 'image/png',
            form_factor: 'narrow',
            label: 'A node',
          },
        ],
      },
      workbox: {
        // The app shell: the page, its entry and every chunk (the miner worker's included), styles and icons.
        // Source maps stay out: they are for developers and would triple the first download; so do the install
        // dialog's screenshots, and noble's signature worker, which only a page without a secure context starts,
        // where there is no service worker either.
        globPatterns: ['**/*.{html,js,css,svg,png,webmanifest}'],
        globIgnores: ['**/*.map', 'screenshots/**', 'assets/noble-verifier.worker-*.js'],
        // Any navigation (?room=..., ?difficulty=...) opens the cached page: the room is read from the URL.
        navigateFallback: 'index.html',
        // Signalling is live state of this server: never from a cache, never answered with the page.
        // Nor are a node's HTTP endpoints (the bridge, /node/<id>/...): they answer JSON from the node's tab.
        navigateFallbackDenylist: [/^\/peerjs/, /^\/node\//, /^\/bridge/],
        // No runtimeCaching: /peerjs/* and /peerjs-config.json are not precached, so they always go to the network.
        cleanupOutdatedCaches: true,
        // The first service worker takes the open page at once, so it works offline without a reload; updates
        // still wait for the prompt (no skipWaiting).
        clientsClaim: true,
      },
    }),
  ],
});
