// The vector functions over two halves (glu, swiglu, geglu, reglu) and crelu: shapes along dim, the halves'
// convention, odd sizes refused, and the Jacobians against central differences of the values.
import * as assert from 'node:assert/strict';
import { activation } from '../../../src/core';
import type { Params, VectorActivation } from '../../../src/core';

const vec = (id: string): VectorActivation => {
  const d = activation(id);
  if (!d || d.kind !== 'vector') throw new Error(id);
  return d;
};
const silu = (x: number) => x / (1 + Math.exp(-x));

/** ∂out/∂x by central differences of value(), one column per input. */
function numericJacobian(def: VectorActivation, xs: number[], params: Params): number[][] {
  const h = 1e-6;
  const cols = xs.map((_, j) => {
    const up = xs.slice();
    const dn = xs.slice();
    up[j] += h;
    dn[j] -= h;
    const a = def.value(up, params) as number[];
    const b = def.value(dn, params) as number[];
    return a.map((v, i) => (v - b[i]) / (2 * h));
  });
  return cols[0].map((_, i) => cols.map((c) => c[i]));
}

describe('gated vector functions and crelu', () => {
  it('swiglu gates the first half with silu, glu the second with σ (x.chunk(2, dim))', () => {
    const x = [1, -2, 3, 0.5];
    const s = vec('swiglu').value(x) as number[];
    assert.ok(Math.abs(s[0] - silu(1) * 3) < 1e-15 && Math.abs(s[1] - silu(-2) * 0.5) < 1e-15, String(s));
    const g = vec('glu').value(x) as number[];
    assert.ok(Math.abs(g[0] - 1 / (1 + Math.exp(-3))) < 1e-15, String(g));
    assert.deepEqual(vec('reglu').value(x), [3, 0]);
  });

  it('geglu follows approximate: exact and tanh forms differ slightly, both near gelu(a)·b', () => {
    const x = [0.7, 2];
    const exact = (vec('geglu').value(x) as number[])[0];
    const tanh = (vec('geglu').value(x, { approximate: 'tanh' }) as number[])[0];
    assert.ok(exact !== tanh && Math.abs(exact - tanh) < 1e-3, `${exact} vs ${tanh}`);
    const gelu = activation('gelu')!;
    assert.equal(exact, (gelu.value(0.7) as number) * 2);
  });

  it('halves along any dim of a nested array, and refuses an odd size naming the function', () => {
    const m = [[1, 2, 3, 4], [5, 6, 7, 8]];
    assert.deepEqual(vec('reglu').value(m), [[3, 8], [35, 48]]);
    assert.deepEqual(vec('reglu').value(m, { dim: 0 }), [[5, 12, 21, 32]]);
    assert.throws(() => vec('swiglu').value([1, 2, 3]), /swiglu: the size along dim must be even, got 3/);
  });

  it('crelu concatenates relu(x) and relu(−x) along dim, doubling it', () => {
    assert.deepEqual(vec('crelu').value([1, -2, 0]), [1, 0, 0, 0, 2, 0]);
    assert.deepEqual(vec('crelu').value([[1, -2], [3, -4]], { dim: 0 }), [[1, 0], [3, 0], [0, 2], [0, 4]]);
  });

  for (const [id, params] of [['glu', {}], ['swiglu', {}], ['geglu', {}], ['geglu', { approximate: 'tanh' }], ['reglu', {}], ['crelu', {}]] as [string, Params][]) {
    it(`${id}${Object.keys(params).length ? ` ${JSON.stringify(params)}` : ''}: the Jacobian matches central differences`, () => {
      const def = vec(id);
      const xs = [0.3, -1.7, 2.2, -0.4, 1.1, -2.5];
      const J = def.jacobian!(xs, params);
      const N = numericJacobian(def, xs, params);
      assert.equal(J.length, N.length);
      J.forEach((row, i) => row.forEach((v, j) => assert.ok(Math.abs(v - N[i][j]) < 1e-6, `${id} J[${i}][${j}] = ${v}, numeric ${N[i][j]}`)));
    });
  }
});
