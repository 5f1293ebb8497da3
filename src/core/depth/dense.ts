// The dense layers' kernels in plain JS on float32 buffers: the fallback where WebAssembly is refused,
// and the reference the WebAssembly kernels (kernels.wat) are tested against. Row-major: x is
// batch × n (one input per row), W is m × n (one unit's incoming weights per row).
//
// Each output starts from its initial value (the bias, or 0) and adds its products in the order of the
// summed index, each product and each sum rounded to float32 (Math.fround: rounding the exact double
// result of a float32 + or × once more to float32 is the float32 operation), as kernels.wat does: the
// two give the same bits. Two rows × two units (forward) or four summed indices (the others) per pass
// share the loads; the order of the sums is the same.

const round = Math.fround;

/** out[b, i] = bias[i] + Σ_k x[b, k]·w[i, k], for b < batch, i < m. */
export function forwardDense(x: Float32Array, batch: number, n: number, w: Float32Array, m: number, bias: Float32Array, out: Float32Array): void {
  let b = 0;
  for (; b + 1 < batch; b += 2) {
    const x0 = b * n;
    const x1 = x0 + n;
    let i = 0;
    for (; i + 1 < m; i += 2) {
      const w0 = i * n;
      const w1 = w0 + n;
      let s00 = bias[i], s01 = bias[i + 1], s10 = bias[i], s11 = bias[i + 1];
      for (let k = 0; k < n; k++) {
        const a0 = x[x0 + k];
        const a1 = x[x1 + k];
        const c0 = w[w0 + k];
        const c1 = w[w1 + k];
        s00 = round(s00 + round(a0 * c0));
        s01 = round(s01 + round(a0 * c1));
        s10 = round(s10 + round(a1 * c0));
        s11 = round(s11 + round(a1 * c1));
      }
      out[b * m + i] = s00;
      out[b * m + i + 1] = s01;
      out[(b + 1) * m + i] = s10;
      out[(b + 1) * m + i + 1] = s11;
    }
    for (; i < m; i++) {
      out[b * m + i] = dot(x, x0, w, i * n, n, bias[i]);
      out[(b + 1) * m + i] = dot(x, x1, w, i * n, n, bias[i]);
    }
  }
  for (; b < batch; b++) {
    for (let i = 0; i < m; i++) out[b * m + i] = dot(x, b * n, w, i * n, n, bias[i]);
  }
}

function dot(x: Float32Array, xo: number, w: Float32Array, wo: number, n: number, init: number): number {
  let s = init;
  for (let k = 0; k < n; k++) s = round(s + round(x[xo + k] * w[wo + k]));
  return s;
}

/** out[b, k] = Σ_i g[b, i]·w[i, k]: the gradient through the layer, for b < batch. */
export function backwardDense(g: Float32Array, batch: number, m: number, w: Float32Array, n: number, out: Float32Array): void {
  out.fill(0, 0, batch * n);
  for (let b = 0; b < batch; b++) addRows(out, b * n, g, b * m, 1, w, n, n, m);
}

/** dw[i, k] = Σ_b g[b, i]·x[b, k]: the weight gradient of y = W·x over a batch. */
export function weightGradient(g: Float32Array, x: Float32Array, batch: number, m: number, n: number, dw: Float32Array): void {
  dw.fill(0, 0, m * n);
  for (let i = 0; i < m; i++) addRows(dw, i * n, g, i, m, x, n, n, batch);
}

/**
 * out[o + k] += Σ_j c[co + j·cs]·rows[j·ld + k] for k < n, j = 0 … count − 1 in order: the rows taken
 * four at a time, each output kept in a register across them.
 */
function addRows(out: Float32Array, o: number, c: Float32Array, co: number, cs: number, rows: Float32Array, ld: number, n: number, count: number): void {
  let j = 0;
  for (; j + 3 < count; j += 4) {
    const c0 = c[co + j * cs], c1 = c[co + (j + 1) * cs], c2 = c[co + (j + 2) * cs], c3 = c[co + (j + 3) * cs];
    const r0 = j * ld, r1 = r0 + ld, r2 = r1 + ld, r3 = r2 + ld;
    for (let k = 0; k < n; k++) {
      let t = out[o + k];
      t = round(t + round(c0 * rows[r0 + k]));
      t = round(t + round(c1 * rows[r1 + k]));
      t = round(t + round(c2 * rows[r2 + k]));
      out[o + k] = round(t + round(c3 * rows[r3 + k]));
    }
  }
  for (; j < count; j++) {
    const cj = c[co + j * cs];
    const r = j * ld;
    for (let k = 0; k < n; k++) out[o + k] = round(out[o + k] + round(cj * rows[r + k]));
  }
}
