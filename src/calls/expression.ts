// A recursive-descent reader of argument expressions that evaluates literals as it goes: numbers, unary ±,
// + − * / ** % (^ and .op in Julia), parentheses, lists and tuples, constants and tensor constructors. It
// never evaluates code: whatever it does not know becomes "opaque". Bounded by the token stream (stream.ts):
// numbers, tokens and nesting are capped, after which it stops and says why.
import type { Framework } from '../core/frameworks';
import { builtin, constant, method, type Args } from './builtins';
import { expandName } from './callees';
import type { ImportTable } from './imports';
import type { Syntax } from './language';
import { MAX_CHAIN } from './limits';
import { numberValue } from './literals';
import type { DocumentScan } from './scan';
import { TokenStream, type Token } from './stream';
import { binary, num, OPAQUE, unary, type Val } from './values';

export type { Stop } from './stream';

export interface CallArgs {
  readonly positional: Val[];
  readonly keywords: Map<string, Val>;
  /** `*args`, `**kwargs`, `xs...`: arguments we cannot see. */
  starred: boolean;
}

export interface ParseEnv {
  readonly syntax: Syntax;
  readonly imports: ImportTable;
  readonly fallback: Framework;
  /** Evaluates an activation call nested in an argument (`F.softmax(F.gelu(x))`); undefined if not one. */
  readonly nested?: (parts: readonly string[], args: CallArgs, broadcast: boolean) => Val | undefined;
  /** The literal value a name holds from a straight-line binding in the same file (./constants.ts); `from` is where it is used. */
  readonly value?: (parts: readonly string[], from: number) => Val | undefined;
}

const T: Val = { k: 'bool', v: true };
const F: Val = { k: 'bool', v: false };
const NONE: Val = { k: 'none' };
/** Each language's literal words, and the words that start code we do not read (`skip`: the argument is opaque). */
const KEYWORDS: Readonly<Record<Syntax, ReadonlyMap<string, Val | 'skip'>>> = {
  python: new Map<string, Val | 'skip'>([['True', T], ['False', F], ['None', NONE], ['lambda', 'skip'], ['not', 'skip'], ['await', 'skip'], ['yield', 'skip']]),
  js: new Map<string, Val | 'skip'>([['true', T], ['false', F], ['null', NONE], ['undefined', NONE], ['new', 'skip'], ['function', 'skip'], ['typeof', 'skip']]),
  julia: new Map<string, Val | 'skip'>([['true', T], ['false', F], ['nothing', NONE]]),
};

/** `nan` after `from numpy import *`. */
function starConstant(env: ParseEnv, parts: readonly string[]): Val | undefined {
  if (parts.length !== 1 || env.imports.aliases.has(parts[0]) || env.imports.locals.has(parts[0])) return undefined;
  for (const star of env.imports.stars) {
    const c = constant(`${star}.${parts[0]}`, env.syntax);
    if (c) return c;
  }
  return undefined;
}

/** Multiplicative operators of the three languages (× ⋅ in Julia). */
const MUL = new Set(['*', '/', '%', '//', '.*', './', '.%', '÷', '×', '⋅', '@']);

/** Expressions: arithmetic, postfix calls and attributes, primaries, lists. */
export abstract class ExpressionReader extends TokenStream {
  /** Reads tokens [from, to) of the scan: a call's arguments without its brackets. */
  constructor(scan: DocumentScan, from: number, to: number, protected readonly env: ParseEnv) {
    super(scan, from, to);
  }

  expression(): Val {
    if (this.stop) return OPAQUE;
    let left = this.term();
    let chain = 0;
    while (!this.stop) {
      const t = this.peek();
      if (t.type !== 'op' || !(t.text === '+' || t.text === '-' || t.text === '.+' || t.text === '.-' || t.text === '−')) break;
      if (++chain > MAX_CHAIN) { this.stop = 'tooLongExpression'; break; }
      this.take();
      left = binary(t.text === '−' ? '-' : t.text as string, left, this.term(), this.env.syntax);
    }
    return left;
  }

  private term(): Val {
    let left = this.unaryExpr();
    let chain = 0;
    while (!this.stop) {
      const t = this.peek();
      if (t.type !== 'op' || !MUL.has(t.text as string)) break;
      if (++chain > MAX_CHAIN) { this.stop = 'tooLongExpression'; break; }
      if (t.text === '//' && this.env.syntax !== 'python') break;
      this.take();
      const op = t.text === '×' || t.text === '⋅' ? '*' : (t.text as string);
      const right = this.unaryExpr();
      const r = op === '@' ? OPAQUE : binary(op, left, right, this.env.syntax);
      left = op === '/' || op === './' ? { ...r, div: { num: left, den: right } } : r;
    }
    return left;
  }

  private unaryExpr(): Val {
    const t = this.peek();
    if (t.type === 'op' && (t.text === '-' || t.text === '+' || t.text === '−')) {
      this.take();
      if (!this.enter()) return OPAQUE;
      try {
        return unary(t.text === '+' ? '+' : '-', this.unaryExpr(), this.env.syntax);
      } finally {
        this.leave();
      }
    }
    return this.power();
  }

  private power(): Val {
    const base = this.postfix();
    const t = this.peek();
    const pow = this.env.syntax === 'julia' ? t.text === '^' || t.text === '.^' : t.text === '**';
    if (t.type !== 'op' || !pow || this.stop) return base;
    this.take();
    if (!this.enter()) return OPAQUE;
    try {
      return binary(t.text as string, base, this.unaryExpr(), this.env.syntax);
    } finally {
      this.leave();
    }
  }

  /** After a call's '(' (taken): its arguments, to its ')' (taken). */
  protected abstract callArgs(): CallArgs;

