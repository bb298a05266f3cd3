// Types of scripts/stun-server.mjs.
export declare const STUN_PORT: 3478;
export type StunServer = {
  /** The address and UDP port it listens on (another port than asked when that one was taken). */
  readonly host: string;
  readonly port: number;
  close(): Promise<void>;
};
export declare function startStunServer(options?: {
  host?: string;
  port?: number;
  log?: (line: string) => void;
}): Promise<StunServer>;
