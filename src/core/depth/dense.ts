// Dense kernels for the simulations: y = W·x + b over a batch, and its transpose for the backward
// pass. Row-major: x is batch × n (one input per row), W is m × n (one unit's weights per row).
// Two inputs × two units per pass share each load (four dot products in flight).

/** out[b, i] = Σ_k w[i, k]·x[b, k] + bias[i], for b < batch, i < m. */
export function forwardDense(x: Float64Array, batch: number, n: number, w: Float64Array, m: number, bias: Float64Array, out: Float64Array): void {
  let b = 0;
  for (; b + 1 < batch; b += 2) {
    const x0 = b * n;
    const x1 = x0 + n;
    let i = 0;
    for (; i + 1 < m; i += 2) {
      const w0 = i * n;
      const w1 = w0 + n;
      let s00 = 0, s01 = 0, s10 = 0, s11 = 0;
      for (let k = 0; k < n; k++) {
        const a0 = x[x0 + k];
        const a1 = x[x1 + k];
        const c0 = w[w0 + k];
        const c1 = w[w1 + k];
        s00 += a0 * c0;
        s01 += a0 * c1;
        s10 += a1 * c0;
        s11 += a1 * c1;
      }
      out[b * m + i] = s00 + bias[i];
      out[b * m + i + 1] = s01 + bias[i + 1];
      out[(b + 1) * m + i] = s10 + bias[i];
      out[(b + 1) * m + i + 1] = s11 + bias[i + 1];
    }
    for (; i < m; i++) {
      out[b * m + i] = dot(x, x0, w, i * n, n) + bias[i];
      out[(b + 1) * m + i] = dot(x, x1, w, i * n, n) + bias[i];
    }
  }
  for (; b < batch; b++) {
    for (let i = 0; i < m; i++) out[b * m + i] = dot(x, b * n, w, i * n, n) + bias[i];
  }
}

function dot(x: Float64Array, xo: number, w: Float64Array, wo: number, n: number): number {
  let s = 0;
  for (let k = 0; k < n; k++) s += x[xo + k] * w[wo + k];
  return s;
}

/** out[b, k] = Σ_i w[i, k]·g[b, i]: the gradient through the layer, for b < batch. */
export function backwardDense(g: Float64Array, batch: number, m: number, w: Float64Array, n: number, out: Float64Array): void {
  out.fill(0, 0, batch * n);
  for (let b = 0; b < batch; b++) {
    const o = b * n;
    for (let i = 0; i < m; i++) {
      const gi = g[b * m + i];
      if (gi === 0) continue;
      const wi = i * n;
      for (let k = 0; k < n; k++) out[o + k] += w[wi + k] * gi;
    }
  }
}

/** dw[i, k] += Σ_b g[b, i]·x[b, k]: the weight gradient of y = W·x over a batch. */
export function accumulateWeightGradient(g: Float64Array, x: Float64Array, batch: number, m: number, n: number, dw: Float64Array): void {
  for (let b = 0; b < batch; b++) {
    const xo = b * n;
    for (let i = 0; i < m; i++) {
      const gi = g[b * m + i];
      if (gi === 0) continue;
      const wo = i * n;
      for (let k = 0; k < n; k++) dw[wo + k] += gi * x[xo + k];
    }
  }
}
