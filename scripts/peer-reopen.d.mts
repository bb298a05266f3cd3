/** The events of a PeerJS server app (`peer`'s ExpressPeerServer or PeerServer) this listens to. */
export interface PeerServerEvents {
  on(
    event: 'connection' | 'disconnect',
    listener: (client: { getId(): string; getSocket(): { send(data: string): void } | null }) => void,
  ): unknown;
}

export declare function confirmReRegistrations(peerServer: PeerServerEvents): void;
