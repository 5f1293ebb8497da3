// Mean-field identities: what the theory must give whatever the quadrature (Poole et al. 2016;
// Schoenholz et al. 2017), and the messages a bad argument gets.
import * as assert from 'node:assert/strict';
import { criticalPoint, edgeOfChaos, gaussianExpectations, signalPropagation, throughActivation } from '../../../src/core';

const close = (actual: number, expected: number, rel: number, what: string) =>
  assert.ok(Math.abs(actual - expected) <= rel * Math.abs(expected), `${what}: ${actual} vs ${expected} (rel ${rel})`);

describe('depth: signal propagation', () => {
  it('ReLU at σw² = 2, σb² = 0 keeps q constant and χ = 1 over 100 layers', () => {
    const { q, chi } = signalPropagation('relu', {}, { weightVariance: 2, biasVariance: 0, inputVariance: 0.7, depth: 100 });
    assert.equal(q.length, 101);
    assert.equal(chi.length, 100);
    q.forEach((v, l) => close(v, 0.7, 1e-13, `q[${l}]`));
    chi.forEach((v, l) => close(v, 1, 1e-14, `chi[${l}]`));
  });

  it('ReLU with a bias variance grows q linearly: q[l] = q⁰ + l·σb² at σw² = 2', () => {
    const { q } = signalPropagation('relu', {}, { weightVariance: 2, biasVariance: 0.1, inputVariance: 1, depth: 30 });
    q.forEach((v, l) => close(v, 1 + 0.1 * l, 1e-13, `q[${l}]`));
  });

  it('linear networks multiply q by σw² and add σb² exactly', () => {
    const { q, chi } = signalPropagation('linear', {}, { weightVariance: 0.9, biasVariance: 0.2, inputVariance: 3, depth: 10 });
    for (let l = 0; l < 10; l++) close(q[l + 1], 0.9 * q[l] + 0.2, 1e-15, `q[${l + 1}]`);
    chi.forEach((v) => close(v, 0.9, 1e-15, 'chi'));
  });

  it('tanh in the ordered phase shrinks q toward its fixed point and χ < 1 there', () => {
    const { q, chi } = signalPropagation('tanh', {}, { weightVariance: 0.8, biasVariance: 0, inputVariance: 1, depth: 60 });
    for (let l = 0; l < 60; l++) assert.ok(q[l + 1] < q[l], `q decreases at layer ${l}`);
    assert.ok(chi[59] < 0.81 && chi[59] > 0.79, `chi → σw²·tanh′(0)² = 0.8, got ${chi[59]}`);
  });

  it('a depth of 0 gives only the input variance', () => {
    assert.deepEqual(signalPropagation('gelu', {}, { weightVariance: 2, biasVariance: 0, inputVariance: 1, depth: 0 }), { q: [1], chi: [] });
  });

  it('an exploding exponential network overflows to q = ∞ and χ = NaN, not an exception', () => {
    const { q, chi } = signalPropagation('exponential', {}, { weightVariance: 4, biasVariance: 0, inputVariance: 1, depth: 8 });
    assert.equal(q[8], Infinity);
    assert.ok(Number.isNaN(chi[7]));
  });
});

describe('depth: edge of chaos', () => {
  it('ReLU is critical at σw² = 2 for any bias variance', () => {
    for (const b of [0, 0.05, 1]) close(edgeOfChaos('relu', {}, b), 2, 1e-14, `σb² = ${b}`);
  });

  it('leaky ReLU is critical at 2/(1 + a²)', () => {
    close(edgeOfChaos('leaky_relu', { negative_slope: 0.2 }, 0.1), 2 / 1.04, 1e-14, 'a = 0.2');
  });

  it('tanh is critical at σw² = 1 when σb² = 0, and near 1.76 at σb² = 0.05', () => {
    close(edgeOfChaos('tanh', {}, 0), 1, 1e-12, 'σb² = 0');
    const c = criticalPoint('tanh', {}, 0.05);
    close(c.weightVariance, 1.76, 0.005, 'σb² = 0.05');
    // And it is what it says: q* is a fixed point of the variance map and χ(q*) = 1 there.
    const { q, chi } = signalPropagation('tanh', {}, { weightVariance: c.weightVariance, biasVariance: 0.05, inputVariance: c.fixedPoint, depth: 1 });
    close(q[1], c.fixedPoint, 1e-11, 'q* fixed');
    close(chi[0], 1, 1e-11, 'χ(q*)');
  });

  it('the critical σw² of tanh grows with the bias variance', () => {
    const w = [0, 0.01, 0.05, 0.2, 1].map((b) => edgeOfChaos('tanh', {}, b));
    for (let i = 1; i < w.length; i++) assert.ok(w[i] > w[i - 1], `σw²(${i}) = ${w[i]} > ${w[i - 1]}`);
  });

  it('says why there is no critical point when the derivative is dead everywhere that matters', () => {
    const c = criticalPoint('threshold', { threshold: 1e6, value: 0 }, 0.1);
    assert.ok(Number.isNaN(c.weightVariance));
    assert.match(c.reason ?? '', /derivative|fixed point/);
  });
});

