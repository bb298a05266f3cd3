// Builds the bench pages (bench/miner-bench.html, and for the node figures bench/chain-bench.html next to the app's
// own index.html) with the project's Vite config into a temporary folder and serves it on loopback (or on the test
// namespace's LAN address): the benchmarks and the browser test load it from there, so the app's dist/ never ships a
// bench page.
import { execFileSync } from 'node:child_process';
import { copyFile, cp, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const BENCH_PAGE_PATH = '/bench/miner-bench.html';

export type BenchPageServer = {
  /** The mining bench page's full URL. */
  readonly url: string;
  /** http://HOST:PORT: the app (with `app: true`) is at `${origin}/`, bench pages under `${origin}/bench/`. */
  readonly origin: string;
  close(): Promise<void>;
};

export type BenchPageOptions = {
  /** Also build the app's index.html and bench/chain-bench.html, so both share one origin (one IndexedDB). */
  readonly app?: boolean;
  /** Extra files copied into the served folder: name at the root → source path (e.g. the cached bench chain). */
  readonly files?: Readonly<Record<string, string>>;
  /** Told when the working tree's app does not build and the committed one is measured instead. */
  readonly log?: (line: string) => void;
  /** Where to listen: 127.0.0.1 by default, a secure context; plain http on a LAN address is not one. */
  readonly host?: string;
};

/**
 * The last commit's sources (git archive HEAD) with this working tree's bench/ and node_modules: what is measured
 * when the working tree's app does not build, e.g. while someone is half-way through a change of the page.
 */
async function committedSnapshot(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-head-'));
  try {
    execFileSync('sh', ['-c', `git archive HEAD | tar -x -C "${dir}"`], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    await rm(join(dir, 'bench'), { recursive: true, force: true });
    await cp(join(ROOT, 'bench'), join(dir, 'bench'), { recursive: true });
    await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    return dir;
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

async function buildPages(root: string, outDir: string, app: boolean): Promise<void> {
  const input: Record<string, string> = { minerBench: join(root, 'bench', 'miner-bench.html') };
  if (app) {
    input.app = join(root, 'index.html');
    input.chainBench = join(root, 'bench', 'chain-bench.html');
  }
  await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'silent',
    // A profiled run (BENCH_PROFILE) measures readable code: function names survive, figures are not comparable.
    build: {
      outDir,
      emptyOutDir: true,
      rolldownOptions: { input },
      ...(process.env.BENCH_PROFILE ? { minify: false } : {}),
    },
  });
}

export async function startBenchPageServer(options: BenchPageOptions = {}): Promise<BenchPageServer> {
  const outDir = await mkdtemp(join(tmpdir(), 'miner-bench-'));
  const shared = { root: ROOT, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn' as const };
  try {
    try {
      await buildPages(ROOT, outDir, options.app === true);
    } catch (error) {
      if (!options.app) throw error;
      const firstLine = String((error as Error).message).split('\n')[0];
      options.log?.(`the working tree's app does not build (${firstLine}): measuring the last commit's app instead`);
      const snapshot = await committedSnapshot();
      try {
        await buildPages(snapshot, outDir, true);
      } finally {
        await rm(snapshot, { recursive: true, force: true });
      }
    }
    for (const [name, source] of Object.entries(options.files ?? {})) await copyFile(source, join(outDir, name));
    // Port 0: the system picks a free one, so a bench never collides with `npm start` or the browser tests.
    const host = options.host ?? '127.0.0.1';
    const server = await preview({ ...shared, build: { outDir }, preview: { host, port: 0 } });
    const address = server.httpServer.address();
    if (address === null || typeof address === 'string') throw new Error(`preview listens on ${String(address)}`);
    const origin = `http://${host}:${address.port}`;
    return {
      url: `${origin}${BENCH_PAGE_PATH}`,
      origin,
      async close() {
        await server.close();
        await rm(outDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(outDir, { recursive: true, force: true });
    throw error;
  }
}
