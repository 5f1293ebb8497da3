// The lexer of the three syntaxes: identifiers, numbers, strings, operators and brackets, with whitespace,
// line continuations and comments skipped (comments are reported to `comments`). Linear, no backtracking,
// no allocation per token: each `next()` sets `kind`, `start` and `end`. Any character it does not know is
// a one-character BAD token. The strings' and comments' grammar lives in strings.ts.
import type { Syntax } from '../language';
import {
  C, isAsciiIdStart, isCloseBracket, isDigit, isHexDigit, isOpenBracket, isSpace, isUnicodeIdPart, isUnicodeIdStart,
  isUnicodeOperator,
} from './chars';
import { isFString, jsBlockCommentEnd, juliaBlockCommentEnd, lineCommentEnd, stringEnd } from './strings';

/** Token kinds as stored (a byte each). */
export const K = { eof: 0, id: 1, num: 2, str: 3, op: 4, open: 5, close: 6, bad: 7 } as const;
export type KindCode = (typeof K)[keyof typeof K];

const pair = (s: string) => s.charCodeAt(0) * 0x10000 + s.charCodeAt(1);
const OPS2 = new Set(['**', '//', '==', '!=', '<=', '>=', '->', '=>', ':=', '+=', '-=', '*=', '/=', '%=', '&&', '||', '<<', '>>', '::', '?.', '??'].map(pair));
const OPS3 = new Set(['**=', '//=', '...', '>>=', '<<=', '===', '!==', '>>>']);
const JULIA_DOT_OPS = new Set(['.+', '.-', '.*', './', '.^', '.%'].map(pair));
/** JS words after which `/` starts a regular expression, not a division. */
const JS_BEFORE_REGEX = new Set(['return', 'typeof', 'case', 'in', 'of', 'new', 'delete', 'void', 'throw', 'instanceof', 'yield', 'await']);
/** Python string prefixes: r, b, u, f and their two-letter mixes. */
const PY_PREFIX = /^[rRbBuUfF]{1,2}$/;

export class Lexer {
  pos: number;
  kind: KindCode = K.eof;
  start = 0;
  end = 0;
  /** The last token was a value (identifier, number, string, closing bracket): for JS regex and Julia adjoint. */
  afterValue = false;
  /** [start, end) of each comment skipped, in pairs. */
  readonly comments: number[] = [];

  constructor(readonly text: string, readonly syntax: Syntax, start = 0, readonly limit = text.length) {
    this.pos = Math.max(0, start);
    this.limit = Math.min(limit, text.length);
  }

  private code(i: number): number {
    return i < this.limit ? this.text.charCodeAt(i) : -1;
  }

  /** The next token's kind (K.eof at the end); its extent in `start` and `end`. */
  next(): KindCode {
    this.skipTrivia();
    const start = this.pos;
    if (start >= this.limit) return this.make(K.eof, this.limit, this.limit);
    const c = this.text.charCodeAt(start);
    if (c === C.dq || c === C.sq || (c === C.bt && this.syntax !== 'python')) {
      if (c === C.sq && this.syntax === 'julia') return this.juliaQuote(start);
      return this.make(K.str, start, stringEnd(this.text, start, this.limit, this.syntax, false));
    }
    if (isDigit(c) || (c === C.dot && isDigit(this.code(start + 1)))) return this.make(K.num, start, this.numberEnd(start));
    if (this.isIdStart(start)) return this.word(start);
    if (isOpenBracket(c)) return this.make(K.open, start, start + 1);
    if (isCloseBracket(c)) return this.make(K.close, start, start + 1);
    if (c === C.slash && this.syntax === 'js' && !this.afterValue) return this.jsRegex(start);
    if (c < 128) return c > C.space ? this.make(K.op, start, start + this.opLength(start)) : this.make(K.bad, start, start + 1);
    const cp = this.text.codePointAt(start) ?? 0;
    const len = cp > 0xffff ? 2 : 1;
    return this.make(isUnicodeOperator(cp) ? K.op : K.bad, start, start + len);
  }

  private make(kind: KindCode, start: number, end: number): KindCode {
    this.kind = kind;
    this.start = start;
    this.end = end;
    this.pos = end;
    this.afterValue = kind === K.id || kind === K.num || kind === K.str || kind === K.close
      || (kind === K.op && this.text.charCodeAt(start) === C.sq);
    return kind;
  }

  /** Skips whitespace, line continuations and comments. */
  private skipTrivia(): void {
    const t = this.text;
    while (this.pos < this.limit) {
      const c = t.charCodeAt(this.pos);
      if (isSpace(c)) { this.pos++; continue; }
      const d = this.code(this.pos + 1);
      if (c === C.bslash && this.syntax === 'python' && (d === C.nl || d === C.cr)) { this.pos += 2; continue; }
      let end = -1;
      if (c === C.hash && this.syntax !== 'js') {
        end = this.syntax === 'julia' && d === C.eq ? juliaBlockCommentEnd(t, this.pos, this.limit) : lineCommentEnd(t, this.pos, this.limit);
      } else if (c === C.slash && this.syntax === 'js' && (d === C.slash || d === C.star)) {
        end = d === C.slash ? lineCommentEnd(t, this.pos, this.limit) : jsBlockCommentEnd(t, this.pos, this.limit);
      } else if (c === C.hash && this.pos === 0 && d === C.bang) {
        end = lineCommentEnd(t, this.pos, this.limit); // #!/usr/bin/env node
      }
      if (end < 0) return;
      this.comments.push(this.pos, end);
      this.pos = end;
    }
  }

