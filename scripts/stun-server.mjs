// The classroom's STUN server (RFC 5389 Binding), run by `npm start` next to the app: a device asks it which address
// and port its packets come from and offers that to its peers as a server-reflexive candidate. On a Wi-Fi that does
// not carry multicast, nobody can resolve a browser's mDNS `.local` host candidate, and this candidate (the device's
// LAN address) is what lets two devices link directly. The protocol is the `stun` package's; this file only binds
// the socket and answers Binding requests.
import { createSocket } from 'node:dgram';
import { createRequire } from 'node:module';
import { isIPv6 } from 'node:net';

const stun = createRequire(import.meta.url)('stun');
const { STUN_BINDING_REQUEST, STUN_BINDING_RESPONSE, STUN_EVENT_BINDING_REQUEST } = stun.constants;

/** The port STUN clients try first (RFC 5389); another one is used when something else holds it. */
export const STUN_PORT = 3478;

function bindUdp(host, port) {
  const type = isIPv6(host) ? 'udp6' : 'udp4';
  return new Promise((resolve, reject) => {
    const socket = createSocket({ type });
    socket.once('error', reject);
    socket.bind(port, host, () => {
      socket.off('error', reject);
      resolve(socket);
    });
  });
}

/**
 * Listens for STUN Binding requests on UDP `host`:`port` and answers each with the sender's address
 * (XOR-MAPPED-ADDRESS). When `port` is taken (another STUN server, a second `npm start`), it listens on a free port
 * instead and says so: pages are handed whichever port it got. Resolves once it listens.
 */
export async function startStunServer({ host = '127.0.0.1', port = STUN_PORT, log = () => {} } = {}) {
  let socket;
  try {
    socket = await bindUdp(host, port);
  } catch (error) {
    if (error?.code !== 'EADDRINUSE' || port === 0) throw error;
    socket = await bindUdp(host, 0);
    log(`STUN: UDP port ${port} is taken on ${host}; listening on ${socket.address().port} instead`);
  }
  const server = stun.createServer({ type: socket.type, socket });
  server.on(STUN_EVENT_BINDING_REQUEST, (request, sender) => {
    if (request.type !== STUN_BINDING_REQUEST) return;
    const response = stun.createMessage(STUN_BINDING_RESPONSE, request.transactionId);
    response.addXorAddress(sender.address, sender.port);
    response.addFingerprint();
    server.send(response, sender.port, sender.address);
  });
  // Datagrams that are not STUN, or malformed: nobody to answer, and no reason to stop serving the others.
  server.on('error', () => {});
  socket.on('error', (error) => log(`STUN: ${error.message}`));
  const address = socket.address();
  let closed = null;
  return {
    host: address.address,
    port: address.port,
    close() {
      closed ??= new Promise((resolve) => {
        server.close();
        socket.close(() => resolve());
      });
      return closed;
    },
  };
}
