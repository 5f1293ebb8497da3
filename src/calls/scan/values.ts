// What a string token says: its decoded value, for the short strings code passes as arguments ('tanh',
// dtype names). Longer strings are opaque (MAX_STRING), so no request copies a megabyte of text.
import { MAX_STRING } from '../limits';
import type { DocumentScan } from './document';
import { K } from './lexer';

/** Prefix letters (Python's r, b, f, u) and the opening quote(s). */
const OPENING = /^([A-Za-z]{0,2})("""|'''|"|'|`)/;

/**
 * The decoded value of string token i (quotes and prefix removed, backslash escapes resolved), or undefined:
 * not a string literal, a Julia character literal, a regular expression, or longer than MAX_STRING.
 */
export function stringValue(scan: DocumentScan, i: number): string | undefined {
  if (scan.code(i) !== K.str) return undefined;
  const start = scan.start(i);
  const end = scan.end(i);
  if (end - start > MAX_STRING + 8) return undefined;
  const raw = scan.text.slice(start, end);
  const m = OPENING.exec(raw);
  if (!m || (scan.syntax === 'julia' && m[2] === "'")) return undefined;
  const q = m[2];
  const closed = raw.endsWith(q) && raw.length >= m[0].length + q.length;
  const inner = raw.slice(m[0].length, closed ? raw.length - q.length : raw.length);
  return inner.length <= MAX_STRING ? inner.replace(/\\(.)/g, '$1') : undefined;
}
