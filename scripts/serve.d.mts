// Types of scripts/serve.mjs, for the TypeScript tests that start it.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Connect, Plugin, PreviewServer } from 'vite';

export declare const SIGNALLING_PATH: '/peerjs';
export declare const SIGNALLING_CONFIG_PATH: '/peerjs-config.json';
export declare function mountSignalling(
  httpServer: Server<typeof IncomingMessage, typeof ServerResponse>,
  middlewares: Connect.Server,
): void;
export declare function signallingPlugin(): Plugin;
export declare function serve(options?: {
  host?: string;
  port?: number;
  root?: string;
  strictPort?: boolean;
}): Promise<PreviewServer>;
