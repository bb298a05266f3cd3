// Shared by the browser tests and the benchmarks: finds Chromium and Firefox ESR (installing them with apt-get as
// root), then re-runs the calling script inside a private network namespace and PID namespace, so nothing it starts
// can send a packet off this machine or outlive it.
//
// Inside the namespace there is loopback plus one veth pair, nr0 (198.18.0.1/24, the benchmarking range) and nr1,
// with a default route over nr0: WebRTC in headless Chromium needs a non-loopback interface to gather a host
// candidate, and the default route makes the namespace look "online" while every packet stays inside it.
// A PID namespace with --kill-child makes every server and browser the run starts die with it.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const DEBIAN_FIREFOX = '/usr/bin/firefox-esr';

/** Where the app's build goes and is served from: `dist`, or $APP_OUT_DIR for a run that must not share it. */
export function appOutDir() {
  return resolve(ROOT, process.env.APP_OUT_DIR || 'dist');
}

/** The recipe of shared/netns-run, one `ip` call per line. */
const NETNS_SETUP = [
  ['link', 'set', 'lo', 'up'],
  ['link', 'add', 'nr0', 'type', 'veth', 'peer', 'name', 'nr1'],
  ['addr', 'add', '198.18.0.1/24', 'dev', 'nr0'],
  ['link', 'set', 'nr0', 'up'],
  ['link', 'set', 'nr1', 'up'],
  ['route', 'add', 'default', 'dev', 'nr0'],
];

/** `log` and `fail` that prefix every line with the script's name, e.g. `[browser-tests]`. */
export function createLogger(label) {
  const log = (message) => console.error(`[${label}] ${message}`);
  const fail = (message) => {
    log(message);
    process.exit(1);
  };
  return { log, fail };
}

function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function commandExists(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/** Newest Chromium that `npx playwright install chromium` left in its cache, if any. */
function playwrightCacheChromium() {
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), '.cache', 'ms-playwright');
  if (!existsSync(cache)) return undefined;
  const builds = readdirSync(cache)
    .filter((name) => /^chromium-\d+$/.test(name))
    .sort((a, b) => Number(b.split('-')[1]) - Number(a.split('-')[1]));
  for (const build of builds) {
    for (const platformDir of readdirSync(join(cache, build)).filter((name) => name.startsWith('chrome-linux'))) {
      const chrome = join(cache, build, platformDir, 'chrome');
      if (existsSync(chrome)) return chrome;
    }
  }
  return undefined;
}

function findChromium({ fail }) {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) fail(`CHROME_PATH=${fromEnv} does not exist; unset it or point it at a Chromium binary.`);
    return fromEnv;
  }
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  return playwrightCacheChromium();
}

function canApt() {
  return isRoot() && commandExists('apt-get');
}

/** `apt-get update && apt-get install -y PACKAGE` (root only); the failed step, or null when both worked. */
function aptInstall(packageName, { log }) {
  log(`installing Debian ${packageName} with apt-get.`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', packageName]]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) return `apt-get ${args.join(' ')} failed (exit ${result.status})`;
  }
  return null;
}

/** Runs outside the namespace: apt needs the network, and the namespace has none. */
function findOrInstallChromium(logger) {
  const { fail } = logger;
  const found = findChromium(logger);
  if (found) return found;
  if (canApt()) {
    const failed = aptInstall('chromium', logger);
    if (failed !== null) fail(`${failed}.`);
    if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  }
  fail(
    'No Chromium found (looked at $CHROME_PATH, /usr/bin/chromium and the Playwright cache).\n' +
      '  Install one, then run again:\n' +
      '    npx playwright install chromium        # or, on Debian/Ubuntu as root: apt-get install -y chromium\n' +
      '  or set CHROME_PATH=/path/to/chrome.',
  );
}

/**
 * Firefox ESR for the Firefox browser test and bench: $FIREFOX_PATH, Debian's firefox-esr, or (with `install`, as
 * root) apt-get's. Without one the run goes on and says why, and the Firefox spec prints that and skips: Chromium's
 * tests still run. A FIREFOX_PATH that does not exist is a mistake to fix, as with CHROME_PATH.
 */
function findFirefox({ install }, logger) {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) logger.fail(`FIREFOX_PATH=${fromEnv} does not exist; unset it or point it at Firefox.`);
    return { path: fromEnv };
  }
  if (existsSync(DEBIAN_FIREFOX)) return { path: DEBIAN_FIREFOX };
  let failed = 'the bench does not install it';
  if (install) failed = canApt() ? aptInstall('firefox-esr', logger) : 'not root, so apt-get was not run';
  if (failed === null && existsSync(DEBIAN_FIREFOX)) return { path: DEBIAN_FIREFOX };
  return {
    missing:
      `no Firefox ESR (looked at $FIREFOX_PATH and ${DEBIAN_FIREFOX}; ${failed ?? 'apt-get installed no binary there'}).` +
      ' Install it, then run again: apt-get install -y firefox-esr (as root), or set FIREFOX_PATH=/path/to/firefox.',
  };
}

