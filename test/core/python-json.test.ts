// Python's json.loads/json.dumps(sort_keys=True) in TS, against output of CPython itself
// (test/fixtures/tutorial/python-json-samples.json, written by scripts/make-tutorial-chains.py).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareCodePoints,
  isPyFloat,
  isPyInt,
  type PyValue,
  parsePythonJson,
  pyDict,
  pyFloat,
  pyInt,
  pythonFloatRepr,
  pythonJsonDumps,
  pythonJsonString,
} from '../../src/core/python-json.ts';

type Samples = {
  floats: Array<{ bits: string; json: string }>;
  strings: Array<{ code_points: string; json: string }>;
  documents: Array<{ text: string; json: string }>;
};
const samples: Samples = JSON.parse(
  readFileSync(new URL('../fixtures/tutorial/python-json-samples.json', import.meta.url), 'utf8'),
);

/** The float whose IEEE 754 bits Python wrote as 16 hex digits: the exact value, no decimal parsing on the way. */
function floatFromBits(bits: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt(`0x${bits}`));
  return view.getFloat64(0);
}

const fromCodePoints = (hex: string) =>
  hex === '' ? '' : String.fromCodePoint(...hex.split(' ').map((h) => Number.parseInt(h, 16)));

const floats = samples.floats.map(({ bits, json }) => ({ value: floatFromBits(bits), json }));
const strings = samples.strings.map(({ code_points, json }) => ({ value: fromCodePoints(code_points), json }));

describe('python json.dumps, against CPython', () => {
  it.each(floats.map((s) => [s.json, s.value] as const))('float %s', (json, value) => {
    expect(pythonJsonDumps(pyFloat(value))).toBe(json);
  });

  it.each(strings.map((s) => [s.json, s.value] as const))('string %s', (json, value) => {
    expect(pythonJsonDumps(value)).toBe(json);
  });

  it.each(samples.documents.map((s) => [s.text, s.json] as const))('json.loads then dumps %s', (text, json) => {
    const parsed = parsePythonJson(text);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(pythonJsonDumps(parsed.value)).toBe(json);
  });

  it("any list of CPython's samples is written with CPython's item separator", () => {
    const leaf = fc.constantFrom<{ value: PyValue; json: string }>(
      ...floats.map((s) => ({ value: pyFloat(s.value), json: s.json })),
      ...strings,
    );
    fc.assert(
      fc.property(fc.array(leaf, { maxLength: 6 }), (items) => {
        expect(pythonJsonDumps(items.map((i) => i.value))).toBe(`[${items.map((i) => i.json).join(', ')}]`);
      }),
    );
  });
});

describe('python json.dumps, properties', () => {
  /** Any UTF-16 code unit, so lone surrogates too; and whole code points, so astral characters. */
  const anyString = fc.oneof(
    fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 20 }),
    fc.string({ unit: 'binary', maxLength: 20 }),
    fc.string({ unit: 'binary-ascii', maxLength: 20 }),
  );

  it('a string is JSON.stringify with every code unit outside printable ASCII as lowercase \\uXXXX', () => {
    // JSON.stringify escapes the same seven characters the same way and other controls as lowercase \u00XX; what it
    // leaves raw (DEL and everything above) is what ensure_ascii escapes.
    const oracle = (s: string) =>
      JSON.stringify(s).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    fc.assert(
      fc.property(anyString, (s) => {
        const out = pythonJsonString(s);
        expect(out).toBe(oracle(s));
        expect(out).toMatch(/^[\x20-\x7e]*$/);
        expect(parsePythonJson(out)).toEqual({ ok: true, value: s });
      }),
      { numRuns: 500 },
    );
  });

  it("a float is repr: round-trips, CPython's layout, JavaScript's shortest digits", () => {
    fc.assert(
      fc.property(fc.double(), (x) => {
        const repr = pythonFloatRepr(x);
        if (!Number.isFinite(x)) {
          expect(repr).toBe(Number.isNaN(x) ? 'nan' : x > 0 ? 'inf' : '-inf');
          return;
        }
        expect(Object.is(Number(repr), x)).toBe(true);
        const exponent = x === 0 ? 0 : Math.floor(Math.log10(Math.abs(x)));
        const digits = (s: string) => s.replace(/e.*$/, '').replace(/[-.]/g, '').replace(/^0+/, '').replace(/0+$/, '');
        expect(digits(repr)).toBe(digits(Math.abs(x).toExponential()));
        // Exponent form exactly where CPython's repr uses it (log10 can be one off next to a power of ten).
        if (exponent < -5 || exponent > 16) expect(repr).toMatch(/^-?\d(\.\d+)?e[-+]\d{2,3}$/);
        if (exponent > -4 && exponent < 15) expect(repr).toMatch(/^-?\d+\.\d+$/);
        const parsed = parsePythonJson(pythonJsonDumps(pyFloat(x)));
        expect(parsed.ok && isPyFloat(parsed.value) && Object.is(parsed.value.value, x)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('boundaries of the exponent form', () => {
    expect([1e16, 1e15, 1e-4, 1e-5, 1.5e-5, 1e22, 1700000000, 0.1, -0, 5e-324].map(pythonFloatRepr)).toEqual([
      '1e+16',
      '1000000000000000.0',
      '0.0001',
      '1e-05',
      '1.5e-05',
      '1e+22',
      '1700000000.0',
      '0.1',
      '-0.0',
      '5e-324',
    ]);
  });

  it('keys sort by code point, not by UTF-16 code unit', () => {
    const astral = '\u{1F4E6}';
    expect(compareCodePoints('\uffff', astral)).toBeLessThan(0);
    expect(['\uffff', astral].sort()).toEqual([astral, '\uffff']); // what a plain sort would do
    expect(
      pythonJsonDumps(
        pyDict([
          [astral, pyInt(1n)],
          ['\uffff', pyInt(2n)],
          ['b', pyInt(3n)],
          ['B', pyInt(4n)],
        ]),
      ),
    ).toBe('{"B": 4, "b": 3, "\\uffff": 2, "\\ud83d\\udce6": 1}');
  });

  it('json.loads keeps ints and floats apart, ints exact at any size', () => {
    const parsed = parsePythonJson('[1700000000.0, 1700000000, 1e2, 123456789012345678901234567890, -0]');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(pythonJsonDumps(parsed.value)).toBe('[1700000000.0, 1700000000, 100.0, 123456789012345678901234567890, 0]');
    const [first, second] = Array.isArray(parsed.value) ? parsed.value : [];
    expect(isPyFloat(first ?? null) && isPyInt(second ?? null)).toBe(true);
  });

  it.each([
    ['', 'empty'],
    ['[1,]', 'trailing comma'],
    ['01', 'leading zero'],
    ['1.', 'no digits after the point'],
    ['"a\nb"', 'raw control character'],
    ['"\\x"', 'unknown escape'],
    ['{"a" 1}', 'no colon'],
    ['[1] 2', 'extra data'],
    ['nul', 'cut literal'],
    ['"abc', 'unterminated string'],
    [`${'['.repeat(600)}${']'.repeat(600)}`, 'nesting deeper than 512'],
  ])('json.loads refuses %j (%s)', (text) => {
    expect(parsePythonJson(text)).toMatchObject({ ok: false, code: 'malformed' });
  });
});
