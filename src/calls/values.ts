// What an argument evaluates to, and the arithmetic between such values with each language's rules
// (Python lists repeat and concatenate, tensors and Julia vectors work element-wise, JS arrays do neither).
import { mapTensor, shapeOf, zipTensor, type Tensor } from '../core';
import type { Syntax } from './language';
import { MAX_ELEMENTS, PROBLEM } from './limits';

export type Val =
  | { readonly k: 'num'; readonly v: number; readonly dtype?: string; div?: Division }
  /** A Python list or tuple, a Julia vector, a JS array. */
  | { readonly k: 'list'; readonly items: readonly Val[]; div?: Division }
  /** A list of plain numbers, nested to any depth and rectangular (the common large literal), without a Val per number. */
  | { readonly k: 'numlist'; readonly nums: readonly Tensor[]; div?: Division }
  /** What a tensor constructor returned (or arithmetic on one): numbers only. */
  | { readonly k: 'tensor'; readonly t: Tensor; readonly dtype?: string; div?: Division }
  | { readonly k: 'str'; readonly v: string; div?: Division }
  | { readonly k: 'bool'; readonly v: boolean; div?: Division }
  | { readonly k: 'none'; div?: Division }
  /** A dotted name that is not a known constant: `torch.float16`, or a variable. */
  | { readonly k: 'name'; readonly path: string; div?: Division }
  /** Not a literal; `why` is a problem worth reporting instead of "needs a literal argument". */
  | { readonly k: 'opaque'; readonly why?: string; div?: Division };

/** Set on the value of an expression whose outermost operation is a division (`softmax(x / T)`). */
export interface Division {
  readonly num: Val;
  readonly den: Val;
}

export const OPAQUE: Val = { k: 'opaque' };
export const opaque = (why?: string): Val => (why ? { k: 'opaque', why } : OPAQUE);
export const num = (v: number, dtype?: string): Val => (dtype ? { k: 'num', v, dtype } : { k: 'num', v });

/** The first problem message inside a value (a BigInt, a division by zero), if any. */
export function whyOpaque(v: Val): string | undefined {
  if (v.k === 'opaque') return v.why;
  if (v.k === 'list') {
    for (const i of v.items) {
      const w = whyOpaque(i);
      if (w) return w;
    }
  }
  return undefined;
}

/** Counts the numbers a tensor holds. */
export function countOf(t: Tensor): number {
  if (typeof t === 'number') return 1;
  let n = 0;
  for (let i = 0; i < t.length; i++) n += countOf(t[i]);
  return n;
}

/** The items of a list value (a numlist's numbers as values), or undefined for anything else. */
export function itemsOf(v: Val): readonly Val[] | undefined {
  if (v.k === 'list') return v.items;
  if (v.k === 'numlist') return v.nums.map((x): Val => (typeof x === 'number' ? num(x) : { k: 'numlist', nums: x as Tensor[] }));
  return undefined;
}

function rawTensor(v: Val): Tensor | string {
  switch (v.k) {
    case 'num': return v.v;
    case 'tensor': return v.t;
    case 'numlist': return v.nums;
    case 'list': {
      const out: Tensor[] = [];
      for (let k = 0; k < v.items.length; k++) {
        const r = rawTensor(v.items[k]);
        if (typeof r === 'string') return r;
        out.push(r);
      }
      return out;
    }
    case 'opaque': return v.why ?? PROBLEM.literal;
    case 'name': return PROBLEM.literal;
    default: return PROBLEM.numeric;
  }
}

/** Is `t` rectangular with exactly these dimensions? */
export function fits(t: Tensor, dims: readonly number[], d: number): boolean {
  if (typeof t === 'number') return d === dims.length;
  if (d >= dims.length || t.length !== dims[d]) return false;
  if (t.length === 0) return true;
  for (let i = 0; i < t.length; i++) if (!fits(t[i], dims, d + 1)) return false;
  return true;
}

/**
 * The numbers a value holds as a tensor (nested arrays), or a problem: a string, a ragged list, an opaque part.
 * Numbers keep their value; booleans are not numbers here.
 */
export function toTensor(v: Val): { t: Tensor } | { problem: string } {
  const t = rawTensor(v);
  if (typeof t === 'string') return { problem: t };
  let dims: number[];
  try {
    dims = shapeOf(t);
  } catch {
    return { problem: PROBLEM.tooManyDims };
  }
  if (v.k === 'list' && !fits(t, dims, 0)) return { problem: PROBLEM.ragged };
  return { t };
}

function itemsLength(v: Val): number {
  return v.k === 'list' ? v.items.length : v.k === 'numlist' ? v.nums.length : -1;
}

function pyMod(x: number, y: number): number {
  const r = x % y;
  return r !== 0 && (r < 0) !== (y < 0) ? r + y : r;
}

const ARITHMETIC = new Set(['+', '.+', '-', '.-', '*', '.*', '/', './', '//', '÷', '%', '.%', '**', '^', '.^']);

