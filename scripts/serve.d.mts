// Types of scripts/serve.mjs, for the TypeScript tests that start it.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Connect, Plugin, PreviewServer } from 'vite';
import type { HttpBridgeOptions } from './http-bridge.mjs';
import type { TurnOptions } from './turn-server.mjs';

export declare const SIGNALLING_PATH: '/peerjs';
export declare const SIGNALLING_CONFIG_PATH: '/peerjs-config.json';
export declare const CERTIFICATE_DIR: string;

/** Which ports serve ICE beside the app: what /peerjs-config.json hands pages. */
export type IcePorts = {
  readonly stunPort: number | null;
  readonly turn: { readonly port: number; readonly username: string; readonly credential: string } | null;
};
/** An RTCIceServer as pages get it. */
export type HandedIceServer = { urls: string; username?: string; credential?: string };
/** The ICE servers for a page that reached this server as `hostHeader` (its Host header), on that host. */
export declare function iceServersFor(hostHeader: string, ice: IcePorts): HandedIceServer[];
export declare function mountSignalling(
  httpServer: Server<typeof IncomingMessage, typeof ServerResponse>,
  middlewares: Connect.Server,
  bridgeOptions?: HttpBridgeOptions,
  ice?: IcePorts,
): void;
export declare function signallingPlugin(bridgeOptions?: HttpBridgeOptions, ice?: IcePorts): Plugin;

/** DNS names and IP addresses a certificate for this machine covers. */
export type CertificateNames = { dns: string[]; ips: string[] };
export type HttpsCertificate = {
  /** PEM. */
  key: string;
  /** PEM. */
  cert: string;
  /** SHA-256, colon-separated hex, as browsers show it. */
  fingerprint: string;
  names: CertificateNames;
  /** Read from the cache rather than generated now. */
  reused: boolean;
};
export declare function certificateNames(host?: string): CertificateNames;
export declare function httpsCertificate(options?: {
  dir?: string;
  names?: CertificateNames;
}): Promise<HttpsCertificate>;

export declare function serve(options?: {
  host?: string;
  port?: number;
  root?: string;
  /** The build to serve: $APP_OUT_DIR or dist under `root` by default. */
  outDir?: string;
  strictPort?: boolean;
  /** TLS with a self-signed certificate (wss for signalling). */
  https?: boolean;
  /** Where the certificate is kept; CERTIFICATE_DIR by default. */
  certificateDir?: string;
  /** The HTTP bridge's deadlines and bounds (scripts/http-bridge.mjs). */
  bridge?: HttpBridgeOptions;
  /** STUN on UDP `port` (3478 by default, a free one when taken) of `host`, handed to pages; false: none. */
  stun?: { port?: number } | false;
  /** TURN (coturn) beside it, with credentials made now; true for the defaults; false (default): none. */
  turn?: TurnOptions | boolean;
  /** Lines for the person who started it (a port taken, coturn missing); stderr by default. */
  log?: (line: string) => void;
}): Promise<
  PreviewServer & {
    certificate: HttpsCertificate | null;
    /** Where STUN listens, or null. */
    stun: { host: string; port: number } | null;
    /** Where TURN listens and the credentials pages get, or null (not asked for, or coturn missing). */
    turn: { port: number; username: string; credential: string; logFile: string } | null;
  }
>;
