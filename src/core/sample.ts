// Sampling for plots: a function and its derivative on [a, b], through the input transform x = m·x' + c.
import type { ElementwiseActivation, Params } from './types';

export interface Samples {
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  readonly dys: Float64Array;
}

export interface InputTransform {
  /** scale m */
  readonly m: number;
  /** shift c */
  readonly c: number;
}

/**
 * n points evenly spaced over [a, b] (n ≥ 2), of f(m·x' + c) and its derivative m·f'(m·x' + c).
 * Throws RangeError for a range that is not finite and increasing.
 */
export function sample(
  def: ElementwiseActivation, params: Params | undefined, a: number, b: number, n: number,
  transform: InputTransform = { m: 1, c: 0 },
): Samples {
  if (!Number.isFinite(a) || !Number.isFinite(b) || !(a < b)) {
    throw new RangeError(`range must be finite with min < max, got [${a}, ${b}]`);
  }
  if (!Number.isInteger(n) || n < 2 || n > 1_000_000) throw new RangeError(`samples must be an integer in [2, 1000000], got ${n}`);
  const { f, df } = def.bind(params);
  const { m, c } = transform;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const dys = new Float64Array(n);
  const step = (b - a) / (n - 1);
  for (let i = 0; i < n; i++) {
    const x = i === n - 1 ? b : a + i * step;
    const u = m * x + c;
    xs[i] = x;
    ys[i] = f(u);
    dys[i] = m * df(u);
  }
  return { xs, ys, dys };
}
