// Histograms and moments of a layer's values, in one pass for the range and one for the counts.

export interface Histogram {
  /** Left edge of the first bin and right edge of the last (equal when every value is the same). */
  readonly lo: number;
  readonly hi: number;
  /** Count per bin, bins of equal width (hi − lo)/counts.length; the last bin includes hi. */
  readonly counts: number[];
}

export interface Summary {
  readonly mean: number;
  readonly variance: number;
  readonly histogram: Histogram;
}

/** Mean, variance (about the mean, two-pass) and a histogram of the first `len` values; non-finite values skipped. */
export function summarise(v: Float64Array, len: number, bins: number): Summary {
  let lo = Infinity;
  let hi = -Infinity;
  let sum = 0;
  let n = 0;
  for (let i = 0; i < len; i++) {
    const x = v[i];
    if (!Number.isFinite(x)) continue;
    if (x < lo) lo = x;
    if (x > hi) hi = x;
    sum += x;
    n++;
  }
  const mean = n > 0 ? sum / n : NaN;
  const counts = new Array<number>(bins).fill(0);
  let ss = 0;
  const scale = hi > lo ? bins / (hi - lo) : 0;
  for (let i = 0; i < len; i++) {
    const x = v[i];
    if (!Number.isFinite(x)) continue;
    const d = x - mean;
    ss += d * d;
    counts[Math.min(bins - 1, Math.floor((x - lo) * scale))]++;
  }
  return { mean, variance: n > 0 ? ss / n : NaN, histogram: { lo: n > 0 ? lo : NaN, hi: n > 0 ? hi : NaN, counts } };
}
