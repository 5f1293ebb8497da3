// One pass over a whole document: its tokens and its bracket structure, in typed arrays (no object per
// token). Strings and comments are known from the document's start, so nothing inside them is code; every
// bracket knows its partner and the bracket that encloses it, so a reader answers "which calls contain this
// offset" and "where does this call close" in O(log n) without rescanning. Built once per document version
// (cache.ts) and shared by every request on it: the call reader, and any other index over the same tokens.
import type { Syntax } from '../language';
import { C, openerOf } from './chars';
import { K, Lexer, type KindCode } from './lexer';

/** How far down the open brackets a closer looks for its own kind before it is taken as stray. */
const MAX_MISMATCH = 64;

export type TokenKind = 'id' | 'num' | 'str' | 'op' | 'bad';
const KIND_NAMES: readonly TokenKind[] = ['bad', 'id', 'num', 'str', 'op', 'op', 'op', 'bad'];

/** Python: a line at column 0 that starts a statement means every bracket still open was never closed. */
function startsStatement(t: string, i: number): boolean {
  if (t.charCodeAt(i) === C.at) return true; // @decorator
  return t.startsWith('def ', i) || t.startsWith('class ', i) || t.startsWith('import ', i) || t.startsWith('from ', i) || t.startsWith('async def ', i);
}

export class DocumentScan {
  /** Tokens in document order. */
  readonly count: number;
  private readonly kinds: Uint8Array;
  /**
   * Four int32s per token: start, end, partner (a bracket's matching bracket, or -1 when unclosed or stray)
   * and up (an opener: the bracket enclosing it; any other token: the innermost bracket open after it).
   */
  private readonly data: Int32Array;
  /** [start, end) of each comment, in pairs, in document order. */
  private readonly comments: Int32Array;

  constructor(readonly text: string, readonly syntax: Syntax) {
    const built = build(text, syntax);
    this.count = built.count;
    this.kinds = built.kinds;
    this.data = built.data;
    this.comments = built.comments;
  }

  kind(i: number): TokenKind {
    return KIND_NAMES[this.kinds[i]];
  }

  /** The stored kind code (K.open and K.close tell brackets from other operators). */
  code(i: number): KindCode {
    return this.kinds[i] as KindCode;
  }

  start(i: number): number {
    return this.data[4 * i];
  }

  end(i: number): number {
    return this.data[4 * i + 1];
  }

  isOpen(i: number): boolean {
    return this.kinds[i] === K.open;
  }

  isClose(i: number): boolean {
    return this.kinds[i] === K.close;
  }

  /** Token i is the one-character operator or bracket `ch` (or the operator text `ch`). */
  is(i: number, ch: string): boolean {
    if (i < 0 || i >= this.count) return false;
    const k = this.kinds[i];
    if (k !== K.op && k !== K.open && k !== K.close) return false;
    const s = this.data[4 * i];
    return this.data[4 * i + 1] - s === ch.length && this.text.startsWith(ch, s);
  }

  /** The matching bracket's token index, or -1. */
  partner(i: number): number {
    return this.data[4 * i + 2];
  }

  /**
   * The innermost open bracket at token i: for an opener, the one enclosing it; for any other token, the one
   * still open just after it. -1 at the top level. Following it repeatedly lists the enclosing brackets.
   */
  up(i: number): number {
    return this.data[4 * i + 3];
  }

  /** The source text of token i, or undefined when longer than `max` characters. */
  textOf(i: number, max = Infinity): string | undefined {
    const s = this.data[4 * i];
    const e = this.data[4 * i + 1];
    return e - s <= max ? this.text.slice(s, e) : undefined;
  }

