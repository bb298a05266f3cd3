// The layer rules of docs/architecture.md live in biome.json as noRestrictedImports overrides, one per src folder.
// A glob that silently matches nothing would let every violation through while `npm run lint` stays green, so this
// test lints deliberate violations and their allowed neighbours with the repo's own biome.json and checks both
// sides: each forbidden import gets its layer's message, each allowed import gets none.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
// The package's own entry script, run by this Node, rather than the .bin shim: the same binary on every platform.
const biomeBin = join(repoRoot, 'node_modules', '@biomejs', 'biome', 'bin', 'biome');

type Layer = 'core' | 'storage' | 'mining' | 'net' | 'node' | 'ui' | 'sim';

interface Case {
  readonly layer: Layer;
  /** The import specifier as written in a file of that layer. */
  readonly spec: string;
  /** The statement when a plain import is not the point (type-only, re-export, dynamic); `{from}` becomes `spec`. */
  readonly code?: string;
  /** Folder under src/<layer>, for files nested deeper (src/ui/i18n). */
  readonly subdir?: string;
}

interface Denied extends Case {
  /** The layer rule the diagnostic must name: a prefix of the message in biome.json. */
  readonly rule: string;
}

const netNode = 'src/net imports nothing from src/node';
const uiNet = 'src/ui imports nothing from src/net';
const uiNode = 'src/ui imports only src/node/index.ts from src/node';
const peerjsOnlyNet = 'peerjs is the network edge: only src/net imports it';
const idbOnlyStorage = 'idb is the IndexedDB edge: only src/storage imports it';
const comlinkOnlyWorkers = 'comlink is the worker edge: only src/mining and src/node';

const denied: readonly Denied[] = [
  { layer: 'core', spec: '../net/network.ts', rule: 'src/core imports nothing from storage, mining, net, node or ui' },
  { layer: 'core', spec: '../ui/app.ts', rule: 'src/core imports nothing from storage, mining, net, node or ui' },
  { layer: 'core', spec: 'peerjs', rule: 'src/core is pure: no network' },

  { layer: 'storage', spec: '../net/network.ts', rule: 'src/storage imports nothing from src/net' },
  { layer: 'storage', spec: '../mining/index.ts', rule: 'src/storage imports nothing from src/mining' },
  { layer: 'storage', spec: '../node/node.ts', rule: 'src/storage imports nothing from src/node' },
  { layer: 'storage', spec: '../ui/i18n/en.ts', rule: 'src/storage imports nothing from src/ui' },
  { layer: 'storage', spec: 'peerjs', rule: peerjsOnlyNet },
  { layer: 'storage', spec: 'comlink', rule: comlinkOnlyWorkers },

  { layer: 'mining', spec: '../net/network.ts', rule: 'src/mining imports nothing from src/net' },
  { layer: 'mining', spec: '../storage/index.ts', rule: 'src/mining imports nothing from src/storage' },
  { layer: 'mining', spec: '../node/node.ts', rule: 'src/mining imports nothing from src/node' },
  { layer: 'mining', spec: '../ui/app.ts', rule: 'src/mining imports nothing from src/ui' },
  { layer: 'mining', spec: 'peerjs', rule: peerjsOnlyNet },
  { layer: 'mining', spec: 'idb', rule: idbOnlyStorage },

  // The shape src/net/context.ts and src/net/relay.ts had: a type-only import of the node's events.
  { layer: 'net', spec: '../node/events.ts', code: "import type { NodeEvent } from '{from}';", rule: netNode },
  { layer: 'net', spec: '../node/index.ts', rule: netNode },
  { layer: 'net', spec: '../storage/index.ts', rule: 'src/net imports nothing from src/storage' },
  { layer: 'net', spec: '../mining/index.ts', rule: 'src/net imports nothing from src/mining' },
  { layer: 'net', spec: '../ui/app.ts', rule: 'src/net imports nothing from src/ui' },
  { layer: 'net', spec: 'idb', rule: idbOnlyStorage },
  { layer: 'net', spec: 'comlink', rule: comlinkOnlyWorkers },

  { layer: 'node', spec: '../ui/app.ts', rule: 'src/node imports nothing from src/ui' },
  { layer: 'node', spec: 'peerjs', rule: peerjsOnlyNet },
  { layer: 'node', spec: 'idb', rule: idbOnlyStorage },

  { layer: 'ui', spec: '../storage/index.ts', rule: 'src/ui imports nothing from src/storage' },
  { layer: 'ui', spec: '../net/browser-network.ts', rule: uiNet },
  { layer: 'ui', spec: '../mining/index.ts', rule: 'src/ui imports nothing from src/mining' },
  { layer: 'ui', spec: '../node/node.ts', rule: uiNode },
  { layer: 'ui', spec: '../node/console-api.ts', rule: uiNode },
  { layer: 'ui', spec: '../node/node.ts', code: "import type { BlockchainNode } from '{from}';", rule: uiNode },
  { layer: 'ui', spec: '../node/events.ts', code: "export type { NodeEvent } from '{from}';", rule: uiNode },
  { layer: 'ui', spec: '../net/network.ts', code: "export const load = () => import('{from}');", rule: uiNet },
  { layer: 'ui', subdir: 'i18n', spec: '../../storage/errors.ts', rule: 'src/ui imports nothing from src/storage' },
  { layer: 'ui', subdir: 'i18n', spec: '../../node/notices.ts', rule: uiNode },
  { layer: 'ui', spec: 'peerjs', rule: peerjsOnlyNet },
  { layer: 'ui', spec: 'idb', rule: idbOnlyStorage },
  { layer: 'ui', spec: 'comlink', rule: comlinkOnlyWorkers },

  { layer: 'sim', spec: '../ui/app.ts', rule: 'src/sim imports nothing from src/ui' },
  { layer: 'sim', spec: '../mining/index.ts', rule: 'src/sim imports nothing from src/mining' },
  { layer: 'sim', spec: '../storage/indexeddb-store.ts', rule: 'src/sim imports only the in-memory store' },
  { layer: 'sim', spec: '../storage/index.ts', rule: 'src/sim imports only the in-memory store' },
  { layer: 'sim', spec: 'peerjs', rule: 'src/sim runs in Node: its links are simulated' },
  { layer: 'sim', spec: 'idb', rule: 'src/sim runs in Node: its nodes keep nothing in IndexedDB' },
  { layer: 'sim', spec: 'comlink', rule: 'src/sim runs in Node: no workers' },
];

