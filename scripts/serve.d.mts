// Types of scripts/serve.mjs, for the TypeScript tests that start it.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Connect, Plugin, PreviewServer } from 'vite';
import type { HttpBridgeOptions } from './http-bridge.mjs';

export declare const SIGNALLING_PATH: '/peerjs';
export declare const SIGNALLING_CONFIG_PATH: '/peerjs-config.json';
export declare const CERTIFICATE_DIR: string;
export declare function mountSignalling(
  httpServer: Server<typeof IncomingMessage, typeof ServerResponse>,
  middlewares: Connect.Server,
  bridgeOptions?: HttpBridgeOptions,
): void;
export declare function signallingPlugin(bridgeOptions?: HttpBridgeOptions): Plugin;

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
  strictPort?: boolean;
  /** TLS with a self-signed certificate (wss for signalling). */
  https?: boolean;
  /** Where the certificate is kept; CERTIFICATE_DIR by default. */
  certificateDir?: string;
  /** The HTTP bridge's deadlines and bounds (scripts/http-bridge.mjs). */
  bridge?: HttpBridgeOptions;
}): Promise<PreviewServer & { certificate: HttpsCertificate | null }>;
