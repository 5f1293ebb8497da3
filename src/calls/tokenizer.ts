// A small lexer for the three syntaxes: identifiers, numbers, strings and operators, with comments and
// whitespace skipped. Linear, no backtracking, no regular expressions on the text; it never reads outside
// [start, end) and turns any character it does not know into a one-character 'bad' token.
import type { Syntax } from './language';

export type TokenType = 'id' | 'num' | 'str' | 'op' | 'bad' | 'eof';

export interface Token {
  readonly type: TokenType;
  readonly start: number;
  readonly end: number;
  /** id/op/num: the source text ('' when longer than MAX_TEXT); str: the decoded value, or undefined if long. */
  readonly text: string | undefined;
}

const MAX_TEXT = 256;
const MAX_STR = 256;

export const C = {
  tab: 9, nl: 10, vt: 11, ff: 12, cr: 13, space: 32, bang: 33, dq: 34, hash: 35, dollar: 36, sq: 39,
  star: 42, plus: 43, minus: 45, dot: 46, slash: 47, d0: 48, d9: 57, eq: 61, A: 65, Z: 90, bslash: 92, caret: 94,
  under: 95, bt: 96, a: 97, z: 122, nbsp: 160,
} as const;

const OPS3 = new Set(['**=', '//=', '...', '>>=', '<<=', '===', '!==', '>>>']);
const OPS2 = new Set(['**', '//', '==', '!=', '<=', '>=', '->', '=>', ':=', '+=', '-=', '*=', '/=', '%=', '&&', '||', '<<', '>>', '::', '?.', '??']);
/** Characters that start a two- or three-character operator. */
const OP_START = new Set([...OPS2, ...OPS3].map((o) => o.charCodeAt(0)));
const JULIA_DOT_OPS = ['.+', '.-', '.*', './', '.^', '.%'];

const NON_ASCII_ID = /^[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}\p{No}\u2032-\u2037]$/u;
const NON_ASCII_ID_START = /^[\p{L}\p{Nl}\p{Pc}]$/u;

export function isDigit(c: number): boolean {
  return c >= C.d0 && c <= C.d9;
}

function isAsciiIdStart(c: number): boolean {
  return (c >= C.a && c <= C.z) || (c >= C.A && c <= C.Z) || c === C.under;
}

const STRING_BODIES = new Map<number, RegExp>();
/** A sticky regex for a run of characters that cannot end a string opened by `quote`. */
function stringBody(quote: number, multiline: boolean): RegExp {
  const key = quote * 2 + (multiline ? 1 : 0);
  let re = STRING_BODIES.get(key);
  if (!re) {
    const q = quote === C.bt ? '`' : quote === C.dq ? '"' : "'";
    re = new RegExp(`[^${q}\\\\${multiline ? '' : '\\n'}]+`, 'y');
    STRING_BODIES.set(key, re);
  }
  return re;
}

export function isWordChar(c: number): boolean {
  return isDigit(c) || isAsciiIdStart(c) || c === C.dot || c === C.dollar;
}

function isSpace(c: number): boolean {
  return c === C.space || c === C.tab || c === C.nl || c === C.cr || c === C.ff || c === C.vt || c === C.nbsp || c === 0xfeff;
}

/** Code point at i (a lone surrogate is itself) and its length in UTF-16 units. */
function codePoint(text: string, i: number): number {
  return text.codePointAt(i) ?? 0;
}

export class Lexer {
  pos: number;
  /** The last token was a value (identifier, number, string, closing bracket): for JS regex and Julia adjoint. */
  afterValue = false;

  constructor(readonly text: string, start: number, readonly end: number, readonly syntax: Syntax) {
    this.pos = Math.max(0, start);
    this.end = Math.min(end, text.length);
  }

  private code(i: number): number {
    return i < this.end ? this.text.charCodeAt(i) : -1;
  }

  isIdStart(i: number): boolean {
    const c = this.code(i);
    if (c < 0) return false;
    if (c < 128) return isAsciiIdStart(c) || (this.syntax === 'js' && c === C.dollar);
    const cp = codePoint(this.text, i);
    return NON_ASCII_ID_START.test(String.fromCodePoint(cp));
  }

  /** Length of the identifier character at i, or 0. */
  private idPart(i: number): number {
    const c = this.code(i);
    if (c < 0) return 0;
    if (c < 128) {
      if (isAsciiIdStart(c) || isDigit(c) || (this.syntax === 'js' && c === C.dollar)) return 1;
      if (this.syntax === 'julia' && c === C.bang && this.code(i + 1) !== C.eq) return 1;
      return 0;
    }
    const cp = codePoint(this.text, i);
    const n = cp > 0xffff ? 2 : 1;
    return NON_ASCII_ID.test(String.fromCodePoint(cp)) ? n : 0;
  }

