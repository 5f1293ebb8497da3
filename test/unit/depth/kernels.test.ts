// The WebAssembly kernels (kernels.wat) against the JS ones (dense.ts, histogram.ts, Random): the same
// bits on every shape, odd ones included; both against plain double arithmetic; the bytes committed in
// kernelsWasm.ts are what kernels.wat assembles to; and Node takes the WebAssembly path.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { bestKernelPath, createKernels } from '../../../src/core/depth/kernels';
import type { Kernels } from '../../../src/core/depth/kernels';
import { Random } from '../../../src/core/depth/random';

/** Both kernels with buffers of the same sizes and the same random contents. */
function pair(sizes: number[], seed: number): [Kernels, Kernels] {
  const wasm = createKernels(sizes, Math.max(...sizes), 'wasm');
  const js = createKernels(sizes, Math.max(...sizes), 'js');
  const rng = new Random(seed);
  wasm.buffers.forEach((b, i) => {
    rng.fillNormal(b, 0, 1);
    js.buffers[i].set(b);
  });
  return [wasm, js];
}

function canResolve(name: string): boolean {
  try {
    require.resolve(name);
    return true;
  } catch {
    return false;
  }
}

/** Shapes around the 4 × 8 tiles and the 64-long bands of summed indices. */
const SIZES = [1, 2, 3, 4, 5, 7, 8, 9, 13, 31, 33, 64, 65, 130];

function shapes(count: number, seed: number): [number, number, number][] {
  const rng = new Random(seed);
  const pick = () => SIZES[rng.below(SIZES.length)];
  return Array.from({ length: count }, () => [pick(), pick(), pick()]);
}

