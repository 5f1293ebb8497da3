// The plot's numbers, with no DOM: sampling through the input transform and a dtype, where the gradient
// vanishes, what overflowed, and the CSV text. Unit-tested in plain Node.
import { formatNumber, toDType } from '../../src/core';
import type { DType, ScalarKernels } from '../../src/core';
import type { InputTransform, ParamValues, Range } from '../../src/protocol';

/** points per curve in the chart (and the CSV) */
export const CHART_SAMPLES = 1000;
/** rows of the "Show as table" view */
export const TABLE_ROWS = 101;

export interface SampleBuffers {
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  readonly dys: Float64Array;
}

export function allocate(n: number): SampleBuffers {
  return { xs: new Float64Array(n), ys: new Float64Array(n), dys: new Float64Array(n) };
}

/** x at index i of n points spread evenly over the range, hitting both ends exactly (the core's sample() grid). */
export function gridX(range: Range, i: number, n: number): number {
  return i === n - 1 ? range.max : range.min + i * ((range.max - range.min) / (n - 1));
}

/**
 * f(u) and m·f'(u) with u = m·x + c, in `dtype`: the input is rounded to the dtype before f, and the results
 * after, as a framework computing in that dtype would (the staircase and overflow of low precision).
 */
export function evaluate(k: ScalarKernels, x: number, t: InputTransform, dtype: DType): { y: number; dy: number } {
  if (dtype === 'float64') {
    const u = t.m * x + t.c;
    return { y: k.f(u), dy: t.m * k.df(u) };
  }
  const u = toDType(t.m * x + t.c, dtype);
  return { y: toDType(k.f(u), dtype), dy: toDType(t.m * k.df(u), dtype) };
}

/** Fills `out` (all its length) with the curve over the range. */
export function sampleInto(out: SampleBuffers, k: ScalarKernels, range: Range, t: InputTransform, dtype: DType): void {
  const n = out.xs.length;
  const { m, c } = t;
  if (dtype === 'float64') {
    for (let i = 0; i < n; i++) {
      const x = gridX(range, i, n);
      const u = m * x + c;
      out.xs[i] = x;
      out.ys[i] = k.f(u);
      out.dys[i] = m * k.df(u);
    }
    return;
  }
  for (let i = 0; i < n; i++) {
    const x = gridX(range, i, n);
    const v = evaluate(k, x, t, dtype);
    out.xs[i] = x;
    out.ys[i] = v.y;
    out.dys[i] = v.dy;
  }
}

export interface Interval {
  readonly from: number;
  readonly to: number;
}

export interface GradientRegions {
  /** 0 < |f'| < threshold */
  readonly vanishing: Interval[];
  /** f' exactly 0 */
  readonly zero: Interval[];
}

/** Runs of samples where the gradient vanishes or is exactly zero, widened by half a step each side. */
export function gradientRegions(xs: ArrayLike<number>, dys: ArrayLike<number>, threshold: number): GradientRegions {
  const n = xs.length;
  const out: GradientRegions = { vanishing: [], zero: [] };
  if (n < 2) return out;
  const half = (xs[n - 1] - xs[0]) / (n - 1) / 2;
  const kind = (d: number) => (d === 0 ? 2 : Math.abs(d) < threshold ? 1 : 0); // NaN → 0
  let start = 0;
  let current = kind(dys[0]);
  for (let i = 1; i <= n; i++) {
    const k = i < n ? kind(dys[i]) : -1;
    if (k === current) continue;
    if (current > 0) {
      const iv = { from: Math.max(xs[0], xs[start] - half), to: Math.min(xs[n - 1], xs[i - 1] + half) };
      (current === 2 ? out.zero : out.vanishing).push(iv);
    }
    start = i;
    current = k;
  }
  return out;
}

/** A note when a curve has non-finite values (overflow in a low dtype, log of 0, …); undefined if none. */
export function nonFiniteNote(label: string, xs: ArrayLike<number>, ys: ArrayLike<number>, digits = 4): string | undefined {
  let first = -1;
  let last = -1;
  let inf = 0;
  let nan = 0;
  for (let i = 0; i < ys.length; i++) {
    const y = ys[i];
    if (Number.isFinite(y)) continue;
    if (y !== y) nan++;
    else inf++;
    if (first < 0) first = i;
    last = i;
  }
  if (first < 0) return undefined;
  const what = inf > 0 && nan === 0 ? 'overflows to ±∞' : nan > 0 && inf === 0 ? 'is NaN' : 'is not finite';
  const where = first === last ? `at x = ${formatNumber(xs[first], digits)}` : `for x in [${formatNumber(xs[first], digits)}, ${formatNumber(xs[last], digits)}]`;
  return `${label} ${what} ${where} (${inf + nan} of ${ys.length} points; not drawn)`;
}

/** `leaky_relu(negative_slope=0.2)`: a function with its non-default parameters. */
export function functionLabel(id: string, params: ParamValues): string {
  const args = Object.entries(params).map(([k, v]) => `${k}=${typeof v === 'number' ? String(v) : `'${v}'`}`);
  return args.length ? `${id}(${args.join(', ')})` : id;
}

export function csvField(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export interface CsvColumn {
  readonly name: string;
  readonly values: ArrayLike<number>;
}

/** A header and one row per sample; numbers round-trip (String(v)); NaN and ±Infinity spelled as JS does. */
export function csvText(columns: readonly CsvColumn[]): string {
  if (columns.length === 0) return '';
  const n = Math.min(...columns.map((c) => c.values.length));
  const lines = [columns.map((c) => csvField(c.name)).join(',')];
  for (let i = 0; i < n; i++) {
    let row = '';
    for (let j = 0; j < columns.length; j++) row += (j ? ',' : '') + String(columns[j].values[i]);
    lines.push(row);
  }
  return lines.join('\n') + '\n';
}

/** A file name for exports: `activation-gelu-leaky_relu.png`. */
export function exportFileName(ids: readonly string[], ext: 'png' | 'csv'): string {
  const body = ids.length ? ids.slice(0, 4).join('-') : 'plot';
  return `activation-${body.replace(/[^\w-]/g, '_')}.${ext}`.slice(0, 90);
}
