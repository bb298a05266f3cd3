#!/usr/bin/env node
// The app's JavaScript budget: after `vite build`, the gzip size of the JavaScript a first visit loads must stay
// under BUDGET_BYTES: the page's entry and every chunk it imports statically (read from Vite's manifest), the chunks
// it imports dynamically on every visit as soon as the node is up (FIRST_VISIT_IMPORTS), the language tables a first
// visit loads (the page's table and the sections of FIRST_VISIT_TABLES, summed per language: the largest language is
// counted), and the miner and verifier worker chunks. Views below the first screen load when opened
// (src/ui/open-on-demand.ts): their chunks, and those of features used on demand (a backup, a chain file, the
// relay), are listed and summed apart, not counted. test/browser/pwa.spec.ts checks in Chromium that a first visit
// fetches no script this count leaves out. The service worker and its Workbox runtime are listed too but not
// counted: they run in the background, never while the page loads.
//
//   node scripts/check-size.mjs [distDir]     # exit 1 above the budget; test/browser/pwa.spec.ts runs it too
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/**
 * 122.0 kB, in bytes (kB = 1000 bytes, as Vite reports sizes): 120.4 kB measured once views below the first screen
 * loaded when opened, ledger snapshots and binary blocks answers had come, and PeerJS's unused MessagePack was left
 * out (117.2 before snapshots); 120.96 since the signature workers start early and saves seal blocks in place; 121.7
 * since a start reads its snapshot during the page's load and registers with the signalling server while its chain
 * loads; 121.2 since the HTTP bridge's page end loads with its controller. The goal is 80 kB; what keeps the
 * rest is the node itself (core, storage, network, PeerJS, signatures): about 88 of the entry's 100 kB, which every
 * visit runs.
 */
export const BUDGET_BYTES = 122_000;

/**
 * What src/ui/main.ts imports dynamically on every visit once the node is up (manifest keys): the node panel's role
 * line and the first-visit guide.
 */
export const FIRST_VISIT_IMPORTS = ['src/ui/private-room-view.ts', 'src/ui/first-visit-guide.ts'];

/** The language sections a first visit loads besides the page's table (src/ui/i18n/sections/<name>/<language>.ts). */
export const FIRST_VISIT_TABLES = ['private-room', 'first-visit-guide'];

function jsFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}

/**
 * Workers only a page without WebCrypto's Ed25519 starts (src/node/worker-verifier.ts): noble's signature checks,
 * for plain http on a LAN address. A first visit in a secure context never loads them.
 */
const INSECURE_CONTEXT_WORKERS = /^noble-verifier\.worker-[\w-]+\.js$/;

/** The kinds of file a first visit loads (kindOf's, the costliest language picked by `measure`): the budget's. */
export const FIRST_VISIT_KINDS = ['page', 'language', 'worker'];

/** What a file is to the app: the page's code, a Web Worker's, or the service worker's. */
function kindOf(file) {
  const name = file.split('/').pop() ?? file;
  if (name === 'sw.js' || /^workbox-[\w-]+\.js$/.test(name)) return 'service worker';
  if (INSECURE_CONTEXT_WORKERS.test(name)) return 'on demand';
  if (/\.worker-[\w-]+\.js$/.test(name)) return 'worker';
  if (/^lang-[\w-]+\.js$/.test(name)) return 'language';
  return 'page';
}

/** The files of manifest `keys` and of their static imports, transitively. */
function closure(manifest, keys) {
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (chunk === undefined) throw new Error(`${key} is not in Vite's manifest: scripts/check-size.mjs names it`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const key of keys) visit(key);
  return files;
}

/**
 * What a first visit loads, from Vite's manifest (build.manifest in vite.config.ts): the page's chunks (the HTML
 * entry's file, FIRST_VISIT_IMPORTS and their static imports) and, per language, the files of its tables. Null
 * without a manifest: then every page chunk counts, and the largest language file.
 */
function firstVisitFiles(distDir) {
  const path = join(distDir, '.vite', 'manifest.json');
  if (!existsSync(path)) return null;
  const manifest = JSON.parse(readFileSync(path, 'utf8'));
  const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry);
  const languages = Object.keys(manifest).flatMap((key) => /^src\/ui\/i18n\/(\w+)\.ts$/.exec(key)?.[1] ?? []);
  const tables = (language) => [
    `src/ui/i18n/${language}.ts`,
    ...FIRST_VISIT_TABLES.map((section) => `src/ui/i18n/sections/${section}/${language}.ts`),
  ];
  return {
    page: closure(manifest, [...entries, ...FIRST_VISIT_IMPORTS]),
    languages: new Map(languages.map((language) => [language, closure(manifest, tables(language))])),
  };
}

/** Sizes of every .js file under `distDir`, gzip level 9 (what a server's gzip at best sends). */
export function measure(distDir = join(ROOT, 'dist')) {
  const firstVisit = firstVisitFiles(distDir);
  const files = jsFiles(distDir).map((file) => {
    const bytes = readFileSync(file);
    const name = relative(distDir, file);
    const kind = kindOf(file);
    return {
      file: name,
      kind: kind === 'page' && firstVisit !== null && !firstVisit.page.has(name) ? 'on demand' : kind,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
    };
  });
  if (files.length === 0) throw new Error(`no .js files in ${distDir}: run \`vite build\` first`);
  const gzipOf = (names) => files.filter((f) => names.has(f.file)).reduce((sum, f) => sum + f.gzip, 0);
  // The language a first visit costs most in, and the files of its tables.
  const [languageName, languageFiles] =
    firstVisit === null
      ? [
          null,
          new Set(
            files
              .filter((f) => f.kind === 'language')
              .sort((a, b) => b.gzip - a.gzip)
              .slice(0, 1)
              .map((f) => f.file),
          ),
        ]
      : [...firstVisit.languages].reduce((best, next) => (gzipOf(next[1]) > gzipOf(best[1]) ? next : best));
  for (const f of files) if (f.kind === 'language' && !languageFiles.has(f.file)) f.kind = 'other language';
  files.sort((a, b) => b.gzip - a.gzip);
  const total = (kind) => files.filter((f) => f.kind === kind).reduce((sum, f) => sum + f.gzip, 0);
  const language = total('language');
  const page = total('page') + language;
  const worker = total('worker');
  const app = FIRST_VISIT_KINDS.reduce((sum, kind) => sum + total(kind), 0);
  return {
    files,
    page,
    language,
    languageName,
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
    `page ${kB(result.page)} (its largest language, ${result.languageName ?? '?'}, ${kB(result.language)}) + ` +
      `workers ${kB(result.worker)} = ` +
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
