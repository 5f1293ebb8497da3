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

/**
 * Mean, variance (about the mean, two-pass) and a histogram of the first `len` values; non-finite values
 * skipped. Sums are kept in four lanes, lane l summing the values at i ≡ l (mod 4), then added as
 * (l0 + l1) + (l2 + l3): the order of kernels.wat, which does four values at a time, so that both give
 * the same bits. ±0 extremes are reported as +0 (min and max may pick either).
 */
export function summarise(v: Float32Array | Float64Array, len: number, bins: number): Summary {
  let lo = Infinity;
  let hi = -Infinity;
  let n = 0;
  const lanes = new Float64Array(4);
  for (let i = 0; i < len; i++) {
    const x = v[i];
    if (x - x !== 0) continue; // NaN or ±∞
    if (x < lo) lo = x;
    if (x > hi) hi = x;
    lanes[i & 3] += x;
    n++;
  }
  lo += 0;
  hi += 0;
  const mean = n > 0 ? addLanes(lanes) / n : NaN;
  const counts = new Array<number>(bins).fill(0);
  lanes.fill(0);
  const scale = hi > lo ? bins / (hi - lo) : 0;
  const last = bins - 1;
  for (let i = 0; i < len; i++) {
    const x = v[i];
    if (x - x !== 0) continue;
    const d = x - mean;
    lanes[i & 3] += d * d;
    const bin = ((x - lo) * scale) | 0; // x ≥ lo: truncation is the floor
    counts[bin < last ? bin : last]++;
  }
  return { mean, variance: n > 0 ? addLanes(lanes) / n : NaN, histogram: { lo: n > 0 ? lo : NaN, hi: n > 0 ? hi : NaN, counts } };
}

function addLanes(l: Float64Array): number {
  return l[0] + l[1] + (l[2] + l[3]);
}
