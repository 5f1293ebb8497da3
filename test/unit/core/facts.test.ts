// The activation facts the renderers read from the definitions (dead region, leaky side, minimum, the
// view a vector function opens) checked against the functions' own numbers, so a wrong fact fails here.
import * as assert from 'node:assert/strict';
import { activation, activations, sample } from '../../../src/core';
import type { ElementwiseActivation } from '../../../src/core';

const elementwise = activations().filter((d): d is ElementwiseActivation => d.kind === 'elementwise');

/**
 * Two neighbouring grid points with a derivative of exactly 0 and the same value: a flat region, not an
 * isolated kink. The grid [−10, 10.5] reaches past gelu_10's clip at 10, and stops short of x ≈ −10.2 where
 * laplace (a saturating function, not a dead one) underflows to an exact 0 in float64.
 */
function hasDeadRun(def: ElementwiseActivation): boolean {
  const s = sample(def, undefined, -10, 10.5, 2051);
  for (let i = 1; i < s.dys.length; i++) if (s.dys[i] === 0 && s.dys[i - 1] === 0 && s.ys[i] === s.ys[i - 1]) return true;
  return false;
}

describe('activation facts on the definitions', () => {
  it('deadRegion is set exactly where the function is flat with a zero gradient on a region', () => {
    const wrong = elementwise.filter((d) => (d.properties.deadRegion === true) !== hasDeadRun(d)).map((d) => d.id);
    assert.deepEqual(wrong, []);
    assert.ok(activation('relu')?.properties.deadRegion && activation('hardswish')?.properties.deadRegion);
  });

  it('leaky functions have a constant non-zero slope below 1 on the negative side', () => {
    const leaky = elementwise.filter((d) => d.properties.leaky);
    assert.deepEqual(leaky.map((d) => d.id).sort(), ['leaky_relu', 'prelu', 'rrelu']);
    for (const d of leaky) {
      const slopes = new Set([-5, -1, -0.1].map((x) => d.derivative(x)));
      assert.equal(slopes.size, 1, d.id);
      const [s] = slopes;
      assert.ok(s > 0 && s < 1, `${d.id}: slope ${s}`);
    }
  });

  it('a minimum is where the derivative changes sign from − to +, and the value there is below its neighbours', () => {
    const withMin = elementwise.filter((d) => d.properties.minimum);
    assert.ok(withMin.some((d) => d.id === 'gelu') && withMin.some((d) => d.id === 'silu') && withMin.some((d) => d.id === 'mish'));
    for (const d of withMin) {
      const { x, when } = d.properties.minimum!;
      for (const params of [when ?? {}, ...(d.id === 'gelu' ? [{ approximate: 'tanh' }] : [])]) {
        assert.ok(d.derivative(x - 1e-3, params) < 0 && d.derivative(x + 1e-3, params) > 0, `${d.id} ${JSON.stringify(params)} at ${x}`);
        assert.ok(Math.abs(d.derivative(x, params)) < 1e-3, `${d.id}: f′(${x}) = ${d.derivative(x, params)}`);
      }
    }
  });

  it("every vector function names the view it opens; a 'curve' view names an element-wise function", () => {
    for (const d of activations()) {
      if (d.kind !== 'vector') continue;
      if (d.view.kind === 'curve') {
        const c = activation(d.view.id);
        assert.ok(c && c.kind === 'elementwise', `${d.id}: ${d.view.id}`);
        c.resolve(d.view.params);
        assert.ok(d.view.note.length > 0, d.id);
      } else {
        assert.ok(['softmax', 'softmin', 'sparsemax'].includes(d.view.fn), d.id);
      }
    }
    const ls = activation('log_softmax');
    assert.ok(ls?.kind === 'vector' && ls.view.kind === 'distribution' && ls.view.log === true);
  });
});
