// The one sampler: a function and its derivative on an even grid over [min, max], through the input
// transform x = m·x′ + b and an optional dtype, into caller-owned arrays. The panel, the playground's mini
// chart, the hover curve and the tests all sample through it, so they draw the same points.
import { toDType, type DType } from './dtype';
import type { ElementwiseActivation, Params, ScalarKernels } from './types';

export interface Samples {
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  readonly dys: Float64Array;
}

/** The seed's input transform x = m·x′ + b: scale m, shift b. */
export interface InputTransform {
  readonly m: number;
  readonly b: number;
}

export const IDENTITY: InputTransform = { m: 1, b: 0 };

export interface SampleOptions {
  readonly transform?: InputTransform;
  /** Round the input before f and the results after, as a framework computing in that dtype would. */
  readonly dtype?: DType;
  /** 'nan' writes NaN for ±∞ too (a chart gap instead of a line to the edge); default 'keep'. */
  readonly nonFinite?: 'keep' | 'nan';
}

/** Largest sample count `sample()` allocates for. */
export const MAX_SAMPLES = 1_000_000;

export function allocateSamples(n: number): Samples {
  return { xs: new Float64Array(n), ys: new Float64Array(n), dys: new Float64Array(n) };
}

/** x at index i of n points spread evenly over [min, max], hitting both ends exactly. */
export function gridX(min: number, max: number, i: number, n: number): number {
  return i === n - 1 ? max : min + i * ((max - min) / (n - 1));
}

/** f(u) and m·f′(u) at one point, u = m·x + b, in `dtype`; written into `out` (no allocation). */
export function evaluateInto(
  out: { y: number; dy: number }, k: ScalarKernels, x: number, t: InputTransform = IDENTITY, dtype: DType = 'float64',
): void {
  if (dtype === 'float64') {
    const u = t.m * x + t.b;
    out.y = k.f(u);
    out.dy = t.m * k.df(u);
    return;
  }
  const u = toDType(t.m * x + t.b, dtype);
  out.y = toDType(k.f(u), dtype);
  out.dy = toDType(t.m * k.df(u), dtype);
}

function checkRange(min: number, max: number): void {
  if (!Number.isFinite(min) || !Number.isFinite(max) || !(min < max)) {
    throw new RangeError(`range must be finite with min < max, got [${min}, ${max}]`);
  }
}

/** Fills all of `out` (its length is the sample count, ≥ 2) with the curve over [min, max]. */
export function sampleInto(out: Samples, k: ScalarKernels, min: number, max: number, options: SampleOptions = {}): void {
  checkRange(min, max);
  const n = out.xs.length;
  if (n < 2 || out.ys.length < n || out.dys.length < n) throw new RangeError(`sampleInto: needs ≥ 2 samples in each array, got ${n}`);
  const t = options.transform ?? IDENTITY;
  const dtype = options.dtype ?? 'float64';
  const { xs, ys, dys } = out;
  if (dtype === 'float64') {
    // The common case inline: no per-point call through evaluateInto.
    const { m, b } = t;
    for (let i = 0; i < n; i++) {
      const x = gridX(min, max, i, n);
      const u = m * x + b;
      xs[i] = x;
      ys[i] = k.f(u);
      dys[i] = m * k.df(u);
    }
  } else {
    const v = { y: 0, dy: 0 };
    for (let i = 0; i < n; i++) {
      const x = gridX(min, max, i, n);
      evaluateInto(v, k, x, t, dtype);
      xs[i] = x;
      ys[i] = v.y;
      dys[i] = v.dy;
    }
  }
  if (options.nonFinite === 'nan') {
    for (let i = 0; i < n; i++) {
      if (!Number.isFinite(ys[i])) ys[i] = NaN;
      if (!Number.isFinite(dys[i])) dys[i] = NaN;
    }
  }
}

/**
 * n points evenly spaced over [min, max] (n ≥ 2) of f(m·x′ + b) and its derivative m·f′(m·x′ + b), in new
 * arrays. Throws RangeError for a range that is not finite and increasing, or a bad count.
 */
export function sample(
  def: ElementwiseActivation, params: Params | undefined, min: number, max: number, n: number, options: SampleOptions = {},
): Samples {
  checkRange(min, max);
  if (!Number.isInteger(n) || n < 2 || n > MAX_SAMPLES) throw new RangeError(`samples must be an integer in [2, ${MAX_SAMPLES}], got ${n}`);
  const out = allocateSamples(n);
  sampleInto(out, def.bind(params), min, max, options);
  return out;
}
