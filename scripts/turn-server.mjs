// `npm start -- --turn`: a TURN relay for Wi-Fi that isolates devices from each other (they reach the teacher's
// machine but not one another, so no direct path exists). It runs coturn (Debian/Ubuntu package `coturn`, binary
// `turnserver`) with a user and password made for this start, so only pages this server handed them to can
// relay. Nothing here speaks TURN: coturn does.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createSocket } from 'node:dgram';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isIPv6 } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const stun = createRequire(import.meta.url)('stun');

/** The TURN listening port by default: next to STUN's 3478, which the app's own STUN server holds. */
export const TURN_PORT = 3479;
/** UDP ports coturn relays through (one per allocation): 100, so a class fits and a firewall rule stays small. */
export const TURN_RELAY_PORTS = Object.freeze({ min: 49160, max: 49259 });
export const TURN_REALM = 'browser-blockchain';
/** What to tell someone whose machine has no coturn. */
export const TURN_INSTALL_HINT =
  'TURN needs coturn: `sudo apt-get install coturn` (Debian, Ubuntu), `sudo dnf install coturn` (Fedora), ' +
  '`brew install coturn` (macOS). Going on without TURN.';
const READY_TIMEOUT_MS = 10_000;

/** The `turnserver` binary on PATH, or null. */
export function findTurnServer() {
  const found = spawnSync('sh', ['-c', 'command -v turnserver'], { encoding: 'utf8' });
  const path = found.stdout.trim();
  return found.status === 0 && path !== '' ? path : null;
}

function isWildcard(host) {
  return host === '0.0.0.0' || host === '::';
}

/** `port` when nothing holds it on `host` over UDP, else one the kernel says is free now. */
function freeUdpPort(host, port) {
  const tryBind = (wanted) =>
    new Promise((resolve, reject) => {
      const socket = createSocket(isIPv6(host) ? 'udp6' : 'udp4');
      socket.once('error', reject);
      socket.bind(wanted, host, () => {
        const { port: bound } = socket.address();
        socket.close(() => resolve(bound));
      });
    });
  return tryBind(port).catch((error) => {
    if (error?.code !== 'EADDRINUSE') throw error;
    return tryBind(0);
  });
}

/** Answers once coturn's listener answers a STUN Binding request (coturn serves STUN on its TURN port too). */
async function waitUntilListening(host, port, child) {
  // Listening on every address includes IPv4 loopback; the `stun` client speaks IPv4 only.
  const target = isWildcard(host) ? '127.0.0.1' : host;
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`turnserver exited with code ${child.exitCode}`);
    try {
      await stun.request(`${target}:${port}`, { timeout: 200, retries: 1 });
      return;
    } catch {
      // Not listening yet.
    }
  }
  throw new Error(`turnserver did not answer on ${target}:${port} within ${READY_TIMEOUT_MS} ms`);
}

/**
 * Starts coturn on `host` (all addresses for 0.0.0.0) with long-term credentials made now. Relays only through
 * TURN_RELAY_PORTS, looks up no external address, opens no CLI and no TLS listeners, and writes its log to a
 * temporary file (`logFile`). Resolves once it answers; the result's `close()` stops it and removes its files.
 * Throws when `binary` (found on PATH by default) is missing or coturn does not start.
 */
export async function startTurnServer({
  host = '127.0.0.1',
  port = TURN_PORT,
  relayPorts = TURN_RELAY_PORTS,
  binary = findTurnServer(),
  log = () => {},
} = {}) {
  if (binary === null) throw new Error(TURN_INSTALL_HINT);
  if (isIPv6(host) && !isWildcard(host)) throw new Error(`TURN needs an IPv4 --host or 0.0.0.0, not ${host}`);
  const listeningPort = await freeUdpPort(host, port);
  if (listeningPort !== port) log(`TURN: UDP port ${port} is taken on ${host}; listening on ${listeningPort} instead`);
  const username = `class-${randomBytes(4).toString('hex')}`;
  const credential = randomBytes(16).toString('hex');
  const dir = mkdtempSync(join(tmpdir(), 'classroom-turn-'));
  const emptyConfig = join(dir, 'turnserver.conf');
  writeFileSync(emptyConfig, '');
  const logFile = join(dir, 'turnserver.log');
  const args = [
    // An empty config file: /etc/turnserver.conf (a system-wide setup) must not change what this start does.
    ['-c', emptyConfig],
    ['--listening-port', String(listeningPort)],
    ...(isWildcard(host)
      ? []
      : [
          ['--listening-ip', host],
          ['--relay-ip', host],
        ]),
    ['--min-port', String(relayPorts.min)],
    ['--max-port', String(relayPorts.max)],
    ['--lt-cred-mech'],
    ['--user', `${username}:${credential}`],
    ['--realm', TURN_REALM],
    ['--fingerprint'],
    ['--no-cli'],
    ['--no-tls'],
    ['--no-dtls'],
    ['--no-rfc5780'],
    ['--no-multicast-peers'],
    ['--no-software-attribute'],
    ['--log-file', logFile],
    ['--simple-log'],
    ['--no-stdout-log'],
    ['--pidfile', join(dir, 'turnserver.pid')],
    ['--userdb', join(dir, 'turndb')],
  ].flat();
  const child = spawn(binary, args, { stdio: 'ignore' });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.once('error', (error) => log(`TURN: ${error.message}`));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 2_000);
      await exited;
      clearTimeout(killer);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitUntilListening(host, listeningPort, child);
  } catch (error) {
    await stop();
    throw error;
  }
  let closed = null;
  return {
    port: listeningPort,
    username,
    credential,
    logFile,
    close() {
      closed ??= stop();
      return closed;
    },
  };
}
