// The grammar of strings and comments, per language: where each one ends. Python single, triple, prefixed
// and f-strings (with `{…}` fields holding code, quotes and all); JS/TS strings, comments and template
// literals with `${…}`; Julia strings and commands with `$(…)`, and nested `#= … =#` comments. Every scan
// moves forward only (linear in what it reads) and stops at `end`; an unterminated one-line string ends at
// its line, so one stray quote does not swallow the file.
import type { Syntax } from '../language';
import { C, isAsciiIdStart, isDigit } from './chars';

/** Interpolations nested deeper than this are read by counting brackets only (no strings inside). */
const MAX_NESTING = 16;

const BODIES = new Map<string, RegExp>();
/** A sticky regex for a run of characters that cannot end or interrupt the string. */
function body(quote: number, multiline: boolean, interpolation: string): RegExp {
  const key = `${quote}|${multiline ? 1 : 0}|${interpolation}`;
  let re = BODIES.get(key);
  if (!re) {
    const q = String.fromCharCode(quote).replace('`', '\\x60');
    re = new RegExp(`[^${q}\\\\${multiline ? '' : '\\n'}${interpolation.replace(/[$]/g, '\\$')}]+`, 'y');
    BODIES.set(key, re);
  }
  return re;
}

/** From `i` (the first character of a line comment), the position of its newline or `end`. */
export function lineCommentEnd(t: string, i: number, end: number): number {
  const nl = t.indexOf('\n', i);
  return nl < 0 || nl > end ? end : nl;
}

/** From `i` at `/*`: just after the closing `*\/`, or `end`. */
export function jsBlockCommentEnd(t: string, i: number, end: number): number {
  const close = t.indexOf('*/', i + 2);
  return close < 0 || close + 2 > end ? end : close + 2;
}

/** From `i` at `#=`: just after the `=#` that closes it (they nest), or `end`. */
export function juliaBlockCommentEnd(t: string, i: number, end: number): number {
  let depth = 0;
  while (i < end) {
    const c = t.charCodeAt(i);
    if (c === C.hash && t.charCodeAt(i + 1) === C.eq) { depth++; i += 2; continue; }
    if (c === C.eq && t.charCodeAt(i + 1) === C.hash) { i += 2; if (--depth === 0) return i; continue; }
    i++;
  }
  return end;
}

interface StringForm {
  readonly quote: number;
  readonly triple: boolean;
  /** Ends at a newline when unterminated (one-line strings). */
  readonly oneLine: boolean;
  /** The character that opens an interpolation (`{`, `$`), or 0; `${` needs the brace after `$`. */
  readonly field: number;
}

/** A backslash escape at `i`: where the character after it ends (`\` CR LF counts as one). */
function escapeEnd(t: string, i: number): number {
  return t.charCodeAt(i + 1) === C.cr && t.charCodeAt(i + 2) === C.nl ? i + 3 : i + 2;
}

/** The body of a string from just after its opening quote(s) to just after its closing ones. */
function stringBodyEnd(t: string, i: number, end: number, syntax: Syntax, form: StringForm, nesting: number): number {
  const fieldChar = form.field === C.lcurly ? '{' : form.field === C.dollar ? '$' : '';
  const plain = body(form.quote, !form.oneLine, fieldChar);
  while (i < end) {
    plain.lastIndex = i;
    if (plain.test(t)) i = plain.lastIndex;
    if (i >= end) return end;
    const c = t.charCodeAt(i);
    if (c === C.bslash) { i = escapeEnd(t, i); continue; }
    if (c === C.nl) return i; // only reached in a one-line string
    if (c === form.quote) {
      if (!form.triple) return i + 1;
      if (t.charCodeAt(i + 1) === c && t.charCodeAt(i + 2) === c) return i + 3;
      i++;
      continue;
    }
    i = fieldEnd(t, i, end, syntax, form, nesting);
  }
  return end;
}

