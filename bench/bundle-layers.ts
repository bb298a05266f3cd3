// Which layer of the app (docs/architecture.md) a built file's bytes come from, by its source map: each mapped span
// of minified code is charged to the source it came from, then sources are grouped into layers (src/core,
// src/net, ..., and each npm package). A file's gzip size is shared out in proportion to its minified bytes: gzip
// packs a file as a whole, so this is an estimate, good to a kB, of what each layer costs a first visit.
import { readFileSync } from 'node:fs';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_VALUE = new Map([...BASE64].map((char, value) => [char, value]));

/** One segment's fields of a source map's `mappings` (Base64 VLQ, sourcemap v3): column, then source, ... */
function decodeSegment(segment: string): number[] {
  const fields: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64_VALUE.get(char);
    if (digit === undefined) throw new Error(`not Base64 VLQ: ${JSON.stringify(segment)}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return fields;
}

/** Minified bytes per source file of `code`, by its source map (a span unmapped to a source counts as '?'). */
export function bytesPerSource(code: string, map: { sources: string[]; mappings: string }): Map<string, number> {
  const bytes = new Map<string, number>();
  const charge = (source: string, length: number) => bytes.set(source, (bytes.get(source) ?? 0) + length);
  const lines = code.split('\n');
  let source = 0;
  map.mappings.split(';').forEach((mapped, line) => {
    const length = lines[line]?.length ?? 0;
    let column = 0;
    let spanStart = 0;
    let spanSource: string | null = null;
    for (const segment of mapped.split(',')) {
      if (segment === '') continue;
      const fields = decodeSegment(segment);
      column += fields[0] ?? 0;
      if (spanSource !== null) charge(spanSource, column - spanStart);
      if (fields.length >= 4) source += fields[1] ?? 0;
      spanSource = fields.length >= 4 ? (map.sources[source] ?? '?') : '?';
      spanStart = column;
    }
    if (spanSource !== null) charge(spanSource, length - spanStart);
  });
  return bytes;
}

/** The layer a source belongs to: `src/<dir>` for the app's own code, the package's name for a dependency. */
export function layerOf(source: string): string {
  const npm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (npm) return npm[1] as string;
  const own = /(?:^|\/)src\/([^/]+)\//.exec(source);
  return own ? `src/${own[1]}` : '?';
}

/** A built JavaScript file's gzip size shared out over the layers its code comes from (its .map beside it). */
export function gzipPerLayer(file: string, gzipBytes: number): Map<string, number> {
  const code = readFileSync(file, 'utf8');
  const perSource = bytesPerSource(code, JSON.parse(readFileSync(`${file}.map`, 'utf8')));
  const layers = new Map<string, number>();
  for (const [source, bytes] of perSource) {
    const layer = layerOf(source);
    layers.set(layer, (layers.get(layer) ?? 0) + (gzipBytes * bytes) / code.length);
  }
  return layers;
}
