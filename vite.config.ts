// Vite builds the page into dist/; `vite preview` serves that build for `npm start` and the browser tests.
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    // Every supported browser runs ES2022; no down-levelling keeps the mining loop's BigInt/bit ops as written.
    target: 'es2022',
    sourcemap: true,
  },
  // Loopback only by default: a node on the LAN is an explicit choice (`--host`), not an accident.
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
