// The oldest browsers docs/browsers.md promises (Safari 15.4, the ES2022 floor) must be able to parse and start the
// app: syntax or a call newer than that in src/ would leave those pages dead, not degraded. A regular expression
// with a lookbehind did exactly that (Safari before 16.4 refuses the whole bundle at parse time). Each row names
// what to use instead; comments are not code, so lines that are comments are skipped.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

const NEWER_THAN_THE_FLOOR: ReadonlyArray<{ what: string; safari: string; pattern: RegExp; instead: string }> = [
  { what: 'a regex lookbehind', safari: '16.4', pattern: /\(\?<[=!]/, instead: 'a loop over char codes' },
  { what: 'a class static block', safari: '16.4', pattern: /\bstatic\s*\{/, instead: 'a module-level statement' },
  { what: 'AbortSignal.timeout()', safari: '16', pattern: /AbortSignal\.timeout\(/, instead: 'timeoutSignal()' },
  { what: 'AbortSignal.any()', safari: '17.4', pattern: /AbortSignal\.any\(/, instead: 'one controller' },
  { what: 'Promise.withResolvers()', safari: '17.4', pattern: /Promise\.withResolvers\(/, instead: 'new Promise' },
  { what: 'Object/Map.groupBy()', safari: '17.4', pattern: /\b(?:Object|Map)\.groupBy\(/, instead: 'a loop' },
  { what: 'Array.fromAsync()', safari: '16.4', pattern: /Array\.fromAsync\(/, instead: 'a for await loop' },
  {
    what: 'toSorted/toReversed/toSpliced()',
    safari: '16',
    pattern: /\.to(?:Sorted|Reversed|Spliced)\(/,
    instead: 'a copy, then sort()',
  },
  { what: 'String#isWellFormed()', safari: '16.4', pattern: /\.isWellFormed\(/, instead: 'isWellFormedText()' },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const codeLines = sourceFiles(SRC).flatMap((file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .map((text, index) => ({ where: `${relative(SRC, file)}:${index + 1}`, text }))
    .filter(({ text }) => !/^\s*(?:\/\/|\/\*|\*)/.test(text)),
);

describe('src/ stays within the Safari 15.4 floor', () => {
  it('finds the files it checks', () => {
    expect(codeLines.length).toBeGreaterThan(1_000);
  });

  it.each(NEWER_THAN_THE_FLOOR)('no $what (Safari $safari); use $instead', ({ pattern }) => {
    expect(codeLines.filter(({ text }) => pattern.test(text)).map(({ where }) => where)).toEqual([]);
  });
});
