// `peer` (the PeerJS server) answers a page that registers again under its id and token while its previous socket
// has not yet expired (a Wi-Fi outage shorter than the server's alive timeout, a socket renewed on `online`) by
// taking the new socket without the OPEN message a first registration gets. PeerJS in the page then never fires
// `open`: it counts itself unregistered, its dials wait for a registration that never comes, and it relinks only
// when a peer dials it (peers/peerjs-server#462, peers/peerjs#1289). This sends that OPEN.

const OPEN = JSON.stringify({ type: 'OPEN' });

/** Makes `peerServer` (ExpressPeerServer's or PeerServer's app) confirm every registration, repeated ones too. */
export function confirmReRegistrations(peerServer) {
  // Ids the server holds: a `connection` for one of these took over an existing client, and got no OPEN.
  const held = new Set();
  peerServer.on('connection', (client) => {
    const id = client.getId();
    if (held.has(id)) client.getSocket()?.send(OPEN);
    held.add(id);
  });
  peerServer.on('disconnect', (client) => held.delete(client.getId()));
}
