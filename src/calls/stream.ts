// The token stream under the argument reader: lookahead, bracket depth, the bounds (tokens, numbers,
// nesting) and the fast paths that read long literal number lists straight from the text.
import { skipToSeparator } from './brackets';
import type { Syntax } from './language';
import { MAX_DEPTH, MAX_ELEMENTS } from './limits';
import { plainNumber, plainNumberEnd, scanNumericList, skipSpace } from './literals';
import { Lexer, type Token } from './tokenizer';
import { dimsOf, fits, type Val } from './values';

/** Tokens read before giving up: enough for MAX_ELEMENTS numbers in nested lists with signs. */
const MAX_TOKENS = 3 * MAX_ELEMENTS;
/** Number literals read: the input's elements plus a few parameters (the input's size is checked on its own). */
const MAX_LITERALS = MAX_ELEMENTS + 64;

const EOF: Token = { type: 'eof', start: 0, end: 0, text: '' };

export type Stop = 'tooLarge' | 'tooDeep' | 'tooLongExpression';

export class TokenStream {
  stop: Stop | undefined;
  protected readonly lex: Lexer;
  /** Lookahead: buf[head…] are read but not taken. */
  private buf: Token[] = [];
  private head = 0;
  private elements = 0;
  private tokens = 0;
  protected depth = 0;

  constructor(text: string, start: number, end: number, protected readonly syntax: Syntax) {
    this.lex = new Lexer(text, start, end, syntax);
  }

  protected peek(k = 0): Token {
    while (this.buf.length - this.head <= k) {
      if (this.stop) return EOF;
      const t = this.lex.next();
      if (t.type !== 'eof' && ++this.tokens > MAX_TOKENS) { this.stop = 'tooLarge'; return EOF; }
      if (this.head > 64 && this.head === this.buf.length) { this.buf = []; this.head = 0; }
      this.buf.push(t);
      if (t.type === 'eof') break;
    }
    return this.buf[Math.min(this.head + k, this.buf.length - 1)];
  }

  protected take(): Token {
    const t = this.peek();
    if (t.type !== 'eof') this.head++;
    return t;
  }

  protected is(text: string, k = 0): boolean {
    const t = this.peek(k);
    return t.type === 'op' && t.text === text;
  }

  protected enter(): boolean {
    if (++this.depth > MAX_DEPTH) this.stop ??= 'tooDeep';
    return !this.stop;
  }

  protected leave(): void {
    this.depth--;
  }

  /** Skips to the closer of the bracket just entered (consuming it), or to the end. */
  protected skipGroup(): void {
    let d = 1;
    while (!this.stop) {
      const t = this.take();
      if (t.type === 'eof') return;
      if (t.type !== 'op') continue;
      if (t.text === '(' || t.text === '[' || t.text === '{') d++;
      else if (t.text === ')' || t.text === ']' || t.text === '}') { if (--d === 0) return; }
    }
  }

  /** After an unreadable argument: skips to the next top-level separator. */
  protected skipArgument(): void {
    if (this.depth === 0 && !this.stop) {
      // rewind to the first unread token and skip the text itself, building no tokens
      const next = this.buf[this.head];
      if (next?.type === 'eof') return;
      if (next) this.lex.pos = next.start;
      this.buf = [];
      this.head = 0;
      skipToSeparator(this.lex);
      return;
    }
    while (!this.stop) {
      const t = this.peek();
      if (t.type === 'eof' || (t.type === 'op' && (t.text === ',' || (t.text === ';' && this.syntax === 'julia')))) return;
      this.take();
      if (t.type === 'op' && (t.text === '(' || t.text === '[' || t.text === '{')) this.skipGroup();
    }
  }

  protected countNumber(): boolean {
    if (++this.elements > MAX_LITERALS) this.stop ??= 'tooLarge';
    return !this.stop;
  }

  /** Where a fast list read last failed: no fast attempts start before it (each list is scanned fast once). */
  private fastFail = -1;

  /** After '[': a rectangular list of plain numbers at any depth, read in one pass, or undefined. */
  protected fastList(): Val | undefined {
    if (this.head !== this.buf.length || this.stop || this.lex.pos < this.fastFail) return undefined;
    const r = scanNumericList(this.lex.text, this.lex.pos, this.lex.end, MAX_DEPTH - this.depth, MAX_LITERALS - this.elements);
    if ('failAt' in r) {
      if (r.tooMany) this.stop = 'tooLarge';
      this.fastFail = r.failAt;
      return undefined;
    }
    if (!fits(r.items, dimsOf(r.items), 0)) {
      this.fastFail = r.end;
      return undefined;
    }
    this.elements += r.count;
    this.lex.pos = r.end;
    return { k: 'numlist', nums: r.items };
  }

  /**
   * A run of plain numbers `1.0, -2, 3e-4,` read straight from the text into `nums` (no tokens, no values):
   * long literal lists are the common large input. Stops before anything else, which the general path reads.
   */
  protected numberRun(nums: number[]): void {
    if (this.head !== this.buf.length || this.stop) return;
    const t = this.lex.text;
    const end = this.lex.end;
    let i = this.lex.pos;
    while (true) {
      const s = skipSpace(t, i, end);
      const j = plainNumberEnd(t, s, end);
      if (j < 0) return;
      const k = skipSpace(t, j, end);
      const c = t.charCodeAt(k);
      // the number must end the item: a ',' follows (consumed) or the ']' (left for the reader)
      if (k >= end || (c !== 0x2c && c !== 0x5d)) return;
      if (!this.countNumber()) return;
      nums.push(plainNumber(t, s, j));
      i = c === 0x2c ? k + 1 : k;
      this.lex.pos = i;
      if (c === 0x5d) return;
    }
  }

}