/** coturn for the classroom rig's TURN case: apt-get's as root; otherwise that one spec says so and skips. */
function findOrInstallCoturn(logger) {
  if (commandExists('turnserver')) return;
  const failed = canApt() ? aptInstall('coturn', logger) : 'not root, so apt-get was not run';
  if (failed !== null || !commandExists('turnserver')) {
    logger.log(
      `TURN TESTS WILL BE SKIPPED: no coturn (${failed ?? 'no turnserver after apt-get'}); apt-get install -y coturn`,
    );
  }
}

/** The environment that tells the run (and the namespace inside it) where Firefox is, or why there is none. */
function firefoxEnv(firefox) {
  return 'path' in firefox ? { FIREFOX_PATH: firefox.path } : { FIREFOX_MISSING: firefox.missing };
}

/** `unshare` flags for this user, or why isolation is impossible here. */
function isolationPlan() {
  if (process.platform !== 'linux') return { ok: false, why: `${process.platform} has no network namespaces` };
  for (const tool of ['unshare', 'ip']) {
    if (!commandExists(tool)) return { ok: false, why: `'${tool}' not found (apt-get install util-linux iproute2)` };
  }
  // Root can make namespaces directly; anyone else needs an unprivileged user namespace (-r) to own one.
  const flags = [isRoot() ? '-n' : '-rn', '--pid', '--fork', '--kill-child'];
  // A dry run of the real recipe in a throwaway namespace: containers and hardened kernels often forbid one step.
  const probe = NETNS_SETUP.map((args) => `ip ${args.join(' ')}`).join(' && ');
  const result = spawnSync('unshare', [...flags, '--', 'sh', '-c', probe], { encoding: 'utf8' });
  if (result.status !== 0) {
    return {
      ok: false,
      why: `unshare ${flags.join(' ')} failed here: ${(result.stderr || '').trim() || result.error}`,
    };
  }
  return { ok: true, flags };
}

function setUpNamespaceNetwork() {
  for (const args of NETNS_SETUP) execFileSync('ip', args, { stdio: 'inherit' });
}

/** Runs a command to completion, inheriting stdio; forwards Ctrl-C/TERM so nothing is left half-stopped. */
export function run(command, args, env, { log } = createLogger('run')) {
  return new Promise((resolveExit) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: 'inherit' });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('error', (error) => {
      log(`could not start ${command}: ${error.message}`);
      resolveExit(127);
    });
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolveExit(code ?? (signal ? 128 : 1));
    });
  });
}

/**
 * Runs `inside(chromePath, isolated)` in a private network and PID namespace and exits with its code. The calling
 * `script` is re-executed inside the namespace with `insideMark=1` in its environment; where namespaces are
 * unavailable it says NOT ISOLATED and runs `inside` directly. Firefox is passed on as FIREFOX_PATH (or
 * FIREFOX_MISSING, the reason there is none); `installFirefox` lets a root run apt-get it.
 */
export async function runIsolated({ script, insideMark, logger, inside, installFirefox = false }) {
  const { log, fail } = logger;
  if (process.env[insideMark] === '1') {
    // PID 1 of the new namespaces: it ignores SIGINT/SIGTERM unless handled, so run() installs handlers that
    // forward them; when it exits, the kernel kills everything else in the PID namespace.
    setUpNamespaceNetwork();
    log('isolated: private network namespace (lo + veth nr0 198.18.0.1/24), own PID namespace.');
    const chromePath = process.env.CHROME_PATH;
    if (!chromePath) fail('internal: CHROME_PATH was not passed into the namespace.');
    process.exit(await inside(chromePath, true));
  }

  const chromePath = findOrInstallChromium(logger);
  log(`Chromium: ${chromePath}`);
  const firefox = findFirefox({ install: installFirefox }, logger);
  log('path' in firefox ? `Firefox: ${firefox.path}` : `FIREFOX TESTS WILL BE SKIPPED: ${firefox.missing}`);
  if (installFirefox) findOrInstallCoturn(logger);
  delete process.env.FIREFOX_MISSING;
  Object.assign(process.env, firefoxEnv(firefox));
  const plan = isolationPlan();
  if (!plan.ok) {
    log(
      `NOT ISOLATED: ${plan.why}. Running directly: the tests address only 127.0.0.1, but the kernel no longer enforces that.`,
    );
    process.exit(await inside(chromePath, false));
  }
  const env = { ...process.env, [insideMark]: '1', CHROME_PATH: chromePath };
  // unshare stays in the foreground and exits with the inner script's code; --kill-child ends the namespace with it.
  process.exit(
    await run('unshare', [...plan.flags, '--', process.execPath, script, ...process.argv.slice(2)], env, logger),
  );
}
