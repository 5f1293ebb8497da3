// Number literals of the three languages, and the fast path for the common large input: a (nested) list
// of plain numbers, read straight from the text without tokens or a value per number.
import type { Tensor } from '../core';
import type { Syntax } from './language';
import { PROBLEM } from './limits';
import { num, opaque, type Val } from './values';

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * The end of a plain number (`-1.5e-3`, `.5`, `5.`; a sign, then spaces or tabs allowed) starting at i, or -1.
 * No regex: long lists read thousands of these, and match arrays would be garbage.
 */
export function plainNumberEnd(t: string, i: number, end: number): number {
  if (t.charCodeAt(i) === 45) {
    i++;
    while (i < end && (t.charCodeAt(i) === 32 || t.charCodeAt(i) === 9)) i++;
  }
  const start = i;
  while (i < end && isDigit(t.charCodeAt(i))) i++;
  let digits = i > start;
  if (i < end && t.charCodeAt(i) === 46) {
    i++;
    const f = i;
    while (i < end && isDigit(t.charCodeAt(i))) i++;
    digits ||= i > f;
  }
  if (!digits) return -1;
  const e = t.charCodeAt(i) | 0x20;
  if (e === 0x65) {
    let j = i + 1;
    const sign = t.charCodeAt(j);
    if (sign === 43 || sign === 45) j++;
    if (!isDigit(t.charCodeAt(j))) return -1;
    while (j < end && isDigit(t.charCodeAt(j))) j++;
    i = j;
  }
  // a name, `_`, `j`, `n`, `f`, `x` or another `.` right after it: not a plain number
  const c = t.charCodeAt(i);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c >= 128) return -1;
  return i;
}

/** Exact powers of ten (10^22 is the last one a double holds exactly). */
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * The number in t[i, end) written as plainNumberEnd accepts it. Up to 15 significant digits and a decimal
 * exponent within ±22, m·10^e is one correctly rounded operation on exact doubles (the classic strtod fast
 * path), so no string is built; anything longer goes through Number().
 */
export function plainNumber(t: string, i: number, end: number): number {
  let neg = false;
  if (t.charCodeAt(i) === 45) {
    neg = true;
    i++;
    while (t.charCodeAt(i) === 32 || t.charCodeAt(i) === 9) i++;
  }
  let m = 0;
  let digits = 0;
  let scale = 0;
  let j = i;
  let c = t.charCodeAt(j);
  for (; j < end && c >= 48 && c <= 57; c = t.charCodeAt(++j)) {
    if (m !== 0 || c !== 48) { m = m * 10 + (c - 48); digits++; }
  }
  if (j < end && c === 46) {
    for (c = t.charCodeAt(++j); j < end && c >= 48 && c <= 57; c = t.charCodeAt(++j)) {
      if (m !== 0 || c !== 48) { m = m * 10 + (c - 48); digits++; }
      scale--;
    }
  }
  if (j < end) {
    // an exponent
    let k = j + 1;
    let sign = 1;
    if (t.charCodeAt(k) === 43) k++;
    else if (t.charCodeAt(k) === 45) { sign = -1; k++; }
    let e = 0;
    for (c = t.charCodeAt(k); k < end && c >= 48 && c <= 57 && e < 1e6; c = t.charCodeAt(++k)) e = e * 10 + (c - 48);
    scale += sign * e;
  }
  let v: number;
  if (digits <= 15 && scale >= -22 && scale <= 22) v = scale < 0 ? m / POW10[-scale] : m * POW10[scale];
  else v = Number(t.slice(i, end));
  return neg ? -v : v;
}

/** The value of a number literal; BigInt and complex literals are reported, not guessed. */
export function numberValue(text: string | undefined, syntax: Syntax): Val {
  if (!text) return opaque();
  if (text.charCodeAt(0) !== 45 && plainNumberEnd(text, 0, text.length) === text.length) return num(Number(text));
  const last = text[text.length - 1];
  if (syntax === 'python' && (last === 'j' || last === 'J')) return opaque(PROBLEM.complex);
  if (syntax === 'js' && last === 'n') return opaque(PROBLEM.bigint);
  const s = text.replace(/_/g, '');
  const p = s.slice(0, 2).toLowerCase();
  const radix = p === '0x' ? 16 : p === '0o' ? 8 : p === '0b' ? 2 : 0;
  if (radix) {
    const v = parseInt(s.slice(2), radix);
    return Number.isNaN(v) ? opaque() : num(v);
  }
  if (syntax === 'julia' && /f/i.test(s)) {
    const v = Number(s.replace(/f/i, 'e'));
    return Number.isNaN(v) ? opaque() : num(v, 'float32');
  }
  const v = Number(s);
  return Number.isNaN(v) ? opaque() : num(v);
}

export function skipSpace(t: string, i: number, end: number): number {
  while (i < end) {
    const c = t.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) i++;
    else break;
  }
  return i;
}

export interface NumericList {
  /** The list's items: numbers or lists of numbers, nested. */
  readonly items: Tensor[];
  /** Just after the closing ']'. */
  readonly end: number;
  /** Numbers read. */
  readonly count: number;
}

/**
 * From just after '[', a list made only of plain numbers, commas and brackets, nested up to `maxDepth`
 * more levels and holding at most `budget` numbers; `failAt` where anything else starts.
 */
export function scanNumericList(
  t: string, start: number, end: number, maxDepth: number, budget: number,
): NumericList | { failAt: number; tooMany?: boolean } {
  const stack: Tensor[][] = [[]];
  let i = start;
  let count = 0;
  while (true) {
    i = skipSpace(t, i, end);
    if (i >= end) return { failAt: i };
    const c = t.charCodeAt(i);
    if (c === 0x5b) {
      if (stack.length > maxDepth) return { failAt: i };
      stack.push([]);
      i++;
      continue;
    }
    if (c === 0x5d) {
      const done = stack.pop() as Tensor[];
      i++;
      if (stack.length === 0) return { items: done, end: i, count };
      stack[stack.length - 1].push(done);
    } else {
      const j = plainNumberEnd(t, i, end);
      if (j < 0) return { failAt: i };
      if (++count > budget) return { failAt: i, tooMany: true };
      stack[stack.length - 1].push(plainNumber(t, i, j));
      i = j;
    }
    // after an item: ',' or the closing ']'
    i = skipSpace(t, i, end);
    const d = t.charCodeAt(i);
    if (d === 0x2c) i++;
    else if (d !== 0x5d) return { failAt: i };
  }
}
