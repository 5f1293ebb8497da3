// The simulations' randomness: reproducible by seed, and the right distributions.
import * as assert from 'node:assert/strict';
import { Random, deriveSeed } from '../../../src/core/depth/random';
import { haarOrthogonal, sampleOrthogonal, weightVarianceOf } from '../../../src/core/depth/init';
import { normalCdf } from '../../../src/core/depth/gauss';

describe('depth: seeded random numbers', () => {
  it('the same seed gives the same numbers, another seed others', () => {
    const a = new Random(42);
    const b = new Random(42);
    const c = new Random(43);
    const xs = Array.from({ length: 100 }, () => a.normal());
    assert.deepEqual(Array.from({ length: 100 }, () => b.normal()), xs);
    assert.notDeepEqual(Array.from({ length: 100 }, () => c.normal()), xs);
    assert.notEqual(deriveSeed(1, 2), deriveSeed(1, 3));
    assert.notEqual(deriveSeed(1, 2), deriveSeed(2, 2));
  });

  it('uniform() stays in [0, 1) with mean 1/2 and variance 1/12', () => {
    const r = new Random(7);
    const n = 200_000;
    let s = 0;
    let ss = 0;
    for (let i = 0; i < n; i++) {
      const u = r.uniform();
      assert.ok(u >= 0 && u < 1);
      s += u;
      ss += u * u;
    }
    assert.ok(Math.abs(s / n - 0.5) < 0.003);
    assert.ok(Math.abs(ss / n - (s / n) ** 2 - 1 / 12) < 0.002);
  });

  it('normal() follows Φ: the empirical CDF within the Kolmogorov bound, tails included', () => {
    const r = new Random(11);
    const n = 400_000;
    const xs = new Float64Array(n);
    for (let i = 0; i < n; i++) xs[i] = r.normal();
    xs.sort();
    let worst = 0;
    for (let i = 0; i < n; i += 97) worst = Math.max(worst, Math.abs((i + 0.5) / n - normalCdf(xs[i])));
    assert.ok(worst < 1.63 / Math.sqrt(n), `sup |F_n − Φ| = ${worst}`); // 1% level of Kolmogorov's law
    // Beyond the ziggurat's base strip (|z| > 3.44): expected 2·Φ(−3.4426)·n ≈ 230 points.
    const far = xs.filter((x) => Math.abs(x) > 3.442619855899).length;
    const expected = 2 * normalCdf(-3.442619855899) * n;
    assert.ok(Math.abs(far - expected) < 4 * Math.sqrt(expected), `${far} beyond the base strip, expected ≈ ${expected.toFixed(0)}`);
  });
});

describe('depth: initialisations', () => {
  it('name the mean-field σw²: Glorot 1 on square layers, He 2, LeCun 1, custom as given', () => {
    assert.equal(weightVarianceOf('glorot_normal', 100, 100), 1);
    assert.equal(weightVarianceOf('xavier_uniform', 100, 300), 0.5);
    assert.equal(weightVarianceOf('kaiming_normal', 100, 7), 2);
    assert.equal(weightVarianceOf('lecun_uniform', 5, 9), 1);
    assert.equal(weightVarianceOf('custom', 5, 9, 1.7), 1.7);
  });

  it('orthogonal layers are orthogonal: QᵀQ = gain²·I', () => {
    const n = 48;
    const base = haarOrthogonal(n, new Random(3));
    const w = new Float64Array(n * n);
    sampleOrthogonal(w, base, n, 2, new Random(4));
    for (const [m, g2] of [[base, 1], [w, 2]] as const) {
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          let dot = 0;
          for (let k = 0; k < n; k++) dot += m[k * n + i] * m[k * n + j];
          assert.ok(Math.abs(dot - (i === j ? g2 : 0)) < 1e-12, `(${i}, ${j}): ${dot}`);
        }
      }
    }
  });
});