// What each layer may import: the folders below it and its own third-party edge.
const allowed: readonly Case[] = [
  { layer: 'core', spec: './block.ts' },
  { layer: 'core', spec: '@noble/hashes/sha2.js' },
  { layer: 'storage', spec: '../core/index.ts' },
  { layer: 'storage', spec: 'idb' },
  { layer: 'mining', spec: '../core/sha256-kernel.ts' },
  { layer: 'mining', spec: 'comlink' },
  { layer: 'net', spec: '../core/index.ts' },
  { layer: 'net', spec: 'peerjs' },
  { layer: 'node', spec: '../core/index.ts' },
  { layer: 'node', spec: '../storage/index.ts' },
  { layer: 'node', spec: '../mining/index.ts' },
  { layer: 'node', spec: '../net/browser-network.ts' },
  { layer: 'node', spec: 'comlink' },
  { layer: 'ui', spec: '../core/index.ts' },
  { layer: 'ui', spec: '../node/index.ts' },
  { layer: 'ui', spec: '../node/index.ts', code: "import type { FullNode } from '{from}';" },
  { layer: 'ui', subdir: 'i18n', spec: '../../node/index.ts' },
  { layer: 'ui', spec: 'qrcode' },
  { layer: 'ui', spec: 'virtual:pwa-register' },
  { layer: 'ui', spec: 'workbox-window' },
  // The simulator: the real layers below the page, on Node's own modules.
  { layer: 'sim', spec: '../core/index.ts' },
  { layer: 'sim', spec: '../net/network.ts' },
  { layer: 'sim', spec: '../node/full-node.ts' },
  { layer: 'sim', spec: '../storage/memory-store.ts' },
  { layer: 'sim', spec: 'node:fs' },
];