describe('depth: kernels', () => {
  it('Node takes the WebAssembly SIMD path', () => {
    assert.equal(bestKernelPath(), 'wasm');
    assert.equal(createKernels([4], 4).path, 'wasm');
  });

  it('forward, backward and weight gradient: the same bits on both paths, on 60 shapes', () => {
    for (const [batch, n, m] of shapes(60, 1)) {
      const [w, j] = pair([batch * n, m * n, m, batch * m, batch * m, batch * n, m * n], batch * 1000 + n * 10 + m);
      const at = (k: Kernels) => {
        const [x, wt, bias, out, g, back, dw] = k.buffers;
        k.forward(x, batch, n, wt, m, bias, out);
        k.backward(g, batch, m, wt, n, back);
        k.weightGradient(g, x, batch, m, n, dw);
        return [out, back, dw];
      };
      assert.deepEqual(at(w), at(j), `batch ${batch}, n ${n}, m ${m}`);
    }
  });

  it('forward, backward and weight gradient are the sums they stand for (float32 rounding of double arithmetic)', () => {
    const [batch, n, m] = [9, 130, 13];
    const [k] = pair([batch * n, m * n, m, batch * m, batch * m, batch * n, m * n], 7);
    const [x, w, bias, out, g, back, dw] = k.buffers;
    k.forward(x, batch, n, w, m, bias, out);
    k.backward(g, batch, m, w, n, back);
    k.weightGradient(g, x, batch, m, n, dw);
    const close = (what: string, got: number, terms: number[]) => {
      const exact = terms.reduce((a, t) => a + t, 0);
      const scale = terms.reduce((a, t) => a + Math.abs(t), 0);
      assert.ok(Math.abs(got - exact) <= 1e-6 * scale, `${what}: ${got} vs ${exact}`);
    };
    for (let b = 0; b < batch; b++) {
      for (let i = 0; i < m; i++) close(`out[${b}, ${i}]`, out[b * m + i], [bias[i], ...Array.from({ length: n }, (_, c) => x[b * n + c] * w[i * n + c])]);
      for (let c = 0; c < n; c += 17) close(`back[${b}, ${c}]`, back[b * n + c], Array.from({ length: m }, (_, i) => g[b * m + i] * w[i * n + c]));
    }
    for (let i = 0; i < m; i++) for (let c = 0; c < n; c += 11) close(`dw[${i}, ${c}]`, dw[i * n + c], Array.from({ length: batch }, (_, b) => g[b * m + i] * x[b * n + c]));
  });

  it('normal and uniform fills draw what the JS Random draws, and leave it where it would be', () => {
    for (const len of [0, 1, 5, 1000, 4097]) {
      const [w, j] = pair([len], 0);
      const rw = new Random(99);
      const rj = new Random(99);
      w.fillNormal(rw, w.buffers[0], 0.25, 1.5);
      j.fillNormal(rj, j.buffers[0], 0.25, 1.5);
      assert.deepEqual(w.buffers[0], j.buffers[0]);
      w.fillUniform(rw, w.buffers[0], 0.7);
      j.fillUniform(rj, j.buffers[0], 0.7);
      assert.deepEqual(w.buffers[0], j.buffers[0]);
      assert.equal(rw.uint32(), rj.uint32(), `the stream goes on alike after ${len}`);
    }
    // The ziggurat's slow paths (wedges, the tail beyond 3.44) happen in 1.2% of draws: 10⁵ draws have them.
    const [w] = pair([100_000], 0);
    w.fillNormal(new Random(5), w.buffers[0], 0, 1);
    const js = new Float64Array(100_000);
    new Random(5).fillNormal(js);
    assert.deepEqual(w.buffers[0], Float32Array.from(js));
    assert.ok(w.buffers[0].some((x) => Math.abs(x) > 3.5), 'a tail draw was made');
  });

  it('summarise: the same bits on both paths, with NaN, ±∞, ±0, constant and empty runs, odd lengths', () => {
    const cases: number[][] = [[], [NaN], [Infinity, -Infinity], [0, -0, 0], [-0], [2, 2, 2, 2, 2], [1, NaN, 3, Infinity, -2, 5, -0, 7, 0.5]];
    const rng = new Random(3);
    for (const len of [1, 3, 4, 7, 64, 1001]) cases.push(Array.from({ length: len }, () => rng.normal() * 10 ** rng.below(6)));
    for (const values of cases) {
      for (const bins of [1, 7, 200]) {
        const [w, j] = pair([values.length + 3], 0);
        w.buffers[0].set(values);
        j.buffers[0].set(values);
        assert.deepEqual(w.summarise(w.buffers[0], values.length, bins), j.summarise(j.buffers[0], values.length, bins), `${values.slice(0, 9)} (${values.length}), ${bins} bins`);
      }
    }
  });

  it('summarise is the mean, variance and histogram of the finite values', () => {
    const values = [1, NaN, 3, Infinity, -2, 5, -0, 7, 0.5];
    const [k] = pair([values.length], 0);
    k.buffers[0].set(values);
    const s = k.summarise(k.buffers[0], values.length, 4);
    const finite = values.filter(Number.isFinite);
    const mean = finite.reduce((a, x) => a + x, 0) / finite.length;
    assert.ok(Math.abs(s.mean - mean) < 1e-15);
    assert.ok(Math.abs(s.variance - finite.reduce((a, x) => a + (x - mean) ** 2, 0) / finite.length) < 1e-14);
    // bins of width 9/4 from −2: {−2, −0}, {0.5, 1}, {3}, {5, 7 (the last bin includes hi)}
    assert.deepEqual(s.histogram, { lo: -2, hi: 7, counts: [2, 2, 1, 2] });
  });

  it('multiply: the same bits on both paths, odd lengths', () => {
    for (const n of [0, 1, 3, 4, 9, 1027]) {
      const [w, j] = pair([n, n], n);
      w.multiply(w.buffers[0], w.buffers[1], n);
      j.multiply(j.buffers[0], j.buffers[1], n);
      assert.deepEqual(w.buffers[0], j.buffers[0]);
    }
  });

  it('refuses a buffer that is not one of its own, and a layer larger than it was made for', () => {
    const k = createKernels([4, 4, 9, 3, 3], 4, 'wasm');
    const [a, b, w, bias, out] = k.buffers;
    assert.throws(() => k.multiply(new Float32Array(4), b, 4), /not one of its own/);
    assert.throws(() => k.forward(a, 1, 3, w, 3, bias, out), /larger than the kernels were made for/);
  });

  it('kernelsWasm.ts holds what kernels.wat assembles to', function () {
    this.timeout(60_000);
    const root = path.join(__dirname, '..', '..', '..');
    // wabt is a devDependency: a checkout whose node_modules predates it says so instead of failing.
    if (!canResolve('wabt')) this.skip();
    const r = spawnSync(process.execPath, ['scripts/wasm.mjs', '--check'], { cwd: root, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  });
});