describe('depth: through one activation', () => {
  it('ReLU of a standard normal: mean 1/√(2π), variance 1/2 − 1/(2π), half the gradients dead', () => {
    const r = throughActivation('relu', {}, { mean: 0, std: 1 });
    close(r.mean, 1 / Math.sqrt(2 * Math.PI), 1e-14, 'mean');
    close(r.variance, 0.5 - 1 / (2 * Math.PI), 1e-13, 'variance');
    close(r.meanDerivative, 0.5, 1e-14, 'E[f′]');
    close(r.zeroGradient, 0.5, 1e-14, 'P(dead)');
    close(r.saturated, 0.5, 1e-14, 'P(saturated)');
  });

  it("tanh saturates where sech² < threshold, i.e. |z| > acosh(1/√threshold)", () => {
    const r = throughActivation('tanh', {}, { mean: 0, std: 2, vanishingThreshold: 0.01 });
    const edge = Math.acosh(10) / 2;
    const expected = 2 * 0.5 * erfcApprox(edge / Math.SQRT2);
    close(r.saturated, expected, 1e-9, 'P(saturated)');
    assert.equal(r.zeroGradient, 0);
  });

  it('a ReLU fed far below zero is dead for the whole batch; leaky ReLU never is', () => {
    close(throughActivation('relu', {}, { mean: -100, std: 1 }).zeroGradient, 1, 1e-15, 'relu');
    assert.equal(throughActivation('leaky_relu', {}, { mean: -100, std: 1 }).zeroGradient, 0);
  });

  it('keeps the relative accuracy of a tiny variance (integrated about f(mean))', () => {
    const r = throughActivation('tanh', {}, { mean: 1, std: 1e-6 });
    const slope = 1 - Math.tanh(1) ** 2;
    close(r.variance, slope * slope * 1e-12, 1e-5, 'variance ≈ f′(μ)²s²');
  });

  it('std = 0 is the point mass at the mean', () => {
    const r = throughActivation('relu', {}, { mean: -1, std: 0 });
    assert.deepEqual([r.mean, r.variance, r.zeroGradient, r.saturated], [0, 0, 1, 1]);
  });
});

describe('depth: closed forms agree with the quadrature', () => {
  it('the two-slope rectifiers at μ/s ≥ −1 (closed) against μ/s just below (quadrature)', () => {
    const at = (mean: number) => gaussianExpectations('leaky_relu', { negative_slope: 0.3 }, { mean, std: 1 });
    const a = at(-1);
    const b = at(-1 - 1e-12);
    for (const k of ['f', 'f2', 'df', 'df2'] as const) close(b[k], a[k], 1e-11, k);
  });
});

describe('depth: bad arguments get a message naming them', () => {
  const cases: [string, () => unknown, RegExp][] = [
    ['unknown id', () => edgeOfChaos('nope', {}, 0), /unknown activation 'nope'/],
    ['vector function', () => signalPropagation('softmax', {}, { weightVariance: 1, biasVariance: 0, inputVariance: 1, depth: 2 }), /softmax.*not element-wise/],
    ['bad parameter', () => edgeOfChaos('elu', { alpha: 'x' }, 0), /alpha/],
    ['negative std', () => throughActivation('relu', {}, { mean: 0, std: -1 }), /std must be a finite number ≥ 0/],
    ['NaN bias variance', () => edgeOfChaos('tanh', {}, NaN), /biasVariance/],
    ['huge depth', () => signalPropagation('tanh', {}, { weightVariance: 1, biasVariance: 0, inputVariance: 1, depth: 1e9 }), /depth must be an integer/],
    ['infinite weight variance', () => signalPropagation('tanh', {}, { weightVariance: Infinity, biasVariance: 0, inputVariance: 1, depth: 1 }), /weightVariance/],
  ];
  for (const [name, call, message] of cases) it(name, () => assert.throws(call, message));
});

/** erfc for the test's own expected value (Abramowitz–Stegun 7.1.26 is too coarse; continued fraction). */
function erfcApprox(x: number): number {
  // Lentz's continued fraction for x > 0.5: erfc(x) = e^{−x²}/√π · 1/(x + 1/2/(x + 1/(x + 3/2/(x + …))))
  let f = x;
  for (let k = 200; k >= 1; k--) f = x + (k / 2) / f;
  return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
}