  /** Skips whitespace, line continuations and comments. */
  skipTrivia(): void {
    const t = this.text;
    while (this.pos < this.end) {
      const c = t.charCodeAt(this.pos);
      if (isSpace(c)) { this.pos++; continue; }
      if (c === C.bslash && this.syntax === 'python' && (this.code(this.pos + 1) === C.nl || this.code(this.pos + 1) === C.cr)) { this.pos += 2; continue; }
      if (c === C.hash && this.syntax !== 'js') {
        if (this.syntax === 'julia' && this.code(this.pos + 1) === C.eq) { this.skipJuliaBlockComment(); continue; }
        this.skipLine();
        continue;
      }
      if (c === C.slash && this.syntax === 'js') {
        const d = this.code(this.pos + 1);
        if (d === C.slash) { this.skipLine(); continue; }
        if (d === C.star) {
          const close = t.indexOf('*/', this.pos + 2);
          this.pos = close < 0 || close + 2 > this.end ? this.end : close + 2;
          continue;
        }
      }
      break;
    }
  }

  private skipLine(): void {
    const nl = this.text.indexOf('\n', this.pos);
    this.pos = nl < 0 || nl > this.end ? this.end : nl;
  }

  private skipJuliaBlockComment(): void {
    let depth = 0;
    let i = this.pos;
    while (i < this.end) {
      const c = this.text.charCodeAt(i);
      if (c === C.hash && this.code(i + 1) === C.eq) { depth++; i += 2; continue; }
      if (c === C.eq && this.code(i + 1) === C.hash) { depth--; i += 2; if (depth === 0) break; continue; }
      i++;
    }
    this.pos = Math.min(i, this.end);
  }

  /** Scans a string opening at this.pos (after any prefix); returns its end. */
  private scanString(quote: number): number {
    const t = this.text;
    let i = this.pos;
    const triple = quote !== C.bt && this.code(i + 1) === quote && this.code(i + 2) === quote && this.syntax !== 'js';
    i += triple ? 3 : 1;
    const multiline = triple || quote === C.bt || this.syntax === 'julia';
    const plain = stringBody(quote, multiline);
    while (i < this.end) {
      // the characters that cannot end the string, natively
      plain.lastIndex = i;
      if (plain.test(t)) i = plain.lastIndex;
      if (i >= this.end) break;
      const c = t.charCodeAt(i);
      if (c === C.bslash) { i += 2; continue; }
      if (c === C.nl && !multiline) return i;
      if (c === quote) {
        if (!triple) return i + 1;
        if (this.code(i + 1) === quote && this.code(i + 2) === quote) return i + 3;
      }
      i++;
    }
    return this.end;
  }

