/** The part of a `ws` socket the keep-alive uses. */
export interface KeptAliveSocket {
  readonly isPaused: boolean;
  ping(): void;
  terminate(): void;
  on(event: 'pong' | 'close', listener: () => void): unknown;
}

export declare function createKeepAlive(intervalMs: number): {
  watch(socket: KeptAliveSocket): void;
  stop(): void;
};
