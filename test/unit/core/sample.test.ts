// The one sampler: grid, transform x = m·x′ + b, dtype, preallocated arrays, non-finite handling.
import * as assert from 'node:assert/strict';
import { activation, allocateSamples, evaluateInto, gridX, sample, sampleInto, toDType } from '../../../src/core';
import type { ElementwiseActivation } from '../../../src/core';

const ew = (id: string): ElementwiseActivation => {
  const d = activation(id);
  if (!d || d.kind !== 'elementwise') throw new Error(id);
  return d;
};

describe('sampler', () => {
  it('fills preallocated arrays with the same points sample() returns, ends hit exactly', () => {
    const def = ew('gelu');
    const out = allocateSamples(48);
    sampleInto(out, def.bind(), -5, 5, { transform: { m: 2, b: 0.5 } });
    const ref = sample(def, undefined, -5, 5, 48, { transform: { m: 2, b: 0.5 } });
    assert.deepEqual(Array.from(out.ys), Array.from(ref.ys));
    assert.equal(out.xs[0], -5);
    assert.equal(out.xs[47], 5);
    assert.equal(gridX(-5, 5, 47, 48), 5);
    assert.equal(out.ys[10], def.value(2 * out.xs[10] + 0.5));
    assert.equal(out.dys[10], 2 * def.derivative(2 * out.xs[10] + 0.5));
  });

  it('rounds input and outputs to a dtype, like a framework computing in it', () => {
    const out = allocateSamples(3);
    sampleInto(out, ew('linear').bind(), 1000.1, 1000.3, { dtype: 'float16' });
    assert.deepEqual(Array.from(out.ys), [1000, 1000, 1000.5]);
    const v = { y: 0, dy: 0 };
    evaluateInto(v, ew('exponential').bind(), 12, { m: 1, b: 0 }, 'float16');
    assert.equal(v.y, Infinity); // e^12 overflows half precision
    evaluateInto(v, ew('sigmoid').bind(), 0.3, undefined, 'bfloat16');
    assert.equal(v.y, toDType(ew('sigmoid').value(toDType(0.3, 'bfloat16')), 'bfloat16'));
  });

  it("writes NaN for ±∞ when asked (chart gaps), and keeps them by default", () => {
    const k = ew('exponential').bind();
    const kept = allocateSamples(2);
    sampleInto(kept, k, 0, 1000, {});
    assert.equal(kept.ys[1], Infinity);
    const gaps = allocateSamples(2);
    sampleInto(gaps, k, 0, 1000, { nonFinite: 'nan' });
    assert.ok(Number.isNaN(gaps.ys[1]) && Number.isNaN(gaps.dys[1]));
    assert.equal(gaps.ys[0], 1);
  });

  it('refuses a range that is not finite and increasing, and too few points', () => {
    const k = ew('relu').bind();
    assert.throws(() => sampleInto(allocateSamples(4), k, 1, 1), /min < max/);
    assert.throws(() => sampleInto(allocateSamples(1), k, 0, 1), /≥ 2 samples/);
    assert.throws(() => sample(ew('relu'), undefined, 0, 1, 2.5), /samples must be an integer/);
  });
});
