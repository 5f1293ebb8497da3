// The one tensor toolkit for nested arrays: map, zip, shape, flatten, reshape, and applying a 1-D function
// along one axis. The core, the call evaluator, the hover and the webviews all use these.
import type { Tensor } from './types';

/** Deeper nesting than this is refused rather than recursed into. */
export const MAX_RANK = 32;

const tooDeep = () => new RangeError(`tensor: nesting deeper than ${MAX_RANK} levels`);

/** f on a number, or on every entry of nested arrays (same nesting out). */
export function mapTensor(t: Tensor, f: (x: number) => number, depth = 0): Tensor {
  if (typeof t === 'number') return f(t);
  if (depth >= MAX_RANK) throw tooDeep();
  const out = new Array<Tensor>(t.length);
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    out[i] = typeof c === 'number' ? f(c) : mapTensor(c, f, depth + 1);
  }
  return out;
}

/** f(a, b) entry by entry, a scalar on either side broadcast; undefined where the nestings differ. */
export function zipTensor(a: Tensor, b: Tensor, f: (x: number, y: number) => number, depth = 0): Tensor | undefined {
  if (typeof a === 'number' && typeof b === 'number') return f(a, b);
  if (typeof a === 'number') return mapTensor(b, (y) => f(a, y), depth);
  if (typeof b === 'number') return mapTensor(a, (x) => f(x, b), depth);
  if (depth >= MAX_RANK) throw tooDeep();
  if (a.length !== b.length) return undefined;
  const out = new Array<Tensor>(a.length);
  for (let i = 0; i < a.length; i++) {
    const r = zipTensor(a[i], b[i], f, depth + 1);
    if (r === undefined) return undefined;
    out[i] = r;
  }
  return out;
}

/** Every number in reading order, whatever the nesting (ragged too), appended to `out`. */
export function flatten(t: Tensor, out: number[] = [], depth = 0): number[] {
  if (typeof t === 'number') {
    out.push(t);
    return out;
  }
  if (depth >= MAX_RANK) throw tooDeep();
  for (let i = 0; i < t.length; i++) flatten(t[i], out, depth + 1);
  return out;
}

/** Number of entries a shape holds (1 for a scalar's []). */
export function sizeOf(shape: readonly number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

/** `flat` laid out row-major in `shape` (a number for []); RangeError when the sizes differ. */
export function reshape(flat: ArrayLike<number>, shape: readonly number[]): Tensor {
  if (shape.length > MAX_RANK) throw tooDeep();
  if (shape.some((d) => !Number.isInteger(d) || d < 0)) throw new RangeError(`tensor: bad shape [${shape.join(', ')}]`);
  if (sizeOf(shape) !== flat.length) throw new RangeError(`tensor: ${flat.length} entries do not fill shape [${shape.join(', ')}]`);
  return build(flat, shape, 0, 0, flat.length);
}

/** `flat` laid out in the nesting of `like` (which has as many entries), ragged or not. */
export function reshapeLike(flat: ArrayLike<number>, like: Tensor): Tensor {
  let k = 0;
  const walk = (t: Tensor): Tensor => (typeof t === 'number' ? flat[k++] : t.map(walk));
  return walk(like);
}

/** The shape read along the first entries ([] for a number); `flattenRect` checks the rest is rectangular. */
export function shapeOf(t: Tensor): number[] {
  const shape: number[] = [];
  let cur: Tensor = t;
  while (Array.isArray(cur)) {
    if (shape.length >= MAX_RANK) throw tooDeep();
    shape.push(cur.length);
    if (cur.length === 0) break;
    cur = cur[0];
  }
  return shape;
}

/** The entries of a rectangular array of `shape` in reading order; RangeError for ragged rows or stray entries. */
export function flattenRect(t: Tensor, shape: readonly number[] = shapeOf(t)): number[] {
  const out: number[] = [];
  flattenInto(t, shape, 0, out);
  return out;
}

function flattenInto(t: Tensor, shape: readonly number[], depth: number, out: number[]): void {
  if (depth === shape.length) {
    if (typeof t !== 'number') throw new RangeError('tensor: entries must be numbers of a rectangular array');
    out.push(t);
    return;
  }
  if (!Array.isArray(t) || t.length !== shape[depth]) throw new RangeError('tensor: ragged nested array (rows differ in length)');
  for (const c of t as readonly Tensor[]) flattenInto(c, shape, depth + 1, out);
}

export function normalizeDim(dim: number, rank: number): number {
  const r = Math.max(rank, 1);
  if (dim < -r || dim >= r) throw new RangeError(`dim must be in [${-r}, ${r - 1}] for a ${rank}-D input, got ${dim}`);
  return dim < 0 ? dim + r : dim;
}

function build(flat: ArrayLike<number>, shape: readonly number[], depth: number, offset: number, stride: number): Tensor {
  if (depth === shape.length) return flat[offset];
  const inner = stride / (shape[depth] || 1);
  const out: Tensor[] = [];
  for (let i = 0; i < shape[depth]; i++) out.push(build(flat, shape, depth + 1, offset + i * inner, inner));
  return out;
}

/**
 * Applies `fn` to every 1-D slice along `dim`. `fn` returns `outLen(n)` values per slice (default n);
 * with `reduce` it returns one value and the axis is dropped (argmax). A scalar is a 1-element vector;
 * an input with an empty axis comes back as it is.
 */
export function alongDim(
  t: Tensor, dim: number, fn: (slice: number[]) => number[], outLen?: (n: number) => number, reduce = false,
): Tensor {
  if (typeof t === 'number') {
    const r = fn([t]);
    return r.length === 1 ? r[0] : r;
  }
  const shape = shapeOf(t);
  const flat = flattenRect(t, shape);
  const d = normalizeDim(dim, shape.length);
  const n = shape[d];
  if (shape.some((k) => k === 0)) return t;
  const m = reduce ? 0 : outLen ? outLen(n) : n;
  const outer = sizeOf(shape.slice(0, d));
  const inner = sizeOf(shape.slice(d + 1));
  const outShape = shape.slice();
  const drop = m === 0;
  if (drop) outShape.splice(d, 1);
  else outShape[d] = m;
  const per = drop ? 1 : m;
  const out = new Float64Array(outer * per * inner);
  const slice = new Array<number>(n);
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      for (let k = 0; k < n; k++) slice[k] = flat[(o * n + k) * inner + i];
      const r = fn(slice);
      for (let k = 0; k < per; k++) out[(o * per + k) * inner + i] = r[k];
    }
  }
  if (outShape.length === 0) return out[0];
  return build(out, outShape, 0, 0, out.length);
}

/** True if any entry of the tensor satisfies `pred` (nesting bounded like the rest). */
export function someEntry(t: Tensor, pred: (x: number) => boolean, depth = 0): boolean {
  if (typeof t === 'number') return pred(t);
  if (depth >= MAX_RANK) throw tooDeep();
  return t.some((c) => someEntry(c, pred, depth + 1));
}