interface Diagnostic {
  readonly category: string;
  readonly message: string;
  readonly path: string;
}

interface LintRun {
  readonly status: number | null;
  readonly diagnostics: readonly Diagnostic[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Reads the `--reporter=json` output; throws on any other shape, so a changed format fails loudly, not vacuously. */
function parseReport(stdout: string): Diagnostic[] {
  const report: unknown = JSON.parse(stdout);
  if (!isRecord(report) || !Array.isArray(report.diagnostics)) throw new Error(`unexpected biome report: ${stdout}`);
  return report.diagnostics.map((entry: unknown): Diagnostic => {
    const location = isRecord(entry) ? entry.location : undefined;
    if (
      !isRecord(entry) ||
      typeof entry.category !== 'string' ||
      typeof entry.message !== 'string' ||
      !isRecord(location) ||
      typeof location.path !== 'string'
    ) {
      throw new Error(`unexpected biome diagnostic: ${JSON.stringify(entry)}`);
    }
    return { category: entry.category, message: entry.message, path: location.path.replaceAll('\\', '/') };
  });
}

function fileOf(c: Case, index: number, kind: 'bad' | 'ok'): string {
  return ['src', c.layer, ...(c.subdir === undefined ? [] : [c.subdir]), `${kind}-${index}.ts`].join('/');
}

function sourceOf(c: Case): string {
  const statement = c.code ?? "import * as probe from '{from}';\nexport { probe };";
  return `${statement.replace('{from}', c.spec)}\n`;
}

function describeCase(c: Case): string {
  const folder = c.subdir === undefined ? `src/${c.layer}` : `src/${c.layer}/${c.subdir}`;
  return `${folder}: ${c.code === undefined ? `import '${c.spec}'` : c.code.replace('{from}', c.spec)}`;
}

let root = '';

function write(file: string, source: string): void {
  const path = join(root, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, source);
}

/** One biome process over `files`, with the repo's rules as copied into `root`; only the import rule, so a
 * sample file's unused binding or style cannot add noise either way. */
function lint(files: readonly string[]): LintRun {
  const result = spawnSync(
    process.execPath,
    [
      biomeBin,
      'lint',
      `--config-path=${root}`,
      '--only=style/noRestrictedImports',
      '--reporter=json',
      '--max-diagnostics=none',
      ...files,
    ],
    { cwd: root, encoding: 'utf8' },
  );
  if (result.error !== undefined) throw result.error;
  return { status: result.status, diagnostics: parseReport(result.stdout) };
}

describe('layer rules in biome.json', () => {
  let deniedRun: LintRun;
  let allowedRun: LintRun;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'layers-'));
    // The real biome.json, so the test checks the rules the lint runs, not a copy of them.
    copyFileSync(join(repoRoot, 'biome.json'), join(root, 'biome.json'));
    const deniedFiles = denied.map((c, i) => fileOf(c, i, 'bad'));
    const allowedFiles = allowed.map((c, i) => fileOf(c, i, 'ok'));
    for (const [i, c] of denied.entries()) write(fileOf(c, i, 'bad'), sourceOf(c));
    for (const [i, c] of allowed.entries()) write(fileOf(c, i, 'ok'), sourceOf(c));
    // Two runs, so each side also shows in the exit code `npm run lint` acts on.
    deniedRun = lint(deniedFiles);
    allowedRun = lint(allowedFiles);
  });

  afterAll(() => {
    if (root !== '') rmSync(root, { recursive: true, force: true });
  });

  it('fails the lint when a layer imports what it must not', () => {
    expect(deniedRun.status).not.toBe(0);
    for (const diagnostic of deniedRun.diagnostics) expect(diagnostic.category).toBe('lint/style/noRestrictedImports');
  });

  it.each(denied.map((c, i) => [describeCase(c), c, i] as const))('flags %s', (_name, c, i) => {
    const messages = deniedRun.diagnostics.filter((d) => d.path === fileOf(c, i, 'bad')).map((d) => d.message);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(c.rule);
  });

  it('passes the lint when every layer imports only what it may', () => {
    expect(allowedRun.diagnostics).toEqual([]);
    expect(allowedRun.status).toBe(0);
  });
});
