// Python's json module, as far as hashing a Flask-tutorial block needs it: json.loads that keeps int and float apart,
// and json.dumps(value, sort_keys=True) byte for byte (default separators, ensure_ascii, float repr).
// test/core/python-json.test.ts checks both against output of CPython 3.11 (test/fixtures/tutorial).
import { accept, RejectCode, type Result, reject } from './errors.ts';

/** json.loads makes an int of a number without '.', 'e' or 'E' and a float of any other: the hash tells them apart
 *  (1700000000.0 and 1700000000 are different blocks), so they stay apart here. Ints are exact at any size. */
export type PyInt = { readonly kind: 'int'; readonly value: bigint };
export type PyFloat = { readonly kind: 'float'; readonly value: number };
/** Keys in their first-seen order; a repeated key keeps its last value, as a Python dict built by json.loads does. */
export type PyDict = { readonly kind: 'dict'; readonly entries: ReadonlyMap<string, PyValue> };
export type PyValue = null | boolean | string | PyInt | PyFloat | PyDict | readonly PyValue[];

export const pyInt = (value: bigint): PyInt => ({ kind: 'int', value });
export const pyFloat = (value: number): PyFloat => ({ kind: 'float', value });
export const pyDict = (entries: Iterable<readonly [string, PyValue]>): PyDict => ({
  kind: 'dict',
  entries: new Map(entries),
});

export function isPyList(value: PyValue | undefined): value is readonly PyValue[] {
  return Array.isArray(value);
}

const hasKind = (value: PyValue | undefined, kind: string): boolean =>
  typeof value === 'object' && value !== null && !isPyList(value) && value.kind === kind;

export const isPyDict = (value: PyValue | undefined): value is PyDict => hasKind(value, 'dict');
export const isPyInt = (value: PyValue | undefined): value is PyInt => hasKind(value, 'int');
export const isPyFloat = (value: PyValue | undefined): value is PyFloat => hasKind(value, 'float');

/** Deeper than any block: the limit keeps a hostile file from overflowing the stack (CPython's own is ~1,000). */
const MAX_DEPTH = 512;
const NUMBER_RE = /-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?/y;
const LITERALS: ReadonlyArray<readonly [string, PyValue]> = [
  ['null', null],
  ['true', true],
  ['false', false],
  // json.dumps writes these for non-finite floats (allow_nan=True) and json.loads reads them back.
  ['NaN', pyFloat(Number.NaN)],
  ['Infinity', pyFloat(Number.POSITIVE_INFINITY)],
  ['-Infinity', pyFloat(Number.NEGATIVE_INFINITY)],
];
const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

class JsonSyntaxError extends Error {}

/** json.loads(text): the same values, the same int/float split, the same refusals (raw control characters in strings,
 *  leading zeros, trailing data). A syntax error is a Malformed rejection naming its offset. */
export function parsePythonJson(text: string): Result<PyValue> {
  let at = 0;
  const fail = (what: string): never => {
    throw new JsonSyntaxError(`${what} at offset ${at}`);
  };
  const skipSpace = () => {
    while (at < text.length && ' \t\n\r'.includes(text.charAt(at))) at++;
  };
  const parseString = (): string => {
    at++; // the opening quote
    let out = '';
    let runStart = at;
    for (;;) {
      if (at >= text.length) return fail('unterminated string');
      const code = text.charCodeAt(at);
      if (code === 0x22) break;
      if (code < 0x20) return fail('control character in string');
      if (code !== 0x5c) {
        at++;
        continue;
      }
      out += text.slice(runStart, at);
      const escaped = text.charAt(at + 1);
      const short = SHORT_ESCAPES[escaped];
      if (short !== undefined) {
        out += short;
        at += 2;
      } else if (escaped === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) {
        // A \uXXXX pair of surrogates becomes one astral character in Python; adjacent code units do in JS too.
        out += String.fromCharCode(Number.parseInt(text.slice(at + 2, at + 6), 16));
        at += 6;
      } else {
        return fail('invalid escape');
      }
      runStart = at;
    }
    out += text.slice(runStart, at);
    at++;
    return out;
  };
  const parseValue = (depth: number): PyValue => {
    if (depth > MAX_DEPTH) return fail('nesting too deep');
    skipSpace();
    const c = text.charAt(at);
    if (c === '"') return parseString();
    if (c === '{' || c === '[') {
      const isDict = c === '{';
      const close = isDict ? '}' : ']';
      const entries: Array<readonly [string, PyValue]> = [];
      const items: PyValue[] = [];
      at++;
      skipSpace();
      if (text.charAt(at) === close) {
        at++;
      } else {
        for (;;) {
          if (isDict) {
            skipSpace();
            if (text.charAt(at) !== '"') return fail('expected a key');
            const key = parseString();
            skipSpace();
            if (text.charAt(at) !== ':') return fail("expected ':'");
            at++;
            entries.push([key, parseValue(depth + 1)]);
          } else {
            items.push(parseValue(depth + 1));
          }
          skipSpace();
          const next = text.charAt(at);
          at++;
          if (next === close) break;
          if (next !== ',') return fail(`expected ',' or '${close}'`);
        }
      }
      return isDict ? pyDict(entries) : items;
    }
    for (const [word, value] of LITERALS) {
      if (text.startsWith(word, at)) {
        at += word.length;
        return value;
      }
    }
    NUMBER_RE.lastIndex = at;
    const match = NUMBER_RE.exec(text);
    if (match === null) return fail('expected a value');
    at += match[0].length;
    const isFloat = match[1] !== undefined || match[2] !== undefined;
    // Number() rounds correctly, as Python's float() does; out of range becomes ±Infinity in both.
    return isFloat ? pyFloat(Number(match[0])) : pyInt(BigInt(match[0]));
  };
  try {
    const value = parseValue(0);
    skipSpace();
    if (at !== text.length) fail('extra data');
    return accept(value);
  } catch (error) {
    if (error instanceof JsonSyntaxError) return reject(RejectCode.Malformed, error.message);
    throw error;
  }
}