  isIdStart(i: number): boolean {
    const c = this.code(i);
    if (c < 0) return false;
    if (c < 128) return isAsciiIdStart(c) || (this.syntax === 'js' && c === C.dollar);
    return isUnicodeIdStart(this.text.codePointAt(i) ?? 0);
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
    const cp = this.text.codePointAt(i) ?? 0;
    return isUnicodeIdPart(cp) ? (cp > 0xffff ? 2 : 1) : 0;
  }

  /** An identifier, or a Python prefixed string (`r'…'`, `f"…"`, `rb'…'`). */
  private word(start: number): KindCode {
    let i = start;
    for (let n = this.idPart(i) || 1; n > 0; n = this.idPart(i)) i += n;
    if (this.syntax === 'python' && i - start <= 2) {
      const q = this.code(i);
      if ((q === C.dq || q === C.sq) && PY_PREFIX.test(this.text.slice(start, i))) {
        return this.make(K.str, start, stringEnd(this.text, i, this.limit, this.syntax, isFString(this.text, i, this.syntax)));
      }
    }
    const kind = this.make(K.id, start, i);
    if (this.syntax === 'js' && i - start <= 10 && JS_BEFORE_REGEX.has(this.text.slice(start, i))) this.afterValue = false;
    return kind;
  }

  /** 1, 2 or 3: the operator starting at i. */
  private opLength(i: number): number {
    const t = this.text;
    if (i + 1 >= this.limit) return 1;
    const two = t.charCodeAt(i) * 0x10000 + t.charCodeAt(i + 1);
    if (i + 2 < this.limit && OPS3.has(t.slice(i, i + 3))) return 3;
    if (OPS2.has(two) || (this.syntax === 'julia' && JULIA_DOT_OPS.has(two))) return 2;
    return 1;
  }

  /** Digits (and `_` separators) from i; hex digits too when `hex`. */
  private digits(i: number, hex: boolean): number {
    const t = this.text;
    while (i < this.limit) {
      const c = t.charCodeAt(i);
      if (isDigit(c) || c === C.under || (hex && isHexDigit(c))) i++;
      else break;
    }
    return i;
  }

  /** The end of the number literal at `start`. */
  private numberEnd(start: number): number {
    let i = start;
    const radix = this.code(i + 1) | 0x20;
    if (this.code(i) === C.d0 && (radix === 0x78 || radix === 0x6f || radix === 0x62)) { // 0x 0o 0b
      i = this.digits(i + 2, true);
    } else {
      i = this.digits(i, false);
      const pairAt = this.code(i) * 0x10000 + this.code(i + 1);
      if (this.code(i) === C.dot && this.code(i + 1) !== C.dot && !this.isIdStart(i + 1)
        && !(this.syntax === 'julia' && JULIA_DOT_OPS.has(pairAt))) {
        i = this.digits(i + 1, false);
      }
      const e = this.code(i) | 0x20;
      if (e === 0x65 || (e === 0x66 && this.syntax === 'julia')) { // e, or Julia's f (1f0)
        const s = this.code(i + 1);
        const j = s === C.plus || s === C.minus ? i + 2 : i + 1;
        if (isDigit(this.code(j))) i = this.digits(j, false);
      }
    }
    const suffix = this.code(i) | 0x20;
    if ((suffix === 0x6a && this.syntax === 'python') || (suffix === 0x6e && this.syntax === 'js')) i++; // 1j, 1n
    return i;
  }

  /** Julia: `'` right after a value (no space) is the adjoint; otherwise a character literal (closed on its line). */
  private juliaQuote(start: number): KindCode {
    if (this.afterValue && start > 0 && !isSpace(this.text.charCodeAt(start - 1))) return this.make(K.op, start, start + 1);
    for (let i = start + 1; i < this.limit && i < start + 12; i++) {
      const c = this.text.charCodeAt(i);
      if (c === C.bslash) { i++; continue; }
      if (c === C.nl) break;
      if (c === C.sq) return this.make(K.str, start, i + 1);
    }
    return this.make(K.op, start, start + 1);
  }

  /** A JS regular expression literal (where a value cannot stand), or a lone `/` when it does not close on its line. */
  private jsRegex(start: number): KindCode {
    let i = start + 1;
    let inClass = false;
    while (i < this.limit) {
      const c = this.text.charCodeAt(i);
      if (c === C.nl) return this.make(K.op, start, start + 1);
      if (c === C.bslash) { i += 2; continue; }
      if (c === C.lsquare) inClass = true;
      else if (c === C.rsquare) inClass = false;
      else if (c === C.slash && !inClass) break;
      i++;
    }
    if (i >= this.limit) return this.make(K.op, start, start + 1);
    i++;
    while (i < this.limit && isAsciiIdStart(this.text.charCodeAt(i))) i++;
    return this.make(K.str, start, i);
  }
}
