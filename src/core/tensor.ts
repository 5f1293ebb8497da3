// Nested arrays with a `dim`: check the shape, apply a 1-D function along one axis, rebuild.
import type { Tensor } from './types';

/** Deeper nesting than this is refused rather than recursed into. */
export const MAX_RANK = 32;

export function shapeOf(t: Tensor): number[] {
  const shape: number[] = [];
  let cur: Tensor = t;
  while (Array.isArray(cur)) {
    if (shape.length >= MAX_RANK) throw new RangeError(`tensor: nesting deeper than ${MAX_RANK} levels`);
    shape.push(cur.length);
    if (cur.length === 0) break;
    cur = cur[0];
  }
  return shape;
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
  const flat: number[] = [];
  flattenInto(t, shape, 0, flat);
  const d = normalizeDim(dim, shape.length);
  const n = shape[d];
  if (shape.some((k) => k === 0)) return t;
  const m = reduce ? 0 : outLen ? outLen(n) : n;
  const outer = shape.slice(0, d).reduce((a, b) => a * b, 1);
  const inner = shape.slice(d + 1).reduce((a, b) => a * b, 1);
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

/** True if any entry of the tensor satisfies `pred` (bounded by the same shape checks). */
export function someEntry(t: Tensor, pred: (x: number) => boolean): boolean {
  if (typeof t === 'number') return pred(t);
  return (t as readonly Tensor[]).some((c) => someEntry(c, pred));
}
