#!/usr/bin/env node
// The app's JavaScript budget: after `vite build`, the gzip size of the JavaScript a first visit loads must stay
// under 120 kB: the page's entry and every chunk it imports statically (read from Vite's manifest), one language
// table (assets/lang-*.js: the largest is counted), and the miner and verifier worker chunks. Chunks the page
// imports only when a feature is used (a backup, a chain file, the relay) are listed and summed apart, not counted.
// The service worker and its Workbox runtime are listed too but not counted: they run in the background, never
// while the page loads.
//
//   node scripts/check-size.mjs [distDir]     # exit 1 above the budget; test/browser/pwa.spec.ts runs it too
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** 120 kB, in bytes (kB = 1000 bytes, as Vite reports sizes). */
export const BUDGET_BYTES = 120_000;

function jsFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}

/** What a file is to the app: the page's code, a Web Worker's, or the service worker's. */
function kindOf(file) {
  const name = file.split('/').pop() ?? file;
  if (name === 'sw.js' || /^workbox-[\w-]+\.js$/.test(name)) return 'service worker';
  if (/\.worker-[\w-]+\.js$/.test(name)) return 'worker';
  if (/^lang-[\w-]+\.js$/.test(name)) return 'language';
  return 'page';
}

/**
 * The page's chunks a first visit loads: the HTML entry's file and its static imports, transitively, from Vite's
 * manifest (build.manifest in vite.config.ts). Null without a manifest: then every page chunk counts.
 */
function firstVisitFiles(distDir) {
  const path = join(distDir, '.vite', 'manifest.json');
  if (!existsSync(path)) return null;
  const manifest = JSON.parse(readFileSync(path, 'utf8'));
  const loaded = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (chunk === undefined || loaded.has(chunk.file)) return;
    loaded.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  return loaded;
}

/** Sizes of every .js file under `distDir`, gzip level 9 (what a server's gzip at best sends). */
export function measure(distDir = join(ROOT, 'dist')) {
  const firstVisit = firstVisitFiles(distDir);
  const files = jsFiles(distDir)
    .map((file) => {
      const bytes = readFileSync(file);
      const name = relative(distDir, file);
      const kind = kindOf(file);
      return {
        file: name,
        kind: kind === 'page' && firstVisit !== null && !firstVisit.has(name) ? 'on demand' : kind,
        raw: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
      };
    })
    .sort((a, b) => b.gzip - a.gzip);
  if (files.length === 0) throw new Error(`no .js files in ${distDir}: run \`vite build\` first`);
  const total = (kind) => files.filter((f) => f.kind === kind).reduce((sum, f) => sum + f.gzip, 0);
  const language = Math.max(0, ...files.filter((f) => f.kind === 'language').map((f) => f.gzip));
  const page = total('page') + language;
  const worker = total('worker');
  const app = page + worker;
  return {
    files,
    page,
    language,
    worker,
    onDemand: total('on demand'),
    serviceWorker: total('service worker'),
    app,
    ok: app <= BUDGET_BYTES,
  };
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

export function report(result) {
  const lines = result.files.map(
    (f) => `  ${f.file.padEnd(44)} ${f.kind.padEnd(15)} ${kB(f.raw).padStart(9)} raw ${kB(f.gzip).padStart(8)} gzip`,
  );
  lines.push(
    `page ${kB(result.page)} (its largest language ${kB(result.language)}) + workers ${kB(result.worker)} = ` +
      `first visit ${kB(result.app)} gzip (budget ${kB(BUDGET_BYTES)}); ` +
      `on demand ${kB(result.onDemand)} and service worker ${kB(result.serviceWorker)} not counted`,
  );
  return lines.join('\n');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const result = measure(process.argv[2] ? resolve(process.argv[2]) : undefined);
  console.log(report(result));
  if (!result.ok) {
    console.error(`JavaScript over budget: ${kB(result.app)} gzip > ${kB(BUDGET_BYTES)}`);
    process.exit(1);
  }
}
