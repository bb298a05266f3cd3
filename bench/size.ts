// What a first visit loads: the app built as `npm run build` builds it, measured by scripts/check-size.mjs (the
// page's entry and chunks, its largest language, the miner's worker; gzip level 9). The same count the browser
// tests hold to the budget; here it is a figure, so its growth shows next to the others.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { BUDGET_BYTES, measure, report } from '../scripts/check-size.mjs';
import type { Measured, Suite, SuiteContext } from './registry.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

async function measureSize(context: SuiteContext): Promise<Measured[]> {
  const outDir = await mkdtemp(join(tmpdir(), 'bench-size-'));
  try {
    await build({
      root: ROOT,
      configFile: join(ROOT, 'vite.config.ts'),
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true },
    });
    const size = measure(outDir);
    context.log(report(size).split('\n').at(-1) ?? '');
    return [
      {
        id: 'first_visit_js_gzip_kb',
        unit: 'kB',
        description: `JavaScript a first visit loads, gzip: the page, its largest language and the miner's worker (budget ${BUDGET_BYTES / 1000} kB; the issue's goal 80 kB)`,
        runs: [Math.round(size.app / 100) / 10],
      },
    ];
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

export const sizeSuite: Suite = { id: 'size', where: 'node', run: measureSize };
