// The gated family over the two halves of a vector, x = [a, b]: out_i = g(a_i)·b_i (swiglu, geglu, reglu) or
// a_i·g(b_i) (glu), with their Jacobians; and crelu's concatenation [relu(x), relu(−x)].
import type { ScalarKernels } from '../types';

/** Which half goes through the gate: glu gates with the second (a ⊗ σ(b)), swiglu and kin the first (g(a) ⊗ b). */
export type GatedHalf = 'first' | 'second';

function halves(xs: ArrayLike<number>, id: string): number {
  if (xs.length % 2 !== 0) throw new RangeError(`${id}: the size along dim must be even, got ${xs.length}`);
  return xs.length / 2;
}

/** g(a)·b (gate 'first') or a·g(b) (gate 'second'), n/2 entries. */
export function gated1d(id: string, xs: ArrayLike<number>, g: (x: number) => number, gate: GatedHalf): number[] {
  const h = halves(xs, id);
  const out = new Array<number>(h);
  for (let i = 0; i < h; i++) {
    const a = xs[i];
    const b = xs[i + h];
    out[i] = gate === 'first' ? g(a) * b : a * g(b);
  }
  return out;
}

/** ∂out_i/∂x_j, n/2 rows of n: nonzero only at a_i and b_i. */
export function gatedJacobian(id: string, xs: ArrayLike<number>, k: ScalarKernels, gate: GatedHalf): number[][] {
  const h = halves(xs, id);
  const rows: number[][] = [];
  for (let i = 0; i < h; i++) {
    const row = new Array<number>(2 * h).fill(0);
    const a = xs[i];
    const b = xs[i + h];
    if (gate === 'first') {
      row[i] = k.df(a) * b;
      row[i + h] = k.f(a);
    } else {
      row[i] = k.f(b);
      row[i + h] = a * k.df(b);
    }
    rows.push(row);
  }
  return rows;
}

/** TensorFlow's crelu: [relu(x), relu(−x)], 2n entries. */
export function crelu1d(xs: ArrayLike<number>, relu: (x: number) => number): number[] {
  const n = xs.length;
  const out = new Array<number>(2 * n);
  for (let i = 0; i < n; i++) {
    out[i] = relu(xs[i]);
    out[i + n] = relu(-xs[i]);
  }
  return out;
}

/** 2n rows of n: diag(relu′(x)) over −diag(relu′(−x)). */
export function creluJacobian(xs: ArrayLike<number>, reluDerivative: (x: number) => number): number[][] {
  const n = xs.length;
  const rows: number[][] = [];
  for (let i = 0; i < 2 * n; i++) {
    const row = new Array<number>(n).fill(0);
    const k = i % n;
    row[k] = i < n ? reluDerivative(xs[k]) : -reluDerivative(-xs[k]);
    rows.push(row);
  }
  return rows;
}
