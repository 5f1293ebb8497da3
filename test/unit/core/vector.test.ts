import * as assert from 'node:assert/strict';
import { activation, oneHot, argmax1d } from '../../../src/core';

const v = (id: string) => activation(id)!;
const close = (a: number, b: number, rel = 4e-16) => assert.ok(Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b)), `${a} vs ${b}`);

describe('core vector functions', () => {
  it('softmax matches the definition and sums to 1, along any dim', () => {
    const p = v('softmax').value([1, 2, 3]) as number[];
    const e = [1, 2, 3].map(Math.exp);
    const s = e[0] + e[1] + e[2];
    p.forEach((pi, i) => close(pi, e[i] / s, 4e-16));
    const m = v('softmax').value([[1, 2], [3, 5]], { dim: 0 }) as number[][];
    close(m[0][0] + m[1][0], 1);
    close(m[0][1], 1 / (1 + Math.exp(3)));
    const last = v('softmax').value([[1, 2], [3, 5]], { dim: -1 }) as number[][];
    close(last[1][1], 1 / (1 + Math.exp(-2)));
    assert.throws(() => v('softmax').value([[1, 2]], { dim: 2 }), /dim must be in \[-2, 1\]/);
  });

  it('softmax never gives NaN for finite input, even with spreads of 1e308', () => {
    const p = v('softmax').value([-1.7e308, 0, 1.7e308]) as number[];
    assert.deepEqual(p, [0, 0, 1]);
    const q = v('softmax').value([1000, 1000]) as number[];
    assert.deepEqual(q, [0.5, 0.5]);
  });

  it('temperature divides the logits', () => {
    const a = v('softmax').value([1, 2, 3], { temperature: 0.5 }) as number[];
    const b = v('softmax').value([2, 4, 6]) as number[];
    a.forEach((x, i) => close(x, b[i], 4e-16));
  });

  it('handles ±Infinity as the math says, with a caveat where PyTorch gives NaN', () => {
    assert.deepEqual(v('softmax').value([1, Infinity, Infinity]), [0, 0.5, 0.5]);
    assert.deepEqual(v('softmax').value([-Infinity, 0]), [0, 1]);
    assert.match(v('softmax').kind === 'vector' ? (v('softmax') as { caveat?: (x: number[]) => string | undefined }).caveat!([Infinity]) ?? '' : '', /PyTorch gives NaN/);
    assert.ok((v('softmax').value([NaN, 1]) as number[]).every(Number.isNaN));
  });

  it('log_softmax keeps the digits of the largest entry (log1p of the rest)', () => {
    const l = v('log_softmax').value([0, -40]) as number[];
    close(l[0], -Math.exp(-40) * (1 - Math.exp(-40) / 2), 1e-15);
    assert.ok(l[0] < 0);
    assert.equal(l[1], -40 + l[0]);
    assert.deepEqual(v('log_softmax').value([1000, 0, -1000]), [0, -1000, -2000]);
  });

  it('softmin is softmax of −x', () => {
    assert.deepEqual(v('softmin').value([1, 2, 3]), v('softmax').value([-1, -2, -3]));
  });

  it('argmax gives the first maximum, NaN winning, and the one-hot vector', () => {
    assert.equal(v('argmax').value([0.1, 2.5, 2.5]), 1);
    assert.equal(argmax1d([1, NaN, 3]), 1);
    assert.deepEqual(v('argmax').value([[1, 5, 2], [7, 0, 1]]), [1, 0]);
    assert.deepEqual(v('argmax').value([[1, 5, 2], [7, 0, 1]], { dim: 0 }), [1, 0, 0]);
    assert.deepEqual(oneHot(2, 4), [0, 0, 1, 0]);
  });

  it('sparsemax projects onto the simplex with exact zeros', () => {
    assert.deepEqual(v('sparsemax').value([1, 0.8, -1]), [0.6, 0.4, 0].map((x, i) => (i === 0 ? 1 - 0.4 : x)));
    const p = v('sparsemax').value([3, 0, 0]) as number[];
    assert.deepEqual(p, [1, 0, 0]);
  });

  it('glu gates the first half by σ of the second, and rejects odd sizes', () => {
    const g = v('glu').value([1, 2, 0, 100]) as number[];
    close(g[0], 0.5);
    close(g[1], 2 / (1 + Math.exp(-100)));
    assert.throws(() => v('glu').value([1, 2, 3]), /even/);
  });

  it('returns empty for empty input and rejects ragged arrays', () => {
    assert.deepEqual(v('softmax').value([]), []);
    assert.deepEqual(v('argmax').value([]), []);
    assert.throws(() => v('softmax').value([[1, 2], [3]]), /ragged/);
  });

  it('softmax Jacobian is diag(p) − ppᵀ', () => {
    const sm = v('softmax');
    if (sm.kind !== 'vector' || !sm.jacobian) throw new Error('no jacobian');
    const J = sm.jacobian([0, Math.log(3)]);
    close(J[0][0], 0.25 * 0.75);
    close(J[0][1], -0.25 * 0.75);
    close(J[0][0] + J[1][0], 0, 1); // columns sum to 0
  });
});
