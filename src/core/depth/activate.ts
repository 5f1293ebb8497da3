// A layer's activation over a batch: the one loop of the simulation and the training run that calls the
// activation's kernels per value (f and f′ in double, stored as float32), with the counts both need.
import type { ScalarKernels } from '../types';

/**
 * a = f(h) over batch × n values (a row per input, a column per unit); f′(h) into `slopes` as far as it
 * reaches (all rows, or the first few), alive[j] = 1 for each unit j with f′ ≠ 0 somewhere. Returns how
 * many values have |f′| below `threshold`.
 */
export function activate(k: ScalarKernels, h: Float32Array, a: Float32Array, batch: number, n: number, slopes: Float32Array, alive: Uint8Array, threshold: number): number {
  const { f, df } = k;
  const kept = slopes.length;
  let saturated = 0;
  for (let b = 0; b < batch; b++) {
    const o = b * n;
    const keep = o < kept;
    for (let j = 0; j < n; j++) {
      const x = h[o + j];
      a[o + j] = f(x);
      const d = df(x);
      if (d !== 0) alive[j] = 1;
      if (Math.abs(d) < threshold) saturated++;
      if (keep) slopes[o + j] = d;
    }
  }
  return saturated;
}