  private decodeString(start: number, end: number): string | undefined {
    if (end - start > MAX_STR + 8) return undefined;
    const body = this.text.slice(start, end);
    const m = /^([A-Za-z]{0,2})("""|'''|"|'|`)/.exec(body);
    if (!m) return undefined;
    const q = m[2];
    const inner = body.slice(m[0].length, body.endsWith(q) && body.length >= m[0].length + q.length ? body.length - q.length : body.length);
    return inner.replace(/\\(.)/g, '$1');
  }

  /** Digits (and `_` separators) from i; hex digits too when `hex`. */
  private digits(i: number, hex: boolean): number {
    const t = this.text;
    while (i < this.end) {
      const c = t.charCodeAt(i);
      const lc = c | 0x20;
      if (isDigit(c) || c === C.under || (hex && lc >= C.a && lc <= 0x66)) i++;
      else break;
    }
    return i;
  }

  /** A number literal at this.pos; returns its end. */
  private scanNumber(): number {
    let i = this.pos;
    const c0 = this.code(i);
    const c1 = this.code(i + 1) | 0x20;
    if (c0 === C.d0 && (c1 === 0x78 || c1 === 0x6f || c1 === 0x62)) {
      i = this.digits(i + 2, true);
    } else {
      i = this.digits(i, false);
      if (this.code(i) === C.dot && this.code(i + 1) !== C.dot && !this.isIdStart(i + 1)
        && !(this.syntax === 'julia' && JULIA_DOT_OPS.includes(this.text.slice(i, i + 2)))) {
        i = this.digits(i + 1, false);
      }
      const e = this.code(i) | 0x20;
      if (e === 0x65 || (e === 0x66 && this.syntax === 'julia')) {
        const s = this.code(i + 1);
        const j = s === C.plus || s === C.minus ? i + 2 : i + 1;
        if (isDigit(this.code(j))) i = this.digits(j, false);
      }
    }
    const suffix = this.code(i) | 0x20;
    if ((suffix === 0x6a && this.syntax === 'python') || (suffix === 0x6e && this.syntax === 'js')) i++;
    return i;
  }

  private make(type: TokenType, start: number, end: number, text?: string): Token {
    this.pos = end;
    this.afterValue = type === 'id' || type === 'num' || type === 'str' || (type === 'op' && (text === ')' || text === ']' || text === '}' || text === "'"));
    return { type, start, end, text };
  }

  next(): Token {
    this.skipTrivia();
    const start = this.pos;
    if (start >= this.end) return { type: 'eof', start: this.end, end: this.end, text: '' };
    const t = this.text;
    const c = t.charCodeAt(start);
    // strings, including Python's prefixed ones (r'…', f"…", rb'…')
    if (c === C.dq || c === C.sq || (c === C.bt && this.syntax !== 'python')) {
      if (c === C.sq && this.syntax === 'julia') return this.juliaQuote(start);
      const end = this.scanString(c);
      return this.make('str', start, end, this.decodeString(start, end));
    }
    if (isDigit(c) || (c === C.dot && isDigit(this.code(start + 1)))) {
      const end = this.scanNumber();
      return this.make('num', start, end, end - start <= MAX_TEXT ? t.slice(start, end) : '');
    }
    if (this.isIdStart(start)) {
      let i = start;
      for (let n = this.idPart(i) || 1; n > 0; n = this.idPart(i)) i += n;
      if (this.syntax === 'python' && i - start <= 2 && /^[rRbBuUfF]{1,2}$/.test(t.slice(start, i))) {
        const q = this.code(i);
        if (q === C.dq || q === C.sq) {
          this.pos = i;
          const end = this.scanString(q);
          return this.make('str', start, end, this.decodeString(start, end));
        }
      }
      return this.make('id', start, i, i - start <= MAX_TEXT ? t.slice(start, i) : '');
    }
    // regular expressions in JS where a value cannot stand
    if (c === C.slash && this.syntax === 'js' && !this.afterValue) return this.jsRegex(start);
    if (this.syntax === 'julia' && c === C.dot) {
      const two = t.slice(start, start + 2);
      if (JULIA_DOT_OPS.includes(two) && start + 2 <= this.end) return this.make('op', start, start + 2, two);
    }
    if (OP_START.has(c)) {
      if (start + 3 <= this.end) {
        const s3 = t.slice(start, start + 3);
        if (OPS3.has(s3)) return this.make('op', start, start + 3, s3);
      }
      if (start + 2 <= this.end) {
        const s2 = t.slice(start, start + 2);
        if (OPS2.has(s2)) return this.make('op', start, start + 2, s2);
      }
    }
    if (c < 128 && c >= 33) return this.make('op', start, start + 1, t[start]);
    const cp = codePoint(t, start);
    const len = cp > 0xffff ? 2 : 1;
    if (cp === 0x00f7 || cp === 0x2212 || cp === 0x22c5 || cp === 0x00d7) return this.make('op', start, start + len, String.fromCodePoint(cp));
    return this.make('bad', start, start + len, '');
  }

  /** Julia: `'` right after a value (no space) is the adjoint; otherwise a character literal (closed on the same line). */
  private juliaQuote(start: number): Token {
    if (this.afterValue && start > 0 && !isSpace(this.text.charCodeAt(start - 1))) return this.make('op', start, start + 1, "'");
    for (let i = start + 1; i < this.end && i < start + 12; i++) {
      const c = this.text.charCodeAt(i);
      if (c === C.bslash) { i++; continue; }
      if (c === C.nl) break;
      if (c === C.sq) return this.make('str', start, i + 1, undefined);
    }
    return this.make('op', start, start + 1, "'");
  }

  private jsRegex(start: number): Token {
    let i = start + 1;
    let inClass = false;
    while (i < this.end) {
      const c = this.text.charCodeAt(i);
      if (c === C.nl) return this.make('op', start, start + 1, '/');
      if (c === C.bslash) { i += 2; continue; }
      if (c === 0x5b) inClass = true;
      else if (c === 0x5d) inClass = false;
      else if (c === C.slash && !inClass) break;
      i++;
    }
    if (i >= this.end) return this.make('op', start, start + 1, '/');
    i++;
    while (i < this.end && isAsciiIdStart(this.text.charCodeAt(i))) i++;
    return this.make('str', start, i, undefined);
  }
}