/** x op y with the language's rules; undefined means "not a literal value" (Python would raise). */
function scalar(op: string, x: number, y: number, syntax: Syntax): number | undefined {
  const py = syntax === 'python';
  switch (op) {
    case '+': case '.+': return x + y;
    case '-': case '.-': return x - y;
    case '*': case '.*': return x * y;
    case '/': case './': return py && y === 0 ? undefined : x / y;
    case '//': return py && y !== 0 ? Math.floor(x / y) : undefined;
    case '÷': return Math.trunc(x / y);
    case '%': case '.%': return py ? (y === 0 ? undefined : pyMod(x, y)) : x % y;
    case '**': case '^': case '.^':
      if (x < 0 && !Number.isInteger(y) && Number.isFinite(y)) return syntax === 'js' ? NaN : undefined;
      if (py && x === 0 && y < 0) return undefined;
      return x ** y;
    default: return undefined;
  }
}

function numbersOf(v: Val, tensorLike: boolean): Tensor | undefined {
  if (v.k === 'num') return v.v;
  if (v.k === 'tensor') return v.t;
  if ((v.k === 'list' || v.k === 'numlist') && tensorLike) {
    const r = toTensor(v);
    return 't' in r ? r.t : undefined;
  }
  return undefined;
}

const dtypeOf = (a: Val, b: Val): string | undefined =>
  (a.k === 'tensor' || a.k === 'num' ? a.dtype : undefined) ?? (b.k === 'tensor' || b.k === 'num' ? b.dtype : undefined);

function fail(op: string, syntax: Syntax, x: number, y: number): string | undefined {
  if (syntax !== 'python') return undefined;
  if ((op === '/' || op === '//' || op === '%') && y === 0) return 'division by zero';
  if ((op === '**') && x < 0 && !Number.isInteger(y)) return PROBLEM.complex;
  return undefined;
}

/** a op b for literal values; anything else is opaque (with a reason where Python would raise). */
export function binary(op: string, a: Val, b: Val, syntax: Syntax): Val {
  if (a.k === 'num' && b.k === 'num') {
    const r = scalar(op, a.v, b.v, syntax);
    return r === undefined ? opaque(fail(op, syntax, a.v, b.v)) : num(r, a.dtype ?? b.dtype);
  }
  if (a.k === 'opaque' || b.k === 'opaque') return opaque(whyOpaque(a) ?? whyOpaque(b));
  const py = syntax === 'python';
  // Python sequences: + concatenates, * repeats
  const la = py ? itemsLength(a) : -1;
  const lb = py ? itemsLength(b) : -1;
  if (la >= 0 && lb >= 0 && op === '+') {
    if (la + lb > MAX_ELEMENTS) return opaque(PROBLEM.tooLarge);
    return { k: 'list', items: [...(itemsOf(a) ?? []), ...(itemsOf(b) ?? [])] };
  }
  if (op === '*' && ((la >= 0 && b.k === 'num') || (a.k === 'num' && lb >= 0))) {
    const list = la >= 0 ? a : b;
    const n = (a.k === 'num' ? a : b) as Extract<Val, { k: 'num' }>;
    if (!Number.isInteger(n.v)) return opaque();
    const one = itemsOf(list) ?? [];
    // [] * 10**300 is [] (and must not loop 10**300 times)
    const times = one.length === 0 ? 0 : Math.max(0, n.v);
    if (one.length * times > MAX_ELEMENTS) return opaque(PROBLEM.tooLarge);
    const items: Val[] = [];
    for (let i = 0; i < times; i++) items.push(...one);
    return { k: 'list', items };
  }
  if (!ARITHMETIC.has(op)) return opaque();
  // element-wise: tensors everywhere, Julia vectors too; a Python list or JS array is not a vector
  const listsAreVectors = syntax === 'julia';
  if (syntax === 'js' && (a.k !== 'num' || b.k !== 'num')) return opaque();
  const x = numbersOf(a, listsAreVectors);
  const y = numbersOf(b, listsAreVectors);
  if (x === undefined || y === undefined) return opaque();
  if (typeof x === 'number' && typeof y === 'number') {
    const r = scalar(op, x, y, syntax);
    return r === undefined ? opaque(fail(op, syntax, x, y)) : num(r, dtypeOf(a, b));
  }
  let bad = false;
  const r = zipTensor(x, y, (p, q) => {
    const s = scalar(op, p, q, syntax);
    if (s === undefined) { bad = true; return NaN; }
    return s;
  });
  if (bad || r === undefined) return opaque();
  return { k: 'tensor', t: r, dtype: dtypeOf(a, b) };
}

/** -v / +v. */
export function unary(op: string, v: Val, syntax: Syntax): Val {
  if (op === '+' && (v.k === 'num' || v.k === 'tensor')) return v.div ? { ...v, div: undefined } : v;
  if (v.k === 'num') return num(-v.v, v.dtype);
  if (v.k === 'tensor') return { k: 'tensor', t: mapTensor(v.t, (x) => -x), dtype: v.dtype };
  if ((v.k === 'list' || v.k === 'numlist') && syntax === 'julia') {
    const r = toTensor(v);
    if ('t' in r) return { k: 'tensor', t: mapTensor(r.t, (x) => -x) };
  }
  if (v.k === 'bool' && syntax === 'python') return num(v.v ? -1 : 0);
  return opaque(whyOpaque(v));
}
