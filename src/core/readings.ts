// A device's reading as a transaction's `info`: `key=value` fields joined by `;` (`temp=21.5;door=open`), the
// paper's records from devices in a form any node can parse and chart. Pure: parse, format, check, numbers.
//
// The syntax:
//   reading = field *( ";" field )          1 to MAX_READING_FIELDS fields, each key once
//   field   = key "=" value
//   key     = letter *( letter / digit / "_" / "." / "-" )      at most MAX_READING_KEY characters
//   value   = 1 to MAX_READING_VALUE characters, none a control character; "\" and ";" are written "\\" and "\;"
// A key never holds "=", so the first "=" of a field ends its key and a value may hold "=" as it is. Parsing then
// formatting gives the same text back, and formatting then parsing the same fields: one spelling per reading.
import { isWellFormedText, utf8Length } from './bytes.ts';

export const MAX_READING_FIELDS = 16;
export const MAX_READING_KEY = 32;
export const MAX_READING_VALUE = 64;

export type ReadingField = { readonly key: string; readonly value: string };

/** Why a text or a set of fields is no reading, as a code and the values its wording needs (`index` counts from 1). */
export type ReadingProblem =
  | { readonly code: 'empty' }
  | { readonly code: 'too-many-fields'; readonly count: number; readonly max: number }
  | { readonly code: 'empty-field'; readonly index: number }
  | { readonly code: 'missing-equals'; readonly index: number; readonly text: string }
  | { readonly code: 'bad-key'; readonly index: number; readonly key: string }
  | { readonly code: 'key-too-long'; readonly key: string; readonly max: number }
  | { readonly code: 'duplicate-key'; readonly key: string }
  | { readonly code: 'empty-value'; readonly key: string }
  | { readonly code: 'value-too-long'; readonly key: string; readonly max: number }
  | { readonly code: 'control-character'; readonly key: string }
  | { readonly code: 'bad-escape'; readonly key: string }
  | { readonly code: 'not-a-value'; readonly key: string }
  | { readonly code: 'too-large'; readonly bytes: number; readonly max: number };

export type ReadingResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problem: ReadingProblem };

const KEY_PATTERN = /^[A-Za-z][A-Za-z0-9_.-]*$/;
/** A decimal number as people and `String(number)` write one: `21`, `-3.5`, `1e+21`. */
const NUMBER_PATTERN = /^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/;

const ok = <T>(value: T): ReadingResult<T> => ({ ok: true, value });
const problem = (value: ReadingProblem): ReadingResult<never> => ({ ok: false, problem: value });

/** C0 and C1 control characters and DEL: a reading is printed on screens and in files as it is. */
function hasControl(text: string): boolean {
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    if (code <= 0x1f || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}

function checkKey(key: string, index: number): ReadingProblem | null {
  if (!KEY_PATTERN.test(key)) return { code: 'bad-key', index, key };
  if (key.length > MAX_READING_KEY) return { code: 'key-too-long', key, max: MAX_READING_KEY };
  return null;
}

function checkValue(key: string, value: string): ReadingProblem | null {
  if (value === '') return { code: 'empty-value', key };
  if (!isWellFormedText(value) || hasControl(value)) return { code: 'control-character', key };
  if ([...value].length > MAX_READING_VALUE) return { code: 'value-too-long', key, max: MAX_READING_VALUE };
  return null;
}

/** Every rule of the syntax over fields already split: count, keys, values, each key once, and the size. */
export function checkReading(
  fields: readonly ReadingField[],
  maxBytes = Number.POSITIVE_INFINITY,
): ReadingProblem | null {
  if (fields.length === 0) return { code: 'empty' };
  if (fields.length > MAX_READING_FIELDS) {
    return { code: 'too-many-fields', count: fields.length, max: MAX_READING_FIELDS };
  }
  const seen = new Set<string>();
  for (const [i, { key, value }] of fields.entries()) {
    const wrong = checkKey(key, i + 1) ?? checkValue(key, value);
    if (wrong) return wrong;
    if (seen.has(key)) return { code: 'duplicate-key', key };
    seen.add(key);
  }
  const bytes = utf8Length(writeFields(fields));
  return bytes > maxBytes ? { code: 'too-large', bytes, max: maxBytes } : null;
}

function escapeValue(value: string): string {
  return value.replace(/[\\;]/g, (character) => `\\${character}`);
}

function writeFields(fields: readonly ReadingField[]): string {
  return fields.map(({ key, value }) => `${key}=${escapeValue(value)}`).join(';');
}

/** The reading's text, or why these fields are none; `maxBytes` is the room's `maxInfoBytes`. */
export function formatReading(fields: readonly ReadingField[], maxBytes?: number): ReadingResult<string> {
  const wrong = checkReading(fields, maxBytes);
  return wrong ? problem(wrong) : ok(writeFields(fields));
}

/** Splits at every `;` that is not escaped, keeping the escapes for `unescapeValue`. */
function splitFields(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === ';') {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

function unescapeValue(raw: string): string | null {
  let value = '';
  for (let i = 0; i < raw.length; i++) {
    const character = raw[i];
    if (character !== '\\') {
      value += character;
      continue;
    }
    const next = raw[i + 1];
    if (next !== '\\' && next !== ';') return null;
    value += next;
    i++;
  }
  return value;
}

/** The fields of a reading's text, in order, or the first thing wrong with it. */
export function parseReading(text: string, maxBytes?: number): ReadingResult<readonly ReadingField[]> {
  if (text === '') return problem({ code: 'empty' });
  const parts = splitFields(text);
  if (parts.length > MAX_READING_FIELDS) {
    return problem({ code: 'too-many-fields', count: parts.length, max: MAX_READING_FIELDS });
  }
  const fields: ReadingField[] = [];
  for (const [i, part] of parts.entries()) {
    if (part === '') return problem({ code: 'empty-field', index: i + 1 });
    const equals = part.indexOf('=');
    if (equals < 0) return problem({ code: 'missing-equals', index: i + 1, text: part });
    const key = part.slice(0, equals);
    const wrongKey = checkKey(key, i + 1);
    if (wrongKey) return problem(wrongKey);
    const value = unescapeValue(part.slice(equals + 1));
    if (value === null) return problem({ code: 'bad-escape', key });
    fields.push({ key, value });
  }
  const wrong = checkReading(fields, maxBytes);
  return wrong ? problem(wrong) : ok(fields);
}

/** Fields from an object such as `{temp: 21.5, door: 'open'}` (the console's): finite numbers and text only. */
export function readingFieldsFrom(values: Readonly<Record<string, unknown>>): ReadingResult<readonly ReadingField[]> {
  const fields: ReadingField[] = [];
  for (const [key, value] of Object.entries(values)) {
    if (typeof value === 'number' && Number.isFinite(value)) fields.push({ key, value: String(value) });
    else if (typeof value === 'string') fields.push({ key, value });
    else return problem({ code: 'not-a-value', key });
  }
  const wrong = checkReading(fields);
  return wrong ? problem(wrong) : ok(fields);
}

/** The number a value spells, for charts; null for text such as `open`. */
export function readingNumber(value: string): number | null {
  if (!NUMBER_PATTERN.test(value)) return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}
