// What a first visit loads: the app built as `npm run build` builds it, measured by scripts/check-size.mjs (the
// page's entry and chunks, its largest language, the miner's worker; gzip level 9). The same count the browser
// tests hold to the budget; here it is a figure, so its growth shows next to the others.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { BUDGET_BYTES, FIRST_VISIT_KINDS, measure, report, type SizedFile } from '../scripts/check-size.mjs';
import { gzipPerLayer } from './bundle-layers.ts';
import type { Measured, Suite, SuiteContext } from './registry.ts';

/** The layer a first visit would load even with no interface at all: everything but src/ui. */
const INTERFACE_LAYER = 'src/ui';

/** The first visit's gzip bytes per layer (src/core, src/net, ..., each npm package), largest first. */
function firstVisitLayers(outDir: string, files: readonly SizedFile[]): [string, number][] {
  const layers = new Map<string, number>();
  for (const { file, kind, gzip } of files) {
    if (!FIRST_VISIT_KINDS.includes(kind)) continue;
    for (const [layer, bytes] of gzipPerLayer(join(outDir, file), gzip)) {
      layers.set(layer, (layers.get(layer) ?? 0) + bytes);
    }
  }
  return [...layers].sort((a, b) => b[1] - a[1]);
}

const kB = (bytes: number) => Math.round(bytes / 100) / 10;

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
    const layers = firstVisitLayers(outDir, size.files);
    context.log(`by layer (kB gzip, estimated): ${layers.map(([layer, bytes]) => `${layer} ${kB(bytes)}`).join(', ')}`);
    const node = layers.filter(([layer]) => layer !== INTERFACE_LAYER).reduce((sum, [, bytes]) => sum + bytes, 0);
    return [
      {
        id: 'first_visit_js_gzip_kb',
        unit: 'kB',
        description: `JavaScript a first visit loads, gzip: the page, its largest language and the miner's worker (budget ${BUDGET_BYTES / 1000} kB; the issue's goal 80 kB)`,
        runs: [kB(size.app)],
      },
      {
        id: 'first_visit_node_js_gzip_kb',
        unit: 'kB',
        description:
          "the same JavaScript but src/ui's (its language tables included): the node itself, its workers and dependencies, which a first visit loads whatever its interface (by source map, estimated)",
        runs: [kB(node)],
      },
    ];
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

export const sizeSuite: Suite = { id: 'size', where: 'node', run: measureSize };
