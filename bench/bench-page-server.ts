// Builds the bench page (bench/miner-bench.html) with the project's Vite config into a temporary folder and serves
// it on loopback: the benchmarks and the browser test load it from there, so the app's dist/ never ships it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const BENCH_PAGE_PATH = '/bench/miner-bench.html';

export type BenchPageServer = {
  /** The page's full URL on 127.0.0.1. */
  readonly url: string;
  close(): Promise<void>;
};

export async function startBenchPageServer(): Promise<BenchPageServer> {
  const outDir = await mkdtemp(join(tmpdir(), 'miner-bench-'));
  const shared = { root: ROOT, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn' as const };
  try {
    await build({
      ...shared,
      build: {
        outDir,
        emptyOutDir: true,
        rolldownOptions: { input: { minerBench: join(ROOT, 'bench', 'miner-bench.html') } },
      },
    });
    // Port 0: the system picks a free one, so a bench never collides with `npm start` or the browser tests.
    const server = await preview({ ...shared, build: { outDir }, preview: { host: '127.0.0.1', port: 0 } });
    const address = server.httpServer.address();
    if (address === null || typeof address === 'string') throw new Error(`preview listens on ${String(address)}`);
    return {
      url: `http://127.0.0.1:${address.port}${BENCH_PAGE_PATH}`,
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
