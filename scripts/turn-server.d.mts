// Types of scripts/turn-server.mjs.
export declare const TURN_PORT: 3479;
export declare const TURN_RELAY_PORTS: { readonly min: number; readonly max: number };
export declare const TURN_REALM: string;
export declare const TURN_INSTALL_HINT: string;
export declare function findTurnServer(): string | null;
export type TurnOptions = {
  /** UDP listening port (TURN_PORT by default, a free one when taken). */
  port?: number;
  /** Relay ports coturn may allocate (TURN_RELAY_PORTS by default). */
  relayPorts?: { min: number; max: number };
  /** The coturn binary; `turnserver` on PATH by default, null when there is none. */
  binary?: string | null;
};
export type TurnServer = {
  readonly port: number;
  /** Long-term credentials made at start. */
  readonly username: string;
  readonly credential: string;
  /** coturn's log, removed with close(). */
  readonly logFile: string;
  close(): Promise<void>;
};
export declare function startTurnServer(
  options?: TurnOptions & { host?: string; log?: (line: string) => void },
): Promise<TurnServer>;
