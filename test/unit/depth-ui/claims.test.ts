// The two claims that are not about depth: softmax's Jacobian (beside argmax's zero) and GELU's slope → 1.
import * as assert from 'node:assert/strict';
import { activation, softmax1d } from '../../../src/core';
import { argmaxJacobian, HEATMAP_MAX, jacobianOf, jacobianSentence } from '../../../webview/depth/claims/jacobian';
import { cardNote } from '../../../webview/depth/claims/notes';

function coreJacobian(id: string, logits: number[], params: Record<string, number> = {}): number[][] {
  const def = activation(id);
  if (!def || def.kind !== 'vector' || !def.jacobian) throw new Error(id);
  return def.jacobian(logits, params);
}

describe('softmax tab: the Jacobian heatmap and argmax', () => {
  const logits = [2, 1, 0.1, -1];

  it('is the core Jacobian of softmax at the temperature', () => {
    for (const t of [0.25, 1, 4]) {
      const j = jacobianOf('softmax', softmax1d(logits, t), t);
      assert.deepEqual(j.cells, coreJacobian('softmax', logits, { temperature: t }));
      assert.ok(j.scale > 0);
    }
  });

  it('softmin and sparsemax match the core too', () => {
    const neg = logits.map((x) => -x);
    const pmin = softmax1d(neg, 2);
    const got = jacobianOf('softmin', pmin, 2).cells;
    const want = coreJacobian('softmin', logits, { temperature: 2 });
    got.forEach((row, i) => row.forEach((v, k) => assert.ok(Math.abs(v - want[i][k]) <= 1e-15, `${i},${k}`)));
    const sm = activation('sparsemax');
    const p = sm && sm.kind === 'vector' ? (sm.value(logits) as number[]) : [];
    assert.deepEqual(jacobianOf('sparsemax', p, 1).cells, coreJacobian('sparsemax', logits));
  });

  it('follows the temperature: a colder softmax has a sharper, then vanishing, Jacobian', () => {
    const warm = jacobianOf('softmax', softmax1d(logits, 1), 1).scale;
    const cold = jacobianOf('softmax', softmax1d(logits, 0.05), 0.05).scale;
    assert.notEqual(warm, cold);
  });

  it('cuts a long vector to the heatmap size and says so', () => {
    const many = Array.from({ length: 1000 }, (_, i) => Math.sin(i));
    const p = softmax1d(many, 1);
    const j = jacobianOf('softmax', p, 1);
    assert.equal(j.cells.length, HEATMAP_MAX);
    assert.equal(j.total, 1000);
    assert.match(jacobianSentence('softmax', j, 1), new RegExp(`first ${HEATMAP_MAX} of 1000 logits`));
    assert.equal(j.cells[3][5], (-p[3] * p[5]) / 1);
  });

  it("argmax's Jacobian is zero everywhere, and the sentence quotes the seed", () => {
    const z = argmaxJacobian(4);
    assert.equal(z.length, 4);
    assert.ok(z.every((row) => row.every((v) => v === 0)));
    assert.match(jacobianSentence('softmax', jacobianOf('softmax', softmax1d(logits, 1), 1), 1), /can't backpropagate a network with an ArgMax/);
  });
});

describe('GELU card: the slope tends to 1, the value grows like x', () => {
  it('shows numbers from the core', () => {
    const note = cardNote('gelu', {});
    assert.ok(note);
    const gelu = activation('gelu');
    assert.ok(gelu && gelu.kind === 'elementwise');
    assert.equal(gelu.derivative(10), 1, 'the slope is 1 in double precision at 10');
    assert.equal(gelu.value(10), 10, 'and the value is 10, not 1');
    assert.match(note, /gelu′\(10\) = 1\b/);
    assert.match(note, /gelu\(10\) = 10\b/);
    assert.match(note, /gelu\(3\) = 2\.99/);
    assert.match(note, /derivative, not the value, that converges to 1/);
  });
  it('is GELU’s only', () => {
    assert.equal(cardNote('relu', {}), undefined);
  });
});
