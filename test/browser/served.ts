// The app as `npm start` serves it (scripts/serve.mjs: the build, same-origin signalling, the HTTP bridge), for the
// specs of one file: started before them on a free port, closed after them. The build is the one
// scripts/browser-tests.mjs made.
import type { AddressInfo } from 'node:net';
import type { PreviewServer } from 'vite';
import { serve } from '../../scripts/serve.mjs';
import { test } from './fixtures.ts';

/** Serves the app on `host` around the specs that follow; `origin()` is its address once they run. */
export function servedByNpmStart(host: '127.0.0.1' | '198.18.0.1' = '127.0.0.1'): { origin(): string } {
  let server: PreviewServer | null = null;
  let origin = '';
  test.beforeAll(async () => {
    // Port 0: workers never collide.
    server = await serve({ host, port: 0, strictPort: false });
    origin = `http://${host}:${(server.httpServer.address() as AddressInfo).port}`;
  });
  test.afterAll(async () => {
    const http = server?.httpServer;
    if (http && 'closeAllConnections' in http) http.closeAllConnections();
    await server?.close();
  });
  return { origin: () => origin };
}