  private callName(parts: readonly string[], args: CallArgs, broadcast: boolean): Val {
    if (args.starred) return OPAQUE;
    const full = expandName(parts, this.env.imports, this.env.syntax, this.env.fallback);
    const f = builtin(full, this.env.syntax);
    if (f) return f({ pos: args.positional, kw: args.keywords } as Args, this.env.syntax);
    return this.env.nested?.(parts, args, broadcast) ?? OPAQUE;
  }

  private postfix(): Val {
    let v = this.primary();
    let parts: string[] | undefined = v.k === 'name' ? [v.path] : undefined;
    while (!this.stop) {
      const t = this.peek();
      if (t.type !== 'op') break;
      if (t.text === '.' || t.text === '?.') {
        const n = this.peek(1);
        if (n.type === 'op' && n.text === '(' && this.env.syntax === 'julia' && parts) {
          this.take();
          this.take();
          v = this.callName(parts, this.callArgs(), true);
          parts = undefined;
          continue;
        }
        if (n.type !== 'id' || !n.text) break;
        this.take();
        this.take();
        if (parts) { parts.push(n.text); continue; }
        if (this.is('(')) {
          this.take();
          const a = this.callArgs();
          v = a.starred ? OPAQUE : method(v, n.text, { pos: a.positional, kw: a.keywords });
        } else v = OPAQUE;
        continue;
      }
      if (t.text === '(') {
        this.take();
        const a = this.callArgs();
        v = parts ? this.callName(parts, a, false) : OPAQUE;
        parts = undefined;
        continue;
      }
      if (t.text === '[') {
        const typed = parts && parts.length === 1 && this.env.syntax === 'julia' && /^Float(16|32|64)$/.test(parts[0]) && t.start === this.lastEnd;
        this.take();
        if (typed && parts) {
          const list = this.listBody(']');
          v = this.callName(parts, { positional: [list], keywords: new Map(), starred: false }, false);
        } else {
          this.skipGroup();
          v = OPAQUE;
        }
        parts = undefined;
        continue;
      }
      if (t.text === "'" && this.env.syntax === 'julia') { this.take(); v = OPAQUE; parts = undefined; continue; }
      break;
    }
    if (parts) {
      const full = expandName(parts, this.env.imports, this.env.syntax, this.env.fallback);
      return constant(full, this.env.syntax) ?? starConstant(this.env, parts) ?? this.env.value?.(parts, this.lastEnd) ?? { k: 'name', path: full };
    }
    return v;
  }

  /** End of the last primary token (for Julia's `2π` and `Float32[…]`, which need no space). */
  private lastEnd = -1;

  private primary(): Val {
    const t = this.take();
    this.lastEnd = t.end;
    const syn = this.env.syntax;
    switch (t.type) {
      case 'num': {
        if (!this.countNumber()) return OPAQUE;
        const v = numberValue(t.text, syn);
        const n = this.peek();
        // Julia: 2π, 2x, 2(x + 1)
        if (syn === 'julia' && n.start === t.end && (n.type === 'id' || (n.type === 'op' && n.text === '('))) {
          return binary('*', v, this.postfix(), syn);
        }
        return v;
      }
      case 'str':
        return t.text === undefined ? OPAQUE : { k: 'str', v: t.text };
      case 'id':
        return this.word(t);
      case 'op':
        if (t.text === '(') return this.parenthesised();
        if (t.text === '[') {
          if (!this.enter()) return OPAQUE;
          const v = this.fastList() ?? this.listBody(']');
          this.leave();
          return v;
        }
        if (t.text === '{') { this.skipGroup(); return OPAQUE; }
        return OPAQUE;
      default:
        return OPAQUE;
    }
  }

  private word(t: Token): Val {
    const w = t.text ?? '';
    const known = KEYWORDS[this.env.syntax].get(w);
    if (known === 'skip') { this.skipArgument(); return OPAQUE; }
    return known ?? (w ? { k: 'name', path: w } : OPAQUE);
  }

  private parenthesised(): Val {
    if (!this.enter()) return OPAQUE;
    try {
      if (this.is(')')) { this.take(); return { k: 'list', items: [] }; }
      const first = this.expression();
      if (this.is(')')) { this.take(); return first; }
      if (!this.is(',')) { this.skipGroup(); return OPAQUE; }
      const items = [first];
      while (this.is(',') && !this.stop) {
        this.take();
        if (this.is(')')) break;
        items.push(this.expression());
      }
      if (!this.is(')')) { this.skipGroup(); return OPAQUE; }
      this.take();
      return { k: 'list', items };
    } finally {
      this.leave();
    }
  }

  /**
   * After '[': items to ']' (Julia also separates by ';'); comprehensions and matrices are opaque. A list of
   * plain numbers stays a numlist; the first other item turns it into values.
   */
  private listBody(close: string): Val {
    let nums: number[] | undefined = [];
    let items: Val[] = [];
    if (close === ']') this.numberRun(nums);
    while (!this.stop) {
      const t = this.peek();
      if (t.type === 'eof') return OPAQUE;
      if (t.type === 'op' && t.text === close) {
        this.take();
        return nums ? { k: 'numlist', nums } : { k: 'list', items };
      }
      const v = this.expression();
      if (nums && v.k === 'num' && !v.dtype && !v.div) nums.push(v.v);
      else {
        if (nums) { items = nums.map((x) => num(x)); nums = undefined; }
        items.push(v);
      }
      const n = this.peek();
      if (n.type === 'op' && (n.text === ',' || (n.text === ';' && this.env.syntax === 'julia'))) {
        this.take();
        if (nums && close === ']') this.numberRun(nums);
        continue;
      }
      if (n.type === 'op' && n.text === close) continue;
      this.skipGroup();
      return OPAQUE;
    }
    return OPAQUE;
  }
}
