// The playground's pure helpers: the live table's rows (framework presets), sorting and filtering, vector
// results, and host selections with sequence numbers.
import * as assert from 'node:assert/strict';
import { activation, activations } from '../../../src/core';
import { defaultPlaygroundState, type PlaygroundState } from '../../../src/protocol';
import { applyPlaygroundSelection as applySelection, rowParams, tableRows, vectorResult } from '../../../webview/playground/model';

const base = defaultPlaygroundState();

describe('playground model: the live table', () => {
  it('has a row per element-wise activation with the core value and derivative', () => {
    const s: PlaygroundState = { ...base, x: 0.7 };
    const rows = tableRows(s);
    assert.equal(rows.length, activations().filter((d) => d.kind === 'elementwise').length);
    for (const r of rows) {
      const def = activation(r.id);
      assert.ok(def && def.kind === 'elementwise');
      assert.equal(r.value, def.value(0.7, r.params));
      assert.equal(r.derivative, def.derivative(0.7, r.params));
    }
  });
  it('honours the framework preset', () => {
    const torch = tableRows({ ...base, x: -1 }).find((r) => r.id === 'leaky_relu');
    const keras = tableRows({ ...base, x: -1, framework: 'keras' }).find((r) => r.id === 'leaky_relu');
    assert.equal(torch?.value, -0.01);
    assert.equal(keras?.value, -0.2);
  });
  it("the selected function uses the selection's parameters", () => {
    const s: PlaygroundState = { ...base, selected: 'leaky_relu', params: { negative_slope: 0.5 }, x: -2 };
    assert.deepEqual(rowParams(s, 'leaky_relu'), { negative_slope: 0.5 });
    assert.equal(tableRows(s).find((r) => r.id === 'leaky_relu')?.value, -1);
  });
  it('filters by id, name or alias, case-insensitively', () => {
    assert.deepEqual(tableRows({ ...base, filter: 'SWISH' }).map((r) => r.id), ['hardswish', 'silu']);
    assert.equal(tableRows({ ...base, filter: 'no such thing' }).length, 0);
  });
  it('sorts by value both ways, NaN last', () => {
    const asc = tableRows({ ...base, x: 2, sort: { column: 'value', descending: false } }).map((r) => r.value);
    const desc = tableRows({ ...base, x: 2, sort: { column: 'value', descending: true } }).map((r) => r.value);
    assert.deepEqual(asc, [...asc].sort((a, b) => a - b));
    assert.deepEqual(desc, [...desc].sort((a, b) => b - a));
    const names = tableRows({ ...base, sort: { column: 'name', descending: false } }).map((r) => r.name);
    assert.deepEqual(names, [...names].sort((a, b) => a.localeCompare(b)));
  });
});

describe('playground model: vector and selections', () => {
  it('softmax, log-softmax and argmax as one-hot', () => {
    assert.deepEqual(vectorResult('argmax', [1, 5, 2]), { values: [0, 1, 0], argmax: 1 });
    const sm = vectorResult('softmax', [0, 0]);
    assert.deepEqual(sm.values, [0.5, 0.5]);
    assert.ok(Math.abs(vectorResult('log_softmax', [0, 0]).values[0] - Math.log(0.5)) < 1e-16);
  });
  it('applies a host selection once (sequence numbers)', () => {
    const s1 = applySelection(base, { id: 'elu', params: { alpha: 2 }, x: -1 }, 1);
    assert.equal(s1.selected, 'elu');
    assert.deepEqual(s1.params, { alpha: 2 });
    assert.equal(s1.x, -1);
    assert.equal(s1.appliedSeq, 1);
    const user = { ...s1, x: 3 };
    assert.equal(applySelection(user, { id: 'elu', x: -1 }, 1), user, 'a re-posted selection is ignored');
    assert.equal(applySelection(user, { id: 'relu' }, 2).selected, 'relu');
  });
  it('a vector selection fills the vector box', () => {
    const s = applySelection(base, { id: 'log_softmax', xs: [1, 2] }, 1);
    assert.deepEqual(s.vector, { fn: 'log_softmax', logits: [1, 2] });
    assert.equal(s.selected, base.selected);
  });
  it('"Open in playground" clears a filter that would hide the chosen row, and keeps one that shows it', () => {
    const filtered = { ...base, filter: 'tanh' };
    assert.equal(applySelection(filtered, { id: 'elu' }, 1).filter, '');
    assert.equal(applySelection(filtered, { id: 'tanhshrink' }, 1).filter, 'tanh');
    const rows = tableRows(applySelection(filtered, { id: 'elu' }, 1));
    assert.ok(rows.some((r) => r.id === 'elu'), 'the chosen row is visible');
  });
  it('accepts any finite x from a selection (1e307), not only small ones', () => {
    assert.equal(applySelection(base, { id: 'relu', x: 1e307 }, 1).x, 1e307);
  });
});