/** The shortest decimal digits that round-trip (no leading or trailing zeros) and the position of the decimal point
 *  in them: x = 0.DIGITS × 10^point. JS's Number-to-string and Python's repr both pick the shortest round-tripping
 *  digits closest to x, so only the layout differs between them. */
function shortestDigits(x: number): { digits: string; point: number } {
  const text = String(x);
  const e = text.indexOf('e');
  if (e >= 0) {
    const mantissa = text.slice(0, e);
    return { digits: mantissa.replace('.', ''), point: Number(text.slice(e + 1)) + 1 };
  }
  const [whole = '', fraction = ''] = text.split('.');
  if (whole !== '0') return { digits: (whole + fraction).replace(/0+$/, ''), point: whole.length };
  const zeros = fraction.length - fraction.replace(/^0+/, '').length;
  return { digits: fraction.slice(zeros), point: -zeros };
}

/** repr(float) (also str() and f-string): '1700000000.0', '0.0001', '1e-05', '1e+16', '-0.0', 'inf', 'nan'. */
export function pythonFloatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (x === 0) return `${sign}0.0`;
  const { digits, point } = shortestDigits(Math.abs(x));
  // CPython's float_repr_style 'short': exponent form when the decimal exponent (point - 1) is < -4 or >= 16.
  if (point <= -4 || point > 16) {
    const exponent = point - 1;
    const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${mantissa}e${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}.0`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** json.dumps of a float: repr, except that non-finite floats are JavaScript's words (allow_nan=True). */
function floatToJson(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? 'Infinity' : '-Infinity';
  return pythonFloatRepr(x);
}

const JSON_SHORT: Readonly<Record<number, string>> = {
  34: '\\"',
  92: '\\\\',
  8: '\\b',
  12: '\\f',
  10: '\\n',
  13: '\\r',
  9: '\\t',
};

/** ensure_ascii: printable ASCII as is, the seven short escapes, every other UTF-16 code unit as lowercase \uXXXX
 *  (so an astral character is its surrogate pair, and a lone surrogate is itself), as CPython's encoder writes them. */
export function pythonJsonString(s: string): string {
  let out = '"';
  let runStart = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code >= 0x20 && code <= 0x7e && code !== 0x22 && code !== 0x5c) continue;
    out += s.slice(runStart, i) + (JSON_SHORT[code] ?? `\\u${code.toString(16).padStart(4, '0')}`);
    runStart = i + 1;
  }
  return `${out + s.slice(runStart)}"`;
}

/** sort_keys sorts Python strings, which compare by code point; JS's default sort compares UTF-16 code units, which
 *  puts U+10000..U+10FFFF before U+E000..U+FFFF. */
export function compareCodePoints(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a.codePointAt(i) ?? 0;
    const y = b.codePointAt(j) ?? 0;
    if (x !== y) return x - y;
    i += x > 0xffff ? 2 : 1;
    j += y > 0xffff ? 2 : 1;
  }
  return a.length - i - (b.length - j);
}

/** json.dumps(value, sort_keys=True): separators ', ' and ': ', ensure_ascii, repr for floats, exact ints. */
export function pythonJsonDumps(value: PyValue): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'string') return pythonJsonString(value);
  if (isPyList(value)) return `[${value.map(pythonJsonDumps).join(', ')}]`;
  if (value.kind === 'int') return value.value.toString();
  if (value.kind === 'float') return floatToJson(value.value);
  const keys = [...value.entries.keys()].sort(compareCodePoints);
  return `{${keys.map((key) => `${pythonJsonString(key)}: ${pythonJsonDumps(value.entries.get(key) ?? null)}`).join(', ')}}`;
}
