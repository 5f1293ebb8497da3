// The plot's numbers, with no DOM: the table's grid, where the gradient vanishes, what overflowed, the CSV
// text and file names. Sampling itself is the core's (sampleInto, evaluateInto). Unit-tested in plain Node.
import { allocateSamples, evaluateInto, formatNumber, gridX, type DType, type Samples, type ScalarKernels } from '../../src/core';
import { TABLE_POINTS, type InputTransform, type ParamValues, type Range } from '../../src/protocol';

/** points per curve in the chart */
export const CHART_SAMPLES = 1000;

/** f and f′ at one point through the transform and dtype (the core's evaluateInto, into a fresh pair). */
export function valueAt(k: ScalarKernels, x: number, t: InputTransform, dtype: DType): { y: number; dy: number } {
  const out = { y: 0, dy: 0 };
  evaluateInto(out, k, x, t, dtype);
  return out;
}

/**
 * The table's (and the CSV's) x values: TABLE_POINTS evenly spaced points of the range, each rounded to a
 * few digits past the step so they read as typed (−5.88, not −5.879999999999999).
 */
export function tableXs(range: Range, n = TABLE_POINTS): Float64Array {
  const step = (range.max - range.min) / (n - 1);
  const digits = Math.min(15, Math.max(0, 2 - Math.floor(Math.log10(step))));
  const xs = new Float64Array(n);
  for (let i = 0; i < n; i++) xs[i] = Number(gridX(range.min, range.max, i, n).toFixed(digits));
  return xs;
}

/** f and f′ at each of `xs` (the table's rows): the core's evaluateInto per point. */
export function sampleAt(xs: Float64Array, k: ScalarKernels, t: InputTransform, dtype: DType): Samples {
  const out = allocateSamples(xs.length);
  const v = { y: 0, dy: 0 };
  for (let i = 0; i < xs.length; i++) {
    evaluateInto(v, k, xs[i], t, dtype);
    out.xs[i] = xs[i];
    out.ys[i] = v.y;
    out.dys[i] = v.dy;
  }
  return out;
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

/** Longest export file name (the protocol allows LIMITS.fileName). */
const MAX_FILE_NAME = 90;

/** A file name for exports naming every function (`activation-gelu-leaky_relu.png`), or as many as fit and "and N more". */
export function exportFileName(ids: readonly string[], ext: 'png' | 'csv'): string {
  const safe = ids.map((id) => id.replace(/[^\w-]/g, '_'));
  const name = (body: string) => `activation-${body}.${ext}`;
  if (safe.length === 0) return name('plot');
  for (let k = safe.length; k >= 1; k--) {
    const body = safe.slice(0, k).join('-') + (k < safe.length ? `-and-${safe.length - k}-more` : '');
    if (name(body).length <= MAX_FILE_NAME) return name(body);
  }
  return name(`${safe.length}-functions`);
}

/**
 * What a key does to the visible range when the chart has focus: + and − zoom about the centre, ←/→ pan by a
 * tenth (Shift: a half), 0 or Home resets. Undefined for other keys.
 */
export function keyRange(range: Range, key: string, shift = false): Range | 'reset' | undefined {
  const width = range.max - range.min;
  const mid = (range.min + range.max) / 2;
  const around = (w: number) => ({ min: mid - w / 2, max: mid + w / 2 });
  const by = (d: number) => ({ min: range.min + d, max: range.max + d });
  switch (key) {
    case '+': case '=': return around(width / 1.25);
    case '-': case '_': return around(width * 1.25);
    case 'ArrowLeft': return by(-width * (shift ? 0.5 : 0.1));
    case 'ArrowRight': return by(width * (shift ? 0.5 : 0.1));
    case '0': case 'Home': return 'reset';
    default: return undefined;
  }
}