  /** Index of the last token starting before `offset` (-1 when none). */
  lastBefore(offset: number): number {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.data[4 * mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /** Index of the first token starting at or after `offset` (`count` when none). */
  firstFrom(offset: number): number {
    return this.lastBefore(offset) + 1;
  }

  /** The token with start ≤ offset < end, or -1 (the offset is in whitespace, a comment or past the end). */
  tokenAt(offset: number): number {
    const i = this.lastBefore(offset + 1);
    return i >= 0 && this.data[4 * i + 1] > offset ? i : -1;
  }

  /** Is `offset` inside a comment (after its first character, up to its end)? */
  inComment(offset: number): boolean {
    const c = this.comments;
    let lo = 0;
    let hi = c.length >> 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (c[2 * mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && c[2 * (lo - 1) + 1] >= offset;
  }

  /** Bytes held in the typed arrays (the bench's memory figure). */
  get bytes(): number {
    return this.data.byteLength + this.kinds.byteLength + this.comments.byteLength;
  }
}

interface Built {
  readonly count: number;
  readonly kinds: Uint8Array;
  readonly data: Int32Array;
  readonly comments: Int32Array;
}

/** Build space reused between scans of small documents (they are scanned often: allocation would dominate). */
const SMALL = 1 << 14;
const scratch = { kinds: new Uint8Array(SMALL), data: new Int32Array(4 * SMALL) };

/** Columns for about `n` tokens: the shared scratch for small texts, fresh arrays for large ones. */
function columns(n: number): { kinds: Uint8Array; data: Int32Array } {
  return n <= SMALL ? scratch : { kinds: new Uint8Array(n), data: new Int32Array(4 * n) };
}

function grow(cols: { kinds: Uint8Array; data: Int32Array }): { kinds: Uint8Array; data: Int32Array } {
  const n = Math.ceil(cols.kinds.length * 1.5) + 16;
  const kinds = new Uint8Array(n);
  kinds.set(cols.kinds);
  const data = new Int32Array(4 * n);
  data.set(cols.data);
  return { kinds, data };
}

/** The first n tokens' columns as kept: copied out of the scratch, or trimmed when much is unused. */
function keep(cols: { kinds: Uint8Array; data: Int32Array }, n: number): { kinds: Uint8Array; data: Int32Array } {
  if (cols !== scratch && cols.kinds.length - n <= (n >> 2)) return { kinds: cols.kinds.subarray(0, n), data: cols.data.subarray(0, 4 * n) };
  return { kinds: cols.kinds.slice(0, n), data: cols.data.slice(0, 4 * n) };
}

/** Lexes the text and matches brackets, in one linear pass. */
function build(text: string, syntax: Syntax): Built {
  const lex = new Lexer(text, syntax);
  const stack: number[] = [];
  const py = syntax === 'python';
  // most code has a token per 3 to 6 characters
  let cols = columns(Math.ceil(text.length / 3) + 16);
  let { kinds, data } = cols;
  let n = 0;
  for (let kind = lex.next(); kind !== K.eof; kind = lex.next(), n++) {
    if (n === kinds.length) {
      cols = grow(cols);
      ({ kinds, data } = cols);
    }
    const start = lex.start;
    if (py && stack.length > 0 && start > 0 && text.charCodeAt(start - 1) === C.nl && startsStatement(text, start)) stack.length = 0;
    kinds[n] = kind;
    data[4 * n] = start;
    data[4 * n + 1] = lex.end;
    data[4 * n + 2] = -1;
    if (kind === K.open) {
      data[4 * n + 3] = stack.length ? stack[stack.length - 1] : -1;
      stack.push(n);
      continue;
    }
    if (kind === K.close) closeBracket(text, stack, n, data);
    data[4 * n + 3] = stack.length ? stack[stack.length - 1] : -1;
  }
  return { count: n, ...keep(cols, n), comments: Int32Array.from(lex.comments) };
}

/** A closer at token n: pairs with the nearest open bracket of its kind (those above it stay unclosed). */
function closeBracket(text: string, stack: number[], n: number, data: Int32Array): void {
  const want = openerOf(text.charCodeAt(data[4 * n]));
  for (let k = stack.length - 1; k >= 0 && stack.length - k <= MAX_MISMATCH; k--) {
    const open = stack[k];
    if (text.charCodeAt(data[4 * open]) !== want) continue;
    data[4 * n + 2] = open;
    data[4 * open + 2] = n;
    stack.length = k;
    return;
  }
}
