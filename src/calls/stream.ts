// The token stream under the argument reader: the document scan's tokens between a call's brackets, with
// lookahead, bracket depth, the bounds (tokens read and skipped, numbers, nesting) and the fast paths that
// read long literal number lists straight from the text. Skipping a bracket group is one jump (the scan
// knows its partner); nothing here lexes again.
import { MAX_DEPTH, MAX_ELEMENTS, MAX_TOKEN_TEXT, MAX_TOKENS } from './limits';
import { plainNumber, plainNumberEnd, scanNumericList, skipSpace } from './literals';
import { stringValue, type DocumentScan } from './scan';
import { C } from './scan/chars';
import { fits, type Val } from './values';
import { MAX_RANK, shapeOf } from '../core';

/** Number literals read: the input's elements plus a few parameters (the input's size is checked on its own). */
const MAX_LITERALS = MAX_ELEMENTS + 64;

export type TokenType = 'id' | 'num' | 'str' | 'op' | 'bad' | 'eof';

export interface Token {
  readonly type: TokenType;
  readonly start: number;
  readonly end: number;
  /** id/op/num: the source text ('' when longer than MAX_TOKEN_TEXT); str: the decoded value, or undefined if long. */
  readonly text: string | undefined;
}

export type Stop = 'tooLarge' | 'tooDeep' | 'tooLongExpression' | 'tooManyTokens';

export class TokenStream {
  stop: Stop | undefined;
  /** The next token's index. */
  private cur: number;
  private readonly eof: Token;
  /** Text offset where the range ends (the closing bracket's start). */
  private readonly endPos: number;
  private elements = 0;
  private tokens = 0;
  private skipped = 0;
  protected depth = 0;
  /** The last two tokens built (peek(0) and peek(1) are asked for repeatedly). */
  private memo: [number, Token | undefined, number, Token | undefined] = [-1, undefined, -1, undefined];

  /** Tokens [from, to) of `scan`: a call's arguments, its brackets excluded. */
  constructor(protected readonly scan: DocumentScan, private readonly from: number, private readonly to: number) {
    this.cur = from;
    this.endPos = to < scan.count ? scan.start(to) : scan.text.length;
    this.eof = { type: 'eof', start: this.endPos, end: this.endPos, text: '' };
  }

  protected get syntax(): DocumentScan['syntax'] {
    return this.scan.syntax;
  }

  private build(i: number): Token {
    const m = this.memo;
    if (m[0] === i) return m[1] as Token;
    if (m[2] === i) return m[3] as Token;
    const s = this.scan;
    const type = s.kind(i);
    const text = type === 'str' ? stringValue(s, i) : type === 'bad' ? '' : s.textOf(i, MAX_TOKEN_TEXT) ?? '';
    const t: Token = { type, start: s.start(i), end: s.end(i), text };
    this.memo = [i, t, m[0], m[1]];
    return t;
  }

  protected peek(k = 0): Token {
    const i = this.cur + k;
    return this.stop || i >= this.to ? this.eof : this.build(i);
  }

  protected take(): Token {
    const t = this.peek();
    if (t.type === 'eof') return t;
    this.cur++;
    if (++this.tokens > MAX_TOKENS) this.stop = 'tooLarge';
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

  /** One step over token `cur` in an unreadable stretch: a whole bracket group at once. */
  private step(): void {
    const p = this.scan.isOpen(this.cur) ? this.scan.partner(this.cur) : -1;
    this.cur = p > this.cur && p < this.to ? p + 1 : this.cur + 1;
    if (++this.skipped > MAX_TOKENS) this.stop ??= 'tooManyTokens';
  }

  /** Skips to the closer of the bracket just entered (consuming it), or to the end. */
  protected skipGroup(): void {
    while (!this.stop && this.cur < this.to) {
      if (this.scan.isClose(this.cur)) { this.cur++; return; }
      this.step();
    }
  }

  /** After an unreadable argument: skips to the next separator at this level (`,`, Julia `;`) or closer. */
  protected skipArgument(): void {
    const s = this.scan;
    while (!this.stop && this.cur < this.to) {
      if (s.isClose(this.cur) || s.is(this.cur, ',') || (this.syntax === 'julia' && s.is(this.cur, ';'))) return;
      this.step();
    }
  }

  protected countNumber(): boolean {
    if (++this.elements > MAX_LITERALS) this.stop ??= 'tooLarge';
    return !this.stop;
  }

  /** Text offset just after the last token taken: where the fast paths start reading. */
  private textPos(): number {
    return this.cur > this.from ? this.scan.end(this.cur - 1) : this.cur < this.scan.count ? this.scan.start(this.cur) : this.endPos;
  }

  /** Continues after text read by a fast path: at the first token from `pos`. */
  private seek(pos: number): void {
    this.cur = Math.min(this.to, this.scan.firstFrom(pos));
  }

  /** Where a fast list read last failed: no fast attempts start before it (each list is scanned fast once). */
  private fastFail = -1;

  /** After '[': a rectangular list of plain numbers at any depth, read in one pass, or undefined. */
  protected fastList(): Val | undefined {
    const pos = this.textPos();
    if (this.stop || pos < this.fastFail) return undefined;
    const r = scanNumericList(this.scan.text, pos, this.endPos, Math.min(MAX_RANK - 1, MAX_DEPTH - this.depth), MAX_LITERALS - this.elements);
    if ('failAt' in r) {
      if (r.tooMany) this.stop = 'tooLarge';
      this.fastFail = r.failAt;
      return undefined;
    }
    if (!fits(r.items, shapeOf(r.items), 0)) {
      this.fastFail = r.end;
      return undefined;
    }
    this.elements += r.count;
    this.seek(r.end);
    return { k: 'numlist', nums: r.items };
  }

  /**
   * A run of plain numbers `1.0, -2, 3e-4,` read straight from the text into `nums` (no tokens, no values):
   * long literal lists are the common large input. Stops before anything else, which the general path reads.
   */
  protected numberRun(nums: number[]): void {
    if (this.stop) return;
    const t = this.scan.text;
    const end = this.endPos;
    let i = this.textPos();
    const first = i;
    while (true) {
      const s = skipSpace(t, i, end);
      const j = plainNumberEnd(t, s, end);
      if (j < 0) break;
      const k = skipSpace(t, j, end);
      const c = t.charCodeAt(k);
      // the number must end the item: a ',' follows (consumed) or the ']' (left for the reader)
      const comma = c === C.comma;
      if (k >= end || (!comma && c !== C.rsquare)) break;
      if (!this.countNumber()) break;
      nums.push(plainNumber(t, s, j));
      i = comma ? k + 1 : k;
      if (!comma) break;
    }
    if (i > first) this.seek(i);
  }
}