/** At an interpolation character inside a string: past the interpolation (or past the character). */
function fieldEnd(t: string, i: number, end: number, syntax: Syntax, form: StringForm, nesting: number): number {
  const next = t.charCodeAt(i + 1);
  if (form.field === C.lcurly) {
    if (next === C.lcurly) return i + 2; // `{{` is a literal brace
    return codeEnd(t, i + 1, end, syntax, C.rcurly, form.oneLine, nesting + 1);
  }
  if (syntax === 'js') return next === C.lcurly ? codeEnd(t, i + 2, end, syntax, C.rcurly, false, nesting + 1) : i + 1;
  return next === C.lparen ? codeEnd(t, i + 2, end, syntax, C.rparen, false, nesting + 1) : i + 1;
}

/**
 * Code inside an interpolation, from `i` to just after the `closer` that ends it (brackets counted, strings
 * and comments skipped). `oneLine`: a newline ends it unclosed (the enclosing one-line string ends there).
 */
function codeEnd(t: string, i: number, end: number, syntax: Syntax, closer: number, oneLine: boolean, nesting: number): number {
  let depth = 0;
  while (i < end) {
    const c = t.charCodeAt(i);
    if (c === C.nl && oneLine) return i;
    if (c === C.lparen || c === C.lsquare || c === C.lcurly) { depth++; i++; continue; }
    if (c === C.rparen || c === C.rsquare || c === C.rcurly) {
      if (depth === 0 && c === closer) return i + 1;
      depth = Math.max(0, depth - 1);
      i++;
      continue;
    }
    if (nesting <= MAX_NESTING) {
      const skipped = skipNested(t, i, end, syntax, nesting);
      if (skipped > i) { i = skipped; continue; }
    }
    i++;
  }
  return end;
}

/** A string or comment starting at `i` inside an interpolation: its end, or `i` when none starts here. */
function skipNested(t: string, i: number, end: number, syntax: Syntax, nesting: number): number {
  const c = t.charCodeAt(i);
  const d = t.charCodeAt(i + 1);
  if (syntax === 'js') {
    if (c === C.slash && d === C.slash) return lineCommentEnd(t, i, end);
    if (c === C.slash && d === C.star) return jsBlockCommentEnd(t, i, end);
  } else if (c === C.hash) {
    return syntax === 'julia' && d === C.eq ? juliaBlockCommentEnd(t, i, end) : lineCommentEnd(t, i, end);
  }
  if (c !== C.dq && c !== C.sq && c !== C.bt) return i;
  if (syntax === 'julia' && c === C.sq) return i; // a character literal or an adjoint: no brackets hidden
  return stringEnd(t, i, end, syntax, isFString(t, i, syntax), nesting);
}

/** Python: does the string whose quote is at `i` carry an `f` prefix (`f'`, `rf"`, `Fr'`)? */
export function isFString(t: string, i: number, syntax: Syntax): boolean {
  if (syntax !== 'python') return false;
  let j = i - 1;
  let f = false;
  while (j >= 0 && i - j <= 2 && isAsciiIdStart(t.charCodeAt(j))) {
    if ((t.charCodeAt(j) | 0x20) === 0x66) f = true;
    j--;
  }
  const before = j >= 0 ? t.charCodeAt(j) : -1;
  return f && i - j - 1 <= 2 && !(isAsciiIdStart(before) || isDigit(before) || before >= 128);
}

/**
 * A string literal whose (first) quote is at `i`: just after its end, or `end` when unterminated (a one-line
 * string: its newline). `fstring`: a Python f-string (its `{…}` fields are code).
 */
export function stringEnd(t: string, i: number, end: number, syntax: Syntax, fstring: boolean, nesting = 0): number {
  const quote = t.charCodeAt(i);
  const triple = quote !== C.bt && t.charCodeAt(i + 1) === quote && t.charCodeAt(i + 2) === quote && syntax !== 'js';
  const form: StringForm = syntax === 'python'
    ? { quote, triple, oneLine: !triple, field: fstring ? C.lcurly : 0 }
    : syntax === 'js'
      ? { quote, triple: false, oneLine: quote !== C.bt, field: quote === C.bt ? C.dollar : 0 }
      : { quote, triple, oneLine: false, field: C.dollar };
  return stringBodyEnd(t, i + (triple ? 3 : 1), end, syntax, form, nesting);
}
